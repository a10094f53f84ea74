import { FactsAnswerCache } from '../../../runtime/policy/facts-answer-cache.ts';
import { FACTS_REQUEST_CONTRACTS, readFactsRequest, type CsecFactsRequest } from '../../../runtime/policy/facts-request.ts';
import type { CsecFactsAnswer, CsecYouthFacts } from '../../../runtime/policy/__generated__/disclosure-facts.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import { CsecSource, type SourceAgency, type YouthDisclosureFactsRow } from './source.ts';
import { AGENCY_IDENTIFIERS } from '../../registry.ts';

/**
 * Which youth the gateway asks about (the ones named, or the requester's own caseload) and whose
 * MDT seats matter besides the requester's, the people a privacy officer's explanation is about:
 * the contract is schema/disclosure-facts-requests.schema.json.
 */
export type { CsecFactsRequest };

/**
 * The CSEC program's part of the disclosure policy's facts about one youth (docs/policies.md), and
 * its answer with the facts version they were read at (migration 007): the contract is
 * schema/disclosure-facts.schema.json. The policy asks whether the person decided for sits on the
 * MDT, never who else does: `members` names only the requester and the people asked about in
 * `seatsOf`, past seats included. Participations in court proceedings are the juvenile court's
 * (its own `/disclosure-facts`).
 */
export type { CsecFactsAnswer, CsecYouthFacts };

/**
 * `POST /disclosure-facts`: identifiers, dates and flags the disclosure policy decides on, never
 * record contents. One round trip whatever the number of youth, the caseload included; a question
 * asked again while no fact has changed since is answered from memory, after one round trip that
 * reads the facts version (migration 007).
 */
export function csecDisclosureFactsRoute(store: RelationalStore) {
  const source = new CsecSource(store);
  const answers = new FactsAnswerCache<CsecFactsAnswer['youth']>(store, 'disclosure_facts_version');
  return async (requester: Requester, body: unknown): Promise<CsecFactsAnswer> => {
    const request = readFactsRequest(FACTS_REQUEST_CONTRACTS.csec, body);
    const youthIds = 'youthIds' in request ? [...new Set(request.youthIds)].sort() : undefined;
    const selection = youthIds ? { youthIds } : { caseloadOf: requester.userId };
    const seatsOf = [...new Set([requester.userId, ...(request.seatsOf ?? [])])].sort();
    const { version, answer } = await answers.answer(JSON.stringify([selection, seatsOf]), async () =>
      youthIds?.length === 0 ? {} : factsByYouth(await source.disclosureFacts(selection, seatsOf)),
    );
    return { youth: answer, factsVersion: String(version) };
  };
}

function factsByYouth(rows: readonly YouthDisclosureFactsRow[]): Record<string, CsecYouthFacts> {
  const answer: Record<string, CsecYouthFacts> = {};
  for (const row of rows) {
    const seats = row.mdt?.seats ?? [];
    answer[row.youthId] = {
      birthDate: row.birthDate,
      mdt: row.mdt && {
        status: row.mdt.status,
        members: seats.map(({ userId, joinedOn, leftOn }) => ({ userId, joinedOn, leftOn })),
      },
      consents: row.consents,
      investigations: row.investigations,
      exploiterIsThreat: row.exploiterIsThreat,
      missing: row.missing,
      links: pickLinks(row.links),
    };
  }
  return answer;
}

/** Only the agencies whose identifiers a registered subgraph keys `Youth` by, in the registry's order. */
function pickLinks(links: Partial<Record<string, string>>): Partial<Record<SourceAgency, string>> {
  const picked: Partial<Record<SourceAgency, string>> = {};
  for (const { agency } of AGENCY_IDENTIFIERS) {
    const identifier = links[agency];
    if (typeof identifier === 'string') picked[agency] = identifier;
  }
  return picked;
}
