import type DataLoader from 'dataloader';
import { rowLoader, rowsLoader } from '../../../runtime/batching.ts';
import type { AttendanceRow, EducationSource, EnrollmentRow, StudentRow } from './source.ts';

export interface EducationLoaders {
  student: DataLoader<string, StudentRow | null>;
  enrollments: DataLoader<string, EnrollmentRow[]>;
  attendance: DataLoader<string, AttendanceRow[]>;
}

export function createEducationLoaders(source: EducationSource): EducationLoaders {
  const byStudent = (row: { statewideStudentId: string }) => row.statewideStudentId;
  return {
    student: rowLoader((ids) => source.students(ids), byStudent),
    enrollments: rowsLoader((ids) => source.enrollments(ids), byStudent),
    attendance: rowsLoader((ids) => source.attendance(ids), byStudent),
  };
}
