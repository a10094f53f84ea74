import { insertRows } from '../runtime/bulk-insert.ts';
import type { RelationalStore } from '../runtime/relational-store.ts';
import type { ScenarioRecords } from '../scenario/scenario-records.ts';

/**
 * Replaces the juvenile court's records with the scenario's (its parties, each under the court's own
 * party number: cases, proceedings with their participants, W&IC 827 orders), in one transaction, a
 * batch of parties at a time. The court never holds the CSEC program's youth id: the program links
 * the party number to its youth.
 */
export async function loadJuvenileCourtRecords(store: RelationalStore, records: ScenarioRecords): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query(
      'TRUNCATE court_hearing, attorney_of_record, court_case, inspection_order, proceeding_participant, proceeding, court_party',
    );
    for await (const parties of records.batches('parties')) {
      await insertRows(
        tx,
        'court_party',
        parties.map((party) => ({ party_number: party.courtPartyNumber })),
      );
      const cases = parties.flatMap((party) => party.cases.map((courtCase) => ({ partyNumber: party.courtPartyNumber, courtCase })));
      await insertRows(
        tx,
        'court_case',
        cases.map(({ partyNumber, courtCase }) => ({
          case_number: courtCase.caseNumber,
          party_number: partyNumber,
          jurisdiction: courtCase.jurisdiction,
          filed_on: courtCase.filedOn,
        })),
      );
      // The hearings held, with their minutes, and the next one set: one calendar per case.
      await insertRows(
        tx,
        'court_hearing',
        cases.flatMap(({ courtCase }) => [
          ...(courtCase.hearings ?? []).map((hearing) => ({
            case_number: courtCase.caseNumber,
            hearing_on: hearing.date,
            hearing_type: hearing.type,
            minute_order: hearing.minuteOrder,
          })),
          ...(courtCase.nextHearing
            ? [
                {
                  case_number: courtCase.caseNumber,
                  hearing_on: courtCase.nextHearing.date,
                  hearing_type: courtCase.nextHearing.type,
                  minute_order: null,
                },
              ]
            : []),
        ]),
      );
      await insertRows(
        tx,
        'attorney_of_record',
        cases.flatMap(({ courtCase }) =>
          courtCase.attorneysOfRecord.map((attorney, ordinal) => ({
            case_number: courtCase.caseNumber,
            ordinal,
            name: attorney.name,
            represents: attorney.represents,
          })),
        ),
      );
      const proceedings = parties.flatMap((party) =>
        (party.proceedings ?? []).map((proceeding) => ({ partyNumber: party.courtPartyNumber, proceeding })),
      );
      await insertRows(
        tx,
        'proceeding',
        proceedings.map(({ partyNumber, proceeding }) => ({
          proceeding_id: proceeding.id,
          party_number: partyNumber,
          kind: proceeding.kind,
        })),
      );
      await insertRows(
        tx,
        'proceeding_participant',
        proceedings.flatMap(({ proceeding }) =>
          proceeding.participants.map((participant) => ({
            proceeding_id: proceeding.id,
            user_id: participant.userId,
            role: participant.role,
            from_on: participant.from,
            until_on: participant.until ?? null,
          })),
        ),
      );
      await insertRows(
        tx,
        'inspection_order',
        parties.flatMap((party) =>
          party.inspectionOrders.map((order) => ({
            order_number: order.orderNumber,
            party_number: party.courtPartyNumber,
            granted_on: order.grantedOn,
            expires_on: order.expiresOn,
            authorized_user_id: order.authorized.userId ?? null,
            authorized_agency: order.authorized.agency ?? null,
            authorized_name: order.authorized.name,
            categories: order.categories,
            scope: order.scope,
          })),
        ),
      );
    }
  });
}
