import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { closeServer, listen, readBodyBytes, RequestBodyError } from './http-listen.ts';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { parse, visit } from 'graphql';
import type { Logger } from './logger.ts';
import { NOTICE_CHANGES_PATH } from './notice-changes.ts';
import { FACTS_CHANGES_PATH } from './policy/facts-request.ts';
import { DEADLINE_PASSED, withDeadline } from './request-deadline.ts';
import { RequestRejection } from './requester.ts';
import { tlsServerOptions, type ServiceIdentity } from './service-tls.ts';

/**
 * Long polls a gateway keeps open and sends again every few seconds by design: each answered one
 * is logged at debug level, so the log shows requests people and services made rather than the
 * heartbeat of watching for changes. A refused one is logged like any other.
 */
const LONG_POLLS: ReadonlySet<string> = new Set([FACTS_CHANGES_PATH, NOTICE_CHANGES_PATH]);

/** A route answered outside GraphQL, such as `/health` or `/metrics`. */
export type PlainRoute = (request: IncomingMessage) => Promise<PlainResponse> | PlainResponse;

export interface PlainResponse {
  status: number;
  contentType: string;
  body: string;
}

export interface GraphQLHttpOptions<TContext extends BaseContext, TAuth extends { requestId: string }> {
  apollo: ApolloServer<TContext>;
  host: string;
  port: number;
  /** The service's certificate, and whether every caller must present one from the trusted authorities. */
  tls: { identity: ServiceIdentity; clients: 'certificate-required' | 'any' };
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  logger: Logger;
  /**
   * Establishes who is asking before any GraphQL work, from the headers alone. Throws a
   * RequestRejection to refuse. `requestId` is the id this server gave the request.
   */
  authenticate: (request: IncomingMessage, requestId: string) => Promise<TAuth>;
  /**
   * Once the body is read: holds the request (method, path and query, the body's exact bytes) to
   * what `authenticate` accepted it for, before anything else is done with it. Throws a
   * RequestRejection to refuse.
   */
  confirmRequest?: (auth: TAuth, request: { method: string; path: string; body: Buffer }) => void;
  /** Builds a request's context from who is asking and the parameters it sent (extensions included). */
  buildContext: (auth: TAuth, parameters: GraphQLParameters) => Promise<TContext>;
  routes?: Record<string, PlainRoute>;
  gate?: RequestGate<TAuth>;
  /** JSON-over-POST routes answered only to an authenticated caller (for example the gateway). */
  authenticatedRoutes?: Record<string, AuthenticatedRoute<TAuth>>;
  /**
   * Streaming routes (server-sent events) for a caller `authenticate` accepted, exactly as for
   * /graphql; a refused caller gets the same answer as there. The handler answers on the raw response.
   */
  streamRoutes?: Record<string, (request: IncomingMessage, response: ServerResponse, auth: TAuth) => Promise<void>>;
  /** Largest body an authenticated route accepts; defaults to `maxBodyBytes`. */
  maxAuthenticatedRouteBodyBytes?: number;
  /**
   * Largest GraphQL answer sent, in bytes; a larger one is replaced by a RESPONSE_TOO_LARGE error
   * and nothing of it leaves. Unset: no bound.
   */
  maxResponseBytes?: number;
  /**
   * Longest a GraphQL request may take from arrival to answer. Past it the client gets 503
   * DEADLINE_EXCEEDED and nothing of the late answer. Unset: no deadline.
   */
  requestDeadlineMs?: number;
  /** A longer deadline for the requests that need one (a steering report), read from what they ask. */
  longerDeadlineMs?: (parameters: GraphQLParameters) => number | undefined;
}

/** The GraphQL request parameters a client sends (POST body or GET query string). */
export interface GraphQLParameters {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/**
 * Sees each GraphQL request after authentication and before execution: it may rewrite the
 * operation, and it sees the complete response before it is sent. Undefined leaves the request as
 * it is (for example one Apollo Server will refuse as invalid). Throw a RequestRejection to refuse.
 * `unsent` is called when the answer is not sent after all (too large, or past the request's
 * deadline), so the gate can record that nothing of it was delivered.
 */
export type RequestGate<TAuth> = (
  auth: TAuth,
  parameters: GraphQLParameters,
) => Promise<
  { parameters: GraphQLParameters; finish: (responseBody: string) => Promise<string>; unsent?: () => Promise<void> } | undefined
>;

/**
 * Thrown by a gate's `finish` when the decisions it made went out of date before the answer left
 * (the facts they rest on changed): nothing is sent, and the request is gated and executed again.
 */
export class DecideAgain extends Error {
  constructor() {
    super('The decisions of this request went out of date before its answer left.');
    this.name = 'DecideAgain';
  }
}

/** Times a request is gated and executed before its decisions going out of date refuses it. */
const MAX_GATE_ATTEMPTS = 3;

/** Answers one authenticated JSON request; throw a RequestRejection for a 4xx answer. */
export type AuthenticatedRoute<TAuth> = (auth: TAuth, body: unknown) => Promise<unknown>;

export interface RunningHttpServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Serves an Apollo Server at `/graphql` on Node's https server, plus a few plain routes. */
export async function serveGraphQL<TContext extends BaseContext, TAuth extends { requestId: string }>(
  options: GraphQLHttpOptions<TContext, TAuth>,
): Promise<RunningHttpServer> {
  const server = createServer(tlsServerOptions(options.tls.identity, options.tls.clients), (request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      options.logger.error({ errorName: error instanceof Error ? error.name : typeof error }, 'request failed');
      respondWithUnexpectedError(response);
    });
  });
  server.keepAliveTimeout = 65_000;
  await listen(server, options.host, options.port);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://${options.host}:${port}/graphql`,
    port,
    close: () => closeServer(server),
  };
}

async function handle<TContext extends BaseContext, TAuth extends { requestId: string }>(
  options: GraphQLHttpOptions<TContext, TAuth>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const started = performance.now();
  let requestId: string = randomUUID();
  response.setHeader('x-request-id', requestId);
  response.once('finish', () => {
    const path = request.url?.split('?')[0];
    const line = {
      requestId,
      method: request.method,
      path,
      status: response.statusCode,
      durationMs: Math.round(performance.now() - started),
    };
    if (response.statusCode < 400 && LONG_POLLS.has(path ?? '')) options.logger.debug(line, 'request completed');
    else options.logger.info(line, 'request completed');
  });
  const url = new URL(request.url ?? '/', 'http://localhost');
  const route = options.routes?.[url.pathname];
  if (route) {
    const plain = await route(request);
    response.writeHead(plain.status, { 'content-type': plain.contentType });
    response.end(plain.body);
    return;
  }
  const streamRoute = options.streamRoutes?.[url.pathname];
  if (streamRoute) {
    let auth: TAuth;
    try {
      auth = await options.authenticate(request, requestId);
    } catch (error) {
      if (answerRefusal(error, request, response)) return;
      throw error;
    }
    await streamRoute(request, response, auth);
    return;
  }
  const authenticatedRoute = options.authenticatedRoutes?.[url.pathname];
  if (authenticatedRoute) {
    await answerAuthenticatedRoute(options, authenticatedRoute, request, response, requestId);
    return;
  }
  if (url.pathname !== '/graphql') {
    writeJsonError(response, 404, 'NOT_FOUND', 'Nothing is served at this path; GraphQL is at /graphql.');
    return;
  }
  if (options.requestDeadlineMs !== undefined) {
    const deadlineMs = options.requestDeadlineMs;
    let allowedMs = deadlineMs;
    const gatedSoFar: GatedSoFar = {};
    const guarded = withDeadline(response, deadlineMs, async (late) => {
      options.logger.warn({ requestId, deadlineMs: allowedMs }, 'request past its deadline answered 503');
      // What was recorded as disclosed before the plan ended is amended now, not when the late plan is
      // done (which may be much later, or never); a slow audit delays the 503 only so long.
      const gated = gatedSoFar.gated;
      if (gated) await Promise.race([recordUnsent(options, gated, requestId), sleep(DEADLINE_AUDIT_WAIT_MS)]);
      writeJsonError(
        late,
        503,
        'DEADLINE_EXCEEDED',
        `The answer took longer than ${allowedMs / 1000} seconds, so nothing of it was sent. Try again shortly, or ask for less.`,
      );
    });
    gatedSoFar.extendDeadline = (longerMs) => {
      allowedMs = Math.max(allowedMs, longerMs);
      guarded.extendTo(longerMs);
    };
    try {
      await answerGraphQL(options, request, guarded.response, url, requestId, (id) => (requestId = id), gatedSoFar);
    } finally {
      guarded.stop();
    }
    return;
  }
  await answerGraphQL(options, request, response, url, requestId, (id) => (requestId = id), {});
}

/** Whether the request's deadline answered in its place: its own answer is not sent. */
function deadlinePassed(response: ServerResponse): boolean {
  return (response as ServerResponse & { [DEADLINE_PASSED]?: boolean })[DEADLINE_PASSED] === true;
}

/** The gate's hold on the request being answered, once it has one, for its deadline to record what was not sent. */
interface GatedSoFar {
  gated?: { unsent?: () => Promise<void> };
  /** Gives the request a longer deadline than the usual one. */
  extendDeadline?: (longerMs: number) => void;
}

/** Longest a deadline's 503 waits for the audit to record that nothing of the answer was delivered. */
const DEADLINE_AUDIT_WAIT_MS = 1_000;

async function answerGraphQL<TContext extends BaseContext, TAuth extends { requestId: string }>(
  options: GraphQLHttpOptions<TContext, TAuth>,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  assignedRequestId: string,
  /** The id the request is known by once authenticated (a subgraph takes the gateway's), for the log. */
  knownAs: (requestId: string) => void,
  gatedSoFar: GatedSoFar,
): Promise<void> {
  let requestId = assignedRequestId;

  let auth: TAuth;
  let body: unknown;
  try {
    auth = await options.authenticate(request, requestId);
    requestId = auth.requestId;
    knownAs(requestId);
    response.setHeader('x-request-id', requestId);
    const read = request.method === 'POST' ? await readJsonBody(request, options.maxBodyBytes) : { raw: Buffer.alloc(0), value: undefined };
    options.confirmRequest?.(auth, { method: request.method ?? 'GET', path: request.url ?? '/', body: read.raw });
    body = read.value;
  } catch (error) {
    if (!answerRefusal(error, request, response)) throw error;
    return;
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const sent = parametersOf(request.method, body, url);
  if (holdsNul(sent)) {
    writeJsonError(
      response,
      400,
      'BAD_USER_INPUT',
      'Arguments, variables and the operation name cannot contain the NUL character (U+0000). Remove it and send the request again.',
    );
    return;
  }
  const longer = options.longerDeadlineMs?.(sent);
  if (longer !== undefined) gatedSoFar.extendDeadline?.(longer);
  for (let attempt = 1; ; attempt += 1) {
    let search = url.search;
    let gated: Awaited<ReturnType<RequestGate<TAuth>>>;
    try {
      gated = options.gate ? await options.gate(auth, sent) : undefined;
    } catch (error) {
      if (!answerRefusal(error, request, response)) throw error;
      return;
    }
    gatedSoFar.gated = gated;
    if (gated && deadlinePassed(response)) {
      // Decided after the deadline answered: nothing is executed, and nothing was delivered.
      await recordUnsent(options, gated, requestId);
      return;
    }
    let executed = body;
    if (gated) {
      if (request.method === 'GET') search = searchOf(gated.parameters);
      else executed = gated.parameters;
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: request.method ?? 'GET', headers, search, body: executed };
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => options.buildContext(auth, parametersOf(request.method, executed, new URL(`http://localhost${search}`))),
    });
    if (!gated || result.body.kind !== 'complete') {
      if (result.body.kind === 'complete' && tooLarge(result.body.string, options.maxResponseBytes)) {
        refuseTooLarge(options, response, result, requestId, 'executed');
        return;
      }
      await sendResult(response, result);
      return;
    }
    // Refused before `finish`: the gate records that nothing was delivered (records carried with
    // the plan's csec fetch are already appended, and are amended).
    if (tooLarge(result.body.string, options.maxResponseBytes)) {
      await recordUnsent(options, gated, requestId);
      refuseTooLarge(options, response, result, requestId, 'executed');
      return;
    }
    // Past its deadline the 503 went instead: the answer is not completed, and nothing of it is sent.
    if (deadlinePassed(response)) {
      await recordUnsent(options, gated, requestId);
      return;
    }
    let finished: string;
    try {
      finished = await gated.finish(result.body.string);
    } catch (error) {
      if (error instanceof DecideAgain && attempt < MAX_GATE_ATTEMPTS) continue;
      const refusal =
        error instanceof DecideAgain
          ? new RequestRejection(
              503,
              'FACTS_CHANGING',
              "The facts this request's access decisions depend on kept changing while it was answered, so nothing was disclosed. Try again shortly.",
            )
          : error;
      if (!answerRefusal(refusal, request, response)) throw refusal;
      return;
    }
    // Withheld values' errors and the disclosure notices can take an answer over the bound; past
    // the deadline, the answer is not sent either (the deadline's 503 went instead).
    if (tooLarge(finished, options.maxResponseBytes)) {
      await recordUnsent(options, gated, requestId);
      refuseTooLarge(options, response, result, requestId, 'finished');
      return;
    }
    if (deadlinePassed(response)) {
      await recordUnsent(options, gated, requestId);
      return;
    }
    for (const [name, value] of result.headers) if (name !== 'content-length') response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    response.end(finished);
    return;
  }
}

/** Tells the gate its answer was not sent; a failure to record it is logged (nothing was sent either way). */
async function recordUnsent(
  options: Pick<GraphQLHttpOptions<BaseContext, { requestId: string }>, 'logger'>,
  gated: { unsent?: () => Promise<void> },
  requestId: string,
): Promise<void> {
  await gated.unsent?.().catch((error: unknown) => {
    options.logger.error({ requestId, code: (error as { code?: string }).code }, 'the audit could not record that an answer was not sent');
  });
}

/** The code of the error that replaces an answer over the bound. */
export const RESPONSE_TOO_LARGE_CODE = 'RESPONSE_TOO_LARGE';

function tooLarge(body: string, maxResponseBytes: number | undefined): boolean {
  if (maxResponseBytes === undefined) return false;
  // A UTF-16 code unit is at most 3 bytes of UTF-8: most answers are measured without encoding them.
  if (body.length * 3 <= maxResponseBytes) return false;
  return Buffer.byteLength(body) > maxResponseBytes;
}

/** Sends, instead of an answer over the bound, a well-formed GraphQL answer with nothing of it. */
function refuseTooLarge(
  options: Pick<GraphQLHttpOptions<BaseContext, { requestId: string }>, 'logger' | 'maxResponseBytes'>,
  response: ServerResponse,
  result: HTTPGraphQLResponse,
  requestId: string,
  stage: 'executed' | 'finished',
): void {
  // The size is not logged or told: before the gate's withholding it could hint at what was withheld.
  options.logger.warn(
    { requestId, stage, maxResponseBytes: options.maxResponseBytes },
    'answer larger than the bound refused; nothing of it was sent',
  );
  const body = JSON.stringify({
    data: null,
    errors: [
      {
        message: `The answer is too large to send (the gateway sends at most ${options.maxResponseBytes} bytes), so nothing of it was sent. Ask for less: fewer fields, or fewer youth at a time.`,
        extensions: { code: RESPONSE_TOO_LARGE_CODE },
      },
    ],
  });
  response.statusCode = 200;
  response.setHeader('content-type', result.headers.get('content-type') ?? 'application/json; charset=utf-8');
  response.end(body);
}

async function sendResult(response: ServerResponse, result: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function parametersOf(method: string | undefined, body: unknown, url: URL): GraphQLParameters {
  if (method !== 'GET') return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as GraphQLParameters) : {};
  const variables = url.searchParams.get('variables');
  let parsedVariables: unknown;
  try {
    parsedVariables = variables ? JSON.parse(variables) : undefined;
  } catch {
    parsedVariables = undefined;
  }
  return {
    query: url.searchParams.get('query') ?? undefined,
    operationName: url.searchParams.get('operationName') ?? undefined,
    variables: parsedVariables,
  };
}

/**
 * Whether the operation name, a variable or a string in the operation holds U+0000, which no
 * source stores (PostgreSQL refuses it in text): refused as the client's mistake rather than
 * failing a source. The operation is parsed only when its text holds an escape that could be one.
 */
function holdsNul(parameters: GraphQLParameters): boolean {
  if (typeof parameters.operationName === 'string' && parameters.operationName.includes('\0')) return true;
  if (holdsNulValue(parameters.variables)) return true;
  const { query } = parameters;
  if (typeof query !== 'string') return false;
  if (query.includes('\0')) return true;
  if (!/\\u/.test(query)) return false;
  let found = false;
  try {
    visit(parse(query, { noLocation: true }), {
      StringValue(node) {
        if (node.value.includes('\0')) found = true;
      },
    });
  } catch {
    // Not GraphQL: Apollo Server says why.
  }
  return found;
}

/** Walked without recursion: variables nested deep enough would otherwise exhaust the stack. */
function holdsNulValue(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (next.includes('\0')) return true;
    } else if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
    } else if (typeof next === 'object' && next !== null) {
      for (const [key, entry] of Object.entries(next)) {
        if (key.includes('\0')) return true;
        pending.push(entry);
      }
    }
  }
  return false;
}

function searchOf(parameters: GraphQLParameters): string {
  const search = new URLSearchParams();
  if (typeof parameters.query === 'string') search.set('query', parameters.query);
  if (typeof parameters.operationName === 'string') search.set('operationName', parameters.operationName);
  if (parameters.variables !== undefined) search.set('variables', JSON.stringify(parameters.variables));
  return `?${search.toString()}`;
}

async function answerAuthenticatedRoute<TAuth extends { requestId: string }>(
  options: Pick<
    GraphQLHttpOptions<BaseContext, TAuth>,
    'authenticate' | 'confirmRequest' | 'maxBodyBytes' | 'maxAuthenticatedRouteBodyBytes'
  >,
  route: AuthenticatedRoute<TAuth>,
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
): Promise<void> {
  try {
    if (request.method !== 'POST') throw new RequestRejection(405, 'METHOD_NOT_ALLOWED', 'Use POST with a JSON body.');
    const auth = await options.authenticate(request, requestId);
    const body = await readJsonBody(request, options.maxAuthenticatedRouteBodyBytes ?? options.maxBodyBytes);
    options.confirmRequest?.(auth, { method: 'POST', path: request.url ?? '/', body: body.raw });
    const answer = await route(auth, body.value);
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(answer));
  } catch (error) {
    if (!answerRefusal(error, request, response)) throw error;
    return;
  }
}

/** The body's exact bytes, and its value (parsed when it is JSON). */
async function readJsonBody(request: IncomingMessage, maxBodyBytes: number): Promise<{ raw: Buffer; value: unknown }> {
  const raw = await readBodyBytes(request, maxBodyBytes);
  const text = raw.toString('utf8');
  const contentType = request.headers['content-type'] ?? '';
  if (!/json/i.test(contentType)) return { raw, value: text };
  if (text.trim() === '') return { raw, value: undefined };
  try {
    return { raw, value: JSON.parse(text) };
  } catch {
    throw new RequestBodyError('BODY_NOT_JSON', 'The request body is not valid JSON.');
  }
}

/** Answers a refusal (rejected request, unreadable body) for people; false for any other error. */
function answerRefusal(error: unknown, request: IncomingMessage, response: ServerResponse): boolean {
  if (error instanceof RequestRejection) {
    request.resume();
    writeJsonError(response, error.status, error.code, error.message, error.headers);
    return true;
  }
  if (error instanceof RequestBodyError) {
    writeJsonError(response, error.status, error.code, error.message);
    return true;
  }
  return false;
}

function writeJsonError(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function respondWithUnexpectedError(response: ServerResponse): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  writeJsonError(response, 500, 'INTERNAL_SERVER_ERROR', 'The request could not be completed.');
}
