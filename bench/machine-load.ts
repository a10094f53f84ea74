import { readFile, readdir } from 'node:fs/promises';

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
      const times = await processTicks(pid);
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
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone while being read.
    }
  }
  const tree = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** utime + stime, with the time of its children already reaped (cutime + cstime): those are no longer live. */
async function processTicks(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    // After the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
    return (fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0);
  } catch {
    return undefined;
  }
}
