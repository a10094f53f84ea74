/* Generated from schema/disclosure-audit.schema.json by `npm run codegen`. Do not edit. */

/**
 * a non-empty text of at most 200 characters without control characters.
 */
export type ShortText = string;
/**
 * a Type.field coordinate of the composed schema, for example Youth.missingSince.
 */
export type FieldCoordinate = string;
/**
 * What the person was given: the value (DISCLOSED), nothing because the policy withheld it (WITHHELD), or nothing although the policy allowed it, because the system holding it did not answer or the request was not carried out (NOT_DELIVERED).
 */
export type DisclosureOutcome = 'DISCLOSED' | 'WITHHELD' | 'NOT_DELIVERED';
/**
 * The csecRecordFilings response extension: the records a source decided on their labels for this answer's lists. The gateway keeps the entries that are this schema's delivered records and leaves the others out (it records what it can vouch for).
 */
export type RecordFilings = DeliveredRecord[];
/**
 * The csecRepeatedWrites response extension: the writes of a mutation that wrote nothing because they repeated an earlier write (an idempotency key used before). The gateway records them as not carried out (NOT_DELIVERED), so the audit never claims a second write.
 */
export type RepeatedWrites = RepeatedWrite[];
/**
 * a non-empty text of at most 2000 characters without control characters.
 */
export type LongText = string;

export interface DisclosureAuditMessages {
  auditRecordsRequest?: AuditRecordsRequest;
  auditedRequest?: AuditedRequest;
  auditedDecision?: AuditedDecision;
  disclosureOutcome?: DisclosureOutcome;
  deliveredRecord?: DeliveredRecord;
  recordFilings?: RecordFilings;
  auditRecordsAnswer?: AuditRecordsAnswer;
  repeatedWrites?: RepeatedWrites;
  repeatedWrite?: RepeatedWrite;
  fieldCoordinate?: FieldCoordinate;
  shortText?: ShortText;
  longText?: LongText;
}
/**
 * The body of POST /audit-records: one request's decisions, what they share said once. At most 10000 decisions in all, counting one per youth each entry of `decisions` is about; every entry has its own `decisionId`.
 */
export interface AuditRecordsRequest {
  request: AuditedRequest;
  /**
   * @minItems 1
   */
  decisions: AuditedDecision[];
  /**
   * a whole number, as a string: the version of the CSEC program's disclosure facts the decisions were made on (csec migration 007), when the gateway may have read them before this request. The audit refuses the records with 409 FACTS_CHANGED if any fact has changed since, so no answer leaves on outdated facts.
   */
  factsVersion?: string;
  /**
   * These records replace the records the gateway sent earlier for the same request (carried with the plan's csec fetch, before the answer was known), because the answer did not deliver all that they say was disclosed: the accounting shows these instead (csec migration 002).
   */
  amends?: true;
}
/**
 * What every record of one request shares: sent once per append. It must be the request the gateway signed the requester token for (same requester, purpose and request id).
 */
export interface AuditedRequest {
  /**
   * The gateway's id of the request.
   */
  requestId: string;
  /**
   * Who asked, as the gateway verified them.
   */
  requester: {
    userId: ShortText;
    agency: ShortText;
    /**
     * @maxItems 50
     */
    roles: ShortText[];
  };
  /**
   * a non-empty text of at most 200 characters without control characters.
   */
  purposeOfUse: string;
  /**
   * a non-empty text of at most 2000 characters without control characters, or null: the reason given for emergency access, null otherwise.
   */
  breakGlassReason: string | null;
  /**
   * an RFC 3339 date and time of the year 2000 or later with Z or an offset, for example 2026-03-01T09:30:00.000Z: when the decisions were made (the request's `now`).
   */
  recordedAt: string;
  /**
   * a non-empty text of at most 200 characters without control characters.
   */
  policyRevision: string;
}
/**
 * A decision of a request, as the gateway sends it: one per distinct outcome about a youth (every field that got the same category, outcome, rule, legal basis and review flag shares it), and youth who got the same decision on the same fields share one entry and its id.
 */
export interface AuditedDecision {
  /**
   * a UUID the gateway gives the decision, recorded once (compared without regard to case).
   */
  decisionId: string;
  /**
   * The youth it was made about, in order, each once. A null youth is a de-identified (aggregate) value.
   *
   * @minItems 1
   * @maxItems 1000
   *
   * Items: a youth id of at most 200 characters without control characters, or null for a de-identified (aggregate) value.
   */
  youthIds: (string | null)[];
  /**
   * The `Type.field` coordinates of the composed schema the decision covered, each once (recorded sorted).
   *
   * @minItems 1
   * @maxItems 500
   */
  fields: FieldCoordinate[];
  /**
   * a non-empty text of at most 200 characters without control characters.
   */
  category: string;
  outcome: DisclosureOutcome;
  /**
   * The policy rule that decided, for example IAP-2025-4.1 or DEFAULT_DENY.
   */
  rule: string;
  /**
   * The statute or agreement clause the rule names.
   */
  legalBasis: string;
  /**
   * Whether the access is flagged for review (emergency access).
   */
  review: boolean;
  /**
   * For a DISCLOSED decision over lists of records that carry their own labels (health records): each record its source had for one of the decision's youth and fields, how the source filed it and whether its labels let it go. Sent once the answer is known, in the request's amending record.
   *
   * @minItems 1
   * @maxItems 10000
   */
  records?: DeliveredRecord[];
}
/**
 * One record a source decided on its own labels, as the source reports it: which record, where it was filed and why, and whether it was sent. Never the record itself.
 */
export interface DeliveredRecord {
  youthId: ShortText;
  /**
   * a Type.field coordinate of the composed schema, for example Youth.missingSince.
   */
  field: string;
  /**
   * a non-empty text of at most 200 characters without control characters.
   */
  record: string;
  /**
   * a non-empty text of at most 200 characters without control characters.
   */
  area: string;
  /**
   * a non-empty text of at most 200 characters without control characters.
   */
  basis: string;
  /**
   * The filing rule in words: the label, the code and its value set with their version, or the record it belongs to.
   */
  filedBy: string;
  /**
   * Whether its own labels let it go to the person (false: the source kept it back).
   */
  sent: boolean;
}
/**
 * The answer of POST /audit-records, and the csecDisclosureAudit response extension to records carried with a GraphQL request: how many decisions were appended and the chain's new last hash.
 */
export interface AuditRecordsAnswer {
  appended: number;
  /**
   * a SHA-256 hash in lower-case hex.
   */
  lastHash: string;
}
export interface RepeatedWrite {
  /**
   * a Type.field coordinate of the composed schema, for example Youth.missingSince.
   */
  field: string;
  youthId: ShortText;
}
