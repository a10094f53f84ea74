import { graphql, getFragmentData, type FragmentType } from '../__generated__';
import { Field, PartState, Section } from '../disclosure';
import { formatDate, formatDateTime, plain } from '../format';

export const ChildWelfareSectionFragment = graphql(`
  fragment ChildWelfareSection_youth on Youth {
    childWelfare {
      clientId
      assignedSocialWorker {
        name
      }
      case {
        caseNumber
        status
        serviceComponent
        openedOn
      }
      currentPlacement {
        placementType
        facilityName
        startedOn
        address {
          line1
          line2
          city
          state
          postalCode
        }
      }
      placements {
        placementId
        placementType
        startedOn
        endedOn
        endReason
      }
      referrals {
        referralId
        receivedOn
      }
      casePlan {
        updatedOn
        goals
      }
      courtHearings {
        hearingId
        hearingType
        scheduledFor
        outcome
      }
    }
  }
`);

/** The child welfare record: case, placement, referrals, case plan and court. */
export function ChildWelfareSection(props: { youth: FragmentType<typeof ChildWelfareSectionFragment> }) {
  const { childWelfare: record } = getFragmentData(ChildWelfareSectionFragment, props.youth);
  const base = 'youth.childWelfare';
  const address = record?.currentPlacement?.address;
  return (
    <Section id="child-welfare" title="Child welfare" fragment="ChildWelfareSection_youth">
      <PartState path={base} hasValue={Boolean(record)} emptyText="Child welfare has no record of this youth.">
        <dl className="fields">
          <Field label="Client id" path={`${base}.clientId`}>
            {record?.clientId}
          </Field>
          <Field label="Social worker" path={`${base}.assignedSocialWorker`}>
            {record?.assignedSocialWorker?.name}
          </Field>
          <Field label="Case status" path={`${base}.case`}>
            {record?.case
              ? `${plain(record.case.status) ?? ''} (${plain(record.case.serviceComponent) ?? 'service not recorded'}), opened ${formatDate(record.case.openedOn) ?? 'date not recorded'}`
              : null}
          </Field>
          <Field label="Current placement" path={`${base}.currentPlacement`}>
            {plain(record?.currentPlacement?.placementType)}
          </Field>
          <Field label="Placement name" path={`${base}.currentPlacement.facilityName`}>
            {record?.currentPlacement?.facilityName}
          </Field>
          <Field label="Placement address" path={`${base}.currentPlacement.address`}>
            {address ? [address.line1, address.line2, address.city, address.state, address.postalCode].filter(Boolean).join(', ') : null}
          </Field>
        </dl>
        <h3>Placement history</h3>
        <PartState path={`${base}.placements`} hasValue={(record?.placements?.length ?? 0) > 0} emptyText="No placements recorded.">
          <ul className="records">
            {record?.placements?.map((placement) => (
              <li key={placement.placementId}>
                {formatDate(placement.startedOn)} to {formatDate(placement.endedOn) ?? 'now'}: {plain(placement.placementType)}
                {placement.endReason ? ` (ended: ${plain(placement.endReason)})` : ''}
              </li>
            ))}
          </ul>
        </PartState>
        <h3>Referrals</h3>
        <PartState path={`${base}.referrals`} hasValue={(record?.referrals?.length ?? 0) > 0} emptyText="No referrals recorded.">
          <ul className="records">
            {record?.referrals?.map((referral) => (
              <li key={referral.referralId}>
                Referral {referral.referralId}, received {formatDate(referral.receivedOn)}
              </li>
            ))}
          </ul>
        </PartState>
        <h3>Case plan</h3>
        <PartState path={`${base}.casePlan`} hasValue={Boolean(record?.casePlan)} emptyText="No case plan recorded.">
          <ul className="records">
            {record?.casePlan?.goals?.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </PartState>
        <h3>Court hearings</h3>
        <PartState path={`${base}.courtHearings`} hasValue={(record?.courtHearings?.length ?? 0) > 0} emptyText="No hearings recorded.">
          <ul className="records">
            {record?.courtHearings?.map((hearing) => (
              <li key={hearing.hearingId}>
                {formatDateTime(hearing.scheduledFor)}: {plain(hearing.hearingType)}
                {hearing.outcome ? `, ${hearing.outcome}` : ''}
              </li>
            ))}
          </ul>
        </PartState>
      </PartState>
    </Section>
  );
}
