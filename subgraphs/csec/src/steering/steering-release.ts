import { LRUCache } from 'lru-cache';
import { suppressRelease } from './suppression/suppress-release.ts';
import {
  atLeastEachPart,
  distinctYouthOver,
  totalOf,
  type Release,
  type ReleaseCell,
  type Relation,
  type SuppressionReason,
} from './suppression/release.ts';
import { AGE_BANDS, type SteeringMeasure } from './steering-measures.ts';

/** Counts of one measure over one window: category -> age band -> lead agency -> count. */
export type MeasureCounts = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number>>>;

/** The windows of a release: the period, and the fiscal year to date with the part published before. */
export type ReportWindow = 'PERIOD' | 'YEAR_TO_DATE' | 'YEAR_TO_DATE_BEFORE';
export type Breakdown = 'AGE_BAND' | 'LEAD_AGENCY';

export const ALL = 'ALL';
export const TOTAL = 'TOTAL';

export interface MeasureInput {
  measure: SteeringMeasure;
  /** Every category, from the schema's enum and the measure's own. */
  categories: readonly string[];
  counts: ReadonlyMap<ReportWindow, MeasureCounts>;
}

export interface ReportCell {
  column: string;
  count: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
  /** Share of the row's total, in percent; suppressed with either count it is built on. */
  percentOfRow: number | null;
}

export interface ReportTable {
  measure: SteeringMeasure;
  window: Exclude<ReportWindow, 'YEAR_TO_DATE_BEFORE'>;
  breakdown: Breakdown;
  columns: string[];
  rows: Array<{ category: string; cells: ReportCell[] }>;
}

export interface SuppressedReport {
  tables: ReportTable[];
  primaryCells: number;
  complementaryCells: number;
  complementaryTotal: number;
}

/**
 * Builds the release (each measure by age band and by lead agency, for the period and the year to
 * date), suppresses it as one, and shapes the published tables. The year to date before the period
 * is suppressed first, alone, as it was published then; its status is then fixed.
 */
export function suppressedReport(
  inputs: readonly MeasureInput[],
  leadAgencies: readonly string[],
  withYearToDate: boolean,
  threshold: number,
): Promise<SuppressedReport> {
  // The same counts always give the same suppression: a report asked again (or table by table) is
  // suppressed once, while its counts stay the same.
  const key = JSON.stringify([
    inputs.map(({ measure, categories, counts }) => [
      measure.id,
      categories,
      [...counts].map(([window, byCategory]) => [window, nested(byCategory)]),
    ]),
    leadAgencies,
    withYearToDate,
    threshold,
  ]);
  let report = remembered.get(key);
  if (!report) {
    report = suppressAnew(inputs, leadAgencies, withYearToDate, threshold);
    report.catch(() => remembered.delete(key));
    remembered.set(key, report);
  }
  return report;
}

const remembered = new LRUCache<string, Promise<SuppressedReport>>({ max: 16 });

/** Counts as a stable key, whatever order the database returned them in. */
function nested(counts: MeasureCounts): unknown {
  const sorted = <T>(map: ReadonlyMap<string, T>) => [...map].sort(([a], [b]) => a.localeCompare(b));
  return sorted(counts).map(([category, byBand]) => [category, sorted(byBand).map(([band, byLead]) => [band, sorted(byLead)])]);
}

async function suppressAnew(
  inputs: readonly MeasureInput[],
  leadAgencies: readonly string[],
  withYearToDate: boolean,
  threshold: number,
): Promise<SuppressedReport> {
  const windows: ReportWindow[] = withYearToDate ? ['PERIOD', 'YEAR_TO_DATE', 'YEAR_TO_DATE_BEFORE'] : ['PERIOD'];
  const columnsOf: Record<Breakdown, readonly string[]> = { AGE_BAND: AGE_BANDS, LEAD_AGENCY: leadAgencies };
  const earlier = withYearToDate ? release(inputs, ['YEAR_TO_DATE_BEFORE'], columnsOf, threshold) : undefined;
  const earlierStatus = earlier ? (await suppressRelease(earlier)).suppressed : new Map();
  const whole = release(inputs, windows, columnsOf, threshold);
  const cells = whole.cells.map((cell): ReleaseCell =>
    cell.key.includes('|YEAR_TO_DATE_BEFORE|') ? { ...cell, earlier: earlierStatus.has(cell.key) ? 'SUPPRESSED' : 'PUBLISHED' } : cell,
  );
  const result = await suppressRelease({ cells, relations: whole.relations, threshold });
  const value = new Map(cells.map((cell) => [cell.key, cell.value]));

  const tables: ReportTable[] = [];
  for (const { measure, categories } of inputs) {
    const tableWindows = measure.window === 'DURING' && withYearToDate ? (['PERIOD', 'YEAR_TO_DATE'] as const) : (['PERIOD'] as const);
    for (const window of tableWindows) {
      for (const breakdown of ['AGE_BAND', 'LEAD_AGENCY'] as const) {
        const columns = [...columnsOf[breakdown], ALL];
        const rows = [...categories, ...(measure.cohort ? [TOTAL] : [])].map((category) => {
          const allKey = cellKey(measure, window, breakdown, category, ALL);
          const cells = columns.map((column): ReportCell => {
            const key = cellKey(measure, window, breakdown, category, column);
            const reason = result.suppressed.get(key) ?? null;
            const hidden = reason !== null || result.suppressed.has(allKey);
            const whole = value.get(allKey) ?? 0;
            return {
              column,
              count: reason ? null : (value.get(key) ?? 0),
              suppressed: reason !== null,
              reason,
              percentOfRow: hidden || whole === 0 ? null : Math.round((1000 * (value.get(key) ?? 0)) / whole) / 10,
            };
          });
          return { category, cells };
        });
        tables.push({ measure, window, breakdown, columns, rows });
      }
    }
  }
  const primaryCells = [...result.suppressed.values()].filter((reason) => reason === 'SMALL_CELL').length;
  return { tables, primaryCells, complementaryCells: result.complementaryCount, complementaryTotal: result.complementaryTotal };
}

/**
 * A cell's key. The all-columns cell of a row is one cell in both breakdowns, and a total row is
 * one cell in every measure of the same cohort: a reader sees them in each table.
 */
function cellKey(measure: SteeringMeasure, window: ReportWindow, breakdown: Breakdown, category: string, column: string): string {
  const owner = category === TOTAL && measure.cohort ? `cohort:${measure.cohort}` : measure.id;
  return column === ALL ? `${owner}|${window}|${category}|${ALL}` : `${owner}|${window}|${breakdown}|${category}|${column}`;
}

function release(
  inputs: readonly MeasureInput[],
  windows: readonly ReportWindow[],
  columnsOf: Record<Breakdown, readonly string[]>,
  threshold: number,
): Release {
  const cells = new Map<string, number>();
  const relations: Relation[] = [];
  for (const { measure, categories, counts } of inputs) {
    const measureWindows = measure.window === 'DURING' ? windows : windows.filter((window) => window === 'PERIOD');
    for (const window of measureWindows) {
      const byCategory = counts.get(window) ?? new Map();
      for (const breakdown of ['AGE_BAND', 'LEAD_AGENCY'] as const) {
        const columns = columnsOf[breakdown];
        const key = (category: string, column: string) => cellKey(measure, window, breakdown, category, column);
        const countOf = (category: string, column: string) => {
          let sum = 0;
          for (const [band, byLead] of byCategory.get(category) ?? new Map<string, ReadonlyMap<string, number>>()) {
            for (const [lead, n] of byLead) if (breakdown === 'AGE_BAND' ? band === column : lead === column) sum += n;
          }
          return sum;
        };
        for (const category of categories) {
          for (const column of columns) cells.set(key(category, column), countOf(category, column));
          cells.set(
            key(category, ALL),
            columns.reduce((sum, column) => sum + countOf(category, column), 0),
          );
          relations.push(
            totalOf(
              key(category, ALL),
              columns.map((column) => key(category, column)),
            ),
          );
        }
        if (!measure.cohort) continue;
        for (const column of [...columns, ALL]) {
          cells.set(
            key(TOTAL, column),
            categories.reduce((sum, category) => sum + (cells.get(key(category, column)) ?? 0), 0),
          );
          relations.push(
            totalOf(
              key(TOTAL, column),
              categories.map((category) => key(category, column)),
            ),
          );
        }
        relations.push(
          totalOf(
            key(TOTAL, ALL),
            columns.map((column) => key(TOTAL, column)),
          ),
        );
      }
    }
    if (windows.includes('YEAR_TO_DATE') && measure.window === 'DURING') relations.push(...acrossPeriods(measure, categories, columnsOf));
  }
  return { cells: [...cells].map(([key, value]) => ({ key, value })), relations, threshold };
}

/** The year to date against the period and the part published before, cell by cell. */
function acrossPeriods(
  measure: SteeringMeasure,
  categories: readonly string[],
  columnsOf: Record<Breakdown, readonly string[]>,
): Relation[] {
  const relations: Relation[] = [];
  for (const breakdown of ['AGE_BAND', 'LEAD_AGENCY'] as const) {
    for (const category of [...categories, ...(measure.cohort ? [TOTAL] : [])]) {
      for (const column of [...columnsOf[breakdown], ALL]) {
        const [whole, before, period] = (['YEAR_TO_DATE', 'YEAR_TO_DATE_BEFORE', 'PERIOD'] as const).map((window) =>
          cellKey(measure, window, breakdown, category, column),
        ) as [string, string, string];
        if (measure.acrossPeriods === 'ADD_UP') relations.push(totalOf(whole, [before, period]));
        else if (measure.acrossPeriods === 'DISTINCT_YOUTH') relations.push(...distinctYouthOver(whole, [before, period]));
        else relations.push(...atLeastEachPart(whole, [before, period]));
      }
    }
  }
  return relations;
}
