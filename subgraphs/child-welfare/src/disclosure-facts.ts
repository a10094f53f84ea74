import { readIdentifierList } from '../../../runtime/policy/facts-request.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
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
    const clientIds = [...new Set(readIdentifierList(body, 'clientIds'))];
    const clients: Record<string, ChildWelfareClientFacts> = {};
    if (clientIds.length === 0) return { clients };
    for (const row of await source.assignedSocialWorkers(clientIds)) {
      clients[row.clientId] = { assignedSocialWorker: row.assignedSocialWorkerId };
    }
    return { clients };
  };
}
