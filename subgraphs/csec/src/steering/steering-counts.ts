import type { RelationalStore } from '../../../../runtime/relational-store.ts';
import { dayBefore, type ReportingPeriod } from './reporting-period.ts';
import type { SteeringMeasure } from './steering-measures.ts';
import type { MeasureCounts, ReportWindow } from './steering-release.ts';

interface CountRow {
  category: string;
  age_band: string;
  lead_agency: string;
  n: number;
}

/** The windows of a period: the period itself, and when the fiscal year began earlier, its year to date and the part before. */
export function reportWindows(period: ReportingPeriod): Map<ReportWindow, { from: string; to: string }> {
  const windows = new Map<ReportWindow, { from: string; to: string }>([['PERIOD', { from: period.startsOn, to: period.endsOn }]]);
  if (period.fiscalYearStartsOn < period.startsOn) {
    windows.set('YEAR_TO_DATE', { from: period.fiscalYearStartsOn, to: period.endsOn });
    windows.set('YEAR_TO_DATE_BEFORE', { from: period.fiscalYearStartsOn, to: dayBefore(period.startsOn) });
  }
  return windows;
}

/**
 * Runs each measure's statement for each window: the database returns grouped counts only. Every
 * category and age band is taken as of the end of the period, in every window, so that the year to
 * date relates to its parts exactly.
 */
export async function countMeasures(
  store: RelationalStore,
  measures: readonly SteeringMeasure[],
  period: ReportingPeriod,
): Promise<Map<SteeringMeasure['id'], Map<ReportWindow, MeasureCounts>>> {
  const windows = reportWindows(period);
  const counted = new Map<SteeringMeasure['id'], Map<ReportWindow, MeasureCounts>>();
  for (const measure of measures) {
    if (measure.sql === undefined) continue;
    const byWindow = new Map<ReportWindow, MeasureCounts>();
    for (const [window, { from, to }] of windows) {
      if (measure.window === 'AT_END' && window !== 'PERIOD') continue;
      const rows = await store.query<CountRow>(measure.sql, [from, to, period.endsOn]);
      const counts = new Map<string, Map<string, Map<string, number>>>();
      for (const row of rows) {
        const byBand = counts.get(row.category) ?? new Map<string, Map<string, number>>();
        const byLead = byBand.get(row.age_band) ?? new Map<string, number>();
        byLead.set(row.lead_agency, Number(row.n));
        byBand.set(row.age_band, byLead);
        counts.set(row.category, byBand);
      }
      byWindow.set(window, counts);
    }
    counted.set(measure.id, byWindow);
  }
  return counted;
}
