/* Generated from schema/disclosure-context.schema.json by `npm run codegen`. Do not edit. */

import type { ConsentFactsAnswer, CourtOrderFactsAnswer, InvestigationFacts, MdtSeat, ProceedingParticipationFacts } from './disclosure-facts.ts';

export interface DisclosureContextMessages {
  disclosureContext?: DisclosureContext;
  agencyIdentifiers?: AgencyIdentifiers;
  allowedCoordinates?: AllowedCoordinates;
  classification?: Classification;
  youthFacts?: YouthFacts;
}
export interface DisclosureContext {
  /**
   * an RFC 3339 date and time: when the decisions were made, the `now` a subgraph that decides records decides with.
   */
  now: string;
  /**
   * By youth id, the facts the gateway decided on; empty for a subgraph that decides nothing itself.
   */
  youth: {
    [k: string]: YouthFacts;
  };
  /**
   * By youth id, the identifier the subgraph's own agency keeps for the youth (by agency), as the MDT linked them; empty for a subgraph that knows youth by the program's youth id.
   */
  links: {
    [k: string]: AgencyIdentifiers;
  };
  /**
   * The Type.field coordinates the subgraph may resolve for each youth; youth allowed the same coordinates share one entry. A coordinate not listed for a youth resolves to null.
   */
  allowed: AllowedCoordinates[];
  /**
   * When the request asks why a decision is made about some Type.field (an explanation), each such field's classification in the composed schema, so the subgraph that explains needs no schema of its own to know it. Absent otherwise.
   */
  explained?: {
    [k: string]: Classification;
  };
}
/**
 * What the disclosure policy needs to know about one youth to decide for them (docs/policies.md): identifiers, dates and flags, never record contents.
 */
export interface YouthFacts {
  birthDate: string;
  /**
   * The youth's MDT; `members` holds the requester's seats (and an explained person's), not the whole team: the rules ask no more.
   */
  mdt: null | {
    status: 'OPEN' | 'CLOSED';
    members: MdtSeat[];
  };
  /**
   * By agency, the assigned worker, for the agencies a condition in play reads (see conditions_in_play).
   */
  assignedWorkers: {
    [k: string]: string;
  };
  consents: ConsentFactsAnswer[];
  investigations: InvestigationFacts[];
  /**
   * From the juvenile court's records, the requester's (and an explained person's) participations in proceedings about the youth; the policy decides which are in force today. An MDT seat is not one.
   */
  proceedingParticipations: ProceedingParticipationFacts[];
  exploiterIsThreat: boolean;
  missing: boolean;
  /**
   * Absent when BEFORE_ADJUDICATION is not in play: the condition then does not hold.
   */
  adjudicated?: boolean;
  /**
   * The juvenile court's W&IC 827 orders about the youth that name the requester or the requester's agency. Absent when COURT_ORDER is not in play (no category of the juvenile case file is asked for).
   */
  courtOrders?: CourtOrderFactsAnswer[];
}
/**
 * A youth's identifiers by agency (subgraphs/registry.ts).
 */
export interface AgencyIdentifiers {
  [k: string]: string;
}
export interface AllowedCoordinates {
  /**
   * Youth ids.
   */
  youth: string[];
  /**
   * The Type.field coordinates allowed for each of them, sorted.
   */
  fields: string[];
}
/**
 * What a field discloses, from its @classified directive.
 */
export interface Classification {
  /**
   * Its information category (policies/csec/categories/data.yaml).
   */
  category: string;
  /**
   * Its HL7 v3 Confidentiality code.
   */
  confidentiality: string;
  /**
   * Its HL7 v3 ActInformationSensitivityPolicy codes.
   */
  sensitivity: string[];
}
