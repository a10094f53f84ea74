import type { RelationalStore } from '../../../../runtime/relational-store.ts';
import type { Requester } from '../../../../runtime/requester.ts';
import {
  badSteeringRequest,
  pseudonymOf,
  readSteeringRequest,
  STEERING_CONTRACTS,
  STEERING_FACTS_AGENCIES,
  type DateWindow,
  type SteeringCohortAnswer,
  type SteeringFactsAgency,
} from '../../../../runtime/steering-facts.ts';
import { readReportingPeriod, ReportingPeriodError, type ReportingPeriod } from './reporting-period.ts';
import { reportWindows } from './steering-counts.ts';
import { YOUTH } from './steering-measures.ts';
import type { ReportWindow } from './steering-release.ts';

/** A youth served in some window of a report, with what the program's tables break counts down by. */
export interface CohortYouth {
  exploitationStatus: string;
  openedOn: string;
  closedOn: string | null;
  ageBand: string;
  leadAgency: string;
  /** The agency identifiers the MDT linked by the end of the period; they never leave the program's service. */
  links: Partial<Record<SteeringFactsAgency, string>>;
}

interface CohortRow {
  exploitation_status: string;
  opened_on: string;
  closed_on: string | null;
  age_band: string;
  lead_agency: string;
  child_welfare: string | null;
  probation: string | null;
}

/** The windows of a report in the order the agencies answer services for them. */
export function cohortWindows(period: ReportingPeriod): Array<{ window: ReportWindow } & DateWindow> {
  return [...reportWindows(period)].map(([window, { from, to }]) => ({ window, from, to }));
}

/** Every youth whose MDT was open in some window of the report (from the start of the earliest window to the end of the period). */
export async function reportCohort(store: RelationalStore, period: ReportingPeriod): Promise<CohortYouth[]> {
  const from = cohortWindows(period).reduce((earliest, window) => (window.from < earliest ? window.from : earliest), period.startsOn);
  const rows = await store.query<CohortRow>(
    `WITH ${YOUTH}
     SELECT s.exploitation_status, s.opened_on::text AS opened_on, s.closed_on::text AS closed_on, s.age_band, s.lead_agency,
       (SELECT l.identifier FROM agency_link l WHERE l.youth_id = s.youth_id AND l.agency = 'CHILD_WELFARE' AND l.linked_on <= $3::date) AS child_welfare,
       (SELECT l.identifier FROM agency_link l WHERE l.youth_id = s.youth_id AND l.agency = 'PROBATION' AND l.linked_on <= $3::date) AS probation
     FROM served s`,
    [from, period.endsOn, period.endsOn],
  );
  return rows.map((row) => ({
    exploitationStatus: row.exploitation_status,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    ageBand: row.age_band,
    leadAgency: row.lead_agency,
    links: {
      ...(row.child_welfare === null ? {} : { CHILD_WELFARE: row.child_welfare }),
      ...(row.probation === null ? {} : { PROBATION: row.probation }),
    },
  }));
}

/**
 * `POST /steering-cohort` with `{"period", "key"}`: the youth served in the report's windows whom
 * the MDTs link to child welfare or probation, as pseudonyms under the report run's key, sorted.
 * No identifier leaves: the gateway passes the pseudonyms on to the agency that can match them.
 */
export function steeringCohortRoute(store: RelationalStore) {
  return async (_requester: Requester, body: unknown): Promise<SteeringCohortAnswer> => {
    const { period: label, key } = readSteeringRequest(STEERING_CONTRACTS.cohortRequest, body);
    let period: ReportingPeriod;
    try {
      period = readReportingPeriod(label);
    } catch (error) {
      if (error instanceof ReportingPeriodError) throw badSteeringRequest(error.message);
      throw error;
    }
    const cohort = await reportCohort(store, period);
    const agencies = Object.fromEntries(
      STEERING_FACTS_AGENCIES.map((agency) => [
        agency,
        [
          ...new Set(
            cohort.flatMap((youth) => {
              const identifier = youth.links[agency];
              return identifier === undefined ? [] : [pseudonymOf(key, agency, identifier)];
            }),
          ),
        ].sort(),
      ]),
    ) as Record<SteeringFactsAgency, string[]>;
    return { windows: cohortWindows(period).map(({ from, to }) => ({ from, to })), asOf: period.endsOn, agencies };
  };
}
