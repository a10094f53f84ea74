import { randomUUID } from 'node:crypto';
import {
  AUDIT_RECORDS_PATH,
  DISCLOSURE_AUDIT_EXTENSION,
  MAX_RECORDS_PER_APPEND,
  isAuditRecordsAnswerFor,
  readDeliveredRecords,
  readRepeatedWrites,
  type AuditRecordsRequest,
  type AuditedDecision,
  type DeliveredRecord,
  type RepeatedWrite,
} from '../../../runtime/audit/disclosure-record.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { RequesterTokenSigner } from '../../../runtime/requester-token.ts';
import { callService, type ServiceAnswer } from '../../../runtime/service-http.ts';

/** Why the audit could not record a request's decisions. */
export type AuditFailure = 'UNREACHABLE' | 'REFUSED' | 'UNEXPECTED_ANSWER' | 'RECORD_TOO_LARGE';

/**
 * The audit could not record every decision of a request, so the gateway must not answer it. The
 * message never carries record contents; `failure` and `status` say what went wrong.
 */
export class AuditUnavailableError extends Error {
  readonly code = 'AUDIT_UNAVAILABLE';
  readonly failure: AuditFailure;
  /** The HTTP status the audit answered with, when it answered. */
  readonly status: number | undefined;
  constructor(failure: AuditFailure, status?: number) {
    super(
      `The disclosure audit could not record this request's decisions (${failure.toLowerCase().replace(/_/g, ' ')}${status ? `, HTTP ${status}` : ''}).`,
    );
    this.name = 'AuditUnavailableError';
    this.failure = failure;
    this.status = status;
  }
}

/**
 * The audit refused a request's decisions because the disclosure facts changed after they were
 * made (409 FACTS_CHANGED): nothing of them was recorded, and the request must be decided again.
 */
export class DecisionsOutdatedError extends Error {
  readonly code = 'FACTS_CHANGED';
  constructor() {
    super('The disclosure facts changed after this request was decided; its decisions were not recorded.');
    this.name = 'DecisionsOutdatedError';
  }
}

export interface DisclosureAuditClientOptions {
  /** The csec subgraph's `/graphql` URL; the audit route is `/audit-records` on the same origin. */
  csecUrl: string;
  signer: RequesterTokenSigner;
  /**
   * Largest request body to send, in bytes: the csec subgraph's `CSEC_MAX_BODY_BYTES`. A request's
   * records are sent in as many appends as needed to stay under it.
   */
  maxBodyBytes?: number;
  /** How long to wait for one append. */
  timeoutMs?: number;
}

const DEFAULT_MAX_BODY_BYTES = 100_000;
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Records a request's disclosure decisions in the CSEC program's audit, as the requester the
 * gateway vouches for (a requester token signed for the csec subgraph): what the decisions of a
 * request share, then the decisions, appended in order. When they do not fit one request body they
 * go in several appends, each one transaction, and a failure of any of them fails the whole call.
 */
export class DisclosureAuditClient {
  private readonly routeUrl: string;
  private readonly signer: RequesterTokenSigner;
  readonly maxBodyBytes: number;
  private readonly timeoutMs: number;

  constructor(options: DisclosureAuditClientOptions) {
    this.routeUrl = new URL(AUDIT_RECORDS_PATH, options.csecUrl).href;
    this.signer = options.signer;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** A request's decisions, to be carried with the plan's csec fetch if they can, and recorded by `settle` before the answer leaves. */
  prepare(requester: Requester, append: AuditRecordsRequest): PendingAudit {
    return new PendingAudit(this, requester, append);
  }

  /** Appends the bodies in order; throws an AuditUnavailableError at the first that is not recorded. */
  async send(requester: Requester, bodies: readonly AuditBody[]): Promise<void> {
    for (const body of bodies) await this.append(requester, body);
  }

  /**
   * Request bodies for the decisions in order: the request once in each, as many entries as the
   * size limit and the count limit (one decision per youth an entry is about) allow. An entry too
   * large for one body is split between its youth, each part with an id of its own. The facts
   * version goes with the first: once it is recorded, the decisions stand.
   */
  bodies(append: AuditRecordsRequest): AuditBody[] {
    const opening = `{"request":${JSON.stringify(append.request)},"decisions":[`;
    const factsVersion = append.factsVersion === undefined ? '' : `,"factsVersion":${JSON.stringify(append.factsVersion)}`;
    // Every part of an amendment amends the request's earlier records.
    const amends = append.amends ? ',"amends":true' : '';
    // The opening and the closing `]...}`, in bytes.
    const envelopeBytes = Buffer.byteLength(opening) + 2 + Buffer.byteLength(factsVersion) + amends.length;
    const bodies: AuditBody[] = [];
    let entries: string[] = [];
    let decisions = 0;
    let size = envelopeBytes;
    const close = () => {
      if (entries.length > 0)
        bodies.push({ json: `${opening}${entries.join(',')}]${bodies.length === 0 ? factsVersion : ''}${amends}}`, decisions });
      entries = [];
      decisions = 0;
      size = envelopeBytes;
    };
    const pieces = (entry: AuditedDecision): Array<{ entry: AuditedDecision; json: string }> => {
      const json = JSON.stringify(entry);
      if (envelopeBytes + Buffer.byteLength(json) + 1 <= this.maxBodyBytes || entry.youthIds.length === 1) return [{ entry, json }];
      const half = Math.ceil(entry.youthIds.length / 2);
      return [
        ...pieces({ ...entry, youthIds: entry.youthIds.slice(0, half) }),
        ...pieces({ ...entry, decisionId: randomUUID(), youthIds: entry.youthIds.slice(half) }),
      ];
    };
    for (const { entry, json } of append.decisions.flatMap(pieces)) {
      const bytes = Buffer.byteLength(json) + 1;
      if (envelopeBytes + bytes > this.maxBodyBytes) throw new AuditUnavailableError('RECORD_TOO_LARGE');
      if (entries.length > 0 && (size + bytes > this.maxBodyBytes || decisions + entry.youthIds.length > MAX_RECORDS_PER_APPEND)) close();
      entries.push(json);
      decisions += entry.youthIds.length;
      size += bytes;
    }
    close();
    return bodies;
  }

  private async append(requester: Requester, body: AuditBody): Promise<void> {
    let response: ServiceAnswer;
    try {
      response = await callService(this.routeUrl, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.signer.sign(requester, 'csec', { method: 'POST', path: new URL(this.routeUrl).pathname, body: body.json })}`,
          'content-type': 'application/json',
          'x-request-id': requester.requestId,
        },
        body: body.json,
        timeoutMs: this.timeoutMs,
      });
    } catch {
      throw new AuditUnavailableError('UNREACHABLE');
    }
    if (response.status === 409) throw new DecisionsOutdatedError();
    if (!response.ok) throw new AuditUnavailableError('REFUSED', response.status);
    if (!isAuditRecordsAnswerFor(await response.json().catch(() => undefined), body.decisions))
      throw new AuditUnavailableError('UNEXPECTED_ANSWER', response.status);
  }
}

/** One append as sent: its JSON and the number of decisions it records, one per youth of each entry. */
export interface AuditBody {
  json: string;
  decisions: number;
}

/** Room left in a csec GraphQL request body for the key that names the carried records. */
const CARRIED_KEY_BYTES = DISCLOSURE_AUDIT_EXTENSION.length + 8;

/**
 * One request's decisions on their way to the audit. When they fit in one append beside the plan's
 * first csec fetch, they go with it (the `csecDisclosureAudit` extension) and its answer confirms
 * them: one exchange fewer per request. Otherwise, or when that fetch brings no answer for them,
 * `settle` sends them to the audit route; records the csec subgraph did append get the same
 * answer there, so nothing is recorded twice or lost.
 */
export class PendingAudit {
  private readonly client: DisclosureAuditClient;
  private readonly requester: Requester;
  private readonly append: AuditRecordsRequest;
  private made: AuditBody[] | undefined;
  private carried = false;
  private confirmed = false;
  /** Whether `settle` has recorded the request's records: a later correction amends them. */
  private recorded = false;
  /** Writes the csec subgraph did not carry out because they repeated an earlier one. */
  private readonly repeats: RepeatedWrite[] = [];
  /** The filed records the subgraphs' lists held, as they reported them. */
  private readonly delivered: DeliveredRecord[] = [];
  /** That nothing was delivered, once recorded; and whether records carried with the plan could still land after it. */
  private undelivered: Promise<{ overtakable: boolean }> | undefined;

  constructor(client: DisclosureAuditClient, requester: Requester, append: AuditRecordsRequest) {
    this.client = client;
    this.requester = requester;
    this.append = append;
  }

  /**
   * The records to carry with a csec request of `requestBytes` (measured only when asked), or
   * undefined: already carried or recorded, more than one append, or too large beside the request.
   */
  carryWith(requestBytes: () => number): AuditRecordsRequest | undefined {
    // Once recorded otherwise (nothing delivered, past a deadline), the plan carries nothing.
    if (this.carried || this.recorded || this.undelivered) return undefined;
    let bodies: AuditBody[];
    try {
      bodies = this.bodies();
    } catch {
      // Records too large for any append: `settle` fails the request with the reason.
      return undefined;
    }
    const [only] = bodies;
    if (bodies.length !== 1 || !only) return undefined;
    if (requestBytes() + Buffer.byteLength(only.json) + CARRIED_KEY_BYTES > this.client.maxBodyBytes) return undefined;
    this.carried = true;
    return this.append;
  }

  /** The csec subgraph's answer to the carried records (its response extension), if any. */
  acknowledge(answer: unknown): void {
    if (!this.carried) return;
    const [only] = this.bodies();
    if (only && isAuditRecordsAnswerFor(answer, only.decisions)) this.confirmed = true;
  }

  /** The csec subgraph's list of the writes that repeated an earlier one (its response extension), if any. */
  noteRepeatedWrites(listed: unknown): void {
    this.repeats.push(...readRepeatedWrites(listed));
  }

  /** A subgraph's list of the filed records its answer's lists held (its response extension). */
  noteDeliveredRecords(listed: unknown): void {
    this.delivered.push(...readDeliveredRecords(listed));
  }

  /** The filed records the answer's lists held, and whether each was sent: recorded with their decisions. */
  deliveredRecords(): readonly DeliveredRecord[] {
    return this.delivered;
  }

  /** The writes not carried out because they repeated an earlier one: recorded as not delivered. */
  repeatedWrites(): readonly RepeatedWrite[] {
    return this.repeats;
  }

  /**
   * Resolves once every decision is recorded; throws an AuditUnavailableError otherwise. With
   * `asDelivered`, the request's records as its answer delivered them (less than the records made
   * before execution say was disclosed): recorded instead of those, or, when those went with the
   * plan's csec fetch, recorded after them as their amendment, which the accounting shows instead.
   * An amendment of records whose append was not confirmed still names the facts version, so
   * decisions on facts that changed are never recorded. Called again after it recorded them (the
   * answer was then not sent), it amends them.
   */
  async settle(asDelivered?: AuditRecordsRequest): Promise<void> {
    if (!asDelivered) {
      if (!this.confirmed) await this.client.send(this.requester, this.bodies());
    } else if (!this.carried && !this.recorded) {
      await this.client.send(this.requester, this.client.bodies(asDelivered));
    } else {
      const { factsVersion, ...amendment } = asDelivered;
      const checked = this.confirmed || this.recorded || factsVersion === undefined ? {} : { factsVersion };
      // An amendment replaces all the request's records before it, so it must be one record.
      const bodies = this.client.bodies({ ...amendment, ...checked, amends: true });
      if (bodies.length !== 1) throw new AuditUnavailableError('RECORD_TOO_LARGE');
      await this.client.send(this.requester, bodies);
    }
    this.recorded = true;
  }

  /**
   * Records that nothing of the answer was delivered (`nothingDelivered`, every decision as not
   * delivered). Called again (a deadline's answer went first, then the late plan ended), it records
   * again only if records carried with the plan's csec fetch were not yet appended the first time,
   * and so could have landed after that record.
   */
  async settleUndelivered(nothingDelivered: AuditRecordsRequest): Promise<void> {
    const earlier = this.undelivered;
    const next = (async () => {
      const before = await earlier?.catch(() => ({ overtakable: true }));
      if (before && !before.overtakable) return before;
      const overtakable = this.carried && !this.confirmed;
      await this.settle(nothingDelivered);
      return { overtakable };
    })();
    this.undelivered = next;
    await next;
  }

  private bodies(): AuditBody[] {
    this.made ??= this.client.bodies(this.append);
    return this.made;
  }
}
