import type { ProbationFactsAnswer } from '../../../runtime/policy/__generated__/disclosure-facts.ts';
import { FACTS_REQUEST_CONTRACTS, readFactsRequest } from '../../../runtime/policy/facts-request.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import { ProbationSource } from './source.ts';

/**
 * Probation's part of the disclosure policy's facts about one youth (docs/policies.md): the user id
 * of the assigned probation officer (null when none), and whether a petition of the open record has
 * been adjudicated, as `ProbationJuvenile.adjudicated` (sealed and vacated petitions never count).
 * Its contract is schema/disclosure-facts.schema.json.
 */
export type ProbationJuvenileFacts = ProbationFactsAnswer['juveniles'][string];

/**
 * `POST /disclosure-facts` with `{"probationNumbers": [...]}`: each juvenile's assigned officer
 * and whether the matter has been adjudicated, nothing else. One round trip whatever the number
 * of juveniles; unknown probation numbers are absent.
 */
export function probationDisclosureFactsRoute(store: RelationalStore) {
  const source = new ProbationSource(store);
  return async (_requester: Requester, body: unknown): Promise<ProbationFactsAnswer> => {
    const probationNumbers = [...new Set(readFactsRequest(FACTS_REQUEST_CONTRACTS['probation'], body).probationNumbers)];
    const juveniles: Record<string, ProbationJuvenileFacts> = {};
    if (probationNumbers.length === 0) return { juveniles };
    for (const row of await source.supervisionFacts(probationNumbers)) {
      juveniles[row.probationNumber] = { assignedOfficer: row.assignedOfficerId, adjudicated: row.adjudicated };
    }
    return { juveniles };
  };
}
