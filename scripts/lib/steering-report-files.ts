/**
 * The steering committee report as files: one CSV of every cell, and one HTML page a committee
 * member can read and print, with a bar chart per table drawn as inline SVG (no network needed).
 * Both show exactly what the gateway answered: a suppressed count stays suppressed, with its reason.
 */

import type { SteeringReportQuery } from './__generated__/graphql.ts';

/** The report as the gateway answers it (types generated from the query by `npm run codegen`). */
export type ReportAnswer = NonNullable<SteeringReportQuery['steeringReport']>;
type ReportTableAnswer = NonNullable<ReportAnswer['tables']>[number];
type ReportCellAnswer = NonNullable<NonNullable<ReportTableAnswer['rows']>[number]['cells']>[number];

/** The query `npm run report:steering` sends. */
export const STEERING_REPORT_QUERY = /* GraphQL */ `
  query SteeringReport($period: String!) {
    steeringReport(period: $period) {
      period {
        label
        startsOn
        endsOn
        yearToDateStartsOn
      }
      tables {
        measure
        title
        unit
        window
        breakdown
        columns
        rows {
          category
          cells {
            column
            count
            suppressed
            reason
            percentOfRow
          }
        }
      }
      suppression {
        smallCells
        complementaryCells
        complementaryCountTotal
        method
      }
    }
  }
`;

const REASONS: Record<string, string> = {
  SMALL_CELL: 'suppressed: 1 to 10',
  COMPLEMENTARY: 'suppressed: would reveal a small count',
  EARLIER_RELEASE: 'suppressed in an earlier report',
};

const WINDOWS: Record<string, string> = { PERIOD: 'period', YEAR_TO_DATE: 'fiscal year to date' };
const BREAKDOWNS: Record<string, string> = { AGE_BAND: 'by age band', LEAD_AGENCY: 'by lead agency of the MDT' };

export function reportCsv(report: ReportAnswer): string {
  const lines = [
    [
      'period',
      'measure',
      'title',
      'unit',
      'window',
      'breakdown',
      'category',
      'column',
      'count',
      'suppressed',
      'reason',
      'percent_of_row',
    ].join(','),
  ];
  for (const table of report.tables ?? []) {
    for (const row of table.rows ?? []) {
      for (const cell of row.cells ?? []) {
        lines.push(
          [
            report.period?.label ?? '',
            table.measure ?? '',
            table.title ?? '',
            table.unit ?? '',
            table.window ?? '',
            table.breakdown ?? '',
            row.category ?? '',
            cell.column ?? '',
            cell.count ?? '',
            cell.suppressed ? 'true' : 'false',
            cell.reason ?? '',
            cell.percentOfRow ?? '',
          ]
            .map(csvField)
            .join(','),
        );
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function reportHtml(report: ReportAnswer): string {
  // The gateway answers every field of a report it releases; an absent one is shown as absent, never guessed.
  const period = { label: '', startsOn: '', endsOn: '', yearToDateStartsOn: '', ...withoutNulls(report.period) };
  const suppression = { smallCells: 0, complementaryCells: 0, complementaryCountTotal: 0, method: '', ...withoutNulls(report.suppression) };
  const sections = (report.tables ?? []).map((table, index) => tableSection(table, index)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CSEC steering committee report ${escape(period.label)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #1b1b1b; line-height: 1.45; }
  table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-variant-numeric: tabular-nums; }
  th, td { border: 1px solid #b1b4b6; padding: 0.25rem 0.5rem; text-align: right; }
  th[scope="row"], thead th:first-child { text-align: left; }
  td.suppressed { color: #505a5f; font-style: italic; }
  section { break-inside: avoid; margin-bottom: 2rem; }
  .note { color: #505a5f; }
</style>
</head>
<body>
<h1>CSEC steering committee report: ${escape(period.label)}</h1>
<p>Period ${escape(period.startsOn)} to ${escape(period.endsOn)}; fiscal year to date from ${escape(period.yearToDateStartsOn)}.
Ages, categories and counts at the end of the period are taken on ${escape(period.endsOn)}.</p>
<p class="note">De-identified counts. ${suppression.smallCells} counts from 1 to 10 are suppressed, and ${suppression.complementaryCells} more
(together ${suppression.complementaryCountTotal}) so that none of them can be worked out from the totals. ${escape(suppression.method)}</p>
${sections}
</body>
</html>
`;
}

function tableSection(table: ReportTableAnswer, index: number): string {
  const head = `<tr><th scope="col">Category</th>${(table.columns ?? []).map((column) => `<th scope="col">${escape(label(column))}</th>`).join('')}</tr>`;
  const body = (table.rows ?? [])
    .map((row) => `<tr><th scope="row">${escape(label(row.category ?? ''))}</th>${(row.cells ?? []).map(cellHtml).join('')}</tr>`)
    .join('\n');
  const caption = `${table.title ?? ''}, ${WINDOWS[table.window ?? ''] ?? table.window}, ${BREAKDOWNS[table.breakdown ?? ''] ?? table.breakdown}`;
  return `<section aria-labelledby="t${index}">
<h2 id="t${index}">${escape(caption)}</h2>
${barChart(table, caption)}
<table><thead>${head}</thead><tbody>
${body}
</tbody></table>
</section>`;
}

function cellHtml(cell: ReportCellAnswer): string {
  if (cell.suppressed) return `<td class="suppressed">${escape(REASONS[cell.reason ?? ''] ?? 'suppressed')}</td>`;
  const percent = cell.percentOfRow === null ? '' : ` <span class="note">(${cell.percentOfRow}%)</span>`;
  return `<td>${cell.count ?? ''}${percent}</td>`;
}

/** A horizontal bar per category, of its all-columns count; a suppressed count is drawn as a labelled gap. */
function barChart(table: ReportTableAnswer, caption: string): string {
  const rows = (table.rows ?? [])
    .filter((row) => row.category !== 'TOTAL')
    .map((row) => ({ category: row.category ?? '', cell: row.cells?.at(-1) }));
  const largest = Math.max(1, ...rows.map(({ cell }) => cell?.count ?? 0));
  const barHeight = 22;
  const labelWidth = 260;
  const chartWidth = 420;
  const height = rows.length * barHeight + 10;
  const bars = rows
    .map(({ category, cell }, index) => {
      const y = 5 + index * barHeight;
      const name = `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" font-size="13">${escape(label(category))}</text>`;
      if (!cell || cell.suppressed)
        return `${name}<text x="${labelWidth + 4}" y="${y + 15}" font-size="12" font-style="italic" fill="#505a5f">${escape(REASONS[cell?.reason ?? ''] ?? 'suppressed')}</text>`;
      const width = Math.round(((cell.count ?? 0) / largest) * chartWidth);
      return `${name}<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="${barHeight - 6}" fill="#1d70b8"/><text x="${labelWidth + width + 4}" y="${y + 15}" font-size="12">${cell.count ?? 0}</text>`;
    })
    .join('');
  return `<figure><svg role="img" aria-label="${escape(`Bar chart: ${caption}, all columns`)}" width="${labelWidth + chartWidth + 80}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars}</svg></figure>`;
}

/** An answer's fields without those the gateway left null, so that defaults show through. */
function withoutNulls<T extends object>(answer: T | null | undefined): Partial<{ [Key in keyof T]: NonNullable<T[Key]> }> {
  return Object.fromEntries(Object.entries(answer ?? {}).filter(([, value]) => value !== null)) as Partial<{
    [Key in keyof T]: NonNullable<T[Key]>;
  }>;
}

function label(code: string): string {
  return code
    .replaceAll('_', ' ')
    .toLowerCase()
    .replace(/^\w/, (first) => first.toUpperCase());
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
