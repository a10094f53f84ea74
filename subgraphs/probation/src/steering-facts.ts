import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import {
  identifiersByPseudonym,
  readSteeringRequest,
  STEERING_CONTRACTS,
  type ServiceType,
  type SteeringFactsAnswer,
} from '../../../runtime/steering-facts.ts';

/**
 * `POST /steering-facts` (runtime/steering-facts.ts): for each youth the report names by pseudonym,
 * the kinds of service probation gave in each window asked. Nothing else: probation's foster care
 * placements are counted from the state's case management system, which child welfare answers for.
 */
export function probationSteeringFactsRoute(store: RelationalStore) {
  return async (_requester: Requester, body: unknown): Promise<SteeringFactsAnswer> => {
    const request = readSteeringRequest(STEERING_CONTRACTS.factsRequest, body);
    const juveniles = await store.query<{ probation_number: string }>('SELECT probation_number FROM juvenile');
    const found = identifiersByPseudonym(
      request,
      'PROBATION',
      juveniles.map((row) => row.probation_number),
    );
    const numbers = [...new Set(found.values())];
    const byWindow = await Promise.all(
      request.windows.map(async ({ from, to }) => {
        const services = new Map<string, ServiceType[]>();
        for (const row of await store.query<{ probation_number: string; service_type: ServiceType }>(
          `SELECT DISTINCT probation_number, service_type FROM service
          WHERE probation_number = ANY($1::text[]) AND started_on <= $3::date AND (ended_on IS NULL OR ended_on >= $2::date)
          ORDER BY probation_number, service_type`,
          [numbers, from, to],
        )) {
          services.set(row.probation_number, [...(services.get(row.probation_number) ?? []), row.service_type]);
        }
        return services;
      }),
    );
    return {
      facts: request.pseudonyms.map((pseudonym) => {
        const number = found.get(pseudonym);
        return { services: byWindow.map((services) => (number === undefined ? [] : (services.get(number) ?? []))) };
      }),
    };
  };
}
