import { randomUUID } from 'node:crypto';
import {
  MAX_FIELDS_PER_RECORD,
  MAX_RECORDS_PER_DECISION,
  MAX_YOUTH_PER_DECISION,
  type AuditRecordsRequest,
  type AuditedDecision,
  type DeliveredRecord,
} from '../../../runtime/audit/disclosure-record.ts';
import type { Decision } from '../../../runtime/policy/policy-input.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { FieldDecision } from './coordinate-listing.ts';
import { delivered, type Undelivered } from './delivery.ts';

/**
 * One decision per distinct outcome about a youth in the request: the fields that got the same
 * category, outcome, rule, legal basis and review flag for that youth share it. The accounting
 * still says which information was disclosed or withheld under which rule, without a record for
 * every (youth, field) of a caseload. Youth who got the same decision on the same fields share one
 * entry and its id, so a caseload's body says each decision once rather than once per youth.
 *
 * With `undelivered`, what the answer did not deliver of what the policy allowed (delivery.ts), the
 * records say what the person was actually sent: a field allowed but not delivered is recorded
 * NOT_DELIVERED, never DISCLOSED.
 */
export function auditRecordsFor(
  decisions: readonly FieldDecision[],
  who: Requester,
  revision: string,
  at: Date,
  undelivered?: Undelivered,
): AuditRecordsRequest {
  type Group = { youthId: string | null; category: string; decision: Decision; sent: boolean; fields: Set<string> };
  const groups = new Map<string, Group>();
  // The fields decided by one evaluated coordinate share its group, found once by its position.
  const groupAt = new Map<number, Group>();
  // The outcome part of a group's key, made once per decision object.
  const decisionKeys = new Map<Decision, string>();
  for (const { youthId, field, category, position, decision } of decisions) {
    const sent = undelivered === undefined || !decision.allow || delivered(undelivered, youthId, field);
    // Fields of one coordinate can differ in delivery only when something was not delivered.
    let group = undelivered === undefined ? groupAt.get(position) : undefined;
    if (!group) {
      let decisionKey = decisionKeys.get(decision);
      if (decisionKey === undefined) {
        // NUL never occurs in rules or legal bases, so the key is unambiguous.
        decisionKey = `${decision.allow}\u0000${decision.rule}\u0000${decision.legal_basis}\u0000${decision.review}`;
        decisionKeys.set(decision, decisionKey);
      }
      const key = `${youthId}\u0000${category}\u0000${decisionKey}\u0000${sent}`;
      group = groups.get(key);
      if (!group) groups.set(key, (group = { youthId, category, decision, sent, fields: new Set() }));
      groupAt.set(position, group);
    }
    group.fields.add(field);
  }
  const audited: AuditedDecision[] = [];
  const shared = new Map<string, AuditedDecision>();
  for (const { youthId, category, decision, sent, fields } of groups.values()) {
    const sorted = [...fields].sort();
    // A decision covering more fields than one record may list is recorded in several records.
    for (let start = 0; start < sorted.length; start += MAX_FIELDS_PER_RECORD) {
      const covered = sorted.slice(start, start + MAX_FIELDS_PER_RECORD);
      const key = `${category}\u0000${decisionKeys.get(decision)}\u0000${sent}\u0000${covered.join(' ')}`;
      let entry = shared.get(key);
      if (!entry || entry.youthIds.length === MAX_YOUTH_PER_DECISION) {
        entry = {
          decisionId: randomUUID(),
          youthIds: [],
          fields: covered,
          category,
          outcome: !decision.allow ? 'WITHHELD' : sent ? 'DISCLOSED' : 'NOT_DELIVERED',
          rule: decision.rule,
          legalBasis: decision.legal_basis,
          review: decision.review,
        };
        // A full entry stays in `audited`; the next youth start a new one under the same key.
        audited.push(entry);
        shared.set(key, entry);
      }
      entry.youthIds.push(youthId);
    }
  }
  return {
    request: {
      requestId: who.requestId,
      requester: { userId: who.userId, agency: who.agency, roles: who.roles },
      purposeOfUse: who.purposeOfUse,
      breakGlassReason: who.breakGlassReason,
      recordedAt: at.toISOString(),
      policyRevision: revision,
    },
    decisions: audited,
  };
}

/**
 * The request's records with each filed record a source reported listed under the DISCLOSED decision
 * that let its field through for its youth (how the source filed it, and whether its own labels let
 * it go). A record no such decision covers is not one the gate allowed, and is left out.
 */
export function withDeliveredRecords(records: AuditRecordsRequest, delivered: readonly DeliveredRecord[]): AuditRecordsRequest {
  if (delivered.length === 0) return records;
  const decisions = records.decisions.map((decision) => ({ ...decision }));
  const disclosing = new Map<string, AuditedDecision>();
  for (const decision of decisions) {
    if (decision.outcome !== 'DISCLOSED') continue;
    for (const youthId of decision.youthIds) {
      if (youthId === null) continue;
      for (const field of decision.fields) {
        const key = `${youthId}\u0000${field}`;
        if (!disclosing.has(key)) disclosing.set(key, decision);
      }
    }
  }
  for (const record of delivered) {
    const decision = disclosing.get(`${record.youthId}\u0000${record.field}`);
    if (!decision) continue;
    decision.records ??= [];
    if (decision.records.length < MAX_RECORDS_PER_DECISION) decision.records.push(record);
  }
  return { ...records, decisions };
}
