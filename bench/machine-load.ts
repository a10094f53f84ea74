import { readFile } from 'node:fs/promises';
import { processParents, processTicks, processTree } from './process-cpu.ts';

/**
 * How much of the machine's CPU went to work other than the bench's own processes (this process,
 * the services, the gateways and load generators it started): on a shared machine, other work
 * skews every number. Read from /proc; undefined where there is none.
 */
export interface CpuSnapshot {
  totalTicks: number;
  idleTicks: number;
  benchTicks: number;
}

export async function cpuSnapshot(): Promise<CpuSnapshot | undefined> {
  try {
    const stat = await readFile('/proc/stat', 'utf8');
    const fields = (stat.split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    const totalTicks = fields.reduce((sum, value) => sum + value, 0);
    const idleTicks = (fields[3] ?? 0) + (fields[4] ?? 0);
    let benchTicks = 0;
    for (const pid of await benchProcesses()) {
      const times = await processTicks(pid, { reaped: true });
      if (times !== undefined) benchTicks += times;
    }
    return { totalTicks, idleTicks, benchTicks };
  } catch {
    return undefined;
  }
}

/** Percent of all CPU time between two snapshots that other processes used. */
export function otherCpuPercent(before: CpuSnapshot | undefined, after: CpuSnapshot | undefined): number | undefined {
  if (!before || !after) return undefined;
  const total = after.totalTicks - before.totalTicks;
  const busy = total - (after.idleTicks - before.idleTicks);
  const bench = after.benchTicks - before.benchTicks;
  return total > 0 ? Math.max(0, ((busy - bench) / total) * 100) : undefined;
}

/** This process and every live descendant of it. */
async function benchProcesses(): Promise<number[]> {
  return processTree(process.pid, await processParents());
}
