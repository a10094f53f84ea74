import { describe, expect, it } from 'vitest';
import { timingOf } from '../../subgraphs/child-welfare/src/steering-facts.ts';
import { AGENCY_MEASURES, agencyFactsOf, countAgencyMeasures } from '../../subgraphs/csec/src/steering/agency-measures.ts';
import { readReportingPeriod } from '../../subgraphs/csec/src/steering/reporting-period.ts';
import type { CohortYouth } from '../../subgraphs/csec/src/steering/steering-cohort.ts';
import { suppressedReport, type MeasureCounts } from '../../subgraphs/csec/src/steering/steering-release.ts';
import { steeringPeriodsOf } from '../../gateway/src/facts/steering-facts-client.ts';
import {
  identifiersByPseudonym,
  newPseudonymKey,
  pseudonymOf,
  readSteeringRequest,
  STEERING_CONTRACTS,
  type AgencyYouthFacts,
} from '../../runtime/steering-facts.ts';

const PERIOD = readReportingPeriod('2026-Q4');
// The period, the fiscal year to date and the part before, in the order the agencies answer them.
const WINDOWS = [
  { from: '2026-10-01', to: '2026-12-31' },
  { from: '2026-07-01', to: '2026-12-31' },
  { from: '2026-07-01', to: '2026-09-30' },
];

function youth(overrides: Partial<CohortYouth>): CohortYouth {
  return {
    exploitationStatus: 'CONFIRMED',
    openedOn: '2026-01-10',
    closedOn: null,
    ageBand: 'AGE_15_TO_17',
    leadAgency: 'CHILD_WELFARE',
    links: {},
    ...overrides,
  };
}

/** The gateway's extension for the cohort: each agency's facts under the run's pseudonyms. */
function carried(
  key: string,
  cohort: readonly CohortYouth[],
  facts: ReadonlyArray<Partial<Record<'CHILD_WELFARE' | 'PROBATION', AgencyYouthFacts>>>,
) {
  const agencies: Record<string, { pseudonyms: string[]; facts: AgencyYouthFacts[] }> = {};
  cohort.forEach((member, index) => {
    for (const agency of ['CHILD_WELFARE', 'PROBATION'] as const) {
      const identifier = member.links[agency];
      const answer = facts[index]?.[agency];
      if (identifier === undefined || !answer) continue;
      agencies[agency] ??= { pseudonyms: [], facts: [] };
      agencies[agency].pseudonyms.push(pseudonymOf(key, agency, identifier));
      agencies[agency].facts.push(answer);
    }
  });
  return { [PERIOD.label]: { key, windows: WINDOWS, agencies } };
}

function cell(counts: MeasureCounts | undefined, category: string, band = 'AGE_15_TO_17', lead = 'CHILD_WELFARE'): number {
  return counts?.get(category)?.get(band)?.get(lead) ?? 0;
}

describe('when exploitation happened relative to foster care (W&IC 16501.45)', () => {
  const spans = [
    { started_on: '2025-03-01', ended_on: '2025-08-10', end_reason: 'AWOL' },
    { started_on: '2025-09-01', ended_on: null, end_reason: null },
  ];
  it('is before care when reported before the first placement began', () => expect(timingOf('2025-01-15', spans)).toBe('BEFORE_CARE'));
  it('is during care when a placement was current', () => expect(timingOf('2025-05-01', spans)).toBe('DURING_CARE'));
  it('is while missing when the last placement ended AWOL and the next had not begun', () =>
    expect(timingOf('2025-08-20', spans)).toBe('WHILE_MISSING'));
  // A placement's last day is the day the youth left it, as placements at the end of a period are read.
  it('is while missing on the day the youth left a placement without permission', () =>
    expect(timingOf('2025-08-10', spans)).toBe('WHILE_MISSING'));
  it('is none after care ended otherwise, or for a youth never in care', () => {
    expect(timingOf('2026-01-01', [{ started_on: '2025-01-01', ended_on: '2025-06-01', end_reason: 'REUNIFIED' }])).toBeUndefined();
    expect(timingOf('2026-01-01', [])).toBeUndefined();
  });
});

describe('steering facts pseudonyms', () => {
  it('lets an agency find its own identifiers, and only those asked', () => {
    const key = newPseudonymKey();
    const request = readSteeringRequest(STEERING_CONTRACTS.factsRequest, {
      key,
      pseudonyms: [pseudonymOf(key, 'CHILD_WELFARE', 'C-1'), pseudonymOf(key, 'PROBATION', 'C-2')],
      windows: WINDOWS,
      asOf: '2026-12-31',
    });
    expect([...identifiersByPseudonym(request, 'CHILD_WELFARE', ['C-1', 'C-2', 'C-3']).values()]).toEqual(['C-1']);
    expect(pseudonymOf(newPseudonymKey(), 'CHILD_WELFARE', 'C-1')).not.toBe(pseudonymOf(key, 'CHILD_WELFARE', 'C-1'));
  });

  it('refuses a request that is not the contract, saying what to send', () => {
    const read = (body: unknown) => readSteeringRequest(STEERING_CONTRACTS.factsRequest, body);
    expect(() => read({ key: 'short', pseudonyms: [], windows: WINDOWS, asOf: '2026-12-31' })).toThrow(
      'key must be a key of 32 random bytes in base64url',
    );
    expect(() => read({ key: newPseudonymKey(), pseudonyms: [], windows: WINDOWS, asOf: '2026-12-31', names: true })).toThrow(
      'must not have "names"',
    );
    expect(() => read({ key: newPseudonymKey(), pseudonyms: ['C-0000001'], windows: WINDOWS, asOf: '2026-12-31' })).toThrow(
      'must be an HMAC-SHA256',
    );
  });
});

describe('the agency measures', () => {
  const cohort = [
    // Served all year: child welfare and probation, both gave mental health; in an STRTP at the end; exploited before care and while AWOL.
    youth({ links: { CHILD_WELFARE: 'C-1', PROBATION: 'P-1' } }),
    // Closed in August: served in the year to date and the part before, not in the period.
    youth({ closedOn: '2026-08-15', ageBand: 'AGE_12_TO_14', links: { CHILD_WELFARE: 'C-2' } }),
    // At risk, in care, no exploitation reported; probation only for services.
    youth({ exploitationStatus: 'AT_RISK', leadAgency: 'PROBATION', links: { CHILD_WELFARE: 'C-3', PROBATION: 'P-3' } }),
    // Never in care and at risk: not a foster youth, in no W&IC 16501.45 category; not linked to child welfare.
    youth({ exploitationStatus: 'AT_RISK', links: { PROBATION: 'P-4' } }),
  ];
  const facts: Array<Partial<Record<'CHILD_WELFARE' | 'PROBATION', AgencyYouthFacts>>> = [
    {
      CHILD_WELFARE: {
        services: [['MENTAL_HEALTH'], ['CSEC_ADVOCACY', 'MENTAL_HEALTH'], ['CSEC_ADVOCACY']],
        placementAtEnd: 'STRTP',
        inCare: true,
        exploited: ['BEFORE_CARE', 'WHILE_MISSING'],
      },
      PROBATION: { services: [['MENTAL_HEALTH', 'LEGAL'], ['MENTAL_HEALTH', 'LEGAL'], []] },
    },
    { CHILD_WELFARE: { services: [[], ['HOUSING'], ['HOUSING']], placementAtEnd: null, inCare: true, exploited: ['DURING_CARE'] } },
    {
      CHILD_WELFARE: { services: [[], [], []], placementAtEnd: 'KIN', inCare: true, exploited: [] },
      PROBATION: { services: [['SUBSTANCE_USE'], ['SUBSTANCE_USE'], []] },
    },
    { PROBATION: { services: [[], [], []] } },
  ];

  it('counts each youth once per service type, placement at the end of the period, and each W&IC 16501.45 category, by window', () => {
    const key = newPseudonymKey();
    const counted = countAgencyMeasures(PERIOD, cohort, agencyFactsOf(carried(key, cohort, facts), PERIOD, cohort));
    const services = counted.get('SERVICES_RECEIVED');
    expect(cell(services?.get('PERIOD'), 'MENTAL_HEALTH')).toBe(1);
    expect(cell(services?.get('PERIOD'), 'LEGAL')).toBe(1);
    expect(cell(services?.get('PERIOD'), 'SUBSTANCE_USE', 'AGE_15_TO_17', 'PROBATION')).toBe(1);
    expect(cell(services?.get('PERIOD'), 'HOUSING', 'AGE_12_TO_14')).toBe(0);
    expect(cell(services?.get('YEAR_TO_DATE'), 'HOUSING', 'AGE_12_TO_14')).toBe(1);
    expect(cell(services?.get('YEAR_TO_DATE_BEFORE'), 'CSEC_ADVOCACY')).toBe(1);

    const placements = counted.get('PLACEMENT_TYPE_AT_PERIOD_END')?.get('PERIOD');
    expect(cell(placements, 'STRTP')).toBe(1);
    expect(cell(placements, 'KIN', 'AGE_15_TO_17', 'PROBATION')).toBe(1);
    expect(cell(placements, 'NOT_IN_PLACEMENT')).toBe(1); // the youth child welfare does not know
    expect(counted.get('PLACEMENT_TYPE_AT_PERIOD_END')?.has('YEAR_TO_DATE')).toBe(false);

    const exploited = counted.get('EXPLOITED_BY_CARE_STATUS');
    expect(cell(exploited?.get('PERIOD'), 'EXPLOITED_BEFORE_CARE')).toBe(1);
    expect(cell(exploited?.get('PERIOD'), 'EXPLOITED_WHILE_MISSING')).toBe(1);
    expect(cell(exploited?.get('PERIOD'), 'EXPLOITED_DURING_CARE', 'AGE_12_TO_14')).toBe(0);
    expect(cell(exploited?.get('YEAR_TO_DATE'), 'EXPLOITED_DURING_CARE', 'AGE_12_TO_14')).toBe(1);
    expect(cell(exploited?.get('PERIOD'), 'AT_RISK', 'AGE_15_TO_17', 'PROBATION')).toBe(1);
    expect(cell(exploited?.get('PERIOD'), 'AT_RISK')).toBe(0); // at risk but never in care
  });

  it('refuses to count without the agencies facts for the period, rather than count them as none', () => {
    expect(() => agencyFactsOf(undefined, PERIOD, cohort)).toThrow('the counts of child welfare and probation could not be gathered');
    expect(() =>
      agencyFactsOf({ [PERIOD.label]: { key: newPseudonymKey(), windows: WINDOWS.slice(0, 1), agencies: {} } }, PERIOD, cohort),
    ).toThrow('could not be gathered');
  });

  it('suppresses the agency tables with the others: a county where 4 youth were exploited while missing shows neither that cell nor the one that would reveal it', async () => {
    const many = (n: number, made: Partial<CohortYouth>) =>
      Array.from({ length: n }, (_, index) => youth({ ...made, links: { CHILD_WELFARE: `${made.leadAgency}-${made.ageBand}-${index}` } }));
    const county = [
      ...many(40, { ageBand: 'AGE_15_TO_17', leadAgency: 'CHILD_WELFARE' }),
      ...many(30, { ageBand: 'AGE_12_TO_14', leadAgency: 'PROBATION' }),
    ];
    const countyFacts = county.map((_, index): Partial<Record<'CHILD_WELFARE', AgencyYouthFacts>> => ({
      CHILD_WELFARE: {
        services: [[], [], []],
        placementAtEnd: 'RESOURCE_FAMILY',
        inCare: true,
        exploited: index < 4 ? ['WHILE_MISSING'] : ['DURING_CARE'],
      },
    }));
    const key = newPseudonymKey();
    const counted = countAgencyMeasures(PERIOD, county, agencyFactsOf(carried(key, county, countyFacts), PERIOD, county));
    const measure = AGENCY_MEASURES.find((candidate) => candidate.id === 'EXPLOITED_BY_CARE_STATUS');
    if (!measure) throw new Error('no such measure');
    const report = await suppressedReport(
      [{ measure, categories: measure.extraCategories, counts: counted.get(measure.id) ?? new Map() }],
      ['CHILD_WELFARE', 'PROBATION'],
      true,
      11,
    );
    const byAge = report.tables.find((table) => table.window === 'PERIOD' && table.breakdown === 'AGE_BAND');
    const row = byAge?.rows.find((candidate) => candidate.category === 'EXPLOITED_WHILE_MISSING');
    const at = (column: string) => row?.cells.find((candidate) => candidate.column === column);
    expect(at('AGE_15_TO_17')).toMatchObject({ count: null, suppressed: true, reason: 'SMALL_CELL' });
    expect(at('ALL')).toMatchObject({ count: null, suppressed: true });
    const published = report.tables
      .flatMap((table) => table.rows.flatMap((candidate) => candidate.cells))
      .filter((candidate) => !candidate.suppressed);
    expect(published.every((candidate) => candidate.count === 0 || (candidate.count ?? 0) >= 11)).toBe(true);
  });
});

describe('services received across the year to date', () => {
  it('releases a year to date that counts more youth than its parts together: a service before the youth was served counts in the year only', async () => {
    // 30 youth served all year with mental health in the period; 5 whose MDT opened with the period, whose service ran only before it.
    const allYear = Array.from({ length: 30 }, (_, index) => youth({ links: { CHILD_WELFARE: `A-${index}` } }));
    const late = Array.from({ length: 5 }, (_, index) => youth({ openedOn: '2026-10-01', links: { CHILD_WELFARE: `L-${index}` } }));
    const county = [...allYear, ...late];
    const countyFacts = county.map((member): Partial<Record<'CHILD_WELFARE', AgencyYouthFacts>> => ({
      CHILD_WELFARE:
        member.openedOn === '2026-10-01'
          ? { services: [[], ['HOUSING'], ['HOUSING']], placementAtEnd: null, inCare: false, exploited: [] }
          : { services: [['MENTAL_HEALTH'], ['MENTAL_HEALTH'], []], placementAtEnd: null, inCare: false, exploited: [] },
    }));
    const key = newPseudonymKey();
    const counted = countAgencyMeasures(PERIOD, county, agencyFactsOf(carried(key, county, countyFacts), PERIOD, county));
    const services = counted.get('SERVICES_RECEIVED');
    expect(cell(services?.get('YEAR_TO_DATE'), 'HOUSING')).toBe(5);
    expect(cell(services?.get('PERIOD'), 'HOUSING') + cell(services?.get('YEAR_TO_DATE_BEFORE'), 'HOUSING')).toBe(0);

    const measure = AGENCY_MEASURES.find((candidate) => candidate.id === 'SERVICES_RECEIVED');
    if (!measure) throw new Error('no such measure');
    const report = await suppressedReport(
      [{ measure, categories: measure.extraCategories, counts: services ?? new Map() }],
      ['CHILD_WELFARE', 'PROBATION'],
      true,
      11,
    );
    const housing = report.tables
      .find((table) => table.window === 'YEAR_TO_DATE' && table.breakdown === 'AGE_BAND')
      ?.rows.find((row) => row.category === 'HOUSING');
    // Zero in both parts, yet 5 in the whole: a reader who took the whole for at most its parts would be misled, and the
    // suppression would check itself against a model the counts contradict.
    expect(housing?.cells.find((candidate) => candidate.column === 'ALL')).toMatchObject({
      count: null,
      suppressed: true,
      reason: 'SMALL_CELL',
    });
  });
});

describe('the reports a csec fetch asks for', () => {
  it('reads the period of each report field, written out or as a variable, and nothing from other fields', () => {
    expect(
      steeringPeriodsOf({
        query:
          'query($p: String!) { a: steeringReport(period: $p) { tables { measure } } steeringReportTable(period: "2026-09", measure: SERVICES_RECEIVED, breakdown: AGE_BAND) { title } }',
        variables: { p: '2026-Q4' },
      }),
    ).toEqual(['2026-Q4', '2026-09']);
    expect(steeringPeriodsOf({ query: '{ steeringReportRuns(period: "2026-Q4") { period } }' })).toEqual([]);
    expect(steeringPeriodsOf({ query: '{ youth(id: "Y-1") { id } }' })).toEqual([]);
  });
});
