import type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { ServiceCallError, callService, type ServiceAnswer, type ServiceCall } from '../../../runtime/service-http.ts';

/**
 * A small FHIR R4 REST client over `callService` (runtime/service-http.ts): read, search (following `Bundle.link[next]`) and
 * batch/transaction Bundles. Every HTTP request counts as one source round trip.
 */

export type FhirClientErrorCode =
  'FHIR_UNREACHABLE' | 'FHIR_TIMEOUT' | 'FHIR_HTTP_ERROR' | 'FHIR_INVALID_RESPONSE' | 'FHIR_PAGING_LIMIT' | 'FHIR_FOREIGN_LINK';

/**
 * A FHIR request that failed. The message names the interaction, the resource type and the
 * HTTP status, never search values, identifiers or anything from a response body.
 */
export class FhirClientError extends Error {
  readonly code: FhirClientErrorCode;
  /** HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** OperationOutcome issue codes from the server (a fixed HL7 vocabulary), when it sent any. */
  readonly issueCodes: string[];

  constructor(code: FhirClientErrorCode, message: string, status?: number, issueCodes: string[] = []) {
    super(message);
    this.name = 'FhirClientError';
    this.code = code;
    this.status = status;
    this.issueCodes = issueCodes;
  }
}

/** Search parameters; a repeated parameter is an array (AND), a comma inside a value is OR. */
export type FhirSearchParams = Record<string, string | readonly string[]>;

export interface FhirClientOptions {
  /** Milliseconds before one HTTP request is abandoned. */
  timeoutMs?: number;
  /** Searches whose GET URL would be longer than this are sent as `POST [type]/_search`. */
  maxGetUrlLength?: number;
  /** Pages followed for one search before giving up. */
  maxPages?: number;
}

const FHIR_JSON = 'application/fhir+json';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_GET_URL_LENGTH = 2_000;
const DEFAULT_MAX_PAGES = 1_000;

export class FhirClient {
  readonly baseUrl: string;
  private readonly origin: string;
  private readonly timeoutMs: number;
  private readonly maxGetUrlLength: number;
  private readonly maxPages: number;
  private requests = 0;

  constructor(baseUrl: string, options: FhirClientOptions = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.origin = new URL(this.baseUrl).origin;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxGetUrlLength = options.maxGetUrlLength ?? DEFAULT_MAX_GET_URL_LENGTH;
    this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  }

  /** HTTP requests sent since the client was created. */
  roundTrips(): number {
    return this.requests;
  }

  /** The server's capability statement (`GET [base]/metadata`): whether the FHIR server answers at all. */
  async capabilities(): Promise<Resource> {
    const response = await this.send('capabilities', `${this.baseUrl}/metadata`, { method: 'GET', headers: {} });
    return this.readBody('capabilities', response);
  }

  /** Reads one resource; `undefined` when the server has no such resource (404 or 410). */
  async read<T extends Resource>(resourceType: T['resourceType'], id: string): Promise<T | undefined> {
    const interaction = `read of ${resourceType}`;
    const response = await this.send(interaction, `${this.baseUrl}/${resourceType}/${encodeURIComponent(id)}`, {
      method: 'GET',
    });
    if (response.status === 404 || response.status === 410) return undefined;
    const resource = await this.readBody(interaction, response);
    if (resource.resourceType !== resourceType) {
      throw new FhirClientError('FHIR_INVALID_RESPONSE', `FHIR ${interaction} returned another kind of resource.`);
    }
    return resource as T;
  }

  /**
   * Searches one resource type and returns every match, following the server's `next` links.
   * Long searches go as `POST [type]/_search` so that a large batch of patients fits.
   */
  async search<T extends Resource>(resourceType: T['resourceType'], params: FhirSearchParams): Promise<T[]> {
    const interaction = `search of ${resourceType}`;
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      for (const item of typeof value === 'string' ? [value] : value) query.append(name, item);
    }
    const getUrl = `${this.baseUrl}/${resourceType}?${query}`;
    let response =
      getUrl.length <= this.maxGetUrlLength
        ? await this.send(interaction, getUrl, { method: 'GET' })
        : await this.send(interaction, `${this.baseUrl}/${resourceType}/_search`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: query.toString(),
          });

    const found: T[] = [];
    for (let page = 1; ; page += 1) {
      const bundle = await this.readBundle(interaction, response);
      for (const entry of bundle.entry ?? []) {
        if (entry.resource?.resourceType === resourceType) found.push(entry.resource as T);
      }
      const next = bundle.link?.find((link) => link.relation === 'next')?.url;
      if (!next) return found;
      if (page >= this.maxPages) {
        throw new FhirClientError('FHIR_PAGING_LIMIT', `FHIR ${interaction} returned more than ${this.maxPages} pages.`);
      }
      response = await this.send(interaction, this.sameOriginUrl(interaction, next), { method: 'GET' });
    }
  }

  /** Posts a `batch` or `transaction` Bundle to the base URL and returns the response Bundle. */
  async postBundle(bundle: Bundle): Promise<Bundle> {
    const interaction = `${bundle.type ?? 'bundle'} request`;
    const response = await this.send(interaction, this.baseUrl, {
      method: 'POST',
      headers: { 'content-type': FHIR_JSON },
      body: JSON.stringify(bundle),
    });
    return this.readBundle(interaction, response);
  }

  private async send(interaction: string, url: string, init: Pick<ServiceCall, 'method' | 'headers' | 'body'>): Promise<ServiceAnswer> {
    this.requests += 1;
    let response: ServiceAnswer;
    try {
      response = await callService(url, { ...init, headers: { accept: FHIR_JSON, ...init.headers }, timeoutMs: this.timeoutMs });
    } catch (error) {
      if (error instanceof ServiceCallError && error.failure === 'TIMEOUT') {
        throw new FhirClientError('FHIR_TIMEOUT', `FHIR ${interaction} did not answer within ${this.timeoutMs} ms.`);
      }
      throw new FhirClientError('FHIR_UNREACHABLE', `FHIR ${interaction} could not reach the FHIR server at ${this.origin}.`);
    }
    if (response.ok || response.status === 404 || response.status === 410) return response;
    const issueCodes = await this.issueCodesOf(response);
    const detail = issueCodes.length > 0 ? ` (${issueCodes.join(', ')})` : '';
    throw new FhirClientError(
      'FHIR_HTTP_ERROR',
      `FHIR ${interaction} failed with HTTP ${response.status}${detail}.`,
      response.status,
      issueCodes,
    );
  }

  private async readBody(interaction: string, response: ServiceAnswer): Promise<Resource> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new FhirClientError('FHIR_INVALID_RESPONSE', `FHIR ${interaction} returned a body that is not JSON.`);
    }
    if (typeof body !== 'object' || body === null || typeof (body as { resourceType?: unknown }).resourceType !== 'string') {
      throw new FhirClientError('FHIR_INVALID_RESPONSE', `FHIR ${interaction} returned something that is not a FHIR resource.`);
    }
    return body as Resource;
  }

  private async readBundle(interaction: string, response: ServiceAnswer): Promise<Bundle> {
    if (response.status === 404 || response.status === 410) {
      throw new FhirClientError('FHIR_HTTP_ERROR', `FHIR ${interaction} failed with HTTP ${response.status}.`, response.status);
    }
    const resource = await this.readBody(interaction, response);
    if (resource.resourceType !== 'Bundle') {
      throw new FhirClientError('FHIR_INVALID_RESPONSE', `FHIR ${interaction} returned something other than a Bundle.`);
    }
    return resource;
  }

  /** The server's OperationOutcome issue codes; diagnostics are ignored, as they may quote data. */
  private async issueCodesOf(response: ServiceAnswer): Promise<string[]> {
    try {
      const body = (await response.json()) as Partial<OperationOutcome>;
      if (body.resourceType !== 'OperationOutcome') return [];
      return [...new Set((body.issue ?? []).map((issue) => issue.code).filter((code) => /^[a-z-]{1,40}$/.test(code)))];
    } catch {
      return [];
    }
  }

  /** Paging links are followed only on the FHIR server's own origin. */
  private sameOriginUrl(interaction: string, link: string): string {
    let url: URL;
    try {
      url = new URL(link, `${this.baseUrl}/`);
    } catch {
      throw new FhirClientError('FHIR_INVALID_RESPONSE', `FHIR ${interaction} returned a paging link that is not a URL.`);
    }
    if (url.origin !== this.origin) {
      throw new FhirClientError('FHIR_FOREIGN_LINK', `FHIR ${interaction} returned a paging link to another server.`);
    }
    return url.toString();
  }
}

/** Escapes a value for a FHIR search parameter (`\`, `,`, `|` and `$` are special). */
export function escapeSearchValue(value: string): string {
  return value.replace(/[\\,|$]/g, (character) => `\\${character}`);
}
