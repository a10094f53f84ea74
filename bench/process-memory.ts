import { readFile, readdir } from 'node:fs/promises';

/** Resident set size of a process in bytes (Linux /proc), or undefined once it has gone. */
export async function residentBytes(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pids of this process's own children whose command line names the given entry point (the
 * services startSystem spawned), read from /proc. Nothing else is touched.
 */
export async function childPidsByEntryPoint(entryPoints: Record<string, string>): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const commandLine = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0');
      for (const [label, entryPoint] of Object.entries(entryPoints)) {
        if (commandLine.includes(entryPoint)) found[label] = Number(entry);
      }
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

export interface RssSeries {
  /** Highest sampled resident set size, in bytes. */
  peakBytes: number;
  /** [milliseconds since the sampler started, bytes]. */
  samples: Array<[number, number]>;
}

/** Samples the resident set size of a few processes at a fixed interval while it runs. */
export class RssSampler {
  private readonly pids: Record<string, number>;
  private readonly intervalMs: number;
  private readonly series = new Map<string, RssSeries>();
  private timer: NodeJS.Timeout | undefined;
  private started = 0;
  private sampling: Promise<void> = Promise.resolve();

  constructor(pids: Record<string, number>, intervalMs: number) {
    this.pids = pids;
    this.intervalMs = intervalMs;
  }

  start(): void {
    this.started = performance.now();
    this.sampling = this.sample();
    this.timer = setInterval(() => {
      this.sampling = this.sampling.then(() => this.sample());
    }, this.intervalMs);
  }

  async stop(): Promise<Record<string, RssSeries>> {
    if (this.timer) clearInterval(this.timer);
    await this.sampling;
    await this.sample();
    return Object.fromEntries(this.series);
  }

  private async sample(): Promise<void> {
    const at = Math.round(performance.now() - this.started);
    await Promise.all(
      Object.entries(this.pids).map(async ([label, pid]) => {
        const bytes = await residentBytes(pid);
        if (bytes === undefined) return;
        const series = this.series.get(label) ?? { peakBytes: 0, samples: [] };
        series.peakBytes = Math.max(series.peakBytes, bytes);
        series.samples.push([at, bytes]);
        this.series.set(label, series);
      }),
    );
  }
}
