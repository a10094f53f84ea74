import { useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { graphql } from '../__generated__';
import { useGatewayQuery } from '../gateway-answer';
import { formatDate } from '../format';
import { SteeringReportTable } from '../sections/steering-report-table';

const SteeringReportQuery = graphql(`
  query SteeringReportPage($period: String!) {
    steeringReport(period: $period) {
      period {
        label
        startsOn
        endsOn
        yearToDateStartsOn
      }
      suppression {
        smallCells
        complementaryCells
        complementaryCountTotal
        method
      }
      tables {
        measure
        window
        breakdown
        ...SteeringReportTable_table
      }
    }
  }
`);

/** The periods a committee member picks from: the last four quarters and the fiscal year, as of today in the county. */
export function reportingPeriods(today: Date): Array<{ id: string; title: string }> {
  const year = today.getFullYear();
  const quarter = Math.floor(today.getMonth() / 3) + 1;
  const quarters = [0, 1, 2, 3].map((back) => {
    const index = year * 4 + (quarter - 1) - back;
    const label = `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    return { id: label, title: `${label}${back === 0 ? ' (so far)' : ''}` };
  });
  const fiscalStart = today.getMonth() >= 6 ? year : year - 1;
  const fiscal = `FY${fiscalStart}-${String((fiscalStart + 1) % 100).padStart(2, '0')}`;
  return [...quarters, { id: fiscal, title: `${fiscal} (fiscal year so far)` }];
}

/**
 * The steering committee's report: de-identified counts across agencies for a reporting period,
 * every table with its suppressed cells marked and why. The gateway decides who may have it; to
 * anyone else the page shows the gateway's refusal.
 */
export function SteeringReportPage({ purposeKey }: { purposeKey: string }) {
  const periods = reportingPeriods(new Date());
  const [period, setPeriod] = useState(periods[1]?.id ?? '');
  const loading = useGatewayQuery(SteeringReportQuery, { period }, `${purposeKey}|${period}`);
  const report = loading.state === 'done' ? (loading.answer.data?.steeringReport ?? null) : null;
  return (
    <main id="main">
      <h1>Steering committee report</h1>
      <p>
        De-identified counts across agencies. Counts from 1 to 10, and the counts that would let anyone work them out, are suppressed
        (CalHHS Data De-identification Guidelines, 4.4).
      </p>
      <p>
        Services received, placements and the W&amp;IC 16501.45 categories are counted from child welfare&apos;s and probation&apos;s
        records of the youth the MDTs link to them; no agency tells another which youth.
      </p>
      <Select selectedKey={period} onSelectionChange={(key) => setPeriod(String(key))} className="select steering-period">
        <Label>Reporting period</Label>
        <Button className="button">
          <SelectValue /> <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="popover">
          <ListBox items={periods}>{(item) => <ListBoxItem id={item.id}>{item.title}</ListBoxItem>}</ListBox>
        </Popover>
      </Select>
      {loading.state === 'loading' && <p role="status">Counting and suppressing small cells…</p>}
      {loading.state === 'failed' && (
        <p role="alert" className="form-error">
          {loading.message}
        </p>
      )}
      {loading.state === 'done' && !report && (
        <p role="alert" className="withheld-page">
          {loading.answer.errors[0]?.message ?? 'The steering committee report could not be made.'}
        </p>
      )}
      {report && (
        <>
          <dl className="fields">
            <div className="field">
              <dt>Period</dt>
              <dd>
                {formatDate(report.period?.startsOn)} to {formatDate(report.period?.endsOn)}
              </dd>
            </div>
            <div className="field">
              <dt>Fiscal year to date from</dt>
              <dd>{formatDate(report.period?.yearToDateStartsOn)}</dd>
            </div>
            <div className="field">
              <dt>Small counts suppressed</dt>
              <dd>{report.suppression?.smallCells}</dd>
            </div>
            <div className="field">
              <dt>Counts suppressed so that none can be worked out</dt>
              <dd>{report.suppression?.complementaryCells}</dd>
            </div>
          </dl>
          <p className="muted">{report.suppression?.method}</p>
          {(report.tables ?? []).map((table) => (
            <SteeringReportTable key={`${table.measure}|${table.window}|${table.breakdown}`} table={table} />
          ))}
        </>
      )}
    </main>
  );
}
