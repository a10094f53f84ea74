import { graphql, getFragmentData, type FragmentType } from '../__generated__';
import { Field, PartState, Section } from '../disclosure';
import { plain } from '../format';

export const EducationSectionFragment = graphql(`
  fragment EducationSection_youth on Youth {
    education {
      statewideStudentId
      gradeLevel
      currentEnrollment {
        schoolName
        districtName
      }
      attendance {
        schoolYear
        attendanceRate
        daysAbsent
      }
      creditsEarned
      creditsRequired
      hasIep
      has504Plan
    }
  }
`);

const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? null : value ? 'Yes' : 'No');

/** The student record: school, grade, attendance, credits, IEP and 504 plan. */
export function EducationSection(props: { youth: FragmentType<typeof EducationSectionFragment> }) {
  const { education: record } = getFragmentData(EducationSectionFragment, props.youth);
  const base = 'youth.education';
  const latest = record?.attendance?.[0];
  return (
    <Section id="education" title="Education" fragment="EducationSection_youth">
      <PartState path={base} hasValue={Boolean(record)} emptyText="The schools have no record of this youth.">
        <dl className="fields">
          <Field label="Statewide student id" path={`${base}.statewideStudentId`}>
            {record?.statewideStudentId}
          </Field>
          <Field label="School" path={`${base}.currentEnrollment`}>
            {record?.currentEnrollment
              ? `${record.currentEnrollment.schoolName ?? ''}, ${record.currentEnrollment.districtName ?? ''}`
              : null}
          </Field>
          <Field label="Grade" path={`${base}.gradeLevel`}>
            {plain(record?.gradeLevel)}
          </Field>
          <Field label="Attendance" path={`${base}.attendance`}>
            {latest
              ? `${Math.round((latest.attendanceRate ?? 0) * 100)}% in ${latest.schoolYear} (${latest.daysAbsent} days absent)`
              : null}
          </Field>
          <Field label="Credits" path={`${base}.creditsEarned`}>
            {record?.creditsEarned === null || record?.creditsEarned === undefined
              ? null
              : `${record.creditsEarned} of ${record.creditsRequired ?? '?'}`}
          </Field>
          <Field label="IEP" path={`${base}.hasIep`}>
            {yesNo(record?.hasIep)}
          </Field>
          <Field label="504 plan" path={`${base}.has504Plan`}>
            {yesNo(record?.has504Plan)}
          </Field>
        </dl>
      </PartState>
    </Section>
  );
}
