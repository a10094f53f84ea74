/* Generated from schema/disclosure-facts-requests.schema.json by `npm run codegen`. Do not edit. */

/**
 * The CSEC program's facts: exactly one of `youthIds` (these youth) or `caseloadOf` (the youth on the requester's open MDTs), optionally with `seatsOf`.
 */
export type CsecFactsRequest = CsecYouthFactsRequest | CsecCaseloadFactsRequest;
/**
 * a non-empty id (youth, agency identifier or staff user id) of at most 128 characters.
 */
export type FactsId = string;
/**
 * The ids asked about, at most 1000: larger sets go in several requests.
 *
 * @maxItems 1000
 */
export type FactsIds = FactsId[];
/**
 * The people, besides the requester, a privacy officer's explanation decides for (staff user ids), at most 20: their seats, participations and orders are answered too.
 *
 * @maxItems 20
 */
export type SeatsOf = FactsId[];

export interface DisclosureFactsRequests {
  csecFactsRequest?: CsecFactsRequest;
  childWelfareFactsRequest?: ChildWelfareFactsRequest;
  probationFactsRequest?: ProbationFactsRequest;
  juvenileCourtFactsRequest?: JuvenileCourtFactsRequest;
  factsIds?: FactsIds;
  seatsOf?: SeatsOf;
  factsId?: FactsId;
}
export interface CsecYouthFactsRequest {
  youthIds: FactsIds;
  seatsOf?: SeatsOf;
}
export interface CsecCaseloadFactsRequest {
  /**
   * the word requester: the requester's caseload.
   */
  caseloadOf: 'requester';
  seatsOf?: SeatsOf;
}
/**
 * Child welfare's facts about these clients (their assigned social worker).
 */
export interface ChildWelfareFactsRequest {
  clientIds: FactsIds;
}
/**
 * Probation's facts about these juveniles (their assigned officer, whether adjudicated).
 */
export interface ProbationFactsRequest {
  probationNumbers: FactsIds;
}
/**
 * The juvenile court's facts about these parties (the court's party numbers for the youth, as the CSEC program links them), optionally with `seatsOf`.
 */
export interface JuvenileCourtFactsRequest {
  partyNumbers: FactsIds;
  seatsOf?: SeatsOf;
}
