/* Generated from schema/steering-facts.schema.json by `npm run codegen`. Do not edit. */

/**
 * a key of 32 random bytes in base64url, made for one report run and never kept
 */
export type PseudonymKey = string;
/**
 * an HMAC-SHA256 of an agency and its identifier under the run's key, in base64url
 */
export type Pseudonym = string;
/**
 * a date, YYYY-MM-DD
 */
export type IsoDate = string;
/**
 * a kind of service child welfare or probation records
 */
export type ServiceType =
  | 'CSEC_ADVOCACY'
  | 'MENTAL_HEALTH'
  | 'SUBSTANCE_USE'
  | 'HEALTH_CARE'
  | 'EDUCATION_SUPPORT'
  | 'HOUSING'
  | 'LEGAL'
  | 'FAMILY_SUPPORT';
/**
 * a kind of placement in the state's case management system
 */
export type PlacementType =
  'RESOURCE_FAMILY' | 'KIN' | 'FOSTER_FAMILY_AGENCY' | 'STRTP' | 'TRANSITIONAL_HOUSING' | 'GUARDIAN' | 'HOME_OF_PARENT';

export interface SteeringFactsMessages {
  pseudonymKey?: PseudonymKey;
  pseudonym?: Pseudonym;
  isoDate?: IsoDate;
  dateWindow?: DateWindow;
  steeringCohortRequest?: SteeringCohortRequest;
  steeringCohortAnswer?: SteeringCohortAnswer;
  steeringFactsRequest?: SteeringFactsRequest;
  steeringFactsAnswer?: SteeringFactsAnswer;
  agencyYouthFacts?: AgencyYouthFacts;
  serviceType?: ServiceType;
  placementType?: PlacementType;
  carriedSteeringFacts?: CarriedSteeringFacts;
  carriedAgencyFacts?: CarriedAgencyFacts;
  steeringFactsExtension?: SteeringFactsExtension;
}
/**
 * From one day to another, both included.
 */
export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
}
/**
 * The youth served in a report's windows, by pseudonym under the run's key.
 */
export interface SteeringCohortRequest {
  /**
   * The reporting period, as the report is asked for (2026-09, 2026-Q3, FY2026-27).
   */
  period: string;
  key: PseudonymKey;
}
/**
 * The windows of the report (the period, then the fiscal year to date and the part before when the year began earlier), the day placements are taken on, and each agency's youth by pseudonym, sorted.
 */
export interface SteeringCohortAnswer {
  /**
   * @minItems 1
   * @maxItems 3
   */
  windows: DateWindow[];
  asOf: IsoDate;
  agencies: {
    CHILD_WELFARE: Pseudonym[];
    PROBATION: Pseudonym[];
  };
}
/**
 * An agency's youth by pseudonym, the windows services are counted over, and the day placements are taken on.
 */
export interface SteeringFactsRequest {
  key: PseudonymKey;
  /**
   * @maxItems 1000000
   */
  pseudonyms: Pseudonym[];
  /**
   * @minItems 1
   * @maxItems 3
   */
  windows: DateWindow[];
  asOf: IsoDate;
}
/**
 * One entry per pseudonym asked, in the same order; a youth the agency does not know has empty facts.
 */
export interface SteeringFactsAnswer {
  facts: AgencyYouthFacts[];
}
/**
 * One youth's category facts, as an agency answers them.
 */
export interface AgencyYouthFacts {
  /**
   * The kinds of service received in each window asked, in the windows' order.
   */
  services: ServiceType[][];
  /**
   * Child welfare: the kind of placement the youth was in at the end of asOf; null when none.
   */
  placementAtEnd?: PlacementType | null;
  /**
   * Child welfare: whether a placement had begun by asOf.
   */
  inCare?: boolean;
  /**
   * Child welfare: when, relative to foster care, substantiated exploitation was reported (W&IC 16501.45).
   */
  exploited?: ('BEFORE_CARE' | 'DURING_CARE' | 'WHILE_MISSING')[];
}
/**
 * What the gateway carries to the CSEC program for one period: the run's key, the windows asked, and each agency's answer beside the pseudonyms it answers.
 */
export interface CarriedSteeringFacts {
  key: PseudonymKey;
  /**
   * @minItems 1
   * @maxItems 3
   */
  windows: DateWindow[];
  agencies: {
    CHILD_WELFARE?: CarriedAgencyFacts;
    PROBATION?: CarriedAgencyFacts;
  };
}
/**
 * An agency's answer, entry by entry beside the pseudonym it answers.
 */
export interface CarriedAgencyFacts {
  pseudonyms: Pseudonym[];
  facts: AgencyYouthFacts[];
}
/**
 * The request extension csecSteeringFacts: by reporting period.
 */
export interface SteeringFactsExtension {
  [k: string]: CarriedSteeringFacts;
}
