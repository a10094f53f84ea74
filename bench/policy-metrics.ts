import { readMetric } from '../runtime/metrics.ts';

/** One of the gateway's policy time histograms at `/metrics`, or its increase over a run. */
export interface HistogramCounters {
  count: number;
  /** Seconds, all observations together. */
  sum: number;
  /** Observations at or under each bound, in seconds (cumulative, as Prometheus buckets are). */
  buckets: Record<string, number>;
}

/**
 * Our gateway's policy metrics at `/metrics` (gateway/src/gate/gate-metrics.ts), or their increase
 * over a run: the histograms `csec_policy_evaluation_seconds` (wall clock) and
 * `csec_policy_evaluation_on_core_seconds` (less the waits for a core, where the kernel counts
 * them), one observation each per gated request, and the counter `csec_policy_coordinates_total`.
 */
export interface PolicyCounters {
  wallClock: HistogramCounters;
  onCore: HistogramCounters | undefined;
  coordinates: number;
  /** Disclosure facts answers the gate used, all subgraphs together (`csec_gate_facts_answers_total`). */
  factsAnswers: { remembered: number; asked: number };
}

/** Mean and p99 of one histogram, per gated request. */
export interface PolicyTime {
  msPerRequest: number;
  /** The upper bound of the histogram bucket holding the 99th percentile; undefined above the last finite bound. */
  p99AtMostMs: number | undefined;
}

/** What the policy cost our gateway per request, from its own metrics. */
export interface PolicyPerRequest extends PolicyTime {
  /** Evaluations over responses: 1 when every response was gated once, give or take connections/responses from requests in flight at a run's edges. */
  evaluationsPerResponse: number;
  coordinatesPerRequest: number;
  /** The same time less the gateway thread's waits for a core; undefined where the gateway could not count them. */
  onCore: PolicyTime | undefined;
  /** The share of the disclosure facts answers used that were remembered from an earlier request; undefined when none was used. */
  factsRememberedShare: number | undefined;
}

const WALL_CLOCK = 'csec_policy_evaluation_seconds';
const ON_CORE = 'csec_policy_evaluation_on_core_seconds';
const COORDINATES = 'csec_policy_coordinates_total';
const FACTS_ANSWERS = 'csec_gate_facts_answers_total';

export async function readPolicyCounters(metricsUrl: string): Promise<PolicyCounters> {
  const response = await fetch(metricsUrl, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`Our gateway's /metrics answered ${response.status}.`);
  const text = await response.text();
  const single = (name: string): number => {
    const value = readMetric(text, name).get('');
    if (value === undefined) throw new Error(`Our gateway's /metrics has no ${name}.`);
    return value;
  };
  const histogram = (name: string): HistogramCounters => {
    const buckets: Record<string, number> = {};
    for (const [labels, value] of readMetric(text, `${name}_bucket`)) {
      const bound = /le="([^"]+)"/.exec(labels)?.[1];
      if (bound !== undefined && bound !== '+Inf') buckets[bound] = value;
    }
    return { count: single(`${name}_count`), sum: single(`${name}_sum`), buckets };
  };
  const onCore = histogram(ON_CORE);
  const factsAnswers = { remembered: 0, asked: 0 };
  for (const [labels, value] of readMetric(text, FACTS_ANSWERS)) {
    if (labels.includes('answer="remembered"')) factsAnswers.remembered += value;
    else factsAnswers.asked += value;
  }
  return {
    wallClock: histogram(WALL_CLOCK),
    onCore: onCore.count > 0 ? onCore : undefined,
    coordinates: single(COORDINATES),
    factsAnswers,
  };
}

function combined(first: HistogramCounters, second: HistogramCounters, sign: 1 | -1): HistogramCounters {
  return {
    count: first.count + sign * second.count,
    sum: first.sum + sign * second.sum,
    buckets: Object.fromEntries(
      [...new Set([...Object.keys(first.buckets), ...Object.keys(second.buckets)])].map((bound) => [
        bound,
        (first.buckets[bound] ?? 0) + sign * (second.buckets[bound] ?? 0),
      ]),
    ),
  };
}

/** The increase from `before` to `after`; the on-core histogram only when both readings have it. */
export function policyIncrease(before: PolicyCounters, after: PolicyCounters): PolicyCounters {
  return {
    wallClock: combined(after.wallClock, before.wallClock, -1),
    onCore: before.onCore && after.onCore ? combined(after.onCore, before.onCore, -1) : undefined,
    coordinates: after.coordinates - before.coordinates,
    factsAnswers: {
      remembered: after.factsAnswers.remembered - before.factsAnswers.remembered,
      asked: after.factsAnswers.asked - before.factsAnswers.asked,
    },
  };
}

export function sumPolicyCounters(increases: readonly PolicyCounters[]): PolicyCounters {
  const empty: HistogramCounters = { count: 0, sum: 0, buckets: {} };
  return {
    wallClock: increases.reduce((total, item) => combined(total, item.wallClock, 1), empty),
    onCore: increases.every((item) => item.onCore)
      ? increases.reduce((total, item) => combined(total, item.onCore as HistogramCounters, 1), empty)
      : undefined,
    coordinates: increases.reduce((total, item) => total + item.coordinates, 0),
    factsAnswers: {
      remembered: increases.reduce((total, item) => total + item.factsAnswers.remembered, 0),
      asked: increases.reduce((total, item) => total + item.factsAnswers.asked, 0),
    },
  };
}

function timeOf(histogram: HistogramCounters): PolicyTime {
  const p99Bound = Object.entries(histogram.buckets)
    .map(([bound, count]) => [Number(bound), count] as const)
    .sort(([a], [b]) => a - b)
    .find(([, count]) => count >= 0.99 * histogram.count)?.[0];
  return { msPerRequest: (histogram.sum * 1_000) / histogram.count, p99AtMostMs: p99Bound === undefined ? undefined : p99Bound * 1_000 };
}

/**
 * Time and coordinates are divided by the evaluations, not the responses: both then cover the
 * same requests, even those in flight when a run starts or stops.
 */
export function policyPerRequest(increase: PolicyCounters, responses: number): PolicyPerRequest | undefined {
  const evaluations = increase.wallClock.count;
  if (evaluations <= 0 || responses <= 0) return undefined;
  const factsUsed = increase.factsAnswers.remembered + increase.factsAnswers.asked;
  return {
    ...timeOf(increase.wallClock),
    evaluationsPerResponse: evaluations / responses,
    coordinatesPerRequest: increase.coordinates / evaluations,
    onCore: increase.onCore && increase.onCore.count > 0 ? timeOf(increase.onCore) : undefined,
    factsRememberedShare: factsUsed > 0 ? increase.factsAnswers.remembered / factsUsed : undefined,
  };
}
