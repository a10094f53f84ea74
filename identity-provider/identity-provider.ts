import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { closeServer, listen, readBodyBytes } from '../runtime/http-listen.ts';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { accountChooserPage, signedOutPage, logoutConfirmationPage } from './pages.ts';

/** A person the development identity provider can sign in: the CSEC program's staff directory entry. */
export interface DirectoryUser {
  id: string;
  displayName: string;
  agency: string;
  roles: string[];
}

/** A relying party: the web application's backend-for-frontend. */
export interface RegisteredClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface IdentityProviderOptions {
  host: string;
  port: number;
  keysDirectory: string;
  users: DirectoryUser[];
  clients: RegisteredClient[];
  /** The audience access tokens are issued for (the gateway's AUTH_AUDIENCE). */
  audience: string;
  accessTokenSeconds?: number;
  /** How long a sign-in lasts: the refresh token's absolute lifetime (default 8 hours). */
  sessionSeconds?: number;
}

export interface RunningIdentityProvider {
  issuer: string;
  close: () => Promise<void>;
}

/** The account chooser's form: one user id. */
const MAX_FORM_BYTES = 10_000;
/** The scope that puts the program's agency and roles in the access token. */
const CSEC_SCOPE = 'csec';
/** The gateway as a resource (RFC 8707 wants an absolute URI); its tokens carry the gateway's audience. */
export const GATEWAY_RESOURCE = 'urn:csec-mdt:gateway';

/**
 * The development OpenID Provider: oidc-provider, a certified implementation, with an account
 * chooser in place of passwords. It signs ID and access tokens with the development identity
 * provider's key (the key `npm run token` signs with), so the gateway checks both with one key set;
 * only the issuer differs. Access tokens are JWTs for the gateway's audience with `sub`, `agency`
 * and `roles`, as the county's identity provider issues them.
 */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  const issuer = `http://${options.host}:${options.port}`;
  const signingKey = JSON.parse(await readFile(join(options.keysDirectory, 'identity-provider.private.jwk.json'), 'utf8')) as Record<
    string,
    string
  >;
  const users = new Map(options.users.map((user) => [user.id, user]));
  const accessTokenSeconds = options.accessTokenSeconds ?? 3_600;
  const sessionSeconds = options.sessionSeconds ?? 8 * 3_600;

  const configuration: Configuration = {
    clients: options.clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      post_logout_redirect_uris: client.postLogoutRedirectUris,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'ES256',
    })),
    jwks: { keys: [{ ...signingKey, use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    scopes: ['openid', 'profile', CSEC_SCOPE],
    claims: { openid: ['sub'], profile: ['name'], [CSEC_SCOPE]: ['agency', 'roles'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: {
      AccessToken: accessTokenSeconds,
      IdToken: accessTokenSeconds,
      Interaction: 600,
      Session: sessionSeconds,
      Grant: sessionSeconds,
      // Absolute: a refreshed token never outlives the sign-in it came from.
      RefreshToken: (_ctx, token) => {
        const firstIssued = 'iiat' in token && typeof token.iiat === 'number' ? token.iiat : Math.floor(Date.now() / 1000);
        return Math.max(1, sessionSeconds - (Math.floor(Date.now() / 1000) - firstIssued));
      },
    },
    // The county's own confidential client keeps a sign-in alive without asking for offline access.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    async findAccount(_ctx, id) {
      const user = users.get(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, name: user.displayName, agency: user.agency, roles: user.roles }),
      };
    },
    // First-party application of the county: the person is never asked to consent to it.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const client = ctx.oidc.client;
      const session = ctx.oidc.session;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) {
        const grant = await ctx.oidc.provider.Grant.find(existing);
        if (grant) return grant;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(`openid profile ${CSEC_SCOPE}`);
      grant.addOIDCClaims(['sub', 'name', 'agency', 'roles']);
      grant.addResourceScope(GATEWAY_RESOURCE, CSEC_SCOPE);
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => GATEWAY_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== GATEWAY_RESOURCE) throw new Error(`Unknown resource ${resource}`);
          return {
            scope: CSEC_SCOPE,
            audience: options.audience,
            accessTokenTTL: accessTokenSeconds,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = logoutConfirmationPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = signedOutPage();
        },
      },
    },
    formats: {
      customizers: {
        // The gateway reads who the person is, their agency and roles from the access token itself.
        jwt: (_ctx, token, jwt) => {
          const user = 'accountId' in token && typeof token.accountId === 'string' ? users.get(token.accountId) : undefined;
          if (user) {
            jwt.payload['agency'] = user.agency;
            jwt.payload['roles'] = user.roles;
          }
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = signedOutPage(
        `Sign-in could not finish: ${out['error_description'] ?? out['error'] ?? 'unknown error'}. Go back to the application and sign in again.`,
      );
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  const server = createServer((request, response) => {
    const match = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/.exec(new URL(request.url ?? '/', issuer).pathname);
    if (!match) {
      callback(request, response);
      return;
    }
    handleInteraction(provider, options.users, request, response, match[2] === '/login').catch(() => {
      if (!response.headersSent) {
        response.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
        response.end(signedOutPage('This sign-in has expired. Go back to the application and sign in again.'));
      }
    });
  });
  await listen(server, options.host, options.port);
  return { issuer, close: () => closeServer(server) };
}

/** The account chooser (GET) and its answer (POST): development only, in place of the county's password and second factor. */
async function handleInteraction(
  provider: Provider,
  users: DirectoryUser[],
  request: IncomingMessage,
  response: ServerResponse,
  submitted: boolean,
): Promise<void> {
  const details = await provider.interactionDetails(request, response);
  if (!submitted) {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    });
    response.end(accountChooserPage(details.uid, users));
    return;
  }
  if (request.method !== 'POST') throw new Error('The account chooser answers with POST.');
  const form = new URLSearchParams((await readBodyBytes(request, MAX_FORM_BYTES)).toString('utf8'));
  const accountId = form.get('user') ?? '';
  if (!users.some((user) => user.id === accountId)) throw new Error('Unknown user.');
  await provider.interactionFinished(request, response, { login: { accountId } }, { mergeWithLastSubmission: false });
}
