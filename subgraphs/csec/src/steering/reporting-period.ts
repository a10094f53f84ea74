/**
 * Reporting periods of the steering committee: a month (`2026-09`), a calendar quarter (`2026-Q3`)
 * or a state fiscal year (`FY2026-27`, July to June). The year to date runs from the July 1 that
 * starts the fiscal year holding the period.
 */
export interface ReportingPeriod {
  label: string;
  startsOn: string;
  endsOn: string;
  fiscalYearStartsOn: string;
}

export class ReportingPeriodError extends Error {
  readonly code = 'BAD_USER_INPUT';
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const FISCAL_YEAR = /^FY(\d{4})-(\d{2})$/;

export function readReportingPeriod(label: string): ReportingPeriod {
  const month = MONTH.exec(label);
  if (month) return period(label, Number(month[1]), Number(month[2]), 1);
  const quarter = QUARTER.exec(label);
  if (quarter) return period(label, Number(quarter[1]), (Number(quarter[2]) - 1) * 3 + 1, 3);
  const fiscal = FISCAL_YEAR.exec(label);
  if (fiscal && (Number(fiscal[1]) + 1) % 100 === Number(fiscal[2])) return period(label, Number(fiscal[1]), 7, 12);
  throw new ReportingPeriodError(
    `"${label}" is not a reporting period. Use a month (2026-09), a quarter (2026-Q3) or a fiscal year (FY2026-27).`,
  );
}

function period(label: string, year: number, firstMonth: number, months: number): ReportingPeriod {
  const start = new Date(Date.UTC(year, firstMonth - 1, 1));
  const end = new Date(Date.UTC(year, firstMonth - 1 + months, 0));
  const fiscalYear = firstMonth >= 7 ? year : year - 1;
  return { label, startsOn: isoDate(start), endsOn: isoDate(end), fiscalYearStartsOn: `${fiscalYear}-07-01` };
}

/** The day before a date, for the year to date published before a period. */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return isoDate(day);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
