import { insertRows } from '../runtime/bulk-insert.ts';
import type { RelationalStore } from '../runtime/relational-store.ts';
import type { ScenarioRecords } from '../scenario/scenario-records.ts';

/**
 * Replaces the juvenile probation source's records with the scenario's, in one transaction.
 * Sealed and vacated petitions are stored with when and under which authority, as probation keeps
 * them; the subgraph never reads them. Juveniles are inserted a batch at a time.
 */
export async function loadProbationRecords(store: RelationalStore, records: ScenarioRecords): Promise<void> {
  const userNames = new Map(records.users.map((user) => [user.id, user.displayName]));
  await store.transaction(async (tx) => {
    await tx.query('TRUNCATE service, warrant, probation_condition, petition, intake_referral, juvenile');
    for await (const juveniles of records.batches('juveniles')) {
      await insertRows(
        tx,
        'juvenile',
        juveniles.map((juvenile) => ({
          probation_number: juvenile.probationNumber,
          booked_name: juvenile.name,
          date_of_birth: juvenile.dateOfBirth,
          assigned_officer_id: juvenile.assignedOfficerUserId ?? null,
          assigned_officer_name: juvenile.assignedOfficerUserId ? (userNames.get(juvenile.assignedOfficerUserId) ?? null) : null,
        })),
      );
      await insertRows(
        tx,
        'intake_referral',
        juveniles.flatMap((juvenile) =>
          juvenile.referrals.map((referral) => ({
            referral_number: referral.referralNumber,
            probation_number: juvenile.probationNumber,
            received_on: referral.receivedOn,
            source: referral.source,
            offense: referral.offense,
            outcome: referral.outcome,
          })),
        ),
      );
      await insertRows(
        tx,
        'petition',
        juveniles.flatMap((juvenile) =>
          juvenile.petitions.map((petition) => ({
            petition_number: petition.petitionNumber,
            probation_number: juvenile.probationNumber,
            filed_on: petition.filedOn,
            section: petition.section,
            charges: petition.charges,
            disposition: petition.disposition ?? null,
            adjudicated_on: petition.adjudicatedOn ?? null,
            sealed_on: petition.sealed?.sealedOn ?? null,
            sealing_authority: petition.sealed?.authority ?? null,
            vacated_on: petition.vacated?.vacatedOn ?? null,
            vacating_authority: petition.vacated?.authority ?? null,
          })),
        ),
      );
      await insertRows(
        tx,
        'probation_condition',
        juveniles.flatMap((juvenile) =>
          juvenile.conditions.map((condition, ordinal) => ({
            probation_number: juvenile.probationNumber,
            ordinal,
            condition: condition.condition,
            imposed_on: condition.imposedOn,
          })),
        ),
      );
      await insertRows(
        tx,
        'warrant',
        juveniles.flatMap((juvenile) =>
          juvenile.warrants.map((warrant) => ({
            warrant_number: warrant.warrantNumber,
            probation_number: juvenile.probationNumber,
            issued_on: warrant.issuedOn,
            status: warrant.status,
          })),
        ),
      );
      await insertRows(
        tx,
        'service',
        juveniles.flatMap((juvenile) =>
          (juvenile.services ?? []).map((service) => ({
            service_id: service.serviceId,
            probation_number: juvenile.probationNumber,
            service_type: service.serviceType,
            started_on: service.startedOn,
            ended_on: service.endedOn ?? null,
          })),
        ),
      );
    }
  });
}
