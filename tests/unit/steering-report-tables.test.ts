import { describe, expect, it } from 'vitest';
import { readReportingPeriod } from '../../subgraphs/csec/src/steering/reporting-period.ts';
import type { SteeringMeasure } from '../../subgraphs/csec/src/steering/steering-measures.ts';
import { suppressedReport, type MeasureCounts, type ReportWindow } from '../../subgraphs/csec/src/steering/steering-release.ts';

const SERVED: SteeringMeasure = {
  id: 'SERVED_BY_AGENCY',
  title: 'Youth served',
  unit: 'YOUTH',
  window: 'DURING',
  cohort: 'SERVED',
  acrossPeriods: 'DISTINCT_YOUTH',
  extraCategories: [],
  sql: '',
};

/** Counts by category -> age band -> lead agency, from rows of [category, age band, lead agency, count]. */
function counts(rows: Array<[string, string, string, number]>): MeasureCounts {
  const byCategory = new Map<string, Map<string, Map<string, number>>>();
  for (const [category, band, lead, n] of rows) {
    const byBand = byCategory.get(category) ?? new Map<string, Map<string, number>>();
    byBand.set(band, new Map([...(byBand.get(band) ?? new Map<string, number>()), [lead, n]]));
    byCategory.set(category, byBand);
  }
  return byCategory;
}

describe('steering report tables', () => {
  it('suppresses a percentage built on a suppressed count, and the cells that would reveal a county category of 4 youth', async () => {
    const period = new Map<ReportWindow, MeasureCounts>([
      [
        'PERIOD',
        counts([
          ['CHILD_WELFARE_ONLY', 'AGE_15_TO_17', 'CHILD_WELFARE', 4],
          ['CHILD_WELFARE_ONLY', 'AGE_12_TO_14', 'CHILD_WELFARE', 30],
          ['PROBATION_ONLY', 'AGE_15_TO_17', 'PROBATION', 25],
          ['PROBATION_ONLY', 'AGE_12_TO_14', 'PROBATION', 20],
        ]),
      ],
    ]);
    const report = await suppressedReport(
      [{ measure: SERVED, categories: ['CHILD_WELFARE_ONLY', 'PROBATION_ONLY'], counts: period }],
      ['CHILD_WELFARE', 'PROBATION'],
      false,
      11,
    );
    const byAge = report.tables.find((table) => table.breakdown === 'AGE_BAND');
    const row = byAge?.rows.find((candidate) => candidate.category === 'CHILD_WELFARE_ONLY');
    const cell = (column: string) => row?.cells.find((candidate) => candidate.column === column);

    expect(cell('AGE_15_TO_17')).toMatchObject({ count: null, suppressed: true, reason: 'SMALL_CELL', percentOfRow: null });
    // The row total and the other age band would give the 4 away by subtraction.
    expect(cell('AGE_12_TO_14')?.suppressed || cell('ALL')?.suppressed).toBe(true);
    for (const table of report.tables) {
      for (const { cells } of table.rows) {
        for (const shown of cells.filter((candidate) => !candidate.suppressed))
          expect(shown.count === 0 || (shown.count ?? 0) >= 11).toBe(true);
        // A percentage is built on its count and its row's total: either suppressed, no percentage.
        const total = cells.find((candidate) => candidate.column === 'ALL');
        if (total?.suppressed) expect(cells.every((candidate) => candidate.percentOfRow === null)).toBe(true);
      }
    }
    expect(report.primaryCells).toBeGreaterThan(0);
  });

  it('reads months, quarters and fiscal years, and refuses anything else in words', () => {
    expect(readReportingPeriod('2026-09')).toEqual({
      label: '2026-09',
      startsOn: '2026-09-01',
      endsOn: '2026-09-30',
      fiscalYearStartsOn: '2026-07-01',
    });
    expect(readReportingPeriod('2027-Q1')).toEqual({
      label: '2027-Q1',
      startsOn: '2027-01-01',
      endsOn: '2027-03-31',
      fiscalYearStartsOn: '2026-07-01',
    });
    expect(readReportingPeriod('FY2026-27')).toEqual({
      label: 'FY2026-27',
      startsOn: '2026-07-01',
      endsOn: '2027-06-30',
      fiscalYearStartsOn: '2026-07-01',
    });
    expect(() => readReportingPeriod('FY2026-28')).toThrow('"FY2026-28" is not a reporting period.');
  });
});
