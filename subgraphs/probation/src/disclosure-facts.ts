import { MAX_FACTS_ID_LENGTH, MAX_FACTS_IDS } from '../../../runtime/policy/facts-request.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import { RequestRejection, type Requester } from '../../../runtime/requester.ts';
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
    const probationNumbers = [...new Set(readProbationNumbers(body))];
    const juveniles: Record<string, ProbationJuvenileFacts> = {};
    if (probationNumbers.length === 0) return { juveniles };
    for (const row of await source.supervisionFacts(probationNumbers)) {
      juveniles[row.probationNumber] = { assignedOfficer: row.assignedOfficerId, adjudicated: row.adjudicated };
    }
    return { juveniles };
  };
}

function readProbationNumbers(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Send a JSON object: {"probationNumbers": [...]}.');
  }
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'probationNumbers') throw badRequest('Send "probationNumbers", and nothing else.');
  const value = (body as { probationNumbers: unknown }).probationNumbers;
  if (!Array.isArray(value)) throw badRequest('"probationNumbers" must be an array of strings.');
  if (value.length > MAX_FACTS_IDS) {
    throw badRequest(`"probationNumbers" may list at most ${MAX_FACTS_IDS} ids; split the request.`);
  }
  for (const id of value) {
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_FACTS_ID_LENGTH) {
      throw badRequest(`Every entry of "probationNumbers" must be a non-empty string of at most ${MAX_FACTS_ID_LENGTH} characters.`);
    }
  }
  return value as string[];
}

function badRequest(message: string): RequestRejection {
  return new RequestRejection(400, 'BAD_FACTS_REQUEST', message);
}
