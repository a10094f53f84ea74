import type { JuvenileCourtFactsAnswer } from '../../../runtime/policy/__generated__/disclosure-facts.ts';
import { FACTS_REQUEST_CONTRACTS, readFactsRequest } from '../../../runtime/policy/facts-request.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import { JuvenileCourtSource } from './source.ts';

/**
 * `POST /disclosure-facts` with `{"partyNumbers": [...]}` (the court's own numbers for the youth, as
 * the CSEC program links them), read against its contract
 * (schema/disclosure-facts-requests.schema.json): for each party, the W&IC 827 orders that name the
 * requester or the requester's agency, each with what it opens and its period, and the
 * requester's participations in proceedings about the youth, and nothing else (not the orders naming
 * others, not who else takes part, not the court's cases). With `"seatsOf": [...]`, the people a
 * privacy officer's explanation decides for, also their participations, the orders naming them and
 * those naming any agency (the court does not know their agencies; the policy matches each order to
 * the person). One round trip whatever the number of parties; a party with neither is absent.
 */
export function juvenileCourtDisclosureFactsRoute(store: RelationalStore) {
  const source = new JuvenileCourtSource(store);
  return async (requester: Requester, body: unknown): Promise<JuvenileCourtFactsAnswer> => {
    const request = readFactsRequest(FACTS_REQUEST_CONTRACTS['juvenile-court'], body);
    const partyNumbers = [...new Set(request.partyNumbers)];
    const seatsOf = request.seatsOf ?? [];
    const parties: JuvenileCourtFactsAnswer['parties'] = {};
    if (partyNumbers.length === 0) return { parties };
    for (const { partyNumber, ...facts } of await source.disclosureFacts(partyNumbers, requester, seatsOf)) parties[partyNumber] = facts;
    return { parties };
  };
}
