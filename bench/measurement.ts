import { join } from 'node:path';
import type { SystemConfig } from '../runtime/config.ts';
import type { RunningConfiguration } from './configurations.ts';
import { runLoad, type LoadResult } from './load-run.ts';
import { cpuSnapshot, otherCpuPercent } from './machine-load.ts';
import { policyIncrease, readPolicyCounters, type PolicyCounters } from './policy-metrics.ts';
import { processCpuMs } from './process-cpu.ts';
import { RssSampler, type RssSeries } from './process-memory.ts';
import { sourceRoundTrips } from './source-round-trips.ts';
import type { BenchRequest, ConfigurationName, Workload, WorkloadName } from './workloads.ts';

/** One configuration under one workload: what to send and what the answers may hold. */
export interface MeasurementTarget {
  workload: Workload;
  configuration: RunningConfiguration;
  /** The processes every configuration shares (subgraphs, embedded sources), by name. */
  sharedPids: Record<string, number>;
  requests: BenchRequest[];
  errorsExpected: boolean;
}

/** One measured load run, after its warm-up. */
export interface Measurement extends LoadResult {
  workload: WorkloadName;
  configuration: ConfigurationName;
  round: number;
  /** Source round trips of all subgraphs during the run (queries and FHIR requests). */
  sourceRoundTrips: number;
  /** Increase of the gateway's own policy counters during the run; ours only. */
  policy: PolicyCounters | undefined;
  /** Highest resident set size of the configuration's gateway process during the run. */
  peakRssBytes: number | undefined;
  /** Percent of the machine's CPU that processes other than the bench's used during the run. */
  otherCpuPercent: number | undefined;
  /** CPU time per response of the configuration's gateway process ("gateway") and of each shared process. */
  cpuMsPerRequest: Record<string, number>;
}

export interface MeasurementSettings {
  config: SystemConfig;
  connections: number;
  /** Seconds of each measured run, and of each slice of the first warm-up. */
  durationSeconds: number;
  /** Seconds of unrecorded load before each measured run; 0 turns every warm-up off. */
  warmupSeconds: number;
  workDirectory: string;
  rawDirectory: string;
}

function loadSpec(target: MeasurementTarget, settings: MeasurementSettings) {
  return {
    url: target.configuration.url,
    connections: settings.connections,
    requests: target.requests,
    errorsExpected: target.errorsExpected,
  };
}

/** Load that is not recorded, for `seconds`; its throughput. */
async function unrecordedLoad(target: MeasurementTarget, settings: MeasurementSettings, name: string, seconds: number): Promise<number> {
  const load = await runLoad({ ...loadSpec(target, settings), durationSeconds: seconds }, settings.workDirectory, `${name}-warmup`);
  return load.requestsPerSecond;
}

/** Slices of warm-up whose throughput differs by at most this share count as steady. */
const STEADY_SHARE = 0.05;
/** Most warm-up slices before a target counts as warm anyway. */
const MAX_WARMUP_SLICES = 10;

/**
 * Warm-up slices as long as a measured run until two in a row do not beat the best throughput so
 * far by more than 5% (or `MAX_WARMUP_SLICES`): a process that has just started runs its code, and
 * the embedded sources' WebAssembly, unoptimized for a while. Returns the throughput of each slice;
 * none when warm-up is off (`warmupSeconds` 0).
 */
export async function warmUntilSteady(target: MeasurementTarget, settings: MeasurementSettings, name: string): Promise<number[]> {
  const slices: number[] = [];
  let best = 0;
  let steadySlices = 0;
  while (settings.warmupSeconds > 0 && slices.length < MAX_WARMUP_SLICES && steadySlices < 2) {
    const throughput = await unrecordedLoad(target, settings, `${name}-${slices.length + 1}`, settings.durationSeconds);
    slices.push(throughput);
    steadySlices = slices.length > 1 && throughput <= best * (1 + STEADY_SHARE) ? steadySlices + 1 : 0;
    best = Math.max(best, throughput);
  }
  return slices;
}

export async function measure(target: MeasurementTarget, settings: MeasurementSettings, round: number): Promise<Measurement> {
  const name = `${target.workload.name}-${target.configuration.name}-round${round}`;
  const spec = loadSpec(target, settings);
  if (settings.warmupSeconds > 0) await unrecordedLoad(target, settings, name, settings.warmupSeconds);
  const before = await sourceRoundTrips(settings.config);
  const { policyMetricsUrl } = target.configuration;
  const policyBefore = policyMetricsUrl === undefined ? undefined : await readPolicyCounters(policyMetricsUrl);
  const cpuBefore = await cpuSnapshot();
  const processes = { gateway: target.configuration.pid, ...target.sharedPids };
  const processCpuBefore = await processCpuMs(processes);
  const sampler = new RssSampler({ gateway: target.configuration.pid }, 250);
  sampler.start();
  let memory: Record<string, RssSeries>;
  let load: LoadResult;
  try {
    load = await runLoad(
      { ...spec, durationSeconds: settings.durationSeconds, rawPath: join(settings.rawDirectory, `${name}.autocannon.json`) },
      settings.workDirectory,
      name,
    );
  } finally {
    memory = await sampler.stop();
  }
  const otherCpu = otherCpuPercent(cpuBefore, await cpuSnapshot());
  const processCpuAfter = await processCpuMs(processes);
  const cpuMsPerRequest: Record<string, number> = {};
  for (const [label, after] of Object.entries(processCpuAfter)) {
    const before = processCpuBefore[label];
    if (before !== undefined && load.requests > 0) cpuMsPerRequest[label] = (after - before) / load.requests;
  }
  // Requests cut off at the end of the run finish at the subgraphs within moments.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await sourceRoundTrips(settings.config);
  const policyAfter = policyMetricsUrl === undefined ? undefined : await readPolicyCounters(policyMetricsUrl);
  return {
    ...load,
    workload: target.workload.name,
    configuration: target.configuration.name,
    round,
    sourceRoundTrips: after - before,
    policy: policyBefore && policyAfter ? policyIncrease(policyBefore, policyAfter) : undefined,
    peakRssBytes: memory['gateway']?.peakBytes,
    otherCpuPercent: otherCpu,
    cpuMsPerRequest,
  };
}
