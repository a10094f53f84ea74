import type { ChildWelfareFactsAnswer } from '../../../runtime/policy/__generated__/disclosure-facts.ts';
import { FACTS_REQUEST_CONTRACTS, readFactsRequest } from '../../../runtime/policy/facts-request.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import { ChildWelfareSource } from './source.ts';

/**
 * Child welfare's part of the disclosure policy's facts about one youth (docs/policies.md): the
 * user id of the client's assigned social worker, null when none is assigned. Its contract is
 * schema/disclosure-facts.schema.json.
 */
export type ChildWelfareClientFacts = ChildWelfareFactsAnswer['clients'][string];

/**
 * `POST /disclosure-facts` with `{"clientIds": [...]}`: who is assigned to each client, nothing
 * else. One round trip whatever the number of clients; unknown clients are absent.
 */
export function childWelfareDisclosureFactsRoute(store: RelationalStore) {
  const source = new ChildWelfareSource(store);
  return async (_requester: Requester, body: unknown): Promise<ChildWelfareFactsAnswer> => {
    const clientIds = [...new Set(readFactsRequest(FACTS_REQUEST_CONTRACTS['child-welfare'], body).clientIds)];
    const clients: Record<string, ChildWelfareClientFacts> = {};
    if (clientIds.length === 0) return { clients };
    for (const row of await source.assignedSocialWorkers(clientIds)) {
      clients[row.clientId] = { assignedSocialWorker: row.assignedSocialWorkerId };
    }
    return { clients };
  };
}
