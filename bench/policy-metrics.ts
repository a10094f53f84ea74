import { readMetric } from '../runtime/metrics.ts';

/**
 * Our gateway's policy metrics at `/metrics` (gateway/src/policy/gate-metrics.ts), or their increase
 * over a run: the histograms `csec_policy_evaluation_seconds` (wall time) and
 * `csec_policy_evaluation_cpu_seconds` (the gateway thread's CPU time), one observation per gated
 * request each, and the counter `csec_policy_coordinates_total`.
 */
export interface PolicyCounters {
  evaluations: number;
  wall: HistogramCounts;
  cpu: HistogramCounts;
  coordinates: number;
}

export interface HistogramCounts {
  seconds: number;
  /** Evaluations at or under each bound, in seconds (cumulative, as Prometheus buckets are). */
  buckets: Record<string, number>;
}

/** What the policy cost our gateway per request, from its own metrics. */
export interface PolicyPerRequest {
  /** Evaluations over responses: 1 when every response was gated once, give or take connections/responses from requests in flight at a run's edges. */
  evaluationsPerResponse: number;
  /** Mean wall time of one evaluation, i.e. per gated request. */
  msPerRequest: number;
  /** The upper bound of the wall time bucket holding the 99th percentile; undefined above the last finite bound. */
  p99AtMostMs: number | undefined;
  /** The same two from the CPU time, which leaves out waits for a core on a busy machine. */
  cpuMsPerRequest: number;
  cpuP99AtMostMs: number | undefined;
  coordinatesPerRequest: number;
}

const WALL = 'csec_policy_evaluation_seconds';
const CPU = 'csec_policy_evaluation_cpu_seconds';
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
  const histogram = (name: string): HistogramCounts => {
    const buckets: Record<string, number> = {};
    for (const [labels, value] of readMetric(text, `${name}_bucket`)) {
      const bound = /le="([^"]+)"/.exec(labels)?.[1];
      if (bound !== undefined && bound !== '+Inf') buckets[bound] = value;
    }
    return { seconds: single(`${name}_sum`), buckets };
  };
  return { evaluations: single(`${WALL}_count`), wall: histogram(WALL), cpu: histogram(CPU), coordinates: single(COORDINATES) };
}

function combine(first: HistogramCounts, second: HistogramCounts, sign: 1 | -1): HistogramCounts {
  const bounds = new Set([...Object.keys(first.buckets), ...Object.keys(second.buckets)]);
  return {
    seconds: first.seconds + sign * second.seconds,
    buckets: Object.fromEntries([...bounds].map((bound) => [bound, (first.buckets[bound] ?? 0) + sign * (second.buckets[bound] ?? 0)])),
  };
}

export function policyIncrease(before: PolicyCounters, after: PolicyCounters): PolicyCounters {
  return {
    evaluations: after.evaluations - before.evaluations,
    wall: combine(after.wall, before.wall, -1),
    cpu: combine(after.cpu, before.cpu, -1),
    coordinates: after.coordinates - before.coordinates,
  };
}

export function sumPolicyCounters(increases: readonly PolicyCounters[]): PolicyCounters {
  const none: HistogramCounts = { seconds: 0, buckets: {} };
  return increases.reduce(
    (total, item) => ({
      evaluations: total.evaluations + item.evaluations,
      wall: combine(total.wall, item.wall, 1),
      cpu: combine(total.cpu, item.cpu, 1),
      coordinates: total.coordinates + item.coordinates,
    }),
    { evaluations: 0, wall: none, cpu: none, coordinates: 0 },
  );
}

/** The upper bound, in ms, of the bucket the 99th percentile falls in; undefined above the last finite bound. */
function p99AtMostMs(histogram: HistogramCounts, evaluations: number): number | undefined {
  const bound = Object.entries(histogram.buckets)
    .map(([upper, count]) => [Number(upper), count] as const)
    .sort(([a], [b]) => a - b)
    .find(([, count]) => count >= 0.99 * evaluations)?.[0];
  return bound === undefined ? undefined : bound * 1_000;
}

/**
 * Time and coordinates are divided by the evaluations, not the responses: both then cover the
 * same requests, even those in flight when a run starts or stops.
 */
export function policyPerRequest(increase: PolicyCounters, responses: number): PolicyPerRequest | undefined {
  if (increase.evaluations <= 0 || responses <= 0) return undefined;
  return {
    evaluationsPerResponse: increase.evaluations / responses,
    msPerRequest: (increase.wall.seconds * 1_000) / increase.evaluations,
    p99AtMostMs: p99AtMostMs(increase.wall, increase.evaluations),
    cpuMsPerRequest: (increase.cpu.seconds * 1_000) / increase.evaluations,
    cpuP99AtMostMs: p99AtMostMs(increase.cpu, increase.evaluations),
    coordinatesPerRequest: increase.coordinates / increase.evaluations,
  };
}
