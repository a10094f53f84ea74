import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

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

/** CPU time (user + system) each process has used so far, in milliseconds, read from /proc. */
export async function processCpuMs(pids: Record<string, number>): Promise<Record<string, number>> {
  const perTick = 1_000 / clockTicksPerSecond();
  const entries = await Promise.all(
    Object.entries(pids).map(async ([label, pid]) => {
      try {
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
        return [label, ((fields[11] ?? 0) + (fields[12] ?? 0)) * perTick] as const;
      } catch {
        return undefined;
      }
    }),
  );
  return Object.fromEntries(entries.filter((entry) => entry !== undefined));
}
