import { graphql, getFragmentData, type FragmentType } from '../__generated__';
import { Field, Section } from '../disclosure';
import { formatDate, fullName } from '../format';

export const IdentitySectionFragment = graphql(`
  fragment IdentitySection_youth on Youth {
    id
    name { givenName familyName preferredName }
    birthDate
    age
    childWelfareClientId
    probationNumber
    medicalRecordNumber
    statewideStudentId
  }
`);

/** Who the youth is, and each agency's number for them. */
export function IdentitySection(props: { youth: FragmentType<typeof IdentitySectionFragment> }) {
  const youth = getFragmentData(IdentitySectionFragment, props.youth);
  return (
    <Section id="identity" title="Identity">
      <dl className="fields">
        <Field label="Name" path="youth.name">{youth.name ? fullName(youth.name) : null}</Field>
        <Field label="Program youth id" path="youth.id">{youth.id}</Field>
        <Field label="Date of birth" path="youth.birthDate">{formatDate(youth.birthDate)}</Field>
        <Field label="Age" path="youth.age">{youth.age ?? null}</Field>
        <Field label="Child welfare client id" path="youth.childWelfareClientId">{youth.childWelfareClientId}</Field>
        <Field label="Probation number" path="youth.probationNumber">{youth.probationNumber}</Field>
        <Field label="Medical record number" path="youth.medicalRecordNumber">{youth.medicalRecordNumber}</Field>
        <Field label="Statewide student id" path="youth.statewideStudentId">{youth.statewideStudentId}</Field>
      </dl>
    </Section>
  );
}
