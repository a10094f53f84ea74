import { graphql, getFragmentData, type FragmentType } from '../__generated__';
import { Field, PartState, Section } from '../disclosure';
import { formatDate, plain } from '../format';

export const CsecStatusSectionFragment = graphql(`
  fragment CsecStatusSection_youth on Youth {
    exploitationStatus
    identifiedOn
    missingSince
    screenings {
      id
      tool
      screenedOn
      levelOfConcern
      screener {
        name
      }
    }
    stagesOfChange {
      stage
      assessedOn
    }
    triggeringEvents {
      id
      kind
      occurredOn
      summary
    }
  }
`);

/** CSEC status, screenings and the events that reconvene the MDT. */
export function CsecStatusSection(props: { youth: FragmentType<typeof CsecStatusSectionFragment> }) {
  const youth = getFragmentData(CsecStatusSectionFragment, props.youth);
  return (
    <Section id="csec" title="CSEC status and screening" fragment="CsecStatusSection_youth">
      <dl className="fields">
        <Field label="Status" path="youth.exploitationStatus">
          {plain(youth.exploitationStatus)}
        </Field>
        <Field label="Identified on" path="youth.identifiedOn">
          {formatDate(youth.identifiedOn)}
        </Field>
        <Field label="Missing since" path="youth.missingSince">
          {youth.missingSince ? formatDate(youth.missingSince) : 'Whereabouts known'}
        </Field>
      </dl>
      <h3>Screenings</h3>
      <PartState path="youth.screenings" hasValue={(youth.screenings?.length ?? 0) > 0} emptyText="No screenings recorded.">
        <ul className="records">
          {youth.screenings?.map((screening) => (
            <li key={screening.id}>
              {formatDate(screening.screenedOn) ?? 'Date not recorded'}: {plain(screening.tool) ?? 'Screening'}, level of concern{' '}
              <strong>{plain(screening.levelOfConcern) ?? 'not recorded'}</strong>
              {screening.screener?.name ? `, by ${screening.screener.name}` : ''}
            </li>
          ))}
        </ul>
      </PartState>
      <h3>Stages of change</h3>
      <PartState path="youth.stagesOfChange" hasValue={(youth.stagesOfChange?.length ?? 0) > 0} emptyText="No assessments recorded.">
        <ul className="records">
          {youth.stagesOfChange?.map((assessment, index) => (
            <li key={index}>
              {formatDate(assessment.assessedOn)}: {plain(assessment.stage)}
            </li>
          ))}
        </ul>
      </PartState>
      <h3>Triggering events</h3>
      <PartState
        path="youth.triggeringEvents"
        hasValue={(youth.triggeringEvents?.length ?? 0) > 0}
        emptyText="No triggering events recorded."
      >
        <ul className="records">
          {youth.triggeringEvents?.map((event) => (
            <li key={event.id}>
              {formatDate(event.occurredOn)}: {plain(event.kind)}
              {event.summary ? `. ${event.summary}` : ''}
            </li>
          ))}
        </ul>
      </PartState>
    </Section>
  );
}
