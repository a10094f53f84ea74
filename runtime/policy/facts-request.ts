import type { ValidateFunction } from 'ajv/dist/2020.js';
import { contractProblem, contractSchema, contractValidator } from '../contracts.ts';
import { RequestRejection } from '../requester.ts';
import type {
  ChildWelfareFactsRequest,
  CsecFactsRequest,
  JuvenileCourtFactsRequest,
  ProbationFactsRequest,
} from './__generated__/disclosure-facts-requests.ts';

/**
 * The requests of `POST /disclosure-facts`, read on receipt against
 * their one contract (schema/disclosure-facts-requests.schema.json; the types are generated from
 * it), and its limits, shared by the subgraphs that answer and the gateway that asks: the gateway
 * splits what it asks to fit them, and never sends an id they would refuse.
 */
export type { ChildWelfareFactsRequest, CsecFactsRequest, JuvenileCourtFactsRequest, ProbationFactsRequest };

const definitions = contractSchema('disclosure-facts-requests').$defs;

/** Most ids (youth, agency identifiers) one request may name; larger sets go in several requests. */
export const MAX_FACTS_IDS = definitions['factsIds']?.['maxItems'] as number;

/** Longest id (youth, agency identifier or staff user id) a request may name. */
export const MAX_FACTS_ID_LENGTH = definitions['factsId']?.['maxLength'] as number;

/** The route the gateway asks, in a long poll, for the next version of a subgraph's disclosure facts (subgraphs/registry.ts, `factsChanges`). */
export const FACTS_CHANGES_PATH = '/disclosure-facts-changes';

/** The csec route that says what agency and roles the program's staff directory gives a person. */
export const STAFF_DIRECTORY_PATH = '/staff-directory';

export const FACTS_REQUEST_CONTRACTS = {
  csec: contractValidator<CsecFactsRequest>('disclosure-facts-requests', 'csecFactsRequest'),
  'child-welfare': contractValidator<ChildWelfareFactsRequest>('disclosure-facts-requests', 'childWelfareFactsRequest'),
  probation: contractValidator<ProbationFactsRequest>('disclosure-facts-requests', 'probationFactsRequest'),
  'juvenile-court': contractValidator<JuvenileCourtFactsRequest>('disclosure-facts-requests', 'juvenileCourtFactsRequest'),
} as const;

/** The request, if it is the contract's; otherwise a 400 `BAD_FACTS_REQUEST` naming where it is not, never a value. */
export function readFactsRequest<TRequest>(validate: ValidateFunction<TRequest>, body: unknown): TRequest {
  if (!validate(body)) throw badFactsRequest(contractProblem(validate, 'The facts request'));
  return body;
}

function badFactsRequest(message: string): RequestRejection {
  return new RequestRejection(400, 'BAD_FACTS_REQUEST', message);
}
