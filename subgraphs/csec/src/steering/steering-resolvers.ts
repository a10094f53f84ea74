import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Coordinate, Decision } from '../../../../runtime/policy/policy-input.ts';
import { policyRequester } from '../../../../runtime/policy/policy-input.ts';
import type { CsecContext } from '../context.ts';
import { readReportingPeriod, ReportingPeriodError, type ReportingPeriod } from './reporting-period.ts';
import { recordReportRun, reportRuns } from './steering-report-audit.ts';
import { countMeasures, reportWindows } from './steering-counts.ts';
import { AGENCY_MEASURES, agencyFactsOf, countAgencyMeasures } from './agency-measures.ts';
import { reportCohort } from './steering-cohort.ts';
import { NO_MDT, STEERING_MEASURES, type SteeringMeasure, type SteeringMeasureId } from './steering-measures.ts';
import { suppressedReport, type Breakdown, type ReportTable, type SuppressedReport } from './steering-release.ts';

/** What `steeringReport` resolves to. */
export interface SteeringReportAnswer {
  period: ReportingPeriod;
  report: SuppressedReport;
}

const CATEGORY = 'STEERING_REPORT';
const METHOD =
  'CalHHS Data De-identification Guidelines 4.4: counts from 1 to 10 suppressed; complementary cells chosen by a mixed-integer program (HiGHS) to give up as few counts as possible; every small cell checked by linear programming against all tables of the report and the fiscal year to date published before (docs/steering-reports.md).';

/**
 * Decides the report at the source as well as at the gateway: the csec subgraph asks the same
 * policy bundle whether this requester may have the report category for this purpose.
 */
function decideAtSource(context: CsecContext, field: string): Decision {
  const coordinate: Coordinate = { youthId: null, field, category: CATEGORY, confidentiality: 'L', sensitivity: [] };
  const [decision] = context.disclosure.policy.decide({
    now: new Date().toISOString(),
    requester: policyRequester(context.requester),
    youth: {},
    coordinates: [coordinate],
  });
  if (!decision?.allow) {
    throw new GraphQLError(decision?.reason ?? 'The steering committee report is not available to you.', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  return decision;
}

/** The threshold the policy's small-cell obligation sets; without one, nothing is released. */
function smallCellThreshold(decision: Decision): number {
  const threshold = decision.obligations.find((obligation) => obligation.code === 'SMALL_CELLS')?.['threshold'];
  if (typeof threshold !== 'number' || !Number.isInteger(threshold) || threshold < 1) {
    throw new GraphQLError('The steering committee report cannot be made: the policy in force sets no small-cell threshold.', {
      extensions: { code: 'POLICY_UNUSABLE' },
    });
  }
  return threshold;
}

async function generate(
  context: CsecContext,
  schema: GraphQLSchema,
  label: string,
  field: string,
  keep: (table: ReportTable) => boolean,
): Promise<SteeringReportAnswer> {
  const decision = decideAtSource(context, field);
  let period: ReportingPeriod;
  try {
    period = readReportingPeriod(label);
  } catch (error) {
    if (error instanceof ReportingPeriodError)
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'period' } });
    throw error;
  }
  const store = context.source.store;
  const counts = await countMeasures(store, STEERING_MEASURES, period);
  const cohort = await reportCohort(store, period);
  for (const [measure, byWindow] of countAgencyMeasures(period, cohort, agencyFactsOf(context.steeringFacts, period, cohort)))
    counts.set(measure, byWindow);
  const inputs = [...STEERING_MEASURES, ...AGENCY_MEASURES].map((measure) => ({
    measure,
    categories: categoriesOf(schema, measure),
    counts: counts.get(measure.id) ?? new Map(),
  }));
  const report = await suppressedReport(
    inputs,
    [...enumValues(schema, 'Agency'), NO_MDT],
    reportWindows(period).has('YEAR_TO_DATE'),
    smallCellThreshold(decision),
  );
  const released = { ...report, tables: report.tables.filter(keep) };
  await recordReportRun(store, context.requester, period, released, decision, context.disclosure.policy.revision);
  return { period, report: released };
}

function categoriesOf(schema: GraphQLSchema, measure: SteeringMeasure): string[] {
  return [...(measure.categoryEnum ? enumValues(schema, measure.categoryEnum) : []), ...measure.extraCategories];
}

function enumValues(schema: GraphQLSchema, name: string): string[] {
  const type = schema.getType(name);
  // By shape, not instanceof: the subgraph library may load another copy of graphql.
  return type && 'getValues' in type ? (type.getValues() as ReadonlyArray<{ name: string }>).map((value) => value.name) : [];
}

export const steeringResolvers = {
  Query: {
    steeringReport: (_root: unknown, { period }: { period: string }, context: CsecContext, info: { schema: GraphQLSchema }) =>
      generate(context, info.schema, period, 'Query.steeringReport', () => true),
    steeringReportTable: async (
      _root: unknown,
      {
        period,
        measure,
        breakdown,
        window,
      }: { period: string; measure: SteeringMeasureId; breakdown: Breakdown; window?: 'PERIOD' | 'YEAR_TO_DATE' | null },
      context: CsecContext,
      info: { schema: GraphQLSchema },
    ) => {
      const wanted = window ?? 'PERIOD';
      const { report } = await generate(
        context,
        info.schema,
        period,
        'Query.steeringReportTable',
        (table) => table.measure.id === measure && table.breakdown === breakdown && table.window === wanted,
      );
      return report.tables[0] ?? null;
    },
    steeringReportRuns: (_root: unknown, { period }: { period: string }, context: CsecContext) => {
      decideAtSource(context, 'Query.steeringReportRuns');
      return reportRuns(context.source.store, period);
    },
  },
  SteeringReport: {
    period: ({ period }: SteeringReportAnswer) => ({ ...period, yearToDateStartsOn: period.fiscalYearStartsOn }),
    tables: ({ report }: SteeringReportAnswer) => report.tables,
    suppression: ({ report }: SteeringReportAnswer) => ({
      smallCells: report.primaryCells,
      complementaryCells: report.complementaryCells,
      complementaryCountTotal: report.complementaryTotal,
      method: METHOD,
    }),
  },
  SteeringReportTable: {
    measure: (table: ReportTable) => table.measure.id,
    title: (table: ReportTable) => table.measure.title,
    unit: (table: ReportTable) => table.measure.unit,
  },
};
