import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runLoad } from './load-run.ts';
import type { MeasurementSettings, MeasurementTarget } from './measurement.ts';
import { RssSampler, type RssSeries } from './process-memory.ts';

/** How one process's memory moved during the soak, after warm-up. */
export interface SoakGrowth {
  /** Median RSS just after warm-up and over the last stretch, in MiB. */
  warmRssMiB: number;
  finalRssMiB: number;
  growthMiB: number;
  growthPercent: number;
  /** Least-squares slope of RSS after warm-up, in MiB per minute. */
  slopeMiBPerMinute: number;
  peakRssMiB: number;
}

export interface SoakResult {
  minutes: number;
  warmupSeconds: number;
  requests: number;
  failed: number;
  processes: Record<string, SoakGrowth>;
}

/** Longest single load run of the soak; the workloads alternate between runs. */
const CHUNK_SECONDS = 30;

/**
 * Keeps our gateway under load for the given minutes, alternating the profile and the caseload,
 * while sampling the resident memory of the gateway and of every subgraph each second. Growth
 * is the median of the last stretch against the median just after warm-up (the first fifth of
 * the soak, at most a minute).
 */
export async function soak(
  targets: readonly MeasurementTarget[],
  pids: Record<string, number>,
  minutes: number,
  settings: MeasurementSettings,
  say: (line: string) => void,
): Promise<SoakResult> {
  const totalMs = minutes * 60_000;
  const warmupSeconds = Math.min(60, (totalMs / 1000) * 0.2);
  const sampler = new RssSampler(pids, 1_000);
  const started = Date.now();
  let requests = 0;
  let failed = 0;
  sampler.start();
  let series: Record<string, RssSeries>;
  try {
    for (let chunk = 0; Date.now() - started < totalMs; chunk += 1) {
      const target = targets[chunk % targets.length] as MeasurementTarget;
      const seconds = Math.max(1, Math.min(CHUNK_SECONDS, Math.ceil((totalMs - (Date.now() - started)) / 1000)));
      const load = await runLoad(
        {
          url: target.configuration.url,
          connections: settings.connections,
          durationSeconds: seconds,
          requests: target.requests,
          errorsExpected: target.errorsExpected,
        },
        settings.workDirectory,
        `soak-${chunk}`,
      );
      requests += load.requests;
      failed += load.non2xx + load.errors + load.timeouts + load.mismatches;
      say(`  soak: ${Math.round((Date.now() - started) / 1000)} s, ${requests} requests`);
    }
  } finally {
    series = await sampler.stop();
  }
  await writeFile(join(settings.rawDirectory, 'soak-rss.json'), JSON.stringify(series));
  const processes: Record<string, SoakGrowth> = {};
  for (const [label, { samples, peakBytes }] of Object.entries(series)) {
    const growth = growthAfterWarmup(samples, warmupSeconds * 1000, peakBytes);
    if (growth) processes[label] = growth;
  }
  return { minutes, warmupSeconds, requests, failed, processes };
}

function growthAfterWarmup(samples: ReadonlyArray<[number, number]>, warmupMs: number, peakBytes: number): SoakGrowth | undefined {
  const after = samples.filter(([at]) => at >= warmupMs);
  if (after.length < 4) return undefined;
  const stretch = Math.max(2, Math.floor(after.length / 5));
  const mib = (bytes: number) => bytes / 2 ** 20;
  const warm = mib(median(after.slice(0, stretch).map(([, bytes]) => bytes)));
  const final = mib(median(after.slice(-stretch).map(([, bytes]) => bytes)));
  return {
    warmRssMiB: warm,
    finalRssMiB: final,
    growthMiB: final - warm,
    growthPercent: ((final - warm) / warm) * 100,
    slopeMiBPerMinute: slope(after.map(([at, bytes]) => [at / 60_000, mib(bytes)])),
    peakRssMiB: mib(peakBytes),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function slope(points: ReadonlyArray<[number, number]>): number {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const [x, y] of points) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  return variance > 0 ? covariance / variance : 0;
}
