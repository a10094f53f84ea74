import type { RunningConfiguration } from './configurations.ts';
import type { MeasurementTarget } from './measurement.ts';
import { probe, type ProbeResult } from './probe.ts';
import { SEES_A_LOT, type BenchRequest, type ConfigurationName, type Workload, type WorkloadName } from './workloads.ts';

export interface AnswerChecks {
  /** What to measure: every configuration whose first answers were right, on its workloads. */
  targets: MeasurementTarget[];
  probes: Array<{ workload: WorkloadName; configuration: ConfigurationName } & ProbeResult>;
  /** Why a configuration is left out, by name. */
  unavailable: Partial<Record<ConfigurationName, string>>;
  notes: string[];
}

/**
 * Sends the first request of every workload to every running configuration before any load:
 * each must answer with data; ours must have a policy in force and show the social worker the
 * youth; the ungated ones must answer without errors. Whether ours and the peer return the same
 * data as the baseline goes in the notes.
 */
export async function checkAnswers(
  workloads: readonly Workload[],
  running: Partial<Record<ConfigurationName, RunningConfiguration>>,
  requestsFor: (workload: Workload, configuration: ConfigurationName) => BenchRequest[],
  sharedPids: Record<string, number>,
): Promise<AnswerChecks> {
  const checked: MeasurementTarget[] = [];
  const probes: AnswerChecks['probes'] = [];
  const unavailable: AnswerChecks['unavailable'] = {};
  const notes: string[] = [];
  for (const workload of workloads) {
    for (const name of workload.configurations) {
      const configuration = running[name];
      if (!configuration) continue;
      const requests = requestsFor(workload, name);
      const result: ProbeResult = await probe(configuration.url, requests[0] as BenchRequest).catch((error: unknown) => ({
        status: 0,
        bytes: 0,
        errors: 0,
        rootNull: true,
        ok: false,
        problem: error instanceof Error ? error.message : String(error),
      }));
      probes.push({ workload: workload.name, configuration: name, ...result });
      const problem = problemWith(name, workload, result);
      if (problem) {
        unavailable[name] = problem;
        continue;
      }
      if (name !== 'ours' && result.errors > 0)
        notes.push(`${name} answered ${workload.name} with ${result.errors} GraphQL errors before the load.`);
      // Ours withholds fields with errors by design; an ungated configuration must answer without any.
      checked.push({ workload, configuration, sharedPids, requests, errorsExpected: name === 'ours' });
    }
  }
  for (const workload of workloads) {
    const digest = (name: ConfigurationName) =>
      probes.find((item) => item.workload === workload.name && item.configuration === name)?.dataDigest;
    for (const name of ['ours', 'peer'] as const) {
      if ((name === 'ours' && workload.userId !== SEES_A_LOT) || !digest(name) || !digest('baseline')) continue;
      const same = digest(name) === digest('baseline');
      notes.push(
        `${name} and baseline ${same ? 'returned the same data' : 'returned DIFFERENT data'} for the first request of ${workload.name}.`,
      );
    }
  }
  const targets = checked.filter((target) => unavailable[target.configuration.name] === undefined);
  return { targets, probes, unavailable, notes };
}

function problemWith(name: ConfigurationName, workload: Workload, result: ProbeResult): string | undefined {
  if (!result.ok) return `its first answer to ${workload.name} was refused: ${result.problem ?? 'unknown problem'}`;
  if (name === 'ours' && result.policyRevision === 'unavailable') {
    return 'it has no disclosure policy in force (the bundle was refused), so it withholds everything';
  }
  if (name === 'ours' && workload.userId === SEES_A_LOT && result.rootNull) {
    return `it withheld the whole answer to ${workload.name} from ${SEES_A_LOT}, who sits on these MDTs`;
  }
  return undefined;
}
