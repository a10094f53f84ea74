import { GraphQLError } from 'graphql';
import {
  pseudonymOf,
  STEERING_CONTRACTS,
  STEERING_FACTS_AGENCIES,
  type AgencyYouthFacts,
  type SteeringFactsAgency,
} from '../../../../runtime/steering-facts.ts';
import type { ReportingPeriod } from './reporting-period.ts';
import { cohortWindows, type CohortYouth } from './steering-cohort.ts';
import type { SteeringMeasure, SteeringMeasureId } from './steering-measures.ts';
import type { MeasureCounts, ReportWindow } from './steering-release.ts';

/** Kinds of service child welfare and probation record (their `service` tables). */
export const SERVICE_TYPES = [
  'CSEC_ADVOCACY',
  'MENTAL_HEALTH',
  'SUBSTANCE_USE',
  'HEALTH_CARE',
  'EDUCATION_SUPPORT',
  'HOUSING',
  'LEGAL',
  'FAMILY_SUPPORT',
] as const;
/** Kinds of placement in the state's case management system, as child welfare answers them. */
export const PLACEMENT_TYPES = [
  'RESOURCE_FAMILY',
  'KIN',
  'FOSTER_FAMILY_AGENCY',
  'STRTP',
  'TRANSITIONAL_HOUSING',
  'GUARDIAN',
  'HOME_OF_PARENT',
] as const;

/**
 * The measures counted from what child welfare and probation answer about the youth the MDTs link
 * to them (docs/steering-reports.md): they join the release and are suppressed with every other table.
 */
export const AGENCY_MEASURES: readonly SteeringMeasure[] = [
  {
    id: 'SERVICES_RECEIVED',
    title: 'Youth served, by each type of service received from child welfare or probation during the period',
    unit: 'YOUTH',
    window: 'DURING',
    cohort: null,
    acrossPeriods: 'AT_LEAST_EACH_PART',
    extraCategories: SERVICE_TYPES,
  },
  {
    id: 'PLACEMENT_TYPE_AT_PERIOD_END',
    title: 'Youth with an open MDT at the end of the period, by type of placement',
    unit: 'YOUTH',
    window: 'AT_END',
    cohort: 'OPEN_AT_END',
    acrossPeriods: 'DISTINCT_YOUTH',
    extraCategories: [...PLACEMENT_TYPES, 'NOT_IN_PLACEMENT'],
  },
  {
    id: 'EXPLOITED_BY_CARE_STATUS',
    title:
      'Youth served who had entered foster care: exploited before entering care, during care, while missing from care, or at risk (W&IC 16501.45)',
    unit: 'YOUTH',
    window: 'DURING',
    cohort: null,
    acrossPeriods: 'DISTINCT_YOUTH',
    extraCategories: ['EXPLOITED_BEFORE_CARE', 'EXPLOITED_DURING_CARE', 'EXPLOITED_WHILE_MISSING', 'AT_RISK'],
  },
];

/** Each cohort youth's facts from each agency, or an error saying they could not be gathered. */
export function agencyFactsOf(
  carried: unknown,
  period: ReportingPeriod,
  cohort: readonly CohortYouth[],
): Array<Partial<Record<SteeringFactsAgency, AgencyYouthFacts>>> {
  const forPeriod = STEERING_CONTRACTS.extension(carried) ? carried[period.label] : undefined;
  const windows = cohortWindows(period).map(({ from, to }) => ({ from, to }));
  if (!forPeriod || JSON.stringify(forPeriod.windows) !== JSON.stringify(windows)) {
    throw new GraphQLError(
      'The steering committee report cannot be made: the counts of child welfare and probation could not be gathered. Try again shortly.',
      {
        extensions: { code: 'AGENCY_FACTS_UNAVAILABLE' },
      },
    );
  }
  const lookups = STEERING_FACTS_AGENCIES.map((agency) => {
    const answer = forPeriod.agencies[agency];
    const index = new Map((answer?.pseudonyms ?? []).map((pseudonym, position) => [pseudonym, answer?.facts[position]]));
    return [agency, index] as const;
  });
  return cohort.map((youth) => {
    const facts: Partial<Record<SteeringFactsAgency, AgencyYouthFacts>> = {};
    for (const [agency, index] of lookups) {
      const identifier = youth.links[agency];
      const found = identifier === undefined ? undefined : index.get(pseudonymOf(forPeriod.key, agency, identifier));
      if (found) facts[agency] = found;
    }
    return facts;
  });
}

/**
 * Counts the agency measures, window by window, as the program's measures are counted: youth served
 * in a window are those whose MDT was open in it; categories and age bands are as of the end of the
 * period in every window, so the year to date relates to its parts exactly.
 */
export function countAgencyMeasures(
  period: ReportingPeriod,
  cohort: readonly CohortYouth[],
  facts: ReadonlyArray<Partial<Record<SteeringFactsAgency, AgencyYouthFacts>>>,
): Map<SteeringMeasureId, Map<ReportWindow, MeasureCounts>> {
  const counted = new Map<SteeringMeasureId, Map<ReportWindow, MeasureCounts>>(AGENCY_MEASURES.map((measure) => [measure.id, new Map()]));
  cohortWindows(period).forEach(({ window, from, to }, position) => {
    const services = new Map<string, Map<string, Map<string, number>>>();
    const exploited = new Map<string, Map<string, Map<string, number>>>();
    const placements = new Map<string, Map<string, Map<string, number>>>();
    cohort.forEach((youth, index) => {
      if (youth.openedOn > to || (youth.closedOn !== null && youth.closedOn < from)) return;
      const { CHILD_WELFARE: childWelfare, PROBATION: probation } = facts[index] ?? {};
      const received = new Set([...(childWelfare?.services[position] ?? []), ...(probation?.services[position] ?? [])]);
      for (const service of received) add(services, service, youth);
      if (childWelfare?.inCare) {
        const timings = childWelfare.exploited ?? [];
        for (const timing of timings) add(exploited, `EXPLOITED_${timing}`, youth);
        if (timings.length === 0 && youth.exploitationStatus === 'AT_RISK') add(exploited, 'AT_RISK', youth);
      }
      const openAtEnd = youth.openedOn <= period.endsOn && (youth.closedOn === null || youth.closedOn > period.endsOn);
      if (window === 'PERIOD' && openAtEnd) add(placements, childWelfare?.placementAtEnd ?? 'NOT_IN_PLACEMENT', youth);
    });
    counted.get('SERVICES_RECEIVED')?.set(window, services);
    counted.get('EXPLOITED_BY_CARE_STATUS')?.set(window, exploited);
    if (window === 'PERIOD') counted.get('PLACEMENT_TYPE_AT_PERIOD_END')?.set(window, placements);
  });
  return counted;
}

function add(counts: Map<string, Map<string, Map<string, number>>>, category: string, youth: CohortYouth): void {
  const byBand = counts.get(category) ?? new Map<string, Map<string, number>>();
  const byLead = byBand.get(youth.ageBand) ?? new Map<string, number>();
  byLead.set(youth.leadAgency, (byLead.get(youth.leadAgency) ?? 0) + 1);
  byBand.set(youth.ageBand, byLead);
  counts.set(category, byBand);
}
