import { insertRows } from '../runtime/bulk-insert.ts';
import type { RelationalStore } from '../runtime/relational-store.ts';
import type { ScenarioRecords } from '../scenario/scenario-records.ts';

/**
 * Replaces the juvenile court's records with the scenario's (each youth's `juvenileCourt`: cases,
 * proceedings with their participants, W&IC 827 orders), in one transaction, a batch of youth at a time.
 */
export async function loadJuvenileCourtRecords(store: RelationalStore, records: ScenarioRecords): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query('TRUNCATE court_hearing, attorney_of_record, court_case, inspection_order, proceeding_participant, proceeding');
    for await (const youth of records.batches('youth')) {
      const courts = youth.flatMap((record) => (record.juvenileCourt ? [{ youthId: record.id, court: record.juvenileCourt }] : []));
      const cases = courts.flatMap(({ youthId, court }) => court.cases.map((courtCase) => ({ youthId, courtCase })));
      await insertRows(tx, 'court_case', cases.map(({ youthId, courtCase }) => ({
        case_number: courtCase.caseNumber,
        youth_id: youthId,
        jurisdiction: courtCase.jurisdiction,
        filed_on: courtCase.filedOn,
      })));
      // The hearings held, with their minutes, and the next one set: one calendar per case.
      await insertRows(tx, 'court_hearing', cases.flatMap(({ courtCase }) => [
        ...(courtCase.hearings ?? []).map((hearing) => ({ case_number: courtCase.caseNumber, hearing_on: hearing.date, hearing_type: hearing.type, minute_order: hearing.minuteOrder })),
        ...(courtCase.nextHearing ? [{ case_number: courtCase.caseNumber, hearing_on: courtCase.nextHearing.date, hearing_type: courtCase.nextHearing.type, minute_order: null }] : []),
      ]));
      await insertRows(tx, 'attorney_of_record', cases.flatMap(({ courtCase }) => courtCase.attorneysOfRecord.map((attorney, ordinal) => ({
        case_number: courtCase.caseNumber,
        ordinal,
        name: attorney.name,
        represents: attorney.represents,
      }))));
      const proceedings = courts.flatMap(({ youthId, court }) => (court.proceedings ?? []).map((proceeding) => ({ youthId, proceeding })));
      await insertRows(tx, 'proceeding', proceedings.map(({ youthId, proceeding }) => ({
        proceeding_id: proceeding.id,
        youth_id: youthId,
        kind: proceeding.kind,
      })));
      await insertRows(tx, 'proceeding_participant', proceedings.flatMap(({ proceeding }) => proceeding.participants.map((participant) => ({
        proceeding_id: proceeding.id,
        user_id: participant.userId,
        role: participant.role,
        from_on: participant.from,
        until_on: participant.until ?? null,
      }))));
      await insertRows(tx, 'inspection_order', courts.flatMap(({ youthId, court }) => court.inspectionOrders.map((order) => ({
        order_number: order.orderNumber,
        youth_id: youthId,
        granted_on: order.grantedOn,
        expires_on: order.expiresOn,
        authorized_user_id: order.authorized.userId ?? null,
        authorized_agency: order.authorized.agency ?? null,
        authorized_name: order.authorized.name,
        categories: order.categories,
        scope: order.scope,
      }))));
    }
  });
}
