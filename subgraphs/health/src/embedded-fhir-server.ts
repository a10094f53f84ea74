import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { badRequest, getStatus, isOk, notFound, OperationOutcomeError, serverError } from '@medplum/core';
import type { Bundle, CapabilityStatement, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { FhirRouter, type FhirRequest, type FhirResponse } from '@medplum/fhir-router';
import { closeServer, listen } from '../../../runtime/http-listen.ts';
import type { SystemConfig } from '../../../runtime/config.ts';
import type { RunningHttpServer } from '../../../runtime/graphql-http.ts';
import { readServiceIdentity, tlsServerOptions, type ServiceIdentity } from '../../../runtime/service-tls.ts';
import { EMBEDDED_FHIR_BASE_PATH as FHIR_BASE_PATH, HEALTH_RESOURCE_TYPES } from './fhir-conventions.ts';
import { indexFhirDefinitions } from './fhir-definitions.ts';
import { FhirResourceStore } from './fhir-resource-store.ts';
import { healthDataDirectory, ResourceSnapshot } from './resource-snapshot.ts';
import { notSupported, StoredFhirRepository } from './stored-fhir-repository.ts';

/**
 * A stand-in for the county health system's FHIR R4 server, for development and tests:
 * medplum's FhirRouter at `/fhir/R4`, over a repository that answers as medplum's in-memory one
 * (stored-fhir-repository.ts) from resources held as JSON text (fhir-resource-store.ts), with the
 * health subgraph's and the seeder's searches answered from indexed keys (search-keys.ts), and
 * persisted after every write (a snapshot file and a journal of the writes since,
 * resource-snapshot.ts). It serves what the health subgraph and the seeder use:
 *
 * - `GET metadata` (the CapabilityStatement, also the readiness check);
 * - `GET [type]/[id]` (read) and `GET [type]?...` / `POST [type]/_search` (search, paged with
 *   `_count`/`_offset` and `Bundle.link[next]`);
 * - `POST /` with a `batch` or `transaction` Bundle. A transaction is all or nothing: when an
 *   entry fails, or its journal line cannot be written, nothing of it is kept. medplum accepts at most 50 updates
 *   in one transaction; larger loads use `batch`.
 *
 * Other interactions answer 405.
 */

/** Page size when a search gives no `_count`, and the largest page served. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1_000;
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Paging links repeat the whole search, which may name many patients. */
const MAX_HEADER_BYTES = 1024 * 1024;
const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;
const RESOURCE_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export interface EmbeddedFhirServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Folder holding the snapshot file. */
  directory: string;
  /** Its certificate; it answers only callers with a certificate from the same authorities (the health subgraph, seeding). */
  tls: ServiceIdentity;
}

export interface RunningFhirServer extends RunningHttpServer {
  /** Resources held, for start-up messages and tests. */
  resourceCount: () => number;
}

/** Starts the embedded FHIR server of this system's configuration; `url` is its FHIR base URL. */
export function startEmbeddedFhirServer(config: SystemConfig, overrides: { port?: number } = {}): Promise<RunningFhirServer> {
  return serveEmbeddedFhir({
    host: config.host,
    port: overrides.port ?? config.health.embeddedFhirPort,
    directory: healthDataDirectory(config.dataDirectory),
    tls: readServiceIdentity(config.tls, 'embedded-fhir-server'),
  });
}

export async function serveEmbeddedFhir(options: EmbeddedFhirServerOptions): Promise<RunningFhirServer> {
  indexFhirDefinitions();
  const snapshot = new ResourceSnapshot(options.directory);
  await snapshot.lock();
  const store = new FhirResourceStore();
  try {
    await snapshot.read(store);
    store.clearChanges();
  } catch (error) {
    await snapshot.unlock();
    throw error;
  }
  const handler = new FhirRequestHandler(new FhirRouter(), store, snapshot);

  const server = createServer(
    { ...tlsServerOptions(options.tls, 'certificate-required'), maxHeaderSize: MAX_HEADER_BYTES },
    (request, response) => {
      handler.handle(request, response).catch(() => {
        if (response.headersSent) {
          response.destroy();
          return;
        }
        writeOutcome(response, serverError(new Error('The FHIR request could not be completed.')));
      });
    },
  );
  try {
    await listen(server, options.host, options.port);
  } catch (error) {
    await snapshot.unlock();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  handler.defaultBase = `https://${urlHost(options.host)}:${port}${FHIR_BASE_PATH}`;
  return {
    url: handler.defaultBase,
    port,
    resourceCount: () => store.size(),
    close: async () => {
      await closeServer(server);
      await handler.idle();
      await snapshot.unlock();
    },
  };
}

class FhirRequestHandler {
  defaultBase = '';
  private readonly startedAt = new Date().toISOString();
  private readonly router: FhirRouter;
  private readonly store: FhirResourceStore;
  private readonly repository: StoredFhirRepository;
  private readonly snapshot: ResourceSnapshot;
  /** Writes run one at a time, each followed by its journal line. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(router: FhirRouter, store: FhirResourceStore, snapshot: ResourceSnapshot) {
    this.router = router;
    this.store = store;
    this.repository = new StoredFhirRepository(store);
    this.snapshot = snapshot;
  }

  /** Resolves once every write accepted so far is on disk. */
  async idle(): Promise<void> {
    await this.writes.catch(() => undefined);
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== FHIR_BASE_PATH && !url.pathname.startsWith(`${FHIR_BASE_PATH}/`)) {
      request.resume();
      writeOutcome(response, notFound);
      return;
    }
    const segments = url.pathname.slice(FHIR_BASE_PATH.length).split('/').filter(Boolean).map(safeDecode);
    const [resourceType, second] = segments;
    const method = request.method ?? 'GET';
    const base = this.publicBase(request);

    if (method === 'GET' && segments.length === 1 && resourceType === 'metadata') {
      writeJson(response, 200, capabilityStatement(base, this.startedAt));
      return;
    }
    if (method === 'GET' && segments.length === 1 && isResourceType(resourceType)) {
      writeResult(response, await this.search(base, resourceType, queryRecord(url.searchParams)));
      return;
    }
    if (method === 'GET' && segments.length === 2 && isResourceType(resourceType)) {
      if (!second || !RESOURCE_ID.test(second)) {
        writeOutcome(response, notFound);
        return;
      }
      writeResult(response, await this.route({ method: 'GET', url: `${resourceType}/${second}` }));
      return;
    }
    if (method === 'POST' && segments.length === 2 && second === '_search' && isResourceType(resourceType)) {
      const form = await readBody(request, /x-www-form-urlencoded/i);
      if (typeof form !== 'string') {
        writeOutcome(response, form);
        return;
      }
      const query = queryRecord(url.searchParams);
      for (const [name, value] of new URLSearchParams(form)) appendQuery(query, name, value);
      writeResult(response, await this.search(base, resourceType, query));
      return;
    }
    if (method === 'POST' && segments.length === 0) {
      const text = await readBody(request, /json/i);
      if (typeof text !== 'string') {
        writeOutcome(response, text);
        return;
      }
      writeResult(response, await this.bundle(text));
      return;
    }
    request.resume();
    writeOutcome(response, notSupported(`${method} is not supported at this path by the embedded FHIR server.`));
  }

  /** One page of a search, with `self` and `next` links. */
  private async search(base: string, resourceType: string, query: Record<string, string | string[]>): Promise<FhirResponse> {
    const requestedCount = integerParameter(query['_count']);
    const count = Math.min(Math.max(requestedCount ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
    const offset = Math.max(integerParameter(query['_offset']) ?? 0, 0);
    query['_count'] = String(count);
    query['_offset'] = String(offset);
    const params = searchParams(query);
    const result = await this.route({ method: 'GET', url: `${resourceType}?${params}` });
    const [outcome, bundle] = result;
    if (!isOk(outcome) || bundle?.resourceType !== 'Bundle') return result;
    const link: NonNullable<Bundle['link']> = [{ relation: 'self', url: `${base}/${resourceType}?${params}` }];
    if (count > 0 && (bundle.total ?? 0) > offset + count) {
      params.set('_offset', String(offset + count));
      link.push({ relation: 'next', url: `${base}/${resourceType}?${params}` });
    }
    return [outcome, { ...bundle, link }];
  }

  /** Journals what the last write changed (and folds the journal into a new snapshot when it has grown). */
  private async persist(): Promise<void> {
    await this.snapshot.record(this.store.takeChanges(), () => this.store.everything());
  }

  /** A batch or transaction Bundle, then its changes on disk. */
  private bundle(text: string): Promise<FhirResponse> {
    const run = this.writes.then(async (): Promise<FhirResponse> => {
      let bundle: Partial<Bundle>;
      try {
        bundle = JSON.parse(text) as Partial<Bundle>;
      } catch {
        return [badRequest('The request body is not valid JSON.')];
      }
      if (bundle?.resourceType !== 'Bundle' || (bundle.type !== 'batch' && bundle.type !== 'transaction')) {
        return [badRequest('POST to the base URL takes a batch or transaction Bundle.')];
      }
      if (bundle.type === 'batch') {
        // Entries of a batch succeed or fail one by one: whatever happened is kept.
        try {
          return await this.route({ method: 'POST', url: '', body: bundle });
        } finally {
          await this.persist();
        }
      }
      this.store.begin();
      try {
        const result = await this.route({ method: 'POST', url: '', body: bundle }, { transactions: true });
        if (!isOk(result[0])) {
          this.store.rollback();
          return result;
        }
        // Not on disk, so not committed: a failure here rolls it back.
        await this.persist();
        this.store.commit();
        return result;
      } catch (error) {
        this.store.rollback();
        throw error;
      }
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async route(
    request: { method: 'GET' | 'POST'; url: string; body?: unknown },
    config?: FhirRequest['config'],
  ): Promise<FhirResponse> {
    try {
      return await this.router.handleRequest(
        { method: request.method, url: request.url, pathname: '', body: request.body, params: {}, query: {}, config },
        this.repository,
      );
    } catch (error) {
      if (error instanceof OperationOutcomeError) return [error.outcome];
      throw error;
    }
  }

  /** Links point back the way the client came, so that they stay on its origin. */
  private publicBase(request: IncomingMessage): string {
    const host = request.headers.host;
    return host && /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(host) ? `https://${host}${FHIR_BASE_PATH}` : this.defaultBase;
  }
}

/** What this server does, at `GET /metadata` (also its readiness check). */
function capabilityStatement(base: string, date: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    implementation: {
      description: 'Embedded stand-in for the county health FHIR server (in memory, persisted to a snapshot file and journal).',
      url: base,
    },
    rest: [
      {
        mode: 'server',
        resource: HEALTH_RESOURCE_TYPES.map((type) => ({
          type,
          interaction: [{ code: 'read' }, { code: 'search-type' }],
        })),
        interaction: [{ code: 'batch' }, { code: 'transaction' }],
      },
    ],
  };
}

function isResourceType(value: string | undefined): value is string {
  return value !== undefined && RESOURCE_TYPE.test(value);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of params) appendQuery(query, name, value);
  return query;
}

function appendQuery(query: Record<string, string | string[]>, name: string, value: string): void {
  const existing = query[name];
  if (existing === undefined) query[name] = value;
  else query[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
}

function searchParams(query: Record<string, string | string[]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
  }
  return params;
}

function integerParameter(value: string | string[] | undefined): number | undefined {
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  if (last === undefined || !/^\d{1,9}$/.test(last)) return undefined;
  return Number(last);
}

async function readBody(request: IncomingMessage, contentType: RegExp): Promise<string | OperationOutcome> {
  if (!contentType.test(request.headers['content-type'] ?? '')) {
    request.resume();
    return badRequest('The request body has the wrong content type.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      request.resume();
      return badRequest(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function writeResult(response: ServerResponse, [outcome, resource]: FhirResponse): void {
  if (resource && isOk(outcome)) {
    writeJson(response, getStatus(outcome), resource);
    return;
  }
  writeOutcome(response, outcome);
}

function writeOutcome(response: ServerResponse, outcome: OperationOutcome): void {
  const status = outcome.id === 'not-supported' ? 405 : getStatus(outcome);
  writeJson(response, status, outcome);
}

function writeJson(response: ServerResponse, status: number, resource: Resource): void {
  response.writeHead(status, { 'content-type': FHIR_JSON });
  response.end(JSON.stringify(resource));
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
