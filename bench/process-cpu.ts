import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';

let ticksPerSecond: number | undefined;

/** The kernel's clock ticks per second (`getconf CLK_TCK`), in which /proc reports CPU time. */
function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * CPU time (user + system) each process and its live descendants have used so far, in
 * milliseconds, read from /proc. Descendants count because a PostgreSQL server is a postmaster
 * with a backend process per connection; the Node services have none.
 */
export async function processCpuMs(pids: Record<string, number>): Promise<Record<string, number>> {
  const perTick = 1_000 / clockTicksPerSecond();
  const parents = await processParents();
  const entries = await Promise.all(
    Object.entries(pids).map(async ([label, pid]) => {
      if (!parents.has(pid)) return undefined;
      let ticks = 0;
      for (const member of processTree(pid, parents)) ticks += (await processTicks(member, { reaped: member !== pid })) ?? 0;
      return [label, ticks * perTick] as const;
    }),
  );
  return Object.fromEntries(entries.filter((entry) => entry !== undefined));
}

/** Every live process and its parent, from /proc. */
export async function processParents(): Promise<Map<number, number>> {
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
  return parents;
}

/** The process and every live descendant of it. */
export function processTree(root: number, parents: ReadonlyMap<number, number>): number[] {
  const tree = new Set([root]);
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

/**
 * utime + stime; with `reaped`, also the time of its children already reaped (cutime + cstime),
 * which are no longer live. The root of a tree leaves them out, so that a measurement does not
 * count a child that exited before it began.
 */
export async function processTicks(pid: number, options: { reaped: boolean }): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    // After the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
    const own = (fields[11] ?? 0) + (fields[12] ?? 0);
    return options.reaped ? own + (fields[13] ?? 0) + (fields[14] ?? 0) : own;
  } catch {
    return undefined;
  }
}
