/* Generated from policies/schema/csec-policy.schema.json (#/$defs/explanation) by `npm run codegen`. Do not edit. */

export type Date = string;

/**
 * Why csec/disclosure/decisions decides one coordinate as it does, as csec/explanation/decisions_explained gives it.
 */
export interface PolicyExplanation {
  decision: Decision;
  county_date: Date | null;
  emergency: boolean;
  /**
   * The categories deciding the coordinate, each with the rules that would open it.
   */
  gates: {
    category: string;
    title: string;
    legal_basis: string;
    opened_by: string[];
  }[];
  /**
   * The facts the decision read, as the policy reads them.
   */
  facts: {
    birth_date: string | null;
    age: number | null;
    youth_consents_from: number | null;
    adult_age: number;
    mdt_status: string | null;
    mdt_seats: {
      userId: string;
      joinedOn: string;
      leftOn: string | null;
    }[];
    active_member: boolean;
    assigned_worker: string | null;
    assigned_worker_is_requester: boolean;
    proceedings: {
      proceedingId: string;
      kind: string;
      userId: string;
      role: string;
      from: string;
      until: string | null;
      counts: boolean;
      in_force: boolean;
    }[];
    in_proceedings: boolean;
    /**
     * The juvenile court's W&IC 827 orders naming the requester or the requester's agency, and whether each is in force on the county date.
     */
    court_orders: {
      id: string;
      recipient: {
        userId?: string;
        agency?: string;
      };
      categories: string[];
      grantedOn: string;
      expiresOn: string;
      in_force: boolean;
    }[];
    investigations: {
      id: string;
      reportedOn: string;
      goodCauseExtendedUntil: string | null;
      window_until: string | null;
      open: boolean;
    }[];
    investigation_window_open: boolean;
    missing: boolean;
    exploiter_is_threat: boolean;
    adjudicated: boolean | null;
  };
  conditions: {
    condition: string;
    holds: boolean;
  }[];
  /**
   * Every agreement clause naming the coordinate's category.
   */
  clauses: {
    clause: string;
    text: string;
    legal_basis: string;
    opens: boolean;
    /**
     * Items: A reason and its details, e.g. {"code": "EXPIRED", "on": "2026-10-01"}.
     */
    problems: {
      code: string;
      [k: string]: unknown;
    }[];
  }[];
  /**
   * Every consent on file for the youth.
   */
  consents: {
    id: string;
    form: string;
    signed_by: string;
    signed_on: string;
    expires_on: string | null;
    revoked_on: string | null;
    applies: boolean;
    /**
     * Items: A reason and its details, e.g. {"code": "EXPIRED", "on": "2026-10-01"}.
     */
    problems: {
      code: string;
      [k: string]: unknown;
    }[];
  }[];
  /**
   * Under emergency access only.
   */
  break_glass: null | {
    reason_stated: boolean;
    role_may_break_the_glass: boolean;
    stricter_label: boolean;
    entries: {
      id: string;
      legal_basis: string;
      unmet_conditions: string[];
    }[];
  };
}
export interface Decision {
  allow: boolean;
  rule: string;
  legal_basis: string;
  /**
   * The only part that may be shown to the requester.
   */
  reason: string;
  obligations: Obligation[];
  conceal: boolean;
  review: boolean;
}
/**
 * An obligation as it appears in a decision.
 */
export interface Obligation {
  kind: 'NOTICE' | 'REVIEW' | 'NO_REDISCLOSURE' | 'USE_LIMIT' | 'SUPPRESS';
  code: string;
  text?: string;
  long_form_text?: string;
  threshold?: number;
}
