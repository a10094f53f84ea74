import { contractProblem, contractSchema, contractValidator } from '../contracts.ts';
import { RequestRejection } from '../requester.ts';
import type {
  AuditedDecision,
  AuditedRequest,
  AuditRecordsAnswer,
  AuditRecordsRequest,
  DeliveredRecord,
  RepeatedWrite,
} from './__generated__/disclosure-audit.ts';

/**
 * The audit's messages between the gateway and the subgraphs (schema/disclosure-audit.schema.json,
 * their one contract; the types are generated from it), read on receipt.
 */
export type {
  AuditedDecision,
  AuditedRequest,
  AuditRecordsAnswer,
  AuditRecordsRequest,
  DeliveredRecord,
  DisclosureOutcome,
  RepeatedWrite,
} from './__generated__/disclosure-audit.ts';

/**
 * One disclosure decision about one youth as the CSEC program's audit records it: who asked, about
 * which youth, which fields, for which purpose, what was decided, under which rule, legal basis and
 * policy revision. One decision per distinct outcome about a youth in a request: every field of the
 * request that got the same category, outcome, rule, legal basis and review flag for that youth
 * shares it, and youth who got the same decision on the same fields share its id; the audit stores
 * an append's decisions in one record. Identifiers and decisions only, never the value that was
 * disclosed or withheld.
 */
export type DisclosureRecordInput = AuditedRequest & { decisionId: string; youthId: string | null; amends?: true } & Omit<
    AuditedDecision,
    'decisionId' | 'youthIds'
  >;

/** The subgraph response extension that lists the `DeliveredRecord`s of the records a source decided on their labels. */
export const RECORD_FILINGS_EXTENSION = 'csecRecordFilings';

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

/** Most decisions, counting one per youth they are about, one append may carry (the contract says so in words). */
export const MAX_RECORDS_PER_APPEND = 10_000;

const decisionProperties = contractSchema('disclosure-audit').$defs['auditedDecision']?.['properties'] as Record<
  string,
  { maxItems: number }
>;

/** Most youth one entry of `decisions` may list; more share the decision in several entries. */
export const MAX_YOUTH_PER_DECISION = decisionProperties['youthIds']?.maxItems as number;

/**
 * Most fields one record may cover. Above every category's field count in the schema today; a
 * decision covering more is recorded in several records.
 */
export const MAX_FIELDS_PER_RECORD = decisionProperties['fields']?.maxItems as number;

/** Most records one decision may list. */
export const MAX_RECORDS_PER_DECISION = decisionProperties['records']?.maxItems as number;

const auditRecordsRequest = contractValidator<AuditRecordsRequest>('disclosure-audit', 'auditRecordsRequest');
const deliveredRecord = contractValidator<DeliveredRecord>('disclosure-audit', 'deliveredRecord');
const repeatedWrite = contractValidator<RepeatedWrite>('disclosure-audit', 'repeatedWrite');
const auditRecordsAnswer = contractValidator<AuditRecordsAnswer>('disclosure-audit', 'auditRecordsAnswer');

/**
 * Reads the body of `POST /audit-records` (or of the `csecDisclosureAudit` request extension)
 * against its contract, which is strict: exactly the documented keys (a record cannot smuggle a
 * value in an extra key), every text well-formed and bounded, ids and times in their formats.
 * Then what a schema cannot say: at most MAX_RECORDS_PER_APPEND decisions, each entry its own id,
 * each listed record about one of its entry's youth and fields. Returns one decision per youth each
 * entry is about, in order, with the entry's decision id in lower case, the time in UTC and the
 * fields sorted. Throws a 400 `BAD_AUDIT_RECORDS` naming the key at fault, never its value.
 */
export function readAuditRecordsRequest(body: unknown): DisclosureRecordInput[] {
  if (!auditRecordsRequest(body)) throw badRecords(contractProblem(auditRecordsRequest, 'The audit records'));
  const youthCount = body.decisions.reduce((total, decision) => total + decision.youthIds.length, 0);
  if (youthCount > MAX_RECORDS_PER_APPEND)
    throw badRecords(`"decisions" must be about at most ${MAX_RECORDS_PER_APPEND} youth in all; send them in several appends.`);
  const { requestId, requester, purposeOfUse, breakGlassReason, recordedAt, policyRevision } = body.request;
  const request: AuditedRequest = {
    requestId,
    requester: { userId: requester.userId, agency: requester.agency, roles: requester.roles },
    purposeOfUse,
    breakGlassReason,
    recordedAt: new Date(recordedAt).toISOString(),
    policyRevision,
  };
  const amends = body.amends ? ({ amends: true } as const) : {};
  const read: DisclosureRecordInput[] = [];
  const decisionIds = new Set<string>();
  body.decisions.forEach((decision, index) => {
    const { youthIds, records, ...shared } = decision;
    const decisionId = shared.decisionId.toLowerCase();
    decisionIds.add(decisionId);
    records?.forEach((record, recordIndex) => {
      if (!youthIds.includes(record.youthId) || !shared.fields.includes(record.field)) {
        throw badRecords(`decisions[${index}].records[${recordIndex}] must be about one of the decision's youth and fields.`);
      }
    });
    const recorded = { ...shared, decisionId, fields: shared.fields.toSorted(), ...(records ? { records } : {}) };
    for (const youthId of youthIds) read.push({ ...request, youthId, ...recorded, ...amends });
  });
  if (decisionIds.size !== body.decisions.length) throw badRecords('Every decision must have its own "decisionId".');
  return read;
}

/** The facts version of a body `readAuditRecordsRequest` accepted (the contract made it a whole number), if it names one. */
export function readFactsVersion(body: Record<string, unknown>): bigint | undefined {
  const version = body['factsVersion'];
  return typeof version === 'string' ? BigInt(version) : undefined;
}

/**
 * A source's list of delivered records (RECORD_FILINGS_EXTENSION), read strictly: entries that are
 * not the contract's delivered records are left out (the gateway records what it can vouch for,
 * and a source cannot smuggle a value in), and so are those past MAX_RECORDS_PER_DECISION.
 */
export function readDeliveredRecords(value: unknown): DeliveredRecord[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_RECORDS_PER_DECISION).filter((entry): entry is DeliveredRecord => deliveredRecord(entry));
}

/** The csec subgraph's list of repeated writes (REPEATED_WRITES_EXTENSION): the entries that are the contract's. */
export function readRepeatedWrites(value: unknown): RepeatedWrite[] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is RepeatedWrite => repeatedWrite(entry));
}

/** Whether the csec subgraph's answer to an append is the contract's, and counts `decisions` appended. */
export function isAuditRecordsAnswerFor(answer: unknown, decisions: number): answer is AuditRecordsAnswer {
  return auditRecordsAnswer(answer) && answer.appended === decisions;
}

function badRecords(message: string): RequestRejection {
  return new RequestRejection(400, 'BAD_AUDIT_RECORDS', message);
}
