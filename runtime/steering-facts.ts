import { createHmac, randomBytes } from 'node:crypto';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { contractProblem, contractValidator } from './contracts.ts';
import { RequestRejection } from './requester.ts';
import type {
  SteeringCohortAnswer,
  SteeringCohortRequest,
  SteeringFactsAnswer,
  SteeringFactsExtension,
  SteeringFactsRequest,
} from './__generated__/steering-facts.ts';

/**
 * What child welfare and probation tell the steering committee's report about the youth the MDTs
 * link to them (docs/steering-reports.md). The CSEC program names each linked youth to the agency
 * by a pseudonym: a keyed hash of the agency's own identifier under a key made for one report run
 * and never kept. The agency hashes its own identifiers with the same key to find them, and answers
 * category facts in the order asked, with no identifier, name, date of birth or free text. The
 * messages' one contract is schema/steering-facts.schema.json; the types are generated from it.
 */
export type * from './__generated__/steering-facts.ts';

/** The agency route the gateway asks for a report run. */
export const STEERING_FACTS_PATH = '/steering-facts';

/** The csec route that names the youth served in a report's windows, by pseudonym, for each agency. */
export const STEERING_COHORT_PATH = '/steering-cohort';

/** The request extension that carries the agencies' answers to the csec subgraph with the report's fetch. */
export const STEERING_FACTS_EXTENSION = 'csecSteeringFacts';

/** The agencies that answer steering facts. */
export const STEERING_FACTS_AGENCIES = ['CHILD_WELFARE', 'PROBATION'] as const;
export type SteeringFactsAgency = (typeof STEERING_FACTS_AGENCIES)[number];

export const STEERING_CONTRACTS = {
  cohortRequest: contractValidator<SteeringCohortRequest>('steering-facts', 'steeringCohortRequest'),
  cohortAnswer: contractValidator<SteeringCohortAnswer>('steering-facts', 'steeringCohortAnswer'),
  factsRequest: contractValidator<SteeringFactsRequest>('steering-facts', 'steeringFactsRequest'),
  factsAnswer: contractValidator<SteeringFactsAnswer>('steering-facts', 'steeringFactsAnswer'),
  extension: contractValidator<SteeringFactsExtension>('steering-facts', 'steeringFactsExtension'),
} as const;

/** A steering message a service refuses, naming where it is not the contract's, never a value. */
export function badSteeringRequest(message: string): RequestRejection {
  return new RequestRejection(400, 'BAD_STEERING_REQUEST', message);
}

/** The request, if it is the contract's; otherwise a 400 `BAD_STEERING_REQUEST`. */
export function readSteeringRequest<TRequest>(validate: ValidateFunction<TRequest>, body: unknown): TRequest {
  if (!validate(body)) throw badSteeringRequest(contractProblem(validate, 'The steering request'));
  return body;
}

/** A fresh key for one report run. */
export function newPseudonymKey(): string {
  return randomBytes(32).toString('base64url');
}

/** The pseudonym of an agency's identifier under a report run's key. */
export function pseudonymOf(key: string, agency: SteeringFactsAgency, identifier: string): string {
  return createHmac('sha256', Buffer.from(key, 'base64url')).update(`${agency}|${identifier}`).digest('base64url');
}

/** The agency's identifiers each pseudonym names, of those it holds. */
export function identifiersByPseudonym(
  request: SteeringFactsRequest,
  agency: SteeringFactsAgency,
  identifiers: readonly string[],
): Map<string, string> {
  const wanted = new Set(request.pseudonyms);
  const found = new Map<string, string>();
  for (const identifier of identifiers) {
    const pseudonym = pseudonymOf(request.key, agency, identifier);
    if (wanted.has(pseudonym)) found.set(pseudonym, identifier);
  }
  return found;
}
