import {
  Agent as HttpAgent,
  request as httpRequest,
  STATUS_CODES,
  type ClientRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest, type AgentOptions } from 'node:https';
import type { ServiceIdentity } from './service-tls.ts';

/**
 * Calls between the services of the system (gateway to subgraphs, facts and audit; health to its
 * FHIR server), over Node's own HTTP client on kept-alive connections, https with the process's
 * certificate (`callServicesWith`). A user request makes about ten such calls, and `fetch` costs
 * several times the CPU per call (its streams, its per-call abort signal), which the services
 * would otherwise spend on every request; kept-alive connections also make one TLS handshake serve
 * many calls.
 */

/** Why a call got no answer. */
export type ServiceCallFailure = 'TIMEOUT' | 'UNREACHABLE' | 'ANSWER_TOO_LARGE';

/** A call that got no complete answer; the message names the reason, never the body. */
export class ServiceCallError extends Error {
  readonly failure: ServiceCallFailure;
  constructor(failure: ServiceCallFailure, url: URL) {
    super(`The call to ${url.origin} got no answer (${failure.toLowerCase().replace(/_/g, ' ')}).`);
    this.name = 'ServiceCallError';
    this.failure = failure;
  }
}

export interface ServiceCall {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The whole call, from sending to the last byte of the answer. */
  timeoutMs: number;
  /** Largest answer to read; a larger one fails the call. */
  maxAnswerBytes?: number;
}

const DEFAULT_MAX_ANSWER_BYTES = 64 * 1024 * 1024;
const agents = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };
/** The TLS settings of https calls, also given to the retry's connection of its own. */
let clientTls: AgentOptions = {};

/**
 * Makes every https call of this process trust only the services' certificate authorities and,
 * given one, present this service's certificate: the subgraphs and the embedded FHIR server answer
 * no caller without it. Set once at start-up, before the first call; the process is one service.
 */
export function callServicesWith(tls: Pick<ServiceIdentity, 'ca'> & Partial<Pick<ServiceIdentity, 'cert' | 'key'>>): void {
  clientTls = { ca: tls.ca, ...(tls.cert && tls.key ? { cert: tls.cert, key: tls.key } : {}) };
  agents['https:'].destroy();
  agents['https:'] = new HttpsAgent({ keepAlive: true, ...clientTls });
}

/**
 * Sends one request and reads the whole answer, whatever its status. A kept-alive connection the
 * service closed just as the request went out (the request was never read) is retried once on a
 * new connection, as Node's documentation advises; any other failure fails the call.
 */
export function callService(target: string | URL, call: ServiceCall): Promise<ServiceAnswer> {
  const url = typeof target === 'string' ? new URL(target) : target;
  const headers: Record<string, string | number> = { ...call.headers };
  if (call.body !== undefined) headers['content-length'] = Buffer.byteLength(call.body);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
  const maxAnswerBytes = call.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
  return new Promise((resolve, reject) => {
    let settled = false;
    let outgoing: ClientRequest;
    const fail = (failure: ServiceCallFailure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outgoing.destroy();
      reject(new ServiceCallError(failure, url));
    };
    const timer = setTimeout(() => fail('TIMEOUT'), call.timeoutMs);
    const attempt = (mayRetry: boolean) => {
      let answered = false;
      // The retry opens a connection of its own: another kept-alive one may have been closed as well.
      outgoing = send(
        url,
        { method: call.method ?? 'GET', headers, ...(mayRetry ? { agent } : { agent: false, ...clientTls }) },
        (incoming: IncomingMessage) => {
          answered = true;
          const chunks: Buffer[] = [];
          let size = 0;
          incoming.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxAnswerBytes) fail('ANSWER_TOO_LARGE');
            else chunks.push(chunk);
          });
          incoming.on('error', () => fail('UNREACHABLE'));
          incoming.on('end', () => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            resolve(new ServiceAnswer(url.href, incoming.statusCode ?? 0, incoming.headers, Buffer.concat(chunks, size).toString('utf8')));
          });
        },
      );
      const sentOn = outgoing;
      sentOn.on('error', (error: NodeJS.ErrnoException) => {
        if (sentOn !== outgoing) return;
        const closedWhileIdle = sentOn.reusedSocket && !answered && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
        if (mayRetry && closedWhileIdle && !settled) attempt(false);
        else fail('UNREACHABLE');
      });
      sentOn.end(call.body);
    };
    attempt(true);
  });
}

/**
 * Opens a long-lived answer (server-sent events) and resolves with it once its status and headers
 * arrive, for the caller to read as it comes and destroy when done. It has a connection of its own,
 * never a kept-alive one that other calls wait for; `timeoutMs` bounds only the wait for the headers.
 */
export function openServiceStream(target: URL, call: ServiceCall): Promise<IncomingMessage> {
  const headers: Record<string, string | number> = { ...call.headers };
  if (call.body !== undefined) headers['content-length'] = Buffer.byteLength(call.body);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(target, { method: call.method ?? 'POST', headers, agent: false, ...clientTls }, (incoming) => {
      clearTimeout(timer);
      resolve(incoming);
    });
    const timer = setTimeout(() => {
      outgoing.destroy();
      reject(new ServiceCallError('TIMEOUT', target));
    }, call.timeoutMs);
    outgoing.on('error', () => {
      clearTimeout(timer);
      reject(new ServiceCallError('UNREACHABLE', target));
    });
    outgoing.end(call.body);
  });
}

/**
 * A complete answer. It has the shape of a fetch `Response` as far as the federation gateway's
 * subgraph client reads one, so that client can send its requests through `callService` too.
 */
export class ServiceAnswer {
  readonly url: string;
  readonly status: number;
  readonly ok: boolean;
  readonly statusText: string;
  readonly redirected = false;
  readonly bodyUsed = false;
  readonly body: string;
  private readonly received: IncomingHttpHeaders;
  private asHeaders: Headers | undefined;

  constructor(url: string, status: number, headers: IncomingHttpHeaders, body: string) {
    this.url = url;
    this.status = status;
    this.ok = status >= 200 && status < 300;
    this.statusText = STATUS_CODES[status] ?? '';
    this.received = headers;
    this.body = body;
  }

  /** The headers as fetch's `Headers`, made when first asked for. */
  get headers(): Headers {
    if (!this.asHeaders) {
      this.asHeaders = new Headers();
      for (const [name, value] of Object.entries(this.received)) {
        if (value === undefined) continue;
        for (const each of Array.isArray(value) ? value : [value]) this.asHeaders.append(name, each);
      }
    }
    return this.asHeaders;
  }

  text(): Promise<string> {
    return Promise.resolve(this.body);
  }

  /** Rejects, as fetch's does, when the body is not JSON. */
  json(): Promise<unknown> {
    try {
      return Promise.resolve(JSON.parse(this.body) as unknown);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.body, 'utf8');
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }

  clone(): ServiceAnswer {
    return this;
  }
}
