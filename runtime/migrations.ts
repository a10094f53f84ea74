import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Umzug, type UmzugStorage } from 'umzug';

/**
 * The one connection a subgraph's migrations run on: the embedded PGlite database itself, or one
 * PostgreSQL client (never a pool), so that the lock it takes and the transaction it opens are its
 * own session's.
 */
export interface MigrationConnection {
  /** Runs SQL text of any number of statements, without parameters (the simple query protocol). */
  exec(sql: string): Promise<void>;
  query<TRow>(sql: string, params?: readonly unknown[]): Promise<TRow[]>;
}

/** A migration file: three digits, an underscore, a lower-case name. */
const MIGRATION_FILE = /^\d{3}_[a-z0-9_]+\.sql$/;

/**
 * Held while migrations run, so that two instances starting on one database apply each file once:
 * the second waits, then finds them applied. An advisory lock is the database's own (umzug locks only
 * through a file on one machine); its key is derived from the bookkeeping table's name.
 */
const LOCK_KEY = `hashtextextended('schema_migrations', 0)`;

/**
 * Applies the `NNN_name.sql` files of `directories` not yet applied, all in the order of their names
 * (a shared folder's `000_` file before a subgraph's own), each in a transaction
 * together with its row in `schema_migrations`, then runs `alsoUnderLock` (the owner's grants: two
 * instances granting on one table at once may fail with "tuple concurrently updated"). Resolves to
 * the files it applied.
 *
 * Applied with umzug, which leaves the storage and the running of a file to us: a file is sent
 * whole through the simple query protocol (PGlite's `exec`, pg's query without parameters), which
 * both stores run statement by statement, so a file may hold functions written over many lines.
 * node-pg-migrate drives a `pg` client of its own making and postgres-migrations takes only `pg` and
 * numbers without gaps, so neither serves the embedded store.
 */
export async function applyMigrations(
  connection: MigrationConnection,
  directories: readonly string[],
  alsoUnderLock?: () => Promise<unknown>,
): Promise<string[]> {
  const files = await migrationFiles(directories);
  await connection.exec(`SELECT pg_advisory_lock(${LOCK_KEY})`);
  try {
    await connection.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version text PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const umzug = new Umzug<MigrationConnection>({
      migrations: files.map(({ file, path }) => ({
        name: file,
        path,
        // The transaction opened here ends in `logMigration`, which umzug calls right after, so the
        // file's changes and its row commit together or not at all.
        up: async ({ context }) => {
          const sql = await readFile(path, 'utf8');
          await context.exec('BEGIN');
          await rollingBackOnError(context, () => context.exec(sql));
        },
      })),
      context: connection,
      storage: bookkeeping,
      logger: undefined,
    });
    const applied = await umzug.up();
    await alsoUnderLock?.();
    return applied.map((migration) => migration.name);
  } finally {
    await connection.exec(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
  }
}

/** The migration files of every folder, by name; a name in two folders would be applied once, so it is refused. */
async function migrationFiles(directories: readonly string[]): Promise<Array<{ file: string; path: string }>> {
  const listed = await Promise.all(
    directories.map(async (directory) =>
      (await readdir(directory)).filter((file) => MIGRATION_FILE.test(file)).map((file) => ({ file, path: join(directory, file) })),
    ),
  );
  const files = listed.flat().sort((a, b) => a.file.localeCompare(b.file));
  const twice = files.find(({ file }, index) => files[index + 1]?.file === file);
  if (twice) throw new Error(`Migration ${twice.file} is in more than one folder: ${directories.join(', ')}.`);
  return files;
}

/** Which files were applied: the table `schema_migrations`, one row per file, by its name. */
const bookkeeping: UmzugStorage<MigrationConnection> = {
  executed: async ({ context }) =>
    (await context.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version')).map((row) => row.version),
  logMigration: async ({ name, context }) =>
    rollingBackOnError(context, async () => {
      await context.query('INSERT INTO schema_migrations (version) VALUES ($1)', [name]);
      await context.exec('COMMIT');
    }),
  unlogMigration: async ({ name, context }) => {
    await context.query('DELETE FROM schema_migrations WHERE version = $1', [name]);
  },
};

async function rollingBackOnError(connection: MigrationConnection, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    await connection.exec('ROLLBACK');
    throw error;
  }
}
