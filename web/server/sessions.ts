import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** The tokens of a sign-in; they live here, on the server, and never reach the browser. */
export interface SessionTokens {
  accessToken: string;
  accessIssuedAt: number;
  /** When the access token ends (ms since epoch); a refresh token renews it until the session ends. */
  accessExpiresAt: number;
  refreshToken: string | undefined;
  idToken: string | undefined;
}

/** A signed-in person's session. */
export interface Session extends SessionTokens {
  /** When the sign-in itself ends (ms since epoch): the person signs in again after it. */
  expiresAt: number;
  user: { id: string; name: string; agency: string; roles: string[] };
  csrfToken: string;
  purpose: string | null;
  breakGlass: { reason: string; expiresAt: number } | null;
  /** A refresh under way, shared by the requests that need it: a rotated refresh token is good once. */
  refreshing: Promise<void> | undefined;
}

/** A sign-in under way: what the callback needs to finish the authorization code flow with PKCE. */
export interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

const PENDING_SIGN_IN_MS = 10 * 60_000;
/** Beyond this many, the least recently used go first (a flood of sign-ins cannot exhaust memory). */
const MAX_ENTRIES = 20_000;

export function randomId(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions and pending sign-ins in memory: one BFF process; a restart signs everyone out. */
export class SessionStore {
  private readonly sessions = new LRUCache<string, Session>({ max: MAX_ENTRIES });
  private readonly pending = new LRUCache<string, PendingSignIn>({ max: MAX_ENTRIES, ttl: PENDING_SIGN_IN_MS });

  startSignIn(signIn: PendingSignIn): string {
    const id = randomId();
    this.pending.set(id, signIn);
    return id;
  }

  /** A pending sign-in is used once. */
  takeSignIn(id: string | undefined): PendingSignIn | undefined {
    if (!id) return undefined;
    const signIn = this.pending.get(id);
    this.pending.delete(id);
    return signIn;
  }

  create(session: Omit<Session, 'csrfToken' | 'purpose' | 'breakGlass' | 'refreshing'>): string {
    const id = randomId();
    this.sessions.set(id, { ...session, csrfToken: randomId(), purpose: null, breakGlass: null, refreshing: undefined });
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
