import { execFileSync, type ChildProcess } from 'node:child_process';
import { chown, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePorts } from '../scripts/lib/system.ts';
import { startCommand, stopProcess } from './child-processes.ts';

/** A PostgreSQL server of the bench's own, on loopback, in a temporary folder removed when it stops. */
export interface RunningPostgres {
  /** Connection string of its `postgres` database, for the superuser `csec` (trust on loopback). */
  url: string;
  /** The process the bench started: the server, or `runuser` in front of it when the bench runs as root. */
  process: ChildProcess;
  version: string;
  stop: () => Promise<void>;
}

const POSTGRES_LIBRARY = '/usr/lib/postgresql';

/**
 * Initializes a cluster in a temporary folder and runs its server in the foreground, as a child of
 * the bench, so that its CPU counts as the bench's and is reported per request like every
 * service's. PostgreSQL refuses to run as root, so under root it runs as the `postgres` user, in a
 * folder of its own (the bench's work folder is private to root).
 */
export async function startPostgresServer(): Promise<RunningPostgres> {
  const binDirectory = await newestBinDirectory();
  const asRoot = process.getuid?.() === 0;
  const directory = await mkdtemp(join(tmpdir(), 'csec-bench-postgres-'));
  if (asRoot) {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()));
    await chown(directory, uid as number, gid as number);
  }
  const command = (program: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', `${binDirectory}/${program}`, ...args]] : [`${binDirectory}/${program}`, args];
  const [initdb, initdbArgs] = command('initdb', ['-D', directory, '-U', 'csec', '--auth=trust', '--no-sync']);
  execFileSync(initdb, initdbArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  const [port] = await freePorts(1);
  const [postgres, postgresArgs] = command('postgres', [
    '-D',
    directory,
    '-p',
    String(port),
    '-k',
    directory,
    '-c',
    'listen_addresses=127.0.0.1',
  ]);
  const child = startCommand(postgres, postgresArgs);
  const url = `postgres://csec@127.0.0.1:${port}/postgres`;
  const version = await waitUntilAccepting(url, child);
  return {
    url,
    process: child,
    version,
    stop: async () => {
      // The postmaster's own pid: under root, signalling runuser alone would not stop the server.
      const postmaster = Number((await readFile(`${directory}/postmaster.pid`, 'utf8').catch(() => '')).split('\n')[0]);
      if (postmaster > 0) process.kill(postmaster, 'SIGINT');
      await stopProcess(child, 15_000);
      await rm(directory, { recursive: true, force: true });
    },
  };
}

async function newestBinDirectory(): Promise<string> {
  const versions = await readdir(POSTGRES_LIBRARY).catch(() => [] as string[]);
  const newest = versions.filter((version) => /^\d+$/.test(version)).sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) {
    throw new Error('--postgres needs PostgreSQL installed: apt-get install postgresql (scripts/start-test-postgres.sh installs it too).');
  }
  return `${POSTGRES_LIBRARY}/${newest}/bin`;
}

async function waitUntilAccepting(url: string, child: ChildProcess): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The bench's PostgreSQL server exited during start-up (exit code ${child.exitCode}).`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
      return rows[0]?.server_version ?? 'unknown';
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error("The bench's PostgreSQL server did not accept connections within 60 s.");
}
