import { readMetric } from '../runtime/metrics.ts';

/**
 * Our gateway's policy metrics at `/metrics` (gateway/src/gate/gate-metrics.ts), or their increase
 * over a run: the histograms `csec_policy_evaluation_seconds` (wall clock) and
 * `csec_policy_evaluation_cpu_seconds` (the process's CPU time), one observation each per gated
 * request, and the counter `csec_policy_coordinates_total`.
 */
export interface PolicyCounters {
  evaluations: number;
  seconds: number;
  cpuSeconds: number;
  coordinates: number;
  /** Evaluations at or under each bound, in seconds (cumulative, as Prometheus buckets are): wall clock. */
  buckets: Record<string, number>;
  /** The same for the CPU time. */
  cpuBuckets: Record<string, number>;
}

/** What the policy cost our gateway per request, from its own metrics. */
export interface PolicyPerRequest {
  /** Evaluations over responses: 1 when every response was gated once, give or take connections/responses from requests in flight at a run's edges. */
  evaluationsPerResponse: number;
  /** Mean time of one evaluation, i.e. per gated request. */
  msPerRequest: number;
  /** The upper bound of the histogram bucket holding the 99th percentile; undefined above the last finite bound. */
  p99AtMostMs: number | undefined;
  /** The same two for the gateway process's CPU time while it decided (waits for a core left out). */
  cpuMsPerRequest: number;
  cpuP99AtMostMs: number | undefined;
  coordinatesPerRequest: number;
}

const HISTOGRAM = 'csec_policy_evaluation_seconds';
const CPU_HISTOGRAM = 'csec_policy_evaluation_cpu_seconds';
const COORDINATES = 'csec_policy_coordinates_total';

export async function readPolicyCounters(metricsUrl: string): Promise<PolicyCounters> {
  const response = await fetch(metricsUrl, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`Our gateway's /metrics answered ${response.status}.`);
  const text = await response.text();
  const single = (name: string): number => {
    const value = readMetric(text, name).get('');
    if (value === undefined) throw new Error(`Our gateway's /metrics has no ${name}.`);
    return value;
  };
  const bucketsOf = (histogram: string): Record<string, number> => {
    const buckets: Record<string, number> = {};
    for (const [labels, value] of readMetric(text, `${histogram}_bucket`)) {
      const bound = /le="([^"]+)"/.exec(labels)?.[1];
      if (bound !== undefined && bound !== '+Inf') buckets[bound] = value;
    }
    return buckets;
  };
  return {
    evaluations: single(`${HISTOGRAM}_count`),
    seconds: single(`${HISTOGRAM}_sum`),
    cpuSeconds: single(`${CPU_HISTOGRAM}_sum`),
    coordinates: single(COORDINATES),
    buckets: bucketsOf(HISTOGRAM),
    cpuBuckets: bucketsOf(CPU_HISTOGRAM),
  };
}

const bucketIncrease = (before: Record<string, number>, after: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(after).map(([bound, count]) => [bound, count - (before[bound] ?? 0)]));

const bucketSum = (total: Record<string, number>, item: Record<string, number>): Record<string, number> =>
  Object.fromEntries(
    [...new Set([...Object.keys(total), ...Object.keys(item)])].map((bound) => [bound, (total[bound] ?? 0) + (item[bound] ?? 0)]),
  );

export function policyIncrease(before: PolicyCounters, after: PolicyCounters): PolicyCounters {
  return {
    evaluations: after.evaluations - before.evaluations,
    seconds: after.seconds - before.seconds,
    cpuSeconds: after.cpuSeconds - before.cpuSeconds,
    coordinates: after.coordinates - before.coordinates,
    buckets: bucketIncrease(before.buckets, after.buckets),
    cpuBuckets: bucketIncrease(before.cpuBuckets, after.cpuBuckets),
  };
}

export function sumPolicyCounters(increases: readonly PolicyCounters[]): PolicyCounters {
  return increases.reduce(
    (total, item) => ({
      evaluations: total.evaluations + item.evaluations,
      seconds: total.seconds + item.seconds,
      cpuSeconds: total.cpuSeconds + item.cpuSeconds,
      coordinates: total.coordinates + item.coordinates,
      buckets: bucketSum(total.buckets, item.buckets),
      cpuBuckets: bucketSum(total.cpuBuckets, item.cpuBuckets),
    }),
    { evaluations: 0, seconds: 0, cpuSeconds: 0, coordinates: 0, buckets: {}, cpuBuckets: {} },
  );
}

/**
 * Time and coordinates are divided by the evaluations, not the responses: both then cover the
 * same requests, even those in flight when a run starts or stops.
 */
export function policyPerRequest(increase: PolicyCounters, responses: number): PolicyPerRequest | undefined {
  if (increase.evaluations <= 0 || responses <= 0) return undefined;
  const p99AtMostMs = (buckets: Record<string, number>): number | undefined => {
    const bound = Object.entries(buckets)
      .map(([upper, count]) => [Number(upper), count] as const)
      .sort(([a], [b]) => a - b)
      .find(([, count]) => count >= 0.99 * increase.evaluations)?.[0];
    return bound === undefined ? undefined : bound * 1_000;
  };
  return {
    evaluationsPerResponse: increase.evaluations / responses,
    msPerRequest: (increase.seconds * 1_000) / increase.evaluations,
    p99AtMostMs: p99AtMostMs(increase.buckets),
    cpuMsPerRequest: (increase.cpuSeconds * 1_000) / increase.evaluations,
    cpuP99AtMostMs: p99AtMostMs(increase.cpuBuckets),
    coordinatesPerRequest: increase.coordinates / increase.evaluations,
  };
}
