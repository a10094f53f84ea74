import type { ConfigurationSummary } from './summary.ts';
import type { ConfigurationName, WorkloadName } from './workloads.ts';

/**
 * Processes that do the same work for every configuration: our gate asks nothing of them, and the
 * ungated configurations send them a disclosure context that allows what ours does. Their CPU per
 * response is a yardstick of the machine itself; the csec and child welfare subgraphs are not,
 * since our gate reads facts from both and writes its audit to csec.
 */
export const YARDSTICK_PROCESSES = ['probation', 'health', 'education', 'fhir-server'] as const;

/** Beyond this, the machine ran at a different speed for two configurations of one workload. */
const STEADY_WITHIN = 0.1;
/**
 * Below this CPU per response the yardstick does too little to time the machine by (a workload that
 * only writes to csec asks nothing of them): such a workload is not compared.
 */
const YARDSTICK_MEASURABLE_MS = 0.2;

/** Ours against one other configuration on one workload. */
export interface MachineSteadiness {
  workload: WorkloadName;
  comparedWith: ConfigurationName;
  /** CPU per response of the yardstick processes, summed, during ours' rounds and the other's. */
  yardstickMs: number;
  comparedYardstickMs: number;
  /** yardstickMs / comparedYardstickMs - 1. */
  difference: number;
  steady: boolean;
}

/**
 * Compares the yardstick processes' CPU per response during ours' rounds with that during the
 * baseline's and the peer's, workload by workload. On a shared machine a neighbour can slow some
 * rounds and not others; a ratio between configurations is less certain when the yardstick moved.
 */
export function machineSteadiness(summaries: readonly ConfigurationSummary[]): MachineSteadiness[] {
  const checks: MachineSteadiness[] = [];
  for (const ours of summaries.filter((summary) => summary.configuration === 'ours')) {
    const yardstickMs = yardstick(ours);
    if (yardstickMs === undefined || yardstickMs < YARDSTICK_MEASURABLE_MS) continue;
    for (const comparedWith of ['baseline', 'peer'] as const) {
      const other = summaries.find((summary) => summary.workload === ours.workload && summary.configuration === comparedWith);
      const comparedYardstickMs = other && yardstick(other);
      if (comparedYardstickMs === undefined || comparedYardstickMs < YARDSTICK_MEASURABLE_MS) continue;
      const difference = yardstickMs / comparedYardstickMs - 1;
      checks.push({
        workload: ours.workload,
        comparedWith,
        yardstickMs,
        comparedYardstickMs,
        difference,
        steady: Math.abs(difference) <= STEADY_WITHIN,
      });
    }
  }
  return checks;
}

/** A note for every comparison the yardstick puts in doubt. */
export function steadinessNotes(checks: readonly MachineSteadiness[]): string[] {
  return checks
    .filter((check) => !check.steady)
    .map(
      (check) =>
        `${check.workload}: ${YARDSTICK_PROCESSES.join(', ')} do the same work for every configuration, yet used ` +
        `${check.yardstickMs.toFixed(1)} ms of CPU per response during ours' rounds against ${check.comparedYardstickMs.toFixed(1)} ms ` +
        `during the ${check.comparedWith}'s (${signedPercent(check.difference)}; a steady machine stays within ${Math.round(STEADY_WITHIN * 100)}%). ` +
        `Either the machine ran at another speed while ours was measured or ours' load changed what their work costs, ` +
        `so ours/${check.comparedWith} on ${check.workload} is less certain than usual; another run tells which.`,
    );
}

/** What the yardstick's move means for a target on one ratio, or undefined when it held still. */
export function steadinessCaveat(check: MachineSteadiness | undefined): string | undefined {
  if (!check || check.steady) return undefined;
  return `the same work cost ${signedPercent(check.difference)} CPU during ours' rounds against the ${check.comparedWith}'s (see Notes)`;
}

function signedPercent(fraction: number): string {
  const percent = Math.round(fraction * 100);
  return `${percent >= 0 ? '+' : ''}${percent}%`;
}

/** Undefined when a yardstick process was not measured, e.g. a workload that reaches none of them. */
function yardstick(summary: ConfigurationSummary): number | undefined {
  let total = 0;
  for (const process of YARDSTICK_PROCESSES) {
    const perResponse = summary.cpuMsPerRequest[process];
    if (perResponse === undefined || !Number.isFinite(perResponse)) return undefined;
    total += perResponse;
  }
  return total;
}
