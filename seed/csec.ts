import { insertRows } from '../runtime/bulk-insert.ts';
import type { RelationalStore } from '../runtime/relational-store.ts';
import type { ScenarioRecords } from '../scenario/scenario-records.ts';

const TABLES = [
  'mdt_write_key',
  'physical_description',
  'reconvening_notice',
  'reconvening',
  'safety_plan_version',
  'agency_link_change',
  'investigation',
  'consent',
  'mdt_meeting',
  'safety_plan',
  'triggering_event',
  'stage_of_change',
  'screening',
  'mdt_member',
  'mdt',
  'agency_link',
  'youth',
  'program_user',
];

/** Replaces the CSEC program's coordination records with the scenario's, in one transaction, a batch of youth at a time. */
export async function loadCsecRecords(store: RelationalStore, records: ScenarioRecords): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query(`TRUNCATE ${TABLES.join(', ')}`);
    await insertRows(
      tx,
      'program_user',
      records.users.map((user) => ({
        user_id: user.id,
        display_name: user.displayName,
        agency: user.agency,
        roles: user.roles,
        email: user.email ?? null,
      })),
    );
    for await (const youth of records.batches('youth')) {
      await insertRows(
        tx,
        'youth',
        youth.map((record) => ({
          youth_id: record.id,
          given_name: record.givenName,
          family_name: record.familyName,
          preferred_name: record.preferredName ?? null,
          birth_date: record.birthDate,
          identified_on: record.identifiedOn,
          exploitation_status: record.exploitationStatus,
          missing_since: record.missingSince ?? null,
        })),
      );
      await insertRows(
        tx,
        'agency_link',
        youth.flatMap((record) =>
          record.links.map((link) => ({
            youth_id: record.id,
            agency: link.agency,
            identifier: link.identifier,
            linked_on: link.linkedOn,
            linked_by_user_id: link.linkedByUserId,
          })),
        ),
      );
      await insertRows(
        tx,
        'mdt',
        youth.flatMap((record) =>
          record.mdt
            ? [
                {
                  mdt_id: record.mdt.id,
                  youth_id: record.id,
                  status: record.mdt.status,
                  lead_agency: record.mdt.leadAgency,
                  opened_on: record.mdt.openedOn,
                  closed_on: record.mdt.closedOn ?? null,
                },
              ]
            : [],
        ),
      );
      await insertRows(
        tx,
        'mdt_member',
        youth.flatMap((record) =>
          (record.mdt?.members ?? []).map((member) => ({
            mdt_id: record.mdt?.id,
            user_id: member.userId,
            joined_on: member.joinedOn,
            left_on: member.leftOn ?? null,
          })),
        ),
      );
      await insertRows(
        tx,
        'screening',
        youth.flatMap((record) =>
          (record.screenings ?? []).map((screening) => ({
            screening_id: screening.id,
            youth_id: record.id,
            tool: screening.tool,
            screened_on: screening.screenedOn,
            screener_user_id: screening.screenerUserId,
            level_of_concern: screening.levelOfConcern,
          })),
        ),
      );
      await insertRows(
        tx,
        'stage_of_change',
        youth.flatMap((record) =>
          (record.stagesOfChange ?? []).map((stage) => ({
            youth_id: record.id,
            stage: stage.stage,
            assessed_on: stage.assessedOn,
          })),
        ),
      );
      await insertRows(
        tx,
        'triggering_event',
        youth.flatMap((record) =>
          (record.triggeringEvents ?? []).map((event) => ({
            event_id: event.id,
            youth_id: record.id,
            kind: event.kind,
            occurred_on: event.occurredOn,
            summary: event.summary,
          })),
        ),
      );
      await insertRows(
        tx,
        'safety_plan',
        youth.flatMap((record) =>
          record.safetyPlan
            ? [
                {
                  youth_id: record.id,
                  updated_on: record.safetyPlan.updatedOn,
                  summary: record.safetyPlan.summary,
                  exploiter_is_threat: record.safetyPlan.exploiterIsThreat,
                },
              ]
            : [],
        ),
      );
      // A seeded description is the youth's first version; updates through the gateway add versions.
      await insertRows(
        tx,
        'physical_description',
        youth.flatMap((record) =>
          record.physicalDescription
            ? [
                {
                  description_id: `PD-${record.id.slice(2)}-1`,
                  youth_id: record.id,
                  version: 1,
                  height_inches: record.physicalDescription.heightInches,
                  weight_pounds: record.physicalDescription.weightPounds,
                  hair_color: record.physicalDescription.hairColor,
                  eye_color: record.physicalDescription.eyeColor,
                  distinguishing_marks: record.physicalDescription.distinguishingMarks,
                  recorded_on: record.physicalDescription.recordedOn,
                  recorded_by_user_id: record.physicalDescription.recordedByUserId,
                },
              ]
            : [],
        ),
      );
      await insertRows(
        tx,
        'mdt_meeting',
        youth.flatMap((record) =>
          (record.meetings ?? []).map((meeting) => ({
            meeting_id: meeting.id,
            youth_id: record.id,
            held_on: meeting.heldOn,
            kind: meeting.kind,
            notes: meeting.notes,
            attendee_user_ids: meeting.attendeeUserIds,
          })),
        ),
      );
      await insertRows(
        tx,
        'consent',
        youth.flatMap((record) =>
          (record.consents ?? []).map((consent) => ({
            consent_id: consent.id,
            youth_id: record.id,
            form: consent.form,
            categories: consent.categories,
            recipients: consent.recipients,
            purposes: consent.purposes,
            signed_by: consent.signedBy,
            signed_on: consent.signedOn,
            youth_age_at_signing: consent.youthAgeAtSigning,
            expires_on: consent.expiresOn ?? null,
            revoked_on: consent.revokedOn ?? null,
          })),
        ),
      );
      await insertRows(
        tx,
        'investigation',
        youth.flatMap((record) =>
          (record.investigations ?? []).map((report) => ({
            investigation_id: report.id,
            youth_id: record.id,
            reported_on: report.reportedOn,
            good_cause_extended_until: report.goodCauseExtendedUntil ?? null,
          })),
        ),
      );
    }
  });
}
