import { insertRows } from '../runtime/bulk-insert.ts';
import type { RelationalStore } from '../runtime/relational-store.ts';
import type { ScenarioRecords } from '../scenario/scenario-records.ts';

/** Replaces the child welfare source's records with the scenario's, in one transaction, a batch of clients at a time. */
export async function loadChildWelfareRecords(store: RelationalStore, records: ScenarioRecords): Promise<void> {
  const userNames = new Map(records.users.map((user) => [user.id, user.displayName]));
  await store.transaction(async (tx) => {
    await tx.query('TRUNCATE service, court_hearing, case_plan, placement, allegation, referral, case_record, client');
    for await (const clients of records.batches('clients')) {
      await insertRows(
        tx,
        'client',
        clients.map((client) => ({
          client_id: client.clientId,
          first_name: client.firstName,
          last_name: client.lastName,
          birth_date: client.birthDate,
          assigned_social_worker_id: client.assignedSocialWorkerUserId ?? null,
          assigned_social_worker_name: client.assignedSocialWorkerUserId
            ? (userNames.get(client.assignedSocialWorkerUserId) ?? null)
            : null,
        })),
      );
      await insertRows(
        tx,
        'case_record',
        clients.flatMap((client) =>
          client.case
            ? [
                {
                  case_number: client.case.caseNumber,
                  client_id: client.clientId,
                  status: client.case.status,
                  service_component: client.case.serviceComponent,
                  opened_on: client.case.openedOn,
                  closed_on: client.case.closedOn ?? null,
                },
              ]
            : [],
        ),
      );
      await insertRows(
        tx,
        'referral',
        clients.flatMap((client) =>
          client.referrals.map((referral) => ({
            referral_id: referral.referralId,
            client_id: client.clientId,
            received_on: referral.receivedOn,
            reporter_name: referral.reporterName,
            reporter_role: referral.reporterRole,
          })),
        ),
      );
      await insertRows(
        tx,
        'allegation',
        clients.flatMap((client) =>
          client.referrals.flatMap((referral) =>
            referral.allegations.map((allegation, ordinal) => ({
              referral_id: referral.referralId,
              ordinal,
              allegation_type: allegation.allegationType,
              disposition: allegation.disposition,
            })),
          ),
        ),
      );
      await insertRows(
        tx,
        'placement',
        clients.flatMap((client) =>
          client.placements.map((placement) => ({
            placement_id: placement.placementId,
            client_id: client.clientId,
            placement_type: placement.placementType,
            facility_name: placement.facilityName,
            address_line1: placement.address.line1,
            address_line2: placement.address.line2 ?? null,
            city: placement.address.city,
            state: placement.address.state,
            postal_code: placement.address.postalCode,
            started_on: placement.startedOn,
            ended_on: placement.endedOn ?? null,
            end_reason: placement.endReason ?? null,
          })),
        ),
      );
      await insertRows(
        tx,
        'service',
        clients.flatMap((client) =>
          (client.services ?? []).map((service) => ({
            service_id: service.serviceId,
            client_id: client.clientId,
            service_type: service.serviceType,
            started_on: service.startedOn,
            ended_on: service.endedOn ?? null,
          })),
        ),
      );
      await insertRows(
        tx,
        'case_plan',
        clients.flatMap((client) =>
          client.casePlan
            ? [
                {
                  client_id: client.clientId,
                  updated_on: client.casePlan.updatedOn,
                  goals: client.casePlan.goals,
                },
              ]
            : [],
        ),
      );
      await insertRows(
        tx,
        'court_hearing',
        clients.flatMap((client) =>
          client.courtHearings.map((hearing) => ({
            hearing_id: hearing.hearingId,
            client_id: client.clientId,
            hearing_type: hearing.hearingType,
            scheduled_for: hearing.scheduledFor,
            department: hearing.department,
            outcome: hearing.outcome ?? null,
          })),
        ),
      );
    }
  });
}
