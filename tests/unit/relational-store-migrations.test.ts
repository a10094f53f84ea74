import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { environmentPrefix } from '../../runtime/config.ts';
import { FACTS_CHANGES_MIGRATIONS } from '../../runtime/facts-changes/feed.ts';
import { openRelationalStore, type RelationalStore, type RelationalStoreOptions } from '../../runtime/relational-store.ts';
import { createSourceDatabases, type SourceDatabases } from '../../scripts/lib/postgres-databases.ts';

const postgresUrl = process.env['CSEC_TEST_POSTGRES_URL'];
const SLOW = { timeout: 60_000 };

/** A table, and a trigger function written as one would write it, over many lines. */
const WITH_FUNCTION = `-- Notes, and who changed them.
CREATE TABLE note (
  note_id integer PRIMARY KEY,
  body text NOT NULL,
  edits integer NOT NULL DEFAULT 0
);

CREATE FUNCTION note_count_edit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous integer;
BEGIN
  previous := OLD.edits;
  NEW.edits := previous + 1;
  RETURN NEW;
END
$$;

CREATE TRIGGER note_edited BEFORE UPDATE ON note
  FOR EACH ROW EXECUTE FUNCTION note_count_edit();

INSERT INTO note (note_id, body) VALUES (1, 'first');
`;

const SECOND = `INSERT INTO note (note_id, body) VALUES (2, 'second');
`;

/** Its first statement succeeds, its second fails: neither may remain. */
const FAILING = `CREATE TABLE half_done (id integer);
INSERT INTO note (note_id, body) VALUES (1, 'a note already there');
`;

describe.each(['embedded', 'postgres'] as const)('migrations of the %s store', (kind) => {
  const available = kind === 'embedded' || Boolean(postgresUrl);
  let directory: string;
  let migrations: string;
  let databases: SourceDatabases | undefined;
  let options: (folders?: string[]) => RelationalStoreOptions;
  const opened: RelationalStore[] = [];

  beforeEach(async () => {
    if (!available) return;
    directory = await mkdtemp(join(tmpdir(), 'csec-migrations-'));
    migrations = join(directory, 'migrations');
    await mkdir(migrations);
    const env: NodeJS.ProcessEnv = {};
    if (kind === 'postgres') databases = await createSourceDatabases(postgresUrl as string, 'csec_migrations', env);
    const prefix = environmentPrefix('csec');
    // On PostgreSQL as a subgraph opens it: migrations as the owner, then as the service role.
    options = (folders = [migrations]) => ({
      databaseUrl: env[`${prefix}_DATABASE_URL`],
      ownerUrl: env[`${prefix}_DATABASE_OWNER_URL`],
      embeddedDirectory: join(directory, 'pgdata'),
      migrationsDirectories: folders,
    });
  }, 60_000);

  afterEach(async () => {
    if (!available) return;
    await Promise.all(opened.splice(0).map((each) => each.close()));
    await databases?.drop();
    databases = undefined;
    await rm(directory, { recursive: true, force: true });
  }, 60_000);

  async function open(folders?: string[]): Promise<RelationalStore> {
    const each = await openRelationalStore(options(folders));
    opened.push(each);
    return each;
  }

  async function reopen(): Promise<RelationalStore> {
    await Promise.all(opened.splice(0).map((each) => each.close()));
    return open();
  }

  it.runIf(available)('applies a file holding a PL/pgSQL function written over many lines, and each file once', SLOW, async () => {
    await writeFile(join(migrations, '001_notes.sql'), WITH_FUNCTION);
    let notes = await open();
    await notes.query(`UPDATE note SET body = 'first, edited' WHERE note_id = 1`);
    expect(await notes.query('SELECT note_id, edits FROM note')).toEqual([{ note_id: 1, edits: 1 }]);

    await writeFile(join(migrations, '002_second_note.sql'), SECOND);
    await reopen();
    // Opened again: a file applied a second time would insert its note again and fail.
    notes = await reopen();

    expect(await notes.query('SELECT note_id FROM note ORDER BY note_id')).toEqual([{ note_id: 1 }, { note_id: 2 }]);
    expect(await notes.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual([
      { version: '001_notes.sql' },
      { version: '002_second_note.sql' },
    ]);
  });

  it.runIf(available)('leaves nothing of a file that fails, names it, and applies it once it is right', SLOW, async () => {
    await writeFile(join(migrations, '001_notes.sql'), WITH_FUNCTION);
    await writeFile(join(migrations, '002_half_done.sql'), FAILING);

    await expect(openRelationalStore(options())).rejects.toThrow(/002_half_done\.sql.*duplicate key/s);

    await rm(join(migrations, '002_half_done.sql'));
    const notes = await open();
    expect(await notes.query(`SELECT to_regclass('half_done') IS NULL AS gone`)).toEqual([{ gone: true }]);
    expect(await notes.query('SELECT version FROM schema_migrations')).toEqual([{ version: '001_notes.sql' }]);

    await writeFile(join(migrations, '002_half_done.sql'), FAILING.replace('(1, ', '(3, '));
    const fixed = await reopen();
    expect(await fixed.query('SELECT count(*)::int AS tables FROM half_done')).toEqual([{ tables: 0 }]);
  });

  it.runIf(kind === 'postgres' && available)('applies each file once when instances start together on one database', SLOW, async () => {
    await writeFile(join(migrations, '001_notes.sql'), WITH_FUNCTION);
    await writeFile(join(migrations, '002_second_note.sql'), SECOND);

    const instances = await Promise.all(Array.from({ length: 4 }, () => open()));

    for (const instance of instances) {
      expect(await instance.query('SELECT note_id FROM note ORDER BY note_id')).toEqual([{ note_id: 1 }, { note_id: 2 }]);
    }
    expect(await instances[0]?.query('SELECT count(*)::int AS applied FROM schema_migrations')).toEqual([{ applied: 2 }]);
  });

  it.runIf(available)(
    'applies the files of several folders together, in the order of their names, and refuses a name in two',
    SLOW,
    async () => {
      const shared = join(directory, 'shared');
      await mkdir(shared);
      await writeFile(join(migrations, '001_notes.sql'), WITH_FUNCTION);
      await writeFile(join(shared, '002_second_note.sql'), SECOND);
      await writeFile(join(migrations, '003_third_note.sql'), SECOND.replace(/2/g, '3'));

      const notes = await open([migrations, shared]);
      expect(await notes.query('SELECT note_id FROM note ORDER BY note_id')).toEqual([{ note_id: 1 }, { note_id: 2 }, { note_id: 3 }]);

      await writeFile(join(shared, '001_notes.sql'), WITH_FUNCTION);
      await Promise.all(opened.splice(0).map((each) => each.close()));
      await expect(openRelationalStore(options([migrations, shared]))).rejects.toThrow(/001_notes\.sql is in more than one folder/);
    },
  );

  it.runIf(available)(
    "applies the change feed's version table over a store that already keeps one, keeping its version",
    SLOW,
    async () => {
      const existing = (await readFile(join(FACTS_CHANGES_MIGRATIONS, '000_disclosure_facts_version.sql'), 'utf8')).replace('000_', '');
      await writeFile(join(migrations, '001_facts_version_already.sql'), `${existing}\nUPDATE disclosure_facts_version SET version = 7;\n`);
      await open();
      await Promise.all(opened.splice(0).map((each) => each.close()));

      // A store migrated before the version table was shared: the shared file applies over it.
      const again = await open([FACTS_CHANGES_MIGRATIONS, migrations]);
      expect(await again.query('SELECT version::int AS version FROM disclosure_facts_version')).toEqual([{ version: 7 }]);
      expect(await again.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual([
        { version: '000_disclosure_facts_version.sql' },
        { version: '001_facts_version_already.sql' },
      ]);
    },
  );
});
