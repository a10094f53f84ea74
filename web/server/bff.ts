import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import * as oidc from 'openid-client';
import { closeServer, listen, readBodyBytes, RequestBodyError } from '../../runtime/http-listen.ts';
import { callService, openServiceStream } from '../../runtime/service-http.ts';
import type { PurposeChoice } from './purposes.ts';
import { SessionStore, type Session, type SessionTokens } from './sessions.ts';
import type { WebConfig } from './web-config.ts';

/** How the BFF runs (web/server/web-config.ts); the purposes come from the policy bundle in force. */
/**
 * The gateway answers every request within its own deadline (a steering report's is the longest,
 * GATEWAY_REPORT_TIMEOUT_MS, ten minutes at most); this only ends a call to a gateway that stopped answering.
 */
const GATEWAY_ANSWER_MS = 615_000;

export interface BffOptions extends Omit<WebConfig, 'policy' | 'sessionSeconds' | 'gatewayCaPath'> {
  /** The purposes the policy bundle in force accepts, asked each time: a new revision can change them. */
  purposes: () => PurposeChoice[];
  /** How long a sign-in lasts at most, refreshed or not (default 8 hours). */
  sessionSeconds?: number;
}

export interface RunningBff {
  url: string;
  close: () => Promise<void>;
}

const SESSION_COOKIE = 'csec_session';
const SIGN_IN_COOKIE = 'csec_sign_in';
const BREAK_GLASS_MS = 60 * 60_000;
const MAX_REASON_LENGTH = 500;
const MAX_BODY_BYTES = 100_000;
const DEFAULT_SESSION_SECONDS = 8 * 3_600;
/** An access token is renewed this long before it ends, at most a quarter of its life. */
const REFRESH_AHEAD_MS = 30_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** What a browser is answered when there is no usable session; the page asks the person to sign in. */
class HttpProblem extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * The backend-for-frontend: signs people in with the authorization code flow and PKCE, keeps their
 * tokens in a server-side session (the browser holds only an httpOnly, SameSite session cookie),
 * adds the access token and the chosen purpose of use to every GraphQL request it forwards to the
 * gateway, and serves the built web application. State-changing requests need the session's CSRF
 * token in a header and a same-origin Origin.
 */
export async function startBff(options: BffOptions): Promise<RunningBff> {
  const publicUrl = new URL(options.publicUrl);
  const secureCookies = publicUrl.protocol === 'https:';
  const redirectUri = new URL('/auth/callback', publicUrl).href;
  const issuerUrl = new URL(options.issuer);
  const config = await oidc.discovery(
    issuerUrl,
    options.clientId,
    undefined,
    oidc.ClientSecretBasic(options.clientSecret),
    issuerUrl.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
  const sessions = new SessionStore();
  const sessionMs = (options.sessionSeconds ?? DEFAULT_SESSION_SECONDS) * 1000;
  const purposeNamed = (code: string) => options.purposes().find((purpose) => purpose.code === code);
  const staticRoot = resolve(options.staticDirectory);

  const cookie = (name: string, value: string, maxAgeSeconds: number) =>
    `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secureCookies ? '; Secure' : ''}`;

  const sessionOf = (request: IncomingMessage): Session => {
    const found = sessions.find(cookiesOf(request)[SESSION_COOKIE]);
    if (found === 'SIGNED_OUT') throw new HttpProblem(401, 'SIGNED_OUT', 'You are not signed in.');
    if (found === 'SESSION_EXPIRED') throw new HttpProblem(401, 'SESSION_EXPIRED', 'Your session has ended. Sign in again to continue.');
    return found;
  };

  const sessionEnded = (request: IncomingMessage) => {
    sessions.end(cookiesOf(request)[SESSION_COOKIE]);
    return new HttpProblem(401, 'SESSION_EXPIRED', 'Your session has ended. Sign in again to continue.');
  };

  /**
   * The session's access token, renewed with its refresh token when it is about to end. Requests
   * that find it ending together share one renewal: a rotated refresh token is good only once.
   */
  const accessTokenOf = async (request: IncomingMessage, session: Session): Promise<string> => {
    const lifetime = Math.max(0, session.accessExpiresAt - session.accessIssuedAt);
    if (session.accessExpiresAt - Math.min(REFRESH_AHEAD_MS, lifetime / 4) > Date.now()) return session.accessToken;
    const refreshToken = session.refreshToken;
    if (!refreshToken) throw sessionEnded(request);
    session.refreshing ??= oidc.refreshTokenGrant(config, refreshToken).then(
      (tokens) => {
        Object.assign(session, tokensOf(tokens, session));
        session.refreshing = undefined;
      },
      (error: unknown) => {
        session.refreshing = undefined;
        throw error;
      },
    );
    try {
      await session.refreshing;
    } catch {
      throw sessionEnded(request);
    }
    return session.accessToken;
  };

  /** A state-changing request must come from this application's own page. */
  const checkSameOrigin = (request: IncomingMessage, session: Session | undefined) => {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== publicUrl.origin)
      throw new HttpProblem(403, 'CROSS_ORIGIN', 'This request did not come from the application.');
    if (session && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new HttpProblem(403, 'CSRF_TOKEN_INVALID', 'This page is out of date. Reload it and try again.');
    }
  };

  /**
   * A page's request for the gateway: from this application's page, by a person who chose a purpose,
   * sent on with their token, purpose and any emergency access reason.
   */
  const forGateway = async (request: IncomingMessage, accept: string): Promise<{ headers: Record<string, string>; body: string }> => {
    const session = sessionOf(request);
    checkSameOrigin(request, session);
    if (!session.purpose) throw new HttpProblem(409, 'PURPOSE_OF_USE_REQUIRED', 'Choose why you are looking before you look.');
    const body = await readBody(request);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept,
      authorization: `Bearer ${await accessTokenOf(request, session)}`,
      'x-purpose-of-use': session.purpose,
    };
    if (session.breakGlass) headers['x-break-glass-reason'] = session.breakGlass.reason;
    return { headers, body };
  };

  const sessionView = (session: Session) => ({
    user: session.user,
    csrfToken: session.csrfToken,
    expiresAt: new Date(session.expiresAt).toISOString(),
    purpose: session.purpose ? (purposeNamed(session.purpose) ?? null) : null,
    breakGlass: session.breakGlass
      ? { reason: session.breakGlass.reason, expiresAt: new Date(session.breakGlass.expiresAt).toISOString() }
      : null,
    purposes: options.purposes(),
  });

  const routes = async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const route = `${request.method} ${url.pathname}`;
    switch (route) {
      case 'GET /auth/login': {
        const codeVerifier = oidc.randomPKCECodeVerifier();
        const state = oidc.randomState();
        const nonce = oidc.randomNonce();
        const returnTo = safeReturnPath(url.searchParams.get('returnTo'));
        const pendingId = sessions.startSignIn({ codeVerifier, state, nonce, returnTo });
        const authorizationUrl = oidc.buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: 'openid profile csec',
          code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
          code_challenge_method: 'S256',
          state,
          nonce,
        });
        response.writeHead(303, {
          location: authorizationUrl.href,
          'set-cookie': cookie(SIGN_IN_COOKIE, pendingId, 600),
          'cache-control': 'no-store',
        });
        response.end();
        return;
      }
      case 'GET /auth/callback': {
        const pending = sessions.takeSignIn(cookiesOf(request)[SIGN_IN_COOKIE]);
        if (!pending) {
          redirect(response, '/?signIn=expired', [cookie(SIGN_IN_COOKIE, '', 0)]);
          return;
        }
        const currentUrl = new URL(`${url.pathname}${url.search}`, publicUrl);
        const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new HttpProblem(502, 'NO_ID_TOKEN', 'The identity provider did not say who you are.');
        const signedIn = tokensOf(tokens, undefined);
        const sessionId = sessions.create({
          ...signedIn,
          // Without a refresh token the sign-in lasts as long as its access token.
          expiresAt: signedIn.refreshToken ? Date.now() + sessionMs : signedIn.accessExpiresAt,
          user: {
            id: claims.sub,
            name: typeof claims['name'] === 'string' ? claims['name'] : claims.sub,
            agency: typeof claims['agency'] === 'string' ? claims['agency'] : '',
            roles: Array.isArray(claims['roles']) ? (claims['roles'] as string[]) : [],
          },
        });
        redirect(response, pending.returnTo, [
          cookie(SESSION_COOKIE, sessionId, Math.ceil(sessionMs / 1000)),
          cookie(SIGN_IN_COOKIE, '', 0),
        ]);
        return;
      }
      case 'POST /auth/logout': {
        const found = sessions.find(cookiesOf(request)[SESSION_COOKIE]);
        const session = typeof found === 'string' ? undefined : found;
        checkSameOrigin(request, session);
        sessions.end(cookiesOf(request)[SESSION_COOKIE]);
        const endSession = config.serverMetadata().end_session_endpoint
          ? oidc.buildEndSessionUrl(config, {
              post_logout_redirect_uri: new URL('/signed-out', publicUrl).href,
              ...(session?.idToken ? { id_token_hint: session.idToken } : {}),
            }).href
          : '/signed-out';
        json(response, 200, { redirectTo: endSession }, [cookie(SESSION_COOKIE, '', 0)]);
        return;
      }
      case 'GET /api/session': {
        json(response, 200, sessionView(sessionOf(request)));
        return;
      }
      case 'POST /api/purpose': {
        const session = sessionOf(request);
        checkSameOrigin(request, session);
        const body = parseJson(await readBody(request)) as { purpose?: unknown; reason?: unknown };
        const purpose = typeof body.purpose === 'string' ? purposeNamed(body.purpose) : undefined;
        if (!purpose) throw new HttpProblem(400, 'PURPOSE_OF_USE_UNKNOWN', 'Choose one of the purposes listed.');
        if (purpose.breakGlass) {
          const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
          if (reason === '' || reason.length > MAX_REASON_LENGTH) {
            throw new HttpProblem(400, 'BREAK_GLASS_REASON_REQUIRED', `Describe the emergency in at most ${MAX_REASON_LENGTH} characters.`);
          }
          session.breakGlass = { reason, expiresAt: Date.now() + BREAK_GLASS_MS };
        } else {
          session.breakGlass = null;
        }
        session.purpose = purpose.code;
        json(response, 200, sessionView(session));
        return;
      }
      case 'POST /api/graphql': {
        const { headers, body } = await forGateway(request, 'application/json');
        const answer = await callService(options.gatewayUrl, { method: 'POST', headers, body, timeoutMs: GATEWAY_ANSWER_MS });
        const text = await answer.text();
        // The gateway no longer accepts the token: the person signs in again.
        if (answer.status === 401) throw sessionEnded(request);
        response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        response.end(text);
        return;
      }
      case 'POST /api/graphql/stream': {
        // The gateway's push channel, passed through as it streams, with the session's token and purpose.
        const { headers, body } = await forGateway(request, 'text/event-stream');
        const upstream = await openServiceStream(new URL('/graphql/stream', options.gatewayUrl), { headers, body, timeoutMs: 30_000 });
        if (upstream.statusCode === 401) {
          upstream.resume();
          throw sessionEnded(request);
        }
        response.writeHead(upstream.statusCode ?? 502, {
          'content-type': upstream.headers['content-type'] ?? 'text/event-stream',
          'cache-control': 'no-store',
        });
        response.on('close', () => upstream.destroy());
        // The gateway closes the channel when the token ends: the page opens it again with a renewed one.
        upstream.on('error', () => response.destroy());
        upstream.pipe(response);
        return;
      }
      default:
        if (request.method === 'GET' || request.method === 'HEAD') {
          await serveStatic(response, staticRoot, url.pathname);
          return;
        }
        throw new HttpProblem(404, 'NOT_FOUND', 'There is nothing here.');
    }
  };

  const server = createServer((request, response) => {
    setSecurityHeaders(response);
    const url = new URL(request.url ?? '/', publicUrl);
    routes(request, response, url).catch((error: unknown) => {
      const problem =
        error instanceof HttpProblem
          ? error
          : new HttpProblem(502, 'BFF_ERROR', 'Something went wrong between the application and the county systems. Try again.');
      if (!(error instanceof HttpProblem)) process.stderr.write(`[bff] ${route(request)}: ${(error as Error).message}\n`);
      if (response.headersSent) {
        response.end();
        return;
      }
      json(response, problem.status, { error: { code: problem.code, message: problem.message } });
    });
  });
  await listen(server, options.host, options.port);
  const address = server.address() as { port: number };
  return { url: `http://${options.host}:${address.port}`, close: () => closeServer(server) };
}

/** The tokens of a token response; a refresh that returns no new refresh token keeps the old one. */
function tokensOf(
  tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers,
  previous: SessionTokens | undefined,
): SessionTokens & { accessIssuedAt: number } {
  const now = Date.now();
  return {
    accessToken: tokens.access_token,
    accessIssuedAt: now,
    accessExpiresAt: now + (tokens.expiresIn() ?? 0) * 1000,
    refreshToken: tokens.refresh_token ?? previous?.refreshToken,
    idToken: tokens.id_token ?? previous?.idToken,
  };
}

function route(request: IncomingMessage): string {
  return `${request.method} ${(request.url ?? '').split('?')[0]}`;
}

function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader(
    'content-security-policy',
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
  );
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('x-frame-options', 'DENY');
}

/** Only a path of this application, never another site. */
function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

function redirect(response: ServerResponse, location: string, cookies: string[]): void {
  response.writeHead(303, { location, 'set-cookie': cookies, 'cache-control': 'no-store' });
  response.end();
}

function json(response: ServerResponse, status: number, body: unknown, cookies: string[] = []): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(cookies.length > 0 ? { 'set-cookie': cookies } : {}),
  });
  response.end(JSON.stringify(body));
}

function cookiesOf(request: IncomingMessage): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return cookies;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'BAD_JSON', 'The request is not JSON.');
  }
}

/** The request's body; one larger than a person's request ever is, refused. */
async function readBody(request: IncomingMessage): Promise<string> {
  try {
    return (await readBodyBytes(request, MAX_BODY_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof RequestBodyError) throw new HttpProblem(413, 'TOO_LARGE', 'The request is too large.');
    throw error;
  }
}

async function serveStatic(response: ServerResponse, root: string, pathname: string): Promise<void> {
  const candidate = normalize(join(root, decodeURIComponent(pathname)));
  let file = candidate.startsWith(root) && existsSync(candidate) && (await stat(candidate)).isFile() ? candidate : join(root, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The web application is not built yet: run npm start.');
    return;
  }
  const immutable = file.includes(`${join(root, 'assets')}`);
  if (!immutable && extname(file) !== '.html' && !existsSync(file)) file = join(root, 'index.html');
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  response.end(await readFile(file));
}
