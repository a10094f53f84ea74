import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioForToday } from '../support/scenario-for-today.ts';
import { isolatedEnvironment } from '../../scripts/lib/system.ts';

/** Runs an npm script's entry point until it exits or prints `until`; returns what it printed. */
function run(script: string, args: string[], env: NodeJS.ProcessEnv, until?: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that services it may have started stop with it.
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const stop = (signal: NodeJS.Signals) => child.pid !== undefined && process.kill(-child.pid, signal);
    let printed = '';
    const timer = setTimeout(() => {
      stop('SIGKILL');
      reject(new Error(`${script} did not finish: ${printed}`));
    }, 150_000);
    const read = (chunk: Buffer) => {
      printed += chunk.toString();
      if (until?.test(printed)) stop('SIGKILL');
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(printed);
    });
  });
}

describe('a scenario a person loaded', () => {
  let dataDirectory: string;
  let env: NodeJS.ProcessEnv;
  let scenarioPath: string;

  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'csec-first-run-'));
    env = { ...(await isolatedEnvironment(dataDirectory)), CSEC_KEYS_DIR: join(dataDirectory, 'keys') };
    scenarioPath = join(dataDirectory, 'mine.json');
    await writeFile(scenarioPath, JSON.stringify(scenarioForToday({ youthCount: 4, seed: 11 })));
  });

  afterAll(() => rm(dataDirectory, { recursive: true, force: true }));

  it('is kept by the next npm start, which says what the sources hold instead of loading its default county', async () => {
    const seeded = await run('scripts/seed.ts', ['--scenario', scenarioPath], env);
    expect(seeded).toContain('Seeded 4 youth');

    const started = await run('scripts/start.ts', [], env, /Sources hold|First run/);

    expect(started).toContain(`Sources hold 4 youth from ${scenarioPath}`);
    expect(started).not.toContain('First run');
  }, 200_000);
});
