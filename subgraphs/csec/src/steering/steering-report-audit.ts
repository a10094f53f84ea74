import type { RelationalStore } from '../../../../runtime/relational-store.ts';
import type { Requester } from '../../../../runtime/requester.ts';
import type { Decision } from '../../../../runtime/policy/policy-input.ts';
import type { ReportingPeriod } from './reporting-period.ts';
import type { SuppressedReport } from './steering-release.ts';

/**
 * Records one generated report before it is sent: the period, the tables, the rule that allowed it
 * and the suppression applied, cell by cell (a cell is named by measure, window, breakdown, category
 * and column, which describe no youth).
 */
export async function recordReportRun(
  store: RelationalStore,
  requester: Requester,
  period: ReportingPeriod,
  report: SuppressedReport,
  decision: Decision,
  policyRevision: string,
): Promise<void> {
  const tables = report.tables.map((table) => ({ measure: table.measure.id, window: table.window, breakdown: table.breakdown }));
  const suppressed = report.tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      row.cells
        .filter((cell) => cell.suppressed)
        .map((cell) => ({
          measure: table.measure.id,
          window: table.window,
          breakdown: table.breakdown,
          category: row.category,
          column: cell.column,
          reason: cell.reason,
        })),
    ),
  );
  await store.query(
    `INSERT INTO steering_report_run (request_id, requester_user_id, requester_agency, requester_roles, purpose_of_use, period,
       period_starts_on, period_ends_on, tables, rule, legal_basis, policy_revision, primary_cells, complementary_cells,
       complementary_total, suppressed_cells)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13, $14, $15, $16::jsonb)`,
    [
      requester.requestId,
      requester.userId,
      requester.agency,
      JSON.stringify(requester.roles),
      requester.purposeOfUse,
      period.label,
      period.startsOn,
      period.endsOn,
      JSON.stringify(tables),
      decision.rule,
      decision.legal_basis,
      policyRevision,
      report.primaryCells,
      report.complementaryCells,
      report.complementaryTotal,
      JSON.stringify(suppressed),
    ],
  );
}

/** A report run as the audit holds it, without the requester's user id (the report category is de-identified). */
export interface ReportRunRecord {
  generatedAt: string;
  period: string;
  purposeOfUse: string;
  requesterRoles: string[];
  tables: number;
  rule: string;
  legalBasis: string;
  policyRevision: string;
  smallCells: number;
  complementaryCells: number;
  suppressedCells: string[];
}

interface RunRow {
  generated_at: Date | string;
  period: string;
  purpose_of_use: string;
  requester_roles: string[];
  tables: unknown[];
  rule: string;
  legal_basis: string;
  policy_revision: string;
  primary_cells: number;
  complementary_cells: number;
  suppressed_cells: Array<{ measure: string; window: string; breakdown: string; category: string; column: string; reason: string }>;
}

/** The report runs of a period, newest first. */
export async function reportRuns(store: RelationalStore, period: string): Promise<ReportRunRecord[]> {
  const rows = await store.query<RunRow>(
    `SELECT generated_at, period, purpose_of_use, requester_roles, tables, rule, legal_basis, policy_revision, primary_cells,
       complementary_cells, suppressed_cells
     FROM steering_report_run WHERE period = $1 ORDER BY run_id DESC LIMIT 100`,
    [period],
  );
  return rows.map((row) => ({
    generatedAt: new Date(row.generated_at).toISOString(),
    period: row.period,
    purposeOfUse: row.purpose_of_use,
    requesterRoles: row.requester_roles,
    tables: row.tables.length,
    rule: row.rule,
    legalBasis: row.legal_basis,
    policyRevision: row.policy_revision,
    smallCells: row.primary_cells,
    complementaryCells: row.complementary_cells,
    suppressedCells: row.suppressed_cells.map(
      (cell) => `${cell.measure} ${cell.window} ${cell.breakdown} ${cell.category} ${cell.column}: ${cell.reason}`,
    ),
  }));
}
