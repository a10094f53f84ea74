import type { DirectoryUser } from './identity-provider.ts';

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #f5f5f2; }
  main { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; }
  .note { background: #fff4ce; border-left: 4px solid #8a6100; padding: .5rem 1rem; }
  ul { list-style: none; padding: 0; }
  li { margin: .5rem 0; }
  button { font: inherit; width: 100%; text-align: left; padding: .75rem 1rem; border: 2px solid #1d4f91; border-radius: 4px; background: #fff; color: #1b1b1b; cursor: pointer; }
  button:hover, button:focus-visible { background: #e8f0fb; outline: 3px solid #ffbf47; }
  .role { display: block; color: #454545; font-size: .9rem; }
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** Development only: choose whom to sign in as from the loaded scenario's staff directory. */
export function accountChooserPage(uid: string, users: DirectoryUser[]): string {
  const items = users
    .map(
      (user) =>
        `<li><button type="submit" name="user" value="${escapeHtml(user.id)}">${escapeHtml(user.displayName)} (${escapeHtml(user.id)})<span class="role">${escapeHtml(user.roles.join(', ').toLowerCase().replaceAll('_', ' '))}, ${escapeHtml(user.agency.toLowerCase().replaceAll('_', ' '))}</span></button></li>`,
    )
    .join('');
  return page(
    'Sign in: county identity provider (development)',
    `<h1>Sign in</h1>
     <p class="note">Development sign-in. The county's identity provider asks for a password and a second factor; here you choose a person from the loaded scenario's staff directory.</p>
     <form method="post" action="/interaction/${escapeHtml(uid)}/login">
       <fieldset style="border:0;padding:0"><legend>Sign in as</legend><ul>${items}</ul></fieldset>
     </form>`,
  );
}

/** oidc-provider's own sign-out form, presented as a page a person understands. */
export function logoutConfirmationPage(form: string): string {
  return page(
    'Sign out',
    `<h1>Sign out of the county sign-in</h1>
     <p>You have left the CSEC MDT application. Sign out of the county sign-in too, so nobody else can use it on this computer.</p>
     ${form}
     <button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`,
  );
}

export function signedOutPage(message = 'You are signed out. You can close this window.'): string {
  return page('Signed out', `<h1>County sign-in</h1><p>${escapeHtml(message)}</p>`);
}

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}
