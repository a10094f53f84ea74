import type { YouthFacts } from './__generated__/disclosure-context.ts';
import type { ConsentFactsAnswer, CourtOrderFactsAnswer, ProceedingParticipationFacts } from './__generated__/disclosure-facts.ts';
import type { PolicyExplanation as GeneratedPolicyExplanation } from './__generated__/policy-explanation.ts';

/**
 * The contract between the services and the disclosure policy (docs/policies.md): identifiers,
 * labels and context only, never record contents.
 */
export type ConsentFacts = ConsentFactsAnswer;

/** A person's part in a court proceeding about the youth, from `from` to `until` inclusive. */
export type ProceedingParticipation = ProceedingParticipationFacts;

/**
 * A granted W&IC 827 petition, from the juvenile court's records: it lets the person or agency it
 * names inspect the categories of the youth's juvenile case file it lists, from `grantedOn` to
 * `expiresOn` inclusive.
 */
export type CourtOrderFacts = CourtOrderFactsAnswer;

/** What the policy needs to know about one youth to decide for them: the gateway sends it in these words (disclosure-context.schema.json). */
export type { YouthFacts };

export interface Coordinate {
  youthId: string | null;
  /** `Type.field`, as in the composed schema. */
  field: string;
  category: string;
  confidentiality: string;
  sensitivity: string[];
  /** Present when a record carries its own labels or flags. */
  record?: { id: string; sealed?: boolean; vacated?: boolean };
}

export interface PolicyRequester {
  userId: string;
  agency: string;
  roles: string[];
  purposeOfUse: string;
  breakGlassReason: string | null;
}

export interface PolicyInput {
  now: string;
  /**
   * The county's calendar date of `now`, the policy's only date. The policy does no time-zone
   * arithmetic: `DisclosurePolicy` gives it (runtime/calendar.ts `countyDate`), so a decision replayed
   * from the audit record's `now` is decided on the same date.
   */
  countyDate?: string;
  requester: PolicyRequester;
  youth: Record<string, YouthFacts>;
  coordinates: Coordinate[];
}

export interface Obligation {
  kind: string;
  code: string;
  text?: string;
  long_form_text?: string;
  [detail: string]: unknown;
}

export interface Decision {
  allow: boolean;
  rule: string;
  legal_basis: string;
  /** Safe to show this requester. */
  reason: string;
  obligations: Obligation[];
  conceal: boolean;
  review: boolean;
}

/**
 * The policy's explanation of one coordinate (`csec/explanation/decisions_explained`): the decision
 * itself (a `Decision` like those of `decisions`) and everything it was decided on, each judged by
 * the policy's own rules. Generated from its JSON Schema, which the policy's tests check its answers
 * against.
 */
export type PolicyExplanation = Omit<GeneratedPolicyExplanation, 'decision'> & { decision: Decision };

/** Why a clause or consent does not open a coordinate, as the policy words it: a code and its details. */
export type ExplainedProblem = PolicyExplanation['clauses'][number]['problems'][number];

/** The requester as the policy sees it: no request id, no token details. */
export function policyRequester(requester: PolicyRequester): PolicyRequester {
  return {
    userId: requester.userId,
    agency: requester.agency,
    roles: requester.roles,
    purposeOfUse: requester.purposeOfUse,
    breakGlassReason: requester.breakGlassReason,
  };
}
