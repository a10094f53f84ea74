import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startProcess, stopProcess } from './child-processes.ts';
import type { LatencySummary } from './latency.ts';
import type { BenchRequest } from './workloads.ts';

/** One load run, as the load generator process receives it. */
export interface LoadSpec {
  url: string;
  connections: number;
  durationSeconds: number;
  requests: BenchRequest[];
  /** Whether a response may carry GraphQL errors (withheld fields do); otherwise one that does is a mismatch. */
  errorsExpected: boolean;
  /** Where to write autocannon's own result, if anywhere. */
  rawPath?: string | undefined;
}

export interface LoadResult {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: LatencySummary;
  /** Latency of every response, in milliseconds, so that rounds merge exactly. */
  latenciesMs: number[];
  bytesPerResponse: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Responses without `data`, or with GraphQL errors where none were expected. */
  mismatches: number;
}

/** Runs the load generator as a child process and returns what it measured. */
export async function runLoad(spec: LoadSpec, workDirectory: string, name: string): Promise<LoadResult> {
  const specPath = join(workDirectory, `${name}.load.json`);
  await writeFile(specPath, JSON.stringify(spec));
  let stdout = '';
  let stderr = '';
  const child = startProcess(['bench/load-generator.ts', specPath]);
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const limitMs = (spec.durationSeconds + 60) * 1_000;
  const timer = setTimeout(() => void stopProcess(child), limitMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`The load generator failed (exit code ${code}): ${stderr.trim().slice(0, 500)}`);
  const line = stdout.trim().split('\n').at(-1) ?? '';
  const result = JSON.parse(line) as LoadResult;
  // Without a single response the percentiles are NaN, which JSON carries as null.
  for (const key of Object.keys(result.latencyMs) as Array<keyof LatencySummary>) result.latencyMs[key] ??= Number.NaN;
  return result;
}
