import { DateScalar, DateTimeScalar } from '../../../runtime/scalars.ts';
import type { GradeLevel, Resolvers } from './__generated__/resolvers-types.ts';

/** The schools' grade codes and the grade levels they stand for. */
const GRADE_LEVELS: ReadonlyMap<string, GradeLevel> = new Map([
  ['K', 'KINDERGARTEN'],
  ['1', 'GRADE_1'],
  ['2', 'GRADE_2'],
  ['3', 'GRADE_3'],
  ['4', 'GRADE_4'],
  ['5', 'GRADE_5'],
  ['6', 'GRADE_6'],
  ['7', 'GRADE_7'],
  ['8', 'GRADE_8'],
  ['9', 'GRADE_9'],
  ['10', 'GRADE_10'],
  ['11', 'GRADE_11'],
  ['12', 'GRADE_12'],
]);

/** The grade level a school's grade code stands for; empty for a code the schools do not define. */
function gradeLevelOf(code: string): GradeLevel | null {
  return GRADE_LEVELS.get(code) ?? null;
}

export const educationResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Youth: {
    __resolveReference: (reference) => reference,
    education: (youth, _args, { loaders }) => (youth.statewideStudentId ? loaders.student.load(youth.statewideStudentId) : null),
  },
  EducationStudent: {
    currentEnrollment: async (student, _args, { loaders }) =>
      (await loaders.enrollments.load(student.statewideStudentId)).find((enrollment) => enrollment.exitedOn === null) ?? null,
    gradeLevel: async (student, _args, { loaders }) => {
      const current = (await loaders.enrollments.load(student.statewideStudentId)).find((enrollment) => enrollment.exitedOn === null);
      return current ? gradeLevelOf(current.gradeLevel) : null;
    },
    enrollments: (student, _args, { loaders }) => loaders.enrollments.load(student.statewideStudentId),
    attendance: (student, _args, { loaders }) => loaders.attendance.load(student.statewideStudentId),
    fosterYouthLiaison: (student) =>
      student.fosterYouthLiaisonName ? { name: student.fosterYouthLiaisonName, phone: student.fosterYouthLiaisonPhone } : null,
    educationRightsHolder: (student) =>
      student.educationRightsHolderName
        ? { name: student.educationRightsHolderName, relationship: student.educationRightsHolderRelationship }
        : null,
  },
  SchoolEnrollment: {
    gradeLevel: (enrollment) => gradeLevelOf(enrollment.gradeLevel),
  },
  SchoolYearAttendance: {
    attendanceRate: (attendance) =>
      attendance.daysEnrolled > 0 ? (attendance.daysEnrolled - attendance.daysAbsent) / attendance.daysEnrolled : null,
  },
};
