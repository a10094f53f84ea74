import type { BrowserWorkloadResult } from './browser-workload.ts';
import type { GateTiming } from './gate-timing.ts';
import type { SoakResult } from './soak.ts';
import { steadinessCaveat, type MachineSteadiness } from './steadiness.ts';
import { findSummary, type ConfigurationSummary } from './summary.ts';
import type { WriteAuditCheck } from './write-audit-check.ts';
import type { WorkloadName } from './workloads.ts';

/** Ours against the others on one workload: throughput ratios (higher is better for ours) and p99 ratios (lower is better). */
export interface RatioRow {
  workload: WorkloadName;
  oursOverBaselineThroughput: number | undefined;
  oursOverBaselineP99: number | undefined;
  oursOverPeerThroughput: number | undefined;
  oursOverPeerP99: number | undefined;
  oursOverFloorThroughput: number | undefined;
  oursOverFloorP99: number | undefined;
}

export interface Ratios {
  byWorkload: RatioRow[];
  /** Ours: the caseload of 50 against one profile, by median latency and by throughput. */
  caseloadOverProfileP50: number | undefined;
  profileOverCaseloadThroughput: number | undefined;
  /** Ours: the profile for the role that sees little against the one that sees a lot. */
  seesLittleOverSeesALotThroughput: number | undefined;
  seesLittleOverSeesALotP50: number | undefined;
  /** Ours over the stock gateway recording a triggering event (absent from runs before the write workload). */
  writeOursOverBaselineThroughput?: number | undefined;
}

export interface TargetCheck {
  target: string;
  /** The measured value, as a ratio or percentage. */
  value: number | undefined;
  limit: string;
  /** Undefined when not measured in this run. */
  met: boolean | undefined;
  note?: string;
}

/** Issue 31: a write through ours keeps at least this share of the stock gateway's throughput. */
const WRITE_THROUGHPUT_FLOOR = 0.8;

/** The issue's budget for evaluating the disclosure policy of one profile request. */
const POLICY_BUDGET_MS = 1;

/** Growth of our gateway's memory after warm-up that still counts as flat. */
export const FLAT_MEMORY_GROWTH_PERCENT = 10;

export function computeRatios(summaries: readonly ConfigurationSummary[]): Ratios {
  const ratio = (top: number | undefined, bottom: number | undefined) =>
    top !== undefined && bottom !== undefined && bottom > 0 && Number.isFinite(top) ? top / bottom : undefined;
  const byWorkload = (['profile', 'caseload'] as const).map((workload): RatioRow => {
    const ours = findSummary(summaries, workload, 'ours');
    const against = (name: 'baseline' | 'peer' | 'floor') => findSummary(summaries, workload, name);
    return {
      workload,
      oursOverBaselineThroughput: ratio(ours?.requestsPerSecond, against('baseline')?.requestsPerSecond),
      oursOverBaselineP99: ratio(ours?.latencyMs.p99, against('baseline')?.latencyMs.p99),
      oursOverPeerThroughput: ratio(ours?.requestsPerSecond, against('peer')?.requestsPerSecond),
      oursOverPeerP99: ratio(ours?.latencyMs.p99, against('peer')?.latencyMs.p99),
      oursOverFloorThroughput: ratio(ours?.requestsPerSecond, against('floor')?.requestsPerSecond),
      oursOverFloorP99: ratio(ours?.latencyMs.p99, against('floor')?.latencyMs.p99),
    };
  });
  const profile = findSummary(summaries, 'profile', 'ours');
  const caseload = findSummary(summaries, 'caseload', 'ours');
  const little = findSummary(summaries, 'profile-little', 'ours');
  return {
    byWorkload,
    caseloadOverProfileP50: ratio(caseload?.latencyMs.p50, profile?.latencyMs.p50),
    profileOverCaseloadThroughput: ratio(profile?.requestsPerSecond, caseload?.requestsPerSecond),
    seesLittleOverSeesALotThroughput: ratio(little?.requestsPerSecond, profile?.requestsPerSecond),
    seesLittleOverSeesALotP50: ratio(little?.latencyMs.p50, profile?.latencyMs.p50),
    writeOursOverBaselineThroughput: ratio(
      findSummary(summaries, 'write', 'ours')?.requestsPerSecond,
      findSummary(summaries, 'write', 'baseline')?.requestsPerSecond,
    ),
  };
}

/** The issue's targets, each met, missed, or not measured in this run. */
/** The web application may add at most this much to the median time of the data it shows. */
export const BROWSER_BUDGET_MS = 300;

export function checkTargets(
  summaries: readonly ConfigurationSummary[],
  ratios: Ratios,
  soak: SoakResult | undefined,
  gate: Partial<Record<WorkloadName, GateTiming>>,
  steadiness: readonly MachineSteadiness[],
  browser: BrowserWorkloadResult | undefined,
  writeAudit?: WriteAuditCheck,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const writeFailed = ['ours', 'baseline'].some((name) => (findSummary(summaries, 'write', name as 'ours')?.failed ?? 0) > 0);
  checks.push({
    target: `write: ours throughput ≥ ${WRITE_THROUGHPUT_FLOOR} × baseline (decision and audit in the write's transaction)`,
    value: ratios.writeOursOverBaselineThroughput,
    limit: `≥ ${WRITE_THROUGHPUT_FLOOR.toFixed(2)}`,
    met:
      ratios.writeOursOverBaselineThroughput === undefined ? undefined : ratios.writeOursOverBaselineThroughput >= WRITE_THROUGHPUT_FLOOR,
    ...(writeFailed ? { note: 'some writes failed during the run (see the failed column)' } : {}),
  });
  checks.push({
    target: 'write: after concurrent writers, no audit record lost or duplicated and the chain intact',
    value: writeAudit && writeAudit.lost + writeAudit.duplicated + writeAudit.unbacked,
    limit: '0',
    met:
      writeAudit === undefined ? undefined : writeAudit.lost + writeAudit.duplicated + writeAudit.unbacked === 0 && writeAudit.chainIntact,
    note: writeAudit
      ? `${writeAudit.eventsWritten} events written, ${writeAudit.writeRecords} write records, ${writeAudit.lost} lost, ${writeAudit.duplicated} duplicated, ` +
        `${writeAudit.unbacked} without an event; chain ${writeAudit.chainIntact ? 'intact' : 'BROKEN'} over ${writeAudit.recordsChecked} records`
      : 'the write workload was not run',
  });
  for (const row of ratios.byWorkload) {
    const failed = ['ours', 'baseline'].some((name) => (findSummary(summaries, row.workload, name as 'ours')?.failed ?? 0) > 0);
    const caveat = steadinessCaveat(steadiness.find((check) => check.workload === row.workload && check.comparedWith === 'baseline'));
    const note =
      [failed ? 'some requests failed during the run (see the failed column)' : undefined, caveat].filter(Boolean).join('; ') || undefined;
    checks.push({
      target: `${row.workload}: ours throughput ≥ 0.9 × baseline`,
      value: row.oursOverBaselineThroughput,
      limit: '≥ 0.90',
      met: row.oursOverBaselineThroughput === undefined ? undefined : row.oursOverBaselineThroughput >= 0.9,
      ...(note ? { note } : {}),
    });
    checks.push({
      target: `${row.workload}: ours p99 ≤ 1.15 × baseline`,
      value: row.oursOverBaselineP99,
      limit: '≤ 1.15',
      met: row.oursOverBaselineP99 === undefined ? undefined : row.oursOverBaselineP99 <= 1.15,
      ...(note ? { note } : {}),
    });
  }
  checks.push({
    target: 'ours: caseload of 50 ≤ 3 × one profile (median latency)',
    value: ratios.caseloadOverProfileP50,
    limit: '≤ 3.00',
    met: ratios.caseloadOverProfileP50 === undefined ? undefined : ratios.caseloadOverProfileP50 <= 3,
  });
  // The evaluation alone, one at a time in a process of its own, with the gateway's bundle and the county's facts.
  for (const workload of ['profile', 'profile-little'] as const) {
    const timing = gate[workload]?.policyMs;
    checks.push({
      target: `${workload}: ours policy evaluation < ${POLICY_BUDGET_MS} ms per request at p99 (evaluated alone)`,
      value: timing?.p99,
      limit: `≤ ${POLICY_BUDGET_MS} ms`,
      met: timing === undefined ? undefined : timing.p99 <= POLICY_BUDGET_MS,
      ...(timing ? { note: `median ${timing.p50.toFixed(3)} ms over ${timing.evaluations} requests` } : {}),
    });
  }
  // From the gateway's histograms: the 99th percentile lies in a bucket, so the check uses its upper
  // bound. The policy's own time is the one on a core: the wall clock also counts the moments the
  // scheduler ran another process on a machine where everything shares two cores.
  for (const workload of ['profile', 'profile-little'] as const) {
    const policy = findSummary(summaries, workload, 'ours')?.policy;
    const time = policy?.onCore ?? policy;
    const wallClock = policy
      ? `wall clock: mean ${policy.msPerRequest.toFixed(3)} ms, p99 at most ${policy.p99AtMostMs ?? '> 100'} ms`
      : '';
    checks.push({
      target: `${workload}: ours policy decisions < ${POLICY_BUDGET_MS} ms per request at p99 under load (gateway /metrics histogram, ${policy && !policy.onCore ? 'wall clock, waits for a core included' : 'time on a core'}; remembered decisions included)`,
      value: time?.p99AtMostMs,
      limit: `≤ ${POLICY_BUDGET_MS} ms`,
      met: time === undefined ? undefined : time.p99AtMostMs !== undefined && time.p99AtMostMs <= POLICY_BUDGET_MS,
      ...(policy && time
        ? { note: `mean ${time.msPerRequest.toFixed(3)} ms; p99 at most the bucket bound shown${policy.onCore ? `; ${wallClock}` : ''}` }
        : {}),
    });
  }
  for (const [label, timing] of [
    ['profile', browser?.profile],
    ['caseload', browser?.caseload],
  ] as const) {
    checks.push({
      target: `web application, ${label}: the page adds ≤ ${BROWSER_BUDGET_MS} ms to the bare query at the median`,
      value: timing?.addedMsAtMedian,
      limit: `≤ ${BROWSER_BUDGET_MS} ms`,
      met: timing === undefined ? undefined : timing.addedMsAtMedian <= BROWSER_BUDGET_MS,
      ...(timing ? {} : { note: 'chromium was not available' }),
    });
  }
  const gateway = soak?.processes['gateway'];
  checks.push({
    target: `ours: gateway memory flat under load (growth after warm-up ≤ ${FLAT_MEMORY_GROWTH_PERCENT}%)`,
    value: gateway?.growthPercent,
    limit: `≤ ${FLAT_MEMORY_GROWTH_PERCENT}%`,
    met: gateway === undefined ? undefined : gateway.growthPercent <= FLAT_MEMORY_GROWTH_PERCENT,
    ...(soak ? {} : { note: 'run with --soak <minutes> to check' }),
  });
  return checks;
}
