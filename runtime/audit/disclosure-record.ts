import { RequestRejection } from '../requester.ts';

/**
 * One disclosure decision about one youth as the CSEC program's audit records it: who asked, about
 * which youth, which fields, for which purpose, what was decided, under which rule, legal basis and
 * policy revision. One decision per distinct outcome about a youth in a request: every field of the
 * request that got the same category, outcome, rule, legal basis and review flag for that youth
 * shares it, and youth who got the same decision on the same fields share its id; the audit stores
 * an append's decisions in one record. Identifiers and decisions only, never the value that was
 * disclosed or withheld.
 */
export type DisclosureRecordInput = AuditedRequest & { decisionId: string; youthId: string | null; amends?: true } & Omit<AuditedDecision, 'decisionId' | 'youthIds'>;

/** What every record of one request shares: sent once per append (`POST /audit-records` on the csec subgraph). */
export interface AuditedRequest {
  /** The gateway's id of the request. */
  requestId: string;
  requester: { userId: string; agency: string; roles: string[] };
  purposeOfUse: string;
  /** The reason given for emergency access; null otherwise. */
  breakGlassReason: string | null;
  /** When the decisions were made (the request's `now`), RFC 3339 with `Z` or an offset. */
  recordedAt: string;
  /** The revision of the policy bundle that decided. */
  policyRevision: string;
}

/**
 * A decision of a request, as the gateway sends it: youth who got the same decision on the same
 * fields share one entry (a caseload's youth mostly do) and its id.
 */
export interface AuditedDecision {
  /** A UUID the gateway gives the decision; recorded once. */
  decisionId: string;
  /**
   * The youth it was made about, in order, each once; at most MAX_YOUTH_PER_DECISION. A null youth
   * is a de-identified (aggregate) value.
   */
  youthIds: Array<string | null>;
  /**
   * The `Type.field` coordinates of the schema the decision covered, for example
   * `Youth.missingSince`: sorted, each once.
   */
  fields: string[];
  /** The fields' information category (policies/csec/categories/data.yaml). */
  category: string;
  outcome: DisclosureOutcome;
  /** The policy rule that decided, for example `IAP-2025-4.1` or `DEFAULT_DENY`. */
  rule: string;
  legalBasis: string;
  /** Whether the access is flagged for review (emergency access). */
  review: boolean;
  /**
   * For a DISCLOSED decision over lists of records that carry their own labels (health records):
   * each record its source had for the youth and field, how the source filed it and whether its
   * labels let it go. Sent once the answer is known, in the request's amending record.
   */
  records?: DeliveredRecord[];
}

/**
 * One record a source decided on its own labels, as the source reports it (RECORD_FILINGS_EXTENSION):
 * which record, where it was filed and why, and whether it was sent. Never the record itself.
 */
export interface DeliveredRecord {
  youthId: string;
  /** The `Type.field` it was listed under. */
  field: string;
  /** The source's name for it, for example `Condition/123`. */
  record: string;
  /** The part of the youth's record it was filed under, for example SUBSTANCE_USE. */
  area: string;
  /** What put it there: LABEL, CODE, CONTEXT, UNDETERMINED or NO_MATCH. */
  basis: string;
  /** The filing rule in words: the label, the code and its value set with their version, or the record it belongs to. */
  filedBy: string;
  /** Whether its own labels let it go to the person (false: the source kept it back). */
  sent: boolean;
}

/** The subgraph response extension that lists the `DeliveredRecord`s of the records a source decided on their labels. */
export const RECORD_FILINGS_EXTENSION = 'csecRecordFilings';

/** Most records one decision may list. */
export const MAX_RECORDS_PER_DECISION = 10_000;

const RECORD_KEYS = ['youthId', 'field', 'record', 'area', 'basis', 'filedBy', 'sent'] as const satisfies ReadonlyArray<keyof DeliveredRecord>;

/**
 * A source's list of delivered records, read strictly: entries that are not well-formed records are
 * left out (the gateway records what it can vouch for, and a source cannot smuggle a value in).
 */
export function readDeliveredRecords(value: unknown): DeliveredRecord[] {
  if (!Array.isArray(value)) return [];
  const read: DeliveredRecord[] = [];
  for (const entry of value.slice(0, MAX_RECORDS_PER_DECISION)) {
    try {
      read.push(readDeliveredRecord(entry, 'record'));
    } catch {
      // Left out: not a record the gateway can vouch for.
    }
  }
  return read;
}

function readDeliveredRecord(value: unknown, at: string): DeliveredRecord {
  if (!isPlainObject(value) || !hasExactly(value, RECORD_KEYS)) throw badRecords(`${at} must be an object with exactly the keys ${RECORD_KEYS.join(', ')}.`);
  if (typeof value['sent'] !== 'boolean') throw badRecords(`${at}.sent must be true or false.`);
  const field = text(value['field'], `${at}.field`, SHORT_TEXT);
  if (!FIELD_PATTERN.test(field)) throw badRecords(`${at}.field must be a Type.field coordinate.`);
  return {
    youthId: text(value['youthId'], `${at}.youthId`, SHORT_TEXT),
    field,
    record: text(value['record'], `${at}.record`, SHORT_TEXT),
    area: text(value['area'], `${at}.area`, SHORT_TEXT),
    basis: text(value['basis'], `${at}.basis`, SHORT_TEXT),
    filedBy: text(value['filedBy'], `${at}.filedBy`, LONG_TEXT),
    sent: value['sent'],
  };
}

/**
 * What the person was given: the value (DISCLOSED), nothing because the policy withheld it
 * (WITHHELD), or nothing although the policy allowed it, because the system holding it did not
 * answer or the request was not carried out (NOT_DELIVERED).
 */
export type DisclosureOutcome = 'DISCLOSED' | 'WITHHELD' | 'NOT_DELIVERED';

/** The csec subgraph's route that appends a request's records (gateway only). */
export const AUDIT_RECORDS_PATH = '/audit-records';

/**
 * The GraphQL request extension that carries a request's `AuditRecordsRequest` with the plan's csec
 * fetch, and the response extension that answers it with an `AuditRecordsAnswer`.
 */
export const DISCLOSURE_AUDIT_EXTENSION = 'csecDisclosureAudit';

/**
 * The csec response extension that lists the writes of a mutation that wrote nothing because they
 * repeated an earlier write (an idempotency key used before): the gateway records them as not
 * carried out (NOT_DELIVERED), so the audit never claims a second write.
 */
export const REPEATED_WRITES_EXTENSION = 'csecRepeatedWrites';

/** A write REPEATED_WRITES_EXTENSION lists: its coordinate (`Mutation.<write>`) and its youth. */
export interface RepeatedWrite {
  field: string;
  youthId: string;
}

/** Most decisions, counting one per youth they are about, one append may carry. */
export const MAX_RECORDS_PER_APPEND = 10_000;

/** Most youth one entry of `decisions` may list; more share the decision in several entries. */
export const MAX_YOUTH_PER_DECISION = 1_000;

/**
 * Most fields one record may cover. Above every category's field count in the schema today; a
 * decision covering more is recorded in several records.
 */
export const MAX_FIELDS_PER_RECORD = 500;

/** The body of `POST /audit-records`: one request's decisions, what they share said once. */
export interface AuditRecordsRequest {
  request: AuditedRequest;
  decisions: AuditedDecision[];
  /**
   * The version of the CSEC program's disclosure facts the decisions were made on (csec migration
   * 007), when the gateway may have read them before this request: the audit refuses the records
   * with 409 FACTS_CHANGED if any fact has changed since, so no answer leaves on outdated facts.
   */
  factsVersion?: string;
  /**
   * These records replace the records the gateway sent earlier for the same request (carried with
   * the plan's csec fetch, before the answer was known), because the answer did not deliver all that
   * they say was disclosed: the accounting shows these instead (csec migration 030).
   */
  amends?: true;
}

/** The answer of `POST /audit-records`: how many decisions were appended and the chain's new last hash. */
export interface AuditRecordsAnswer {
  appended: number;
  lastHash: string;
}

const REQUEST_KEYS = [
  'requestId', 'requester', 'purposeOfUse', 'breakGlassReason', 'recordedAt', 'policyRevision',
] as const satisfies ReadonlyArray<keyof AuditedRequest>;
const DECISION_KEYS = [
  'decisionId', 'youthIds', 'fields', 'category', 'outcome', 'rule', 'legalBasis', 'review',
] as const satisfies ReadonlyArray<keyof AuditedDecision>;
const REQUESTER_KEYS = ['userId', 'agency', 'roles'] as const;
const OUTCOMES: readonly DisclosureOutcome[] = ['DISCLOSED', 'WITHHELD', 'NOT_DELIVERED'];
const OPTIONAL_KEYS = ['factsVersion', 'amends'] as const;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RFC3339_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;
const FIELD_PATTERN = /^[_A-Za-z][_0-9A-Za-z]*\.[_A-Za-z][_0-9A-Za-z]*$/;
const EARLIEST_DECISION = Date.UTC(2000, 0, 1);
const LATEST_DECISION = Date.UTC(9999, 11, 31);

const SHORT_TEXT = 200;
const LONG_TEXT = 2_000;
const MAX_ROLES = 50;

/**
 * Reads and validates the body of `POST /audit-records`. Strict: exactly the documented keys (a
 * record cannot smuggle a value in an extra key), every text well-formed and bounded, ids and
 * times in their formats. Returns one decision per youth each entry is about, in order, with the
 * entry's decision id in lower case, the time in UTC and the fields sorted. Throws a 400
 * `BAD_AUDIT_RECORDS` naming the key at fault, never its value.
 */
export function readAuditRecordsRequest(body: unknown): DisclosureRecordInput[] {
  if (!isPlainObject(body) || !hasExactly(body, ['request', 'decisions', ...OPTIONAL_KEYS.filter((key) => Object.hasOwn(body, key))])) {
    throw badRecords('Send a JSON object with the keys "request", what the decisions share, and "decisions", and optionally "factsVersion" and "amends".');
  }
  if (Object.hasOwn(body, 'amends') && body['amends'] !== true) throw badRecords('"amends" must be true when it is sent.');
  const decisions = body['decisions'];
  const youthCount = Array.isArray(decisions)
    ? decisions.reduce<number>((total, decision) => total + (isPlainObject(decision) && Array.isArray(decision['youthIds']) ? decision['youthIds'].length : 1), 0)
    : 0;
  if (!Array.isArray(decisions) || decisions.length === 0 || youthCount > MAX_RECORDS_PER_APPEND) {
    throw badRecords(`"decisions" must be a non-empty array of disclosure decisions, about at most ${MAX_RECORDS_PER_APPEND} youth in all.`);
  }
  const request = readRequest(body['request']);
  const amends = body['amends'] === true ? ({ amends: true } as const) : {};
  const read: DisclosureRecordInput[] = [];
  const decisionIds = new Set<string>();
  decisions.forEach((decision, index) => {
    const { youthIds, ...shared } = readDecision(decision, `decisions[${index}]`);
    decisionIds.add(shared.decisionId);
    for (const youthId of youthIds) read.push({ ...request, youthId, ...shared, ...amends });
  });
  if (decisionIds.size !== decisions.length) throw badRecords('Every decision must have its own "decisionId".');
  return read;
}

/** The facts version of a body `readAuditRecordsRequest` accepted, if it names one: a whole number. */
export function readFactsVersion(body: Record<string, unknown>): bigint | undefined {
  const version = body['factsVersion'];
  if (version === undefined) return undefined;
  if (typeof version !== 'string' || !/^\d{1,19}$/.test(version)) throw badRecords('"factsVersion" must be a whole number, as a string.');
  return BigInt(version);
}

function readRequest(value: unknown): AuditedRequest {
  if (!isPlainObject(value) || !hasExactly(value, REQUEST_KEYS)) {
    throw badRecords(`"request" must be an object with exactly the keys ${REQUEST_KEYS.join(', ')}.`);
  }
  const requester = value['requester'];
  if (!isPlainObject(requester) || !hasExactly(requester, REQUESTER_KEYS)) {
    throw badRecords(`request.requester must be an object with exactly the keys ${REQUESTER_KEYS.join(', ')}.`);
  }
  const roles = requester['roles'];
  if (!Array.isArray(roles) || roles.length > MAX_ROLES) {
    throw badRecords(`request.requester.roles must be an array of at most ${MAX_ROLES} roles.`);
  }
  return {
    requestId: text(value['requestId'], 'request.requestId', SHORT_TEXT),
    requester: {
      userId: text(requester['userId'], 'request.requester.userId', SHORT_TEXT),
      agency: text(requester['agency'], 'request.requester.agency', SHORT_TEXT),
      roles: roles.map((role, index) => text(role, `request.requester.roles[${index}]`, SHORT_TEXT)),
    },
    purposeOfUse: text(value['purposeOfUse'], 'request.purposeOfUse', SHORT_TEXT),
    breakGlassReason: nullable(value['breakGlassReason'], 'request.breakGlassReason', LONG_TEXT),
    recordedAt: instant(value['recordedAt'], 'request.recordedAt'),
    policyRevision: text(value['policyRevision'], 'request.policyRevision', SHORT_TEXT),
  };
}

function readDecision(value: unknown, at: string): AuditedDecision {
  if (!isPlainObject(value) || !hasExactly(value, Object.hasOwn(value, 'records') ? [...DECISION_KEYS, 'records'] : DECISION_KEYS)) {
    throw badRecords(`${at} must be an object with exactly the keys ${DECISION_KEYS.join(', ')}, and optionally records.`);
  }
  const outcome = value['outcome'];
  if (!OUTCOMES.includes(outcome as DisclosureOutcome)) {
    throw badRecords(`${at}.outcome must be one of ${OUTCOMES.join(', ')}.`);
  }
  const review = value['review'];
  if (typeof review !== 'boolean') throw badRecords(`${at}.review must be true or false.`);
  const youthIds = value['youthIds'];
  if (!Array.isArray(youthIds) || youthIds.length === 0 || youthIds.length > MAX_YOUTH_PER_DECISION) {
    throw badRecords(`${at}.youthIds must be an array of 1 to ${MAX_YOUTH_PER_DECISION} youth the decision is about.`);
  }
  const youth = youthIds.map((youthId, index) => nullable(youthId, `${at}.youthIds[${index}]`, SHORT_TEXT));
  if (new Set(youth).size !== youth.length) throw badRecords(`${at}.youthIds must list each youth once.`);
  const decision: AuditedDecision = {
    decisionId: uuid(value['decisionId'], `${at}.decisionId`),
    youthIds: youth,
    fields: coordinates(value['fields'], `${at}.fields`),
    category: text(value['category'], `${at}.category`, SHORT_TEXT),
    outcome: outcome as DisclosureOutcome,
    rule: text(value['rule'], `${at}.rule`, LONG_TEXT),
    legalBasis: text(value['legalBasis'], `${at}.legalBasis`, LONG_TEXT),
    review,
  };
  return Object.hasOwn(value, 'records') ? { ...decision, records: recordsOf(value['records'], `${at}.records`, decision) } : decision;
}

/** The records of a DISCLOSED decision, each about one of its youth and fields. */
function recordsOf(value: unknown, at: string, decision: AuditedDecision): DeliveredRecord[] {
  if (decision.outcome !== 'DISCLOSED') throw badRecords(`${at} may only be sent with a DISCLOSED decision.`);
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_RECORDS_PER_DECISION) {
    throw badRecords(`${at} must be an array of 1 to ${MAX_RECORDS_PER_DECISION} records.`);
  }
  return value.map((entry, index) => {
    const record = readDeliveredRecord(entry, `${at}[${index}]`);
    if (!decision.youthIds.includes(record.youthId) || !decision.fields.includes(record.field)) {
      throw badRecords(`${at}[${index}] must be about one of the decision's youth and fields.`);
    }
    return record;
  });
}

/**
 * A non-empty, well-formed string of bounded length without NUL or other control characters
 * (PostgreSQL text cannot hold NUL, and a lone surrogate would be stored differently from what
 * was hashed).
 */
function text(value: unknown, at: string, maxLength: number): string {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > maxLength ||
    !value.isWellFormed() ||
    /\p{Cc}/u.test(value)
  ) {
    throw badRecords(`${at} must be a non-empty string of at most ${maxLength} characters, without control characters.`);
  }
  return value;
}

/** A non-empty list of distinct `Type.field` coordinates, returned sorted so that its hash does not depend on the sender's order. */
function coordinates(value: unknown, at: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_FIELDS_PER_RECORD) {
    throw badRecords(`${at} must be an array of 1 to ${MAX_FIELDS_PER_RECORD} Type.field coordinates.`);
  }
  const read = value.map((field, index) => {
    const coordinate = text(field, `${at}[${index}]`, SHORT_TEXT);
    if (!FIELD_PATTERN.test(coordinate)) throw badRecords(`${at}[${index}] must be a Type.field coordinate.`);
    return coordinate;
  });
  if (new Set(read).size !== read.length) throw badRecords(`${at} must list each coordinate once.`);
  return read.toSorted();
}

function nullable(value: unknown, at: string, maxLength: number): string | null {
  return value === null ? null : text(value, `${at} (or null)`, maxLength);
}

function uuid(value: unknown, at: string): string {
  if (typeof value !== 'string' || !UUID_PATTERN.test(value)) throw badRecords(`${at} must be a UUID.`);
  return value.toLowerCase();
}

/** An RFC 3339 time of a real calendar day, returned in UTC with milliseconds. */
function instant(value: unknown, at: string): string {
  const parts = typeof value === 'string' ? RFC3339_PATTERN.exec(value) : null;
  const time = parts ? Date.parse(value as string) : Number.NaN;
  if (!parts || Number.isNaN(time) || time < EARLIEST_DECISION || time > LATEST_DECISION || !isCalendarDay(parts)) {
    throw badRecords(`${at} must be an RFC 3339 date and time with Z or an offset, from the year 2000 on.`);
  }
  return new Date(time).toISOString();
}

function isCalendarDay(parts: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}

function hasExactly(object: Record<string, unknown>, keys: readonly string[]): boolean {
  const present = Object.keys(object);
  return present.length === keys.length && keys.every((key) => Object.hasOwn(object, key));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function badRecords(message: string): RequestRejection {
  return new RequestRejection(400, 'BAD_AUDIT_RECORDS', message);
}
