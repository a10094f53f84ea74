import { graphql, getFragmentData, type FragmentType } from '../__generated__';
import type { IdentitySection_YouthFragment } from '../__generated__/graphql';
import { Field, PartState, Section } from '../disclosure';
import { formatDate, fullName, plain } from '../format';

export const IdentitySectionFragment = graphql(`
  fragment IdentitySection_youth on Youth {
    id
    name {
      givenName
      familyName
      preferredName
    }
    birthDate
    age
    childWelfareClientId
    probationNumber
    medicalRecordNumber
    statewideStudentId
    courtPartyNumber
    physicalDescription {
      heightInches
      weightPounds
      hairColor
      eyeColor
      distinguishingMarks
      recordedOn
      recordedBy {
        name
      }
    }
  }
`);

/** Feet and inches, as a missing-person report gives a height. */
function formatHeight(inches: number | null | undefined): string | null {
  if (inches === null || inches === undefined) return null;
  return `${Math.floor(inches / 12)} ft ${inches % 12} in`;
}

/** Who the youth is, how to recognise them, and each agency's number for them. */
export function IdentitySection(props: { youth: FragmentType<typeof IdentitySectionFragment> }) {
  const youth = getFragmentData(IdentitySectionFragment, props.youth);
  return (
    <Section id="identity" title="Identity" fragment="IdentitySection_youth">
      <dl className="fields">
        <Field label="Name" path="youth.name">
          {youth.name ? fullName(youth.name) : null}
        </Field>
        <Field label="Program youth id" path="youth.id">
          {youth.id}
        </Field>
        <Field label="Date of birth" path="youth.birthDate">
          {formatDate(youth.birthDate)}
        </Field>
        <Field label="Age" path="youth.age">
          {youth.age ?? null}
        </Field>
        <Field label="Child welfare client id" path="youth.childWelfareClientId">
          {youth.childWelfareClientId}
        </Field>
        <Field label="Probation number" path="youth.probationNumber">
          {youth.probationNumber}
        </Field>
        <Field label="Medical record number" path="youth.medicalRecordNumber">
          {youth.medicalRecordNumber}
        </Field>
        <Field label="Statewide student id" path="youth.statewideStudentId">
          {youth.statewideStudentId}
        </Field>
        <Field label="Court party number" path="youth.courtPartyNumber">
          {youth.courtPartyNumber}
        </Field>
      </dl>
      <section className="subsection" aria-labelledby="physical-description-heading" data-records="physical-description">
        <h3 id="physical-description-heading">Physical description</h3>
        <PartState
          path="youth.physicalDescription"
          hasValue={Boolean(youth.physicalDescription)}
          emptyText="No physical description recorded."
        >
          <PhysicalDescriptionFields description={youth.physicalDescription} />
        </PartState>
      </section>
    </Section>
  );
}

type PhysicalDescription = IdentitySection_YouthFragment['physicalDescription'];

/** How to recognise the youth, each value or the gateway's reason it was withheld. */
function PhysicalDescriptionFields({ description }: { description: PhysicalDescription }) {
  const path = 'youth.physicalDescription';
  const marks = description?.distinguishingMarks;
  return (
    <dl className="fields">
      <Field label="Height" path={`${path}.heightInches`}>
        {formatHeight(description?.heightInches)}
      </Field>
      <Field label="Weight" path={`${path}.weightPounds`}>
        {description?.weightPounds ? `${description.weightPounds} lb` : null}
      </Field>
      <Field label="Hair" path={`${path}.hairColor`}>
        {plain(description?.hairColor)}
      </Field>
      <Field label="Eyes" path={`${path}.eyeColor`}>
        {plain(description?.eyeColor)}
      </Field>
      <Field label="Scars, marks and tattoos" path={`${path}.distinguishingMarks`}>
        {marks ? (
          marks.length > 0 ? (
            <ul className="records">
              {marks.map((mark, index) => (
                <li key={index}>{mark}</li>
              ))}
            </ul>
          ) : (
            'None'
          )
        ) : null}
      </Field>
      <Field label="Recorded on" path={`${path}.recordedOn`}>
        {formatDate(description?.recordedOn)}
      </Field>
      <Field label="Recorded by" path={`${path}.recordedBy`}>
        {description?.recordedBy?.name}
      </Field>
    </dl>
  );
}
