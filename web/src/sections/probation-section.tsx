import { graphql, getFragmentData, type FragmentType } from '../__generated__';
import { Field, PartState, Section } from '../disclosure';
import { formatDate, plain } from '../format';

export const ProbationSectionFragment = graphql(`
  fragment ProbationSection_youth on Youth {
    probation {
      probationNumber
      assignedOfficer {
        name
      }
      adjudicated
      petitions {
        petitionNumber
        filedOn
        section
        disposition
      }
      conditions {
        condition
        imposedOn
      }
      warrants {
        warrantNumber
        issuedOn
        status
      }
    }
  }
`);

/** The probation record: officer, petitions (never sealed or vacated ones), conditions and warrants. */
export function ProbationSection(props: { youth: FragmentType<typeof ProbationSectionFragment> }) {
  const { probation: record } = getFragmentData(ProbationSectionFragment, props.youth);
  const base = 'youth.probation';
  return (
    <Section id="probation" title="Probation" fragment="ProbationSection_youth">
      <PartState path={base} hasValue={Boolean(record)} emptyText="Probation has no record of this youth.">
        <dl className="fields">
          <Field label="Probation number" path={`${base}.probationNumber`}>
            {record?.probationNumber}
          </Field>
          <Field label="Probation officer" path={`${base}.assignedOfficer`}>
            {record?.assignedOfficer?.name}
          </Field>
          <Field label="Adjudicated" path={`${base}.adjudicated`}>
            {record?.adjudicated === null || record?.adjudicated === undefined ? null : record.adjudicated ? 'Yes' : 'No'}
          </Field>
        </dl>
        <h3>Petitions</h3>
        <PartState path={`${base}.petitions`} hasValue={(record?.petitions?.length ?? 0) > 0} emptyText="No petitions shown.">
          <ul className="records">
            {record?.petitions?.map((petition) => (
              <li key={petition.petitionNumber}>
                {formatDate(petition.filedOn)}: petition {petition.petitionNumber} ({plain(petition.section)}),{' '}
                {plain(petition.disposition) ?? 'no disposition yet'}
              </li>
            ))}
          </ul>
        </PartState>
        <h3>Conditions</h3>
        <PartState path={`${base}.conditions`} hasValue={(record?.conditions?.length ?? 0) > 0} emptyText="No conditions recorded.">
          <ul className="records">
            {record?.conditions?.map((condition, index) => (
              <li key={index}>
                {condition.condition} (since {formatDate(condition.imposedOn)})
              </li>
            ))}
          </ul>
        </PartState>
        <h3>Warrants</h3>
        <PartState path={`${base}.warrants`} hasValue={(record?.warrants?.length ?? 0) > 0} emptyText="No warrants recorded.">
          <ul className="records">
            {record?.warrants?.map((warrant) => (
              <li key={warrant.warrantNumber}>
                {formatDate(warrant.issuedOn)}: {plain(warrant.status)}
              </li>
            ))}
          </ul>
        </PartState>
      </PartState>
    </Section>
  );
}
