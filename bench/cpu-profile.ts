import type { ChildProcess } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { REPOSITORY_ROOT, startProcess, stopProcess } from './child-processes.ts';
import { freePorts } from '../scripts/lib/system.ts';
import { runLoad } from './load-run.ts';
import type { MeasurementSettings, MeasurementTarget } from './measurement.ts';

/** Where our gateway spent its CPU time during a short run, by function and by module. */
export interface CpuProfileSummary {
  seconds: number;
  /** Share of the profiled time the gateway was not idle. */
  busyPercent: number;
  topFunctions: Array<{ name: string; selfPercent: number }>;
  topModules: Array<{ name: string; selfPercent: number }>;
  profilePath: string;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  startTime: number;
  endTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Starts a second gateway of ours with `--cpu-prof` over the running subgraphs, puts each target
 * workload on it for `seconds`, stops it (the profile is written on exit) and summarizes where
 * the time went, counting only the time the gateway was busy.
 */
export async function profileOurGateway(
  env: NodeJS.ProcessEnv,
  targets: readonly MeasurementTarget[],
  seconds: number,
  settings: MeasurementSettings,
  log: (line: string) => void,
): Promise<CpuProfileSummary> {
  const profileDirectory = join(settings.workDirectory, 'cpu-profile');
  let loadStartedMicros: number;
  await mkdir(profileDirectory, { recursive: true });
  const [port] = await freePorts(1);
  const gateway = startProcess(['--cpu-prof', '--cpu-prof-dir', profileDirectory, 'gateway/src/main.ts'], {
    env: { ...env, GATEWAY_PORT: String(port) },
    output: (line) => log(`[profiled gateway] ${line}`),
  });
  try {
    const base = `https://127.0.0.1:${port}`;
    await waitUntilHealthy(`${base}/health`, gateway, 60_000);
    loadStartedMicros = Number(process.hrtime.bigint() / 1_000n);
    for (const target of targets) {
      const spec = {
        url: `${base}/graphql`,
        connections: settings.connections,
        requests: target.requests,
        errorsExpected: target.errorsExpected,
      };
      await runLoad(
        { ...spec, durationSeconds: Math.max(1, Math.ceil(seconds / 4)) },
        settings.workDirectory,
        `cpu-prof-${target.workload.name}-warmup`,
      );
      await runLoad({ ...spec, durationSeconds: seconds }, settings.workDirectory, `cpu-prof-${target.workload.name}`);
    }
  } finally {
    await stopProcess(gateway, 15_000);
  }
  const file = (await readdir(profileDirectory)).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error('The profiled gateway wrote no CPU profile.');
  const profilePath = join(settings.rawDirectory, 'ours-gateway.cpuprofile');
  await copyFile(join(profileDirectory, file), profilePath);
  const profile = JSON.parse(await readFile(profilePath, 'utf8')) as CpuProfile;
  return {
    seconds: seconds * targets.length,
    ...summarizeProfile(profile, loadStartedMicros),
    profilePath: relative(REPOSITORY_ROOT, profilePath),
  };
}

async function waitUntilHealthy(url: string, gateway: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gateway.exitCode !== null) throw new Error(`The profiled gateway exited during start-up (exit code ${gateway.exitCode}).`);
    const healthy = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The profiled gateway did not become healthy in time.');
}

/**
 * Self time of each profile node after `fromMicros` (start-up: loading modules, planning, is left
 * out); V8's profile clock and process.hrtime are both the monotonic clock, so the two compare.
 */
function selfTimes(profile: CpuProfile, fromMicros: number): Array<{ frame: ProfileNode['callFrame']; time: number }> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  const from = fromMicros >= profile.startTime && fromMicros <= profile.endTime ? fromMicros : profile.startTime;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at >= from) selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
  });
  return [...selfTime].flatMap(([id, time]) => {
    const frame = byId.get(id)?.callFrame;
    return frame ? [{ frame, time }] : [];
  });
}

/** Self time by function and by module, after `fromMicros`. */
export function summarizeProfile(profile: CpuProfile, fromMicros = 0): Omit<CpuProfileSummary, 'seconds' | 'profilePath'> {
  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  let busy = 0;
  let total = 0;
  for (const { frame, time } of selfTimes(profile, fromMicros)) {
    total += time;
    if (frame.functionName === '(idle)') continue;
    busy += time;
    const module = moduleOf(frame.url, frame.functionName);
    const name = `${frame.functionName || '(anonymous)'} ${module}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + time);
    modules.set(module, (modules.get(module) ?? 0) + time);
  }
  const top = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([name, time]) => ({ name, selfPercent: busy > 0 ? (time / busy) * 100 : 0 }));
  return { busyPercent: total > 0 ? (busy / total) * 100 : 0, topFunctions: top(functions), topModules: top(modules) };
}

/** The process's busy (not idle) self time after `fromMicros`, in microseconds, and the part of it in functions `counted` picks. */
export function busyTimeOf(
  profile: CpuProfile,
  fromMicros: number,
  counted: (module: string, functionName: string) => boolean,
): { busyMicros: number; countedMicros: number } {
  let busyMicros = 0;
  let countedMicros = 0;
  for (const { frame, time } of selfTimes(profile, fromMicros)) {
    if (frame.functionName === '(idle)') continue;
    busyMicros += time;
    if (counted(moduleOf(frame.url, frame.functionName), frame.functionName)) countedMicros += time;
  }
  return { busyMicros, countedMicros };
}

/** A package under node_modules, a file of this repository, a module of Node's own (`node:internal/...`), or V8's own entries. */
function moduleOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) return packageMatch[1] as string;
  if (url.startsWith('node:')) return url;
  const path = url.startsWith('file://') ? new URL(url).pathname : url;
  return path.startsWith(REPOSITORY_ROOT) ? path.slice(REPOSITORY_ROOT.length) : path;
}
