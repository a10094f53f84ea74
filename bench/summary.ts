import { latencySummary, type LatencySummary } from './latency.ts';
import type { Measurement } from './measurement.ts';
import { policyPerRequest, sumPolicyCounters, type PolicyCounters, type PolicyPerRequest } from './policy-metrics.ts';
import type { ConfigurationName, WorkloadName } from './workloads.ts';

/** Every round of one configuration under one workload, merged. */
export interface ConfigurationSummary {
  workload: WorkloadName;
  configuration: ConfigurationName;
  rounds: number;
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  requestsPerSecondByRound: number[];
  /** Percentiles over every response of every round. */
  latencyMs: LatencySummary;
  /**
   * Each round's own p99: with a few hundred responses a round, one stall of a process shared by
   * every configuration (a long garbage collection, a wait for a core) can set it. Absent from
   * results written before it was reported.
   */
  p99MsByRound?: number[];
  peakRssMiB: number | undefined;
  sourceRoundTripsPerRequest: number;
  /** From the gateway's own `/metrics`, over every round; ours only. */
  policy: PolicyPerRequest | undefined;
  bytesPerResponse: number;
  /** CPU time per response, of the configuration's gateway process ("gateway") and of each shared process. */
  cpuMsPerRequest: Record<string, number>;
  /** Highest share of the CPU that other processes used during one of its runs. */
  otherCpuPercent: number | undefined;
  /** Non-2xx answers, connection errors, timeouts and answers without data or with unexpected errors. */
  failed: number;
}

export function summarize(measurements: readonly Measurement[]): ConfigurationSummary[] {
  const groups = new Map<string, Measurement[]>();
  for (const measurement of measurements) {
    const key = `${measurement.workload}|${measurement.configuration}`;
    groups.set(key, [...(groups.get(key) ?? []), measurement]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Measurement;
    const requests = sum(group.map((item) => item.requests));
    const durationSeconds = sum(group.map((item) => item.durationSeconds));
    const policy = group.map((item) => item.policy).filter((value): value is PolicyCounters => value !== undefined);
    const peaks = group.map((item) => item.peakRssBytes).filter((value): value is number => value !== undefined);
    return {
      workload: first.workload,
      configuration: first.configuration,
      rounds: group.length,
      requests,
      durationSeconds,
      requestsPerSecond: requests / durationSeconds,
      requestsPerSecondByRound: group.map((item) => item.requestsPerSecond),
      latencyMs: latencySummary(group.flatMap((item) => item.latenciesMs)),
      p99MsByRound: group.map((item) => latencySummary(item.latenciesMs).p99),
      peakRssMiB: peaks.length > 0 ? Math.max(...peaks) / 2 ** 20 : undefined,
      sourceRoundTripsPerRequest: requests > 0 ? sum(group.map((item) => item.sourceRoundTrips)) / requests : Number.NaN,
      policy: policy.length > 0 ? policyPerRequest(sumPolicyCounters(policy), requests) : undefined,
      bytesPerResponse: requests > 0 ? sum(group.map((item) => item.bytesPerResponse * item.requests)) / requests : 0,
      cpuMsPerRequest: cpuPerRequest(group, requests),
      otherCpuPercent: maxOf(group.map((item) => item.otherCpuPercent)),
      failed: sum(group.map((item) => item.non2xx + item.errors + item.timeouts + item.mismatches)),
    };
  });
}

export function findSummary(
  summaries: readonly ConfigurationSummary[],
  workload: WorkloadName,
  configuration: ConfigurationName,
): ConfigurationSummary | undefined {
  return summaries.find((summary) => summary.workload === workload && summary.configuration === configuration);
}

function cpuPerRequest(group: readonly Measurement[], requests: number): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const item of group) {
    for (const [label, perRequest] of Object.entries(item.cpuMsPerRequest))
      totals[label] = (totals[label] ?? 0) + perRequest * item.requests;
  }
  return Object.fromEntries(Object.entries(totals).map(([label, total]) => [label, requests > 0 ? total / requests : Number.NaN]));
}

function maxOf(values: ReadonlyArray<number | undefined>): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
