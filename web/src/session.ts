import type { PurposeChoice } from '../server/purposes.ts';

/** A purpose of use as the backend-for-frontend offers it, from the policy bundle in force. */
export type Purpose = PurposeChoice;

/** The signed-in person as the backend-for-frontend describes them; tokens never reach the page. */

export interface SessionView {
  user: { id: string; name: string; agency: string; roles: string[] };
  csrfToken: string;
  expiresAt: string;
  purpose: Purpose | null;
  breakGlass: { reason: string; expiresAt: string } | null;
  purposes: Purpose[];
}

/** The session is gone (signed out, or ended): the person signs in again. */
export class SignInRequired extends Error {
  readonly expired: boolean;
  constructor(expired: boolean, message: string) {
    super(message);
    this.expired = expired;
  }
}

/** The backend-for-frontend needs a purpose of use first. */
export class PurposeRequired extends Error {}

let csrfToken = '';
const listeners = new Set<(error: SignInRequired | PurposeRequired) => void>();

/** Lets the application react when any request finds the session gone or the purpose missing. */
export function onSessionProblem(listener: (error: SignInRequired | PurposeRequired) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A same-origin call to the backend-for-frontend, with the session's CSRF token on every change. */
export async function callBff<T>(path: string, init: { method?: 'GET' | 'POST'; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.method === 'POST' ? { 'x-csrf-token': csrfToken } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const body = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string } };
  if (response.status === 401) {
    const problem = new SignInRequired(body.error?.code === 'SESSION_EXPIRED', body.error?.message ?? 'Sign in to continue.');
    listeners.forEach((listener) => listener(problem));
    throw problem;
  }
  if (response.status === 409 && body.error?.code === 'PURPOSE_OF_USE_REQUIRED') {
    const problem = new PurposeRequired(body.error.message);
    listeners.forEach((listener) => listener(problem));
    throw problem;
  }
  if (!response.ok && !(path === '/api/graphql' && 'data' in body)) {
    throw new Error(body.error?.message ?? `The request failed (${response.status}).`);
  }
  return body as T;
}

/** The header a change sent to the backend-for-frontend carries, for a client that sends its own requests. */
export function csrfHeaders(): Record<string, string> {
  return { 'x-csrf-token': csrfToken };
}

export async function loadSession(): Promise<SessionView> {
  const session = await callBff<SessionView>('/api/session');
  csrfToken = session.csrfToken;
  return session;
}

export async function choosePurpose(purpose: string, reason?: string): Promise<SessionView> {
  const session = await callBff<SessionView>('/api/purpose', { method: 'POST', body: { purpose, ...(reason ? { reason } : {}) } });
  csrfToken = session.csrfToken;
  return session;
}

export async function signOut(): Promise<void> {
  const { redirectTo } = await callBff<{ redirectTo: string }>('/auth/logout', { method: 'POST' });
  window.location.assign(redirectTo);
}

export function signInUrl(returnTo = window.location.pathname + window.location.search): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}
