import { readMetric } from '../runtime/metrics.ts';

/**
 * Our gateway's policy metrics at `/metrics` (gateway/src/gate/gate-metrics.ts), or their increase
 * over a run: the histogram `csec_policy_evaluation_seconds` (one observation per gated request)
 * and the counter `csec_policy_coordinates_total`.
 */
export interface PolicyCounters {
  evaluations: number;
  seconds: number;
  coordinates: number;
  /** Evaluations at or under each bound, in seconds (cumulative, as Prometheus buckets are). */
  buckets: Record<string, number>;
}

/** What the policy cost our gateway per request, from its own metrics. */
export interface PolicyPerRequest {
  /** Evaluations over responses: 1 when every response was gated once, give or take connections/responses from requests in flight at a run's edges. */
  evaluationsPerResponse: number;
  /** Mean time of one evaluation, i.e. per gated request. */
  msPerRequest: number;
  /** The upper bound of the histogram bucket holding the 99th percentile; undefined above the last finite bound. */
  p99AtMostMs: number | undefined;
  coordinatesPerRequest: number;
}

const HISTOGRAM = 'csec_policy_evaluation_seconds';
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
  const buckets: Record<string, number> = {};
  for (const [labels, value] of readMetric(text, `${HISTOGRAM}_bucket`)) {
    const bound = /le="([^"]+)"/.exec(labels)?.[1];
    if (bound !== undefined && bound !== '+Inf') buckets[bound] = value;
  }
  return {
    evaluations: single(`${HISTOGRAM}_count`),
    seconds: single(`${HISTOGRAM}_sum`),
    coordinates: single(COORDINATES),
    buckets,
  };
}

export function policyIncrease(before: PolicyCounters, after: PolicyCounters): PolicyCounters {
  return {
    evaluations: after.evaluations - before.evaluations,
    seconds: after.seconds - before.seconds,
    coordinates: after.coordinates - before.coordinates,
    buckets: Object.fromEntries(Object.entries(after.buckets).map(([bound, count]) => [bound, count - (before.buckets[bound] ?? 0)])),
  };
}

export function sumPolicyCounters(increases: readonly PolicyCounters[]): PolicyCounters {
  return increases.reduce(
    (total, item) => ({
      evaluations: total.evaluations + item.evaluations,
      seconds: total.seconds + item.seconds,
      coordinates: total.coordinates + item.coordinates,
      buckets: Object.fromEntries(
        [...new Set([...Object.keys(total.buckets), ...Object.keys(item.buckets)])].map((bound) => [
          bound,
          (total.buckets[bound] ?? 0) + (item.buckets[bound] ?? 0),
        ]),
      ),
    }),
    { evaluations: 0, seconds: 0, coordinates: 0, buckets: {} },
  );
}

/**
 * Time and coordinates are divided by the evaluations, not the responses: both then cover the
 * same requests, even those in flight when a run starts or stops.
 */
export function policyPerRequest(increase: PolicyCounters, responses: number): PolicyPerRequest | undefined {
  if (increase.evaluations <= 0 || responses <= 0) return undefined;
  const p99Bound = Object.entries(increase.buckets)
    .map(([bound, count]) => [Number(bound), count] as const)
    .sort(([a], [b]) => a - b)
    .find(([, count]) => count >= 0.99 * increase.evaluations)?.[0];
  return {
    evaluationsPerResponse: increase.evaluations / responses,
    msPerRequest: (increase.seconds * 1_000) / increase.evaluations,
    p99AtMostMs: p99Bound === undefined ? undefined : p99Bound * 1_000,
    coordinatesPerRequest: increase.coordinates / increase.evaluations,
  };
}
