import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The time the calling thread has spent runnable but waiting for a core, in seconds, as the Linux
 * scheduler counts it (the second field of `/proc/thread-self/schedstat`, in nanoseconds). The
 * kernel adds a wait when the thread gets its core back, so two readings around a synchronous
 * stretch of work tell how much of its wall-clock time went to other processes. Node has no
 * per-thread CPU clock precise below a millisecond (`process.threadCpuUsage` moves with the
 * scheduler's tick); this file is exact and costs one `pread` of about a microsecond.
 */
export type CoreWaitClock = () => number | undefined;

const SCHEDSTAT = '/proc/thread-self/schedstat';
const buffer = Buffer.alloc(128);

/**
 * A clock of the calling thread's waits for a core, or undefined where the kernel does not keep
 * them (not Linux, or scheduler statistics compiled out). The file is opened from the calling
 * thread and read by it alone: a clock created on one thread must not be read on another.
 */
export function coreWaitClock(): CoreWaitClock | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(SCHEDSTAT, 'r');
  } catch {
    return undefined;
  }
  const read: CoreWaitClock = () => {
    try {
      const length = readSync(descriptor, buffer, 0, buffer.length, 0);
      const waited = Number(buffer.toString('latin1', 0, length).split(' ')[1]);
      return Number.isFinite(waited) ? waited / 1e9 : undefined;
    } catch {
      return undefined;
    }
  };
  if (read() !== undefined) return read;
  closeSync(descriptor);
  return undefined;
}

/** A stretch of work timed on the wall clock, with the part of it the thread waited for a core where the kernel counts it. */
export interface Lap {
  seconds: number;
  coreWaitSeconds: number | undefined;
}

let threadClock: CoreWaitClock | undefined | null = null;

/**
 * Starts timing a stretch of work on the calling thread; the function returned ends it. The clock
 * of waits is opened at the first lap of this module's thread (each worker thread has its own).
 */
export function startLap(): () => Lap {
  if (threadClock === null) threadClock = coreWaitClock();
  const clock = threadClock;
  // The waits are read inside the wall-clock window, so they never count a moment outside it.
  const started = performance.now();
  const waitedBefore = clock?.();
  return () => {
    const waitedAfter = clock?.();
    const seconds = (performance.now() - started) / 1000;
    const coreWaitSeconds =
      waitedBefore === undefined || waitedAfter === undefined ? undefined : Math.min(seconds, Math.max(0, waitedAfter - waitedBefore));
    return { seconds, coreWaitSeconds };
  };
}
