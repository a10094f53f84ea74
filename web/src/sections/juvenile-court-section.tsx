import { graphql, getFragmentData, type FragmentType } from '../__generated__';
import { PartState, Section } from '../disclosure';
import { formatDate, plain } from '../format';

export const JuvenileCourtSectionFragment = graphql(`
  fragment JuvenileCourtSection_youth on Youth {
    juvenileCourtCases {
      caseNumber
      jurisdiction
      filedOn
      nextHearing {
        date
        type
      }
      attorneysOfRecord {
        name
        represents
      }
    }
    caseFileInspectionOrders {
      orderNumber
      grantedOn
      expiresOn
      authorized
      scope
    }
  }
`);

/** The juvenile court's cases (next hearing, attorneys of record) and its W&IC 827 orders about the case file. */
export function JuvenileCourtSection(props: { youth: FragmentType<typeof JuvenileCourtSectionFragment> }) {
  const { juvenileCourtCases: cases, caseFileInspectionOrders: orders } = getFragmentData(JuvenileCourtSectionFragment, props.youth);
  return (
    <Section id="juvenile-court" title="Juvenile court" fragment="JuvenileCourtSection_youth">
      <h3>Cases</h3>
      <PartState
        path="youth.juvenileCourtCases"
        hasValue={(cases?.length ?? 0) > 0}
        emptyText="The juvenile court has no case about this youth."
      >
        <ul className="records">
          {cases?.map((courtCase) => (
            <li key={courtCase.caseNumber}>
              Case {courtCase.caseNumber} ({plain(courtCase.jurisdiction)}), filed {formatDate(courtCase.filedOn)}
              {courtCase.nextHearing
                ? `; next hearing ${formatDate(courtCase.nextHearing.date)} (${plain(courtCase.nextHearing.type)})`
                : '; no hearing set'}
              {(courtCase.attorneysOfRecord?.length ?? 0) > 0 &&
                `; attorneys of record: ${courtCase.attorneysOfRecord?.map((attorney) => `${attorney.name} for ${plain(attorney.represents)}`).join(', ')}`}
            </li>
          ))}
        </ul>
      </PartState>
      <h3>Orders to inspect the case file (W&IC 827)</h3>
      <PartState
        path="youth.caseFileInspectionOrders"
        hasValue={(orders?.length ?? 0) > 0}
        emptyText="No order lets anyone else inspect the case file."
      >
        <ul className="records">
          {orders?.map((order) => (
            <li key={order.orderNumber}>
              Order {order.orderNumber}: {order.authorized}, {formatDate(order.grantedOn)} to {formatDate(order.expiresOn)}. {order.scope}
            </li>
          ))}
        </ul>
      </PartState>
    </Section>
  );
}
