import { graphql, getFragmentData, type FragmentType } from '../__generated__';
import { Field, PartState, Section } from '../disclosure';
import { formatDate, plain } from '../format';

export const MdtSectionFragment = graphql(`
  fragment MdtSection_youth on Youth {
    mdt {
      id
      status
      leadAgency
      openedOn
      closedOn
      members {
        active
        joinedOn
        person {
          userId
          name
          agency
          roles
        }
      }
    }
    safetyPlan {
      updatedOn
      summary
      exploiterIsThreat
    }
  }
`);

/** The youth's MDT: who sits on it, and the safety plan. */
export function MdtSection(props: { youth: FragmentType<typeof MdtSectionFragment> }) {
  const youth = getFragmentData(MdtSectionFragment, props.youth);
  const members = youth.mdt?.members?.filter((member) => member.active) ?? [];
  return (
    <Section id="mdt" title="MDT" fragment="MdtSection_youth">
      <PartState path="youth.mdt" hasValue={youth.mdt !== null && youth.mdt !== undefined} emptyText="The youth has no MDT.">
        <dl className="fields">
          <Field label="Status" path="youth.mdt.status">
            {plain(youth.mdt?.status)}
          </Field>
          <Field label="Lead agency" path="youth.mdt.leadAgency">
            {plain(youth.mdt?.leadAgency)}
          </Field>
          <Field label="Opened on" path="youth.mdt.openedOn">
            {formatDate(youth.mdt?.openedOn)}
          </Field>
        </dl>
        <h3>Members</h3>
        <PartState path="youth.mdt.members" hasValue={members.length > 0} emptyText="No active members recorded.">
          <ul className="records">
            {members.map((member, index) => (
              <li key={member.person?.userId ?? index}>
                {member.person?.name ?? member.person?.userId}: {member.person?.roles?.map(plain).join(', ')},{' '}
                {plain(member.person?.agency)}
              </li>
            ))}
          </ul>
        </PartState>
      </PartState>
      <h3>Safety plan</h3>
      <PartState path="youth.safetyPlan" hasValue={Boolean(youth.safetyPlan)} emptyText="No safety plan recorded.">
        <dl className="fields">
          <Field label="Updated on" path="youth.safetyPlan.updatedOn">
            {formatDate(youth.safetyPlan?.updatedOn)}
          </Field>
          <Field label="An exploiter is a threat" path="youth.safetyPlan.exploiterIsThreat">
            {youth.safetyPlan?.exploiterIsThreat === null || youth.safetyPlan?.exploiterIsThreat === undefined
              ? null
              : youth.safetyPlan.exploiterIsThreat
                ? 'Yes'
                : 'No'}
          </Field>
          <Field label="Plan" path="youth.safetyPlan.summary">
            {youth.safetyPlan?.summary}
          </Field>
        </dl>
      </PartState>
    </Section>
  );
}
