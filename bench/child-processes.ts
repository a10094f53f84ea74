import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onOutputLines } from '../scripts/lib/system.ts';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Every process the bench itself started and has not yet seen exit, so that none outlives it. */
const running = new Set<ChildProcess>();

/** A Node process of this repository's code, on the same Node. */
export function startProcess(args: string[], options: { env?: NodeJS.ProcessEnv; output?: (line: string) => void } = {}): ChildProcess {
  return startCommand(process.execPath, args, options);
}

export function startCommand(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; output?: (line: string) => void } = {},
): ChildProcess {
  const child = spawn(command, args, {
    cwd: REPOSITORY_ROOT,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (options.output) onOutputLines(child, options.output);
  return child;
}

/** Waits for a line of the process's standard output that matches, or fails when it exits or time runs out. */
export function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number, label: string): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let pending = '';
    const timer = setTimeout(() => finish(new Error(`The ${label} did not start within ${timeoutMs / 1000} s.`)), timeoutMs);
    const onData = (chunk: Buffer | string) => {
      pending += String(chunk);
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = pattern.exec(line);
        if (match) return finish(undefined, match);
      }
      return undefined;
    };
    const onExit = (code: number | null) => finish(new Error(`The ${label} exited during start-up (exit code ${code}).`));
    const finish = (error: Error | undefined, match?: RegExpExecArray) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(match as RegExpExecArray);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** SIGTERM, then SIGKILL after a grace period; resolves once the process has exited. */
export function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function stopAllProcesses(): Promise<void> {
  await Promise.all([...running].map((child) => stopProcess(child)));
}
