import { MAX_FACTS_ID_LENGTH, MAX_FACTS_IDS } from '../../../runtime/policy/facts-request.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import { RequestRejection, type Requester } from '../../../runtime/requester.ts';
import { ChildWelfareSource } from './source.ts';

/** Child welfare's part of the disclosure policy's facts about one youth (docs/policies.md). */
export interface ChildWelfareClientFacts {
  /** The user id of the client's assigned social worker; null when none is assigned. */
  assignedSocialWorker: string | null;
}

export interface ChildWelfareFactsAnswer {
  clients: Record<string, ChildWelfareClientFacts>;
}

/**
 * `POST /disclosure-facts` with `{"clientIds": [...]}`: who is assigned to each client, nothing
 * else. One round trip whatever the number of clients; unknown clients are absent.
 */
export function childWelfareDisclosureFactsRoute(store: RelationalStore) {
  const source = new ChildWelfareSource(store);
  return async (_requester: Requester, body: unknown): Promise<ChildWelfareFactsAnswer> => {
    const clientIds = [...new Set(readClientIds(body))];
    const clients: Record<string, ChildWelfareClientFacts> = {};
    if (clientIds.length === 0) return { clients };
    for (const row of await source.assignedSocialWorkers(clientIds)) {
      clients[row.clientId] = { assignedSocialWorker: row.assignedSocialWorkerId };
    }
    return { clients };
  };
}

function readClientIds(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Send a JSON object: {"clientIds": [...]}.');
  }
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'clientIds') throw badRequest('Send "clientIds", and nothing else.');
  const value = (body as { clientIds: unknown }).clientIds;
  if (!Array.isArray(value)) throw badRequest('"clientIds" must be an array of strings.');
  if (value.length > MAX_FACTS_IDS) throw badRequest(`"clientIds" may list at most ${MAX_FACTS_IDS} ids; split the request.`);
  for (const id of value) {
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_FACTS_ID_LENGTH) {
      throw badRequest(`Every entry of "clientIds" must be a non-empty string of at most ${MAX_FACTS_ID_LENGTH} characters.`);
    }
  }
  return value as string[];
}

function badRequest(message: string): RequestRejection {
  return new RequestRejection(400, 'BAD_FACTS_REQUEST', message);
}
