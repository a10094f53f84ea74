import { insertRows } from '../runtime/bulk-insert.ts';
import type { RelationalStore } from '../runtime/relational-store.ts';
import type { ScenarioRecords } from '../scenario/scenario-records.ts';

/** Replaces the education source's records with the scenario's, in one transaction, a batch of students at a time. */
export async function loadEducationRecords(store: RelationalStore, records: ScenarioRecords): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query('TRUNCATE attendance, enrollment, student');
    for await (const students of records.batches('students')) {
      await insertRows(
        tx,
        'student',
        students.map((student) => ({
          ssid: student.ssid,
          legal_first_name: student.legalFirstName,
          legal_last_name: student.legalLastName,
          birth_date: student.birthDate,
          credits_earned: student.creditsEarned ?? null,
          credits_required: student.creditsRequired ?? null,
          has_iep: student.hasIep ?? null,
          has_504_plan: student.has504Plan ?? null,
          foster_youth_liaison_name: student.fosterYouthLiaison?.name ?? null,
          foster_youth_liaison_phone: student.fosterYouthLiaison?.phone ?? null,
          education_rights_holder_name: student.educationRightsHolder?.name ?? null,
          education_rights_holder_relationship: student.educationRightsHolder?.relationship ?? null,
        })),
      );
      await insertRows(
        tx,
        'enrollment',
        students.flatMap((student) =>
          student.enrollments.map((enrollment, ordinal) => ({
            ssid: student.ssid,
            ordinal,
            school_name: enrollment.schoolName,
            district_name: enrollment.districtName,
            grade_level: enrollment.gradeLevel,
            entered_on: enrollment.enteredOn,
            exited_on: enrollment.exitedOn ?? null,
          })),
        ),
      );
      await insertRows(
        tx,
        'attendance',
        students.flatMap((student) =>
          student.attendance.map((year) => ({
            ssid: student.ssid,
            school_year: year.schoolYear,
            days_enrolled: year.daysEnrolled,
            days_absent: year.daysAbsent,
          })),
        ),
      );
    }
  });
}
