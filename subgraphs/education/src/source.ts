import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';

/** Rows as the education source holds them, keyed by Statewide Student Identifier (SSID). */
export interface StudentRow {
  statewideStudentId: string;
  legalFirstName: string;
  legalLastName: string;
  birthDate: string;
  creditsEarned: number | null;
  creditsRequired: number | null;
  hasIep: boolean | null;
  has504Plan: boolean | null;
  fosterYouthLiaisonName: string | null;
  fosterYouthLiaisonPhone: string | null;
  educationRightsHolderName: string | null;
  educationRightsHolderRelationship: 'PARENT' | 'GUARDIAN' | 'COURT_APPOINTED' | 'RELATIVE' | 'FOSTER_PARENT' | 'YOUTH_SELF' | null;
}

export interface EnrollmentRow {
  statewideStudentId: string;
  schoolName: string;
  districtName: string;
  /** Grade as the schools record it: `K`, or `1` to `12`. */
  gradeLevel: string;
  enteredOn: string;
  exitedOn: string | null;
}

export interface AttendanceRow {
  statewideStudentId: string;
  schoolYear: string;
  daysEnrolled: number;
  daysAbsent: number;
}

/** Batched reads of the education source: each call is one round trip for any number of students. */
export class EducationSource {
  private readonly store: Queryable;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  students(statewideStudentIds: readonly string[]): Promise<StudentRow[]> {
    return this.store.query<StudentRow>(
      `SELECT ssid AS "statewideStudentId", legal_first_name AS "legalFirstName",
              legal_last_name AS "legalLastName", birth_date AS "birthDate",
              credits_earned::float8 AS "creditsEarned", credits_required::float8 AS "creditsRequired",
              has_iep AS "hasIep", has_504_plan AS "has504Plan",
              foster_youth_liaison_name AS "fosterYouthLiaisonName",
              foster_youth_liaison_phone AS "fosterYouthLiaisonPhone",
              education_rights_holder_name AS "educationRightsHolderName",
              education_rights_holder_relationship AS "educationRightsHolderRelationship"
         FROM student WHERE ssid = ANY($1::text[])`,
      [statewideStudentIds],
    );
  }

  enrollments(statewideStudentIds: readonly string[]): Promise<EnrollmentRow[]> {
    return this.store.query<EnrollmentRow>(
      `SELECT ssid AS "statewideStudentId", school_name AS "schoolName", district_name AS "districtName",
              grade_level AS "gradeLevel", entered_on AS "enteredOn", exited_on AS "exitedOn"
         FROM enrollment WHERE ssid = ANY($1::text[])
        ORDER BY entered_on DESC, ordinal DESC`,
      [statewideStudentIds],
    );
  }

  attendance(statewideStudentIds: readonly string[]): Promise<AttendanceRow[]> {
    return this.store.query<AttendanceRow>(
      `SELECT ssid AS "statewideStudentId", school_year AS "schoolYear",
              days_enrolled AS "daysEnrolled", days_absent AS "daysAbsent"
         FROM attendance WHERE ssid = ANY($1::text[])
        ORDER BY school_year DESC`,
      [statewideStudentIds],
    );
  }
}
