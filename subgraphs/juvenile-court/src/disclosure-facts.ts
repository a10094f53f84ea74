import type { JuvenileCourtFactsAnswer } from '../../../runtime/policy/__generated__/disclosure-facts.ts';
import { readIdentifierList } from '../../../runtime/policy/facts-request.ts';
import type { CourtOrderFacts } from '../../../runtime/policy/policy-input.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import { JuvenileCourtSource } from './source.ts';

/**
 * `POST /disclosure-facts` with `{"youthIds": [...]}`: for each youth, the W&IC 827 orders that
 * name the requester or the requester's agency, each with what it opens and its period, and
 * nothing else (not the orders naming others, not the court's cases). One round trip whatever the
 * number of youth; a youth with no such order is absent.
 */
export function juvenileCourtDisclosureFactsRoute(store: RelationalStore) {
  const source = new JuvenileCourtSource(store);
  return async (requester: Requester, body: unknown): Promise<JuvenileCourtFactsAnswer> => {
    const youthIds = [...new Set(readIdentifierList(body, 'youthIds'))];
    const youth: JuvenileCourtFactsAnswer['youth'] = {};
    if (youthIds.length === 0) return { youth };
    for (const row of await source.inspectionOrdersNaming(youthIds, requester.userId, requester.agency)) {
      const recipient = row.authorizedUserId === null ? { agency: row.authorizedAgency as string } : { userId: row.authorizedUserId };
      const order: CourtOrderFacts = { id: row.orderNumber, recipient, categories: row.categories, grantedOn: row.grantedOn, expiresOn: row.expiresOn };
      (youth[row.youthId] ??= { courtOrders: [] }).courtOrders.push(order);
    }
    return { youth };
  };
}
