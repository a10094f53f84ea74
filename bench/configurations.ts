import { startProcess, stopProcess, waitForLine } from './child-processes.ts';
import { OPEN_DISCLOSURE_PATH_VARIABLE, UNGATED_PORT_VARIABLE } from './ungated-setup.ts';
import type { ConfigurationName } from './workloads.ts';
import { freePorts } from '../scripts/lib/system.ts';

/** A configuration ready to be measured: where to send requests and which process serves them. */
export interface RunningConfiguration {
  name: ConfigurationName;
  url: string;
  pid: number;
  /** Where the gateway reports its policy counters (ours only: the ungated three evaluate no policy). */
  policyMetricsUrl?: string;
  stop: () => Promise<void>;
}

const ENTRY_POINTS: Record<Exclude<ConfigurationName, 'ours'>, string> = {
  baseline: 'bench/baseline-gateway.ts',
  peer: 'bench/peer-gateway.ts',
  floor: 'bench/floor-server.ts',
};

/** Starts an ungated configuration (baseline, peer or floor) as its own process over the running subgraphs. */
export async function startUngatedConfiguration(
  name: Exclude<ConfigurationName, 'ours'>,
  env: NodeJS.ProcessEnv,
  openDisclosurePath: string,
  log: (line: string) => void,
): Promise<RunningConfiguration> {
  const [port] = await freePorts(1);
  const child = startProcess([ENTRY_POINTS[name]], {
    env: { ...env, [UNGATED_PORT_VARIABLE]: String(port), [OPEN_DISCLOSURE_PATH_VARIABLE]: openDisclosurePath },
    output: (line) => log(`[${name}] ${line}`),
  });
  try {
    const [, url] = await waitForLine(child, /listening at (\S+)/, 60_000, `${name} gateway`);
    if (!url || child.pid === undefined) throw new Error(`The ${name} gateway did not say where it listens.`);
    return { name, url, pid: child.pid, stop: () => stopProcess(child) };
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
}

/** Starts baseline, peer and floor side by side; one that cannot start is left out, with the reason. */
export async function startUngatedConfigurations(
  env: NodeJS.ProcessEnv,
  openDisclosurePath: string,
  log: (line: string) => void,
): Promise<{ running: Partial<Record<ConfigurationName, RunningConfiguration>>; unavailable: Partial<Record<ConfigurationName, string>> }> {
  const names = ['baseline', 'peer', 'floor'] as const;
  const outcomes = await Promise.allSettled(names.map((name) => startUngatedConfiguration(name, env, openDisclosurePath, log)));
  const running: Partial<Record<ConfigurationName, RunningConfiguration>> = {};
  const unavailable: Partial<Record<ConfigurationName, string>> = {};
  outcomes.forEach((outcome, index) => {
    const name = names[index] as (typeof names)[number];
    if (outcome.status === 'fulfilled') running[name] = outcome.value;
    else unavailable[name] = `could not start: ${outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)}`;
  });
  return { running, unavailable };
}
