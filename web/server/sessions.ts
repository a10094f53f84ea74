import { randomBytes } from 'node:crypto';

/** A signed-in person's session. Tokens live here, on the server, and never reach the browser. */
export interface Session {
  accessToken: string;
  idToken: string | undefined;
  /** When the access token, and so the session, ends (ms since epoch). */
  expiresAt: number;
  user: { id: string; name: string; agency: string; roles: string[] };
  csrfToken: string;
  purpose: string | null;
  breakGlass: { reason: string; expiresAt: number } | null;
}

/** A sign-in under way: what the callback needs to finish the authorization code flow with PKCE. */
export interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
  expiresAt: number;
}

const PENDING_SIGN_IN_MS = 10 * 60_000;
const MAX_ENTRIES = 20_000;

export function randomId(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions and pending sign-ins in memory: one BFF process; a restart signs everyone out. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly pending = new Map<string, PendingSignIn>();

  startSignIn(signIn: Omit<PendingSignIn, 'expiresAt'>): string {
    const id = randomId();
    this.pending.set(id, { ...signIn, expiresAt: Date.now() + PENDING_SIGN_IN_MS });
    trim(this.pending);
    return id;
  }

  /** A pending sign-in is used once. */
  takeSignIn(id: string | undefined): PendingSignIn | undefined {
    if (!id) return undefined;
    const signIn = this.pending.get(id);
    this.pending.delete(id);
    return signIn && signIn.expiresAt > Date.now() ? signIn : undefined;
  }

  create(session: Omit<Session, 'csrfToken' | 'purpose' | 'breakGlass'>): string {
    const id = randomId();
    this.sessions.set(id, { ...session, csrfToken: randomId(), purpose: null, breakGlass: null });
    trim(this.sessions);
    return id;
  }

  /** The session, or why there is none. */
  find(id: string | undefined): Session | 'SIGNED_OUT' | 'SESSION_EXPIRED' {
    const session = id ? this.sessions.get(id) : undefined;
    if (!session || !id) return 'SIGNED_OUT';
    if (session.expiresAt <= Date.now()) {
      this.sessions.delete(id);
      return 'SESSION_EXPIRED';
    }
    if (session.breakGlass && session.breakGlass.expiresAt <= Date.now()) {
      // Emergency access ends on its own: the person states a purpose again.
      session.breakGlass = null;
      session.purpose = null;
    }
    return session;
  }

  end(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    this.sessions.delete(id);
    return session;
  }
}

function trim<TValue>(map: Map<string, TValue>): void {
  while (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
}
