import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../__generated__';
import { plain } from '../format';

export const SteeringReportTableFragment = graphql(`
  fragment SteeringReportTable_table on SteeringReportTable {
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
`);

/** Why a count is not shown, in the words of the report's method (docs/steering-reports.md). */
const REASON_WORDS: Record<string, string> = {
  SMALL_CELL: 'a count from 1 to 10',
  COMPLEMENTARY: 'would reveal a small count',
  EARLIER_RELEASE: 'suppressed in an earlier report',
};
const WINDOW_WORDS: Record<string, string> = { PERIOD: 'the period', YEAR_TO_DATE: 'the fiscal year to date' };
const BREAKDOWN_WORDS: Record<string, string> = { AGE_BAND: 'by age band', LEAD_AGENCY: 'by lead agency of the MDT' };
const COLUMN_WORDS: Record<string, string> = {
  UNDER_12: 'Under 12',
  AGE_12_TO_14: '12 to 14',
  AGE_15_TO_17: '15 to 17',
  AGE_18_AND_OVER: '18 and over',
  ALL: 'All',
  NO_MDT: 'No MDT',
};

/**
 * One table of the steering committee report as the gateway released it: each count, or the
 * suppressed marker and its reason where the count is withheld. The page computes nothing.
 */
export function SteeringReportTable({ table: masked }: { table: FragmentType<typeof SteeringReportTableFragment> }) {
  const table = getFragmentData(SteeringReportTableFragment, masked);
  const caption = `${table.title ?? plain(table.measure)}, ${WINDOW_WORDS[table.window ?? ''] ?? plain(table.window)}, ${BREAKDOWN_WORDS[table.breakdown ?? ''] ?? plain(table.breakdown)}`;
  const columns = table.columns ?? [];
  const rows = (table.rows ?? []).map((row) => ({ ...row, id: row.category ?? '' }));
  return (
    <section className="steering-table" aria-label={caption}>
      <h2>{caption}</h2>
      <div className="matrix-scroll">
        <Table aria-label={caption} className="table steering">
          <TableHeader>
            <Column isRowHeader>{plain(table.unit) ?? 'Count'}</Column>
            {columns.map((column) => (
              <Column key={column}>{COLUMN_WORDS[column] ?? plain(column)}</Column>
            ))}
          </TableHeader>
          <TableBody items={rows}>
            {(row) => (
              <Row id={row.id}>
                <Cell>{plain(row.category)}</Cell>
                {columns.map((column) => {
                  const cell = row.cells?.find((candidate) => candidate.column === column);
                  if (!cell) return <Cell key={column}>—</Cell>;
                  if (cell.suppressed) {
                    return (
                      <Cell key={column}>
                        <span className="withheld">
                          <span className="withheld-label">Suppressed</span>: {REASON_WORDS[cell.reason ?? ''] ?? plain(cell.reason)}
                        </span>
                      </Cell>
                    );
                  }
                  return (
                    <Cell key={column}>
                      {cell.count}
                      {cell.percentOfRow === null || cell.percentOfRow === undefined ? (
                        ''
                      ) : (
                        <span className="muted"> ({cell.percentOfRow}%)</span>
                      )}
                    </Cell>
                  );
                })}
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
