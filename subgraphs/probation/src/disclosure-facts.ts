import { readIdentifierList } from '../../../runtime/policy/facts-request.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import { ProbationSource } from './source.ts';

/** Probation's part of the disclosure policy's facts about one youth (docs/policies.md). */
export interface ProbationJuvenileFacts {
  /** The user id of the juvenile's assigned probation officer; null when none is assigned. */
  assignedOfficer: string | null;
  /**
   * A petition of the open record has been adjudicated, as `ProbationJuvenile.adjudicated`:
   * sealed and vacated petitions never count.
   */
  adjudicated: boolean;
}

export interface ProbationFactsAnswer {
  juveniles: Record<string, ProbationJuvenileFacts>;
}

/**
 * `POST /disclosure-facts` with `{"probationNumbers": [...]}`: each juvenile's assigned officer
 * and whether the matter has been adjudicated, nothing else. One round trip whatever the number
 * of juveniles; unknown probation numbers are absent.
 */
export function probationDisclosureFactsRoute(store: RelationalStore) {
  const source = new ProbationSource(store);
  return async (_requester: Requester, body: unknown): Promise<ProbationFactsAnswer> => {
    const probationNumbers = [...new Set(readIdentifierList(body, 'probationNumbers'))];
    const juveniles: Record<string, ProbationJuvenileFacts> = {};
    if (probationNumbers.length === 0) return { juveniles };
    for (const row of await source.supervisionFacts(probationNumbers)) {
      juveniles[row.probationNumber] = { assignedOfficer: row.assignedOfficerId, adjudicated: row.adjudicated };
    }
    return { juveniles };
  };
}
