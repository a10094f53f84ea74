import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { coreWaitClock, startLap } from '../../runtime/core-waits.ts';

/** Busy processes, one more than the machine has cores, for `seconds`. */
function crowdTheCores(seconds: number): ChildProcess[] {
  return Array.from({ length: availableParallelism() + 1 }, () =>
    spawn(process.execPath, ['-e', `const end = Date.now() + ${seconds * 1000}; while (Date.now() < end);`], { stdio: 'ignore' }),
  );
}

function spinFor(milliseconds: number): void {
  const end = performance.now() + milliseconds;
  while (performance.now() < end);
}

describe.runIf(process.platform === 'linux')("a thread's waits for a core", () => {
  let crowd: ChildProcess[] = [];
  afterEach(() => {
    for (const child of crowd) child.kill();
    crowd = [];
  });

  it('are read from the kernel and never go back', () => {
    const clock = coreWaitClock();
    expect(clock).toBeDefined();
    const first = clock?.() as number;
    spinFor(20);
    expect(clock?.()).toBeGreaterThanOrEqual(first);
  });

  it('count the moments other processes held the cores, within the wall-clock time of the work', async () => {
    crowd = crowdTheCores(5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lap = startLap();
    spinFor(600);
    const { seconds, coreWaitSeconds } = lap();
    expect(seconds).toBeGreaterThanOrEqual(0.6);
    // More runnable threads than cores: the scheduler shares them, and this thread waits its turns.
    expect(coreWaitSeconds).toBeGreaterThan(0.05);
    expect(coreWaitSeconds).toBeLessThan(seconds);
  });
});
