import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import pg from 'pg';
import { grantServiceRole } from './database-roles.ts';

/**
 * One agency's relational source: an embedded PGlite database (PostgreSQL compiled to
 * WebAssembly) by default, or a real PostgreSQL server when a connection string is given.
 * Both speak the same SQL, so the same migrations and queries serve both.
 */
export interface RelationalStore {
  readonly kind: 'embedded' | 'postgres';
  query<TRow>(sql: string, params?: readonly unknown[]): Promise<TRow[]>;
  /** Runs `work` in one transaction; every query inside counts as one round trip. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Source round trips made since the store was opened. */
  roundTrips(): number;
  /**
   * Calls `onNotification` with the payload of each notification on `channel` (PostgreSQL
   * LISTEN/NOTIFY), and `onLost` once if notifications may no longer arrive. Resolves to a function
   * that stops listening.
   */
  listen(channel: string, onNotification: (payload: string) => void, onLost: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface Queryable {
  query<TRow>(sql: string, params?: readonly unknown[]): Promise<TRow[]>;
}

export interface RelationalStoreOptions {
  /** PostgreSQL connection string; when absent the embedded store in `embeddedDirectory` is used. */
  databaseUrl?: string | undefined;
  /**
   * PostgreSQL connection string of the role that owns the database: when given, migrations run as
   * it and it grants the role of `databaseUrl` what a service needs (database-roles.ts).
   */
  ownerUrl?: string | undefined;
  embeddedDirectory: string;
  /** Folder of `NNN_name.sql` files applied in order, once each. */
  migrationsDirectory: string;
}

const DATE_OID = 1082;
const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;

/** Dates stay `YYYY-MM-DD` strings, as in the sources, instead of becoming local-time `Date`s. */
const keepDateText = (value: string): string => value;
const timestampToIso = (value: string): string => new Date(value).toISOString();

export async function openRelationalStore(options: RelationalStoreOptions): Promise<RelationalStore> {
  if (options.databaseUrl && options.ownerUrl) {
    const owner = openPostgres(options.ownerUrl);
    try {
      await applyMigrations(owner, options.migrationsDirectory);
      await grantServiceRole(owner, decodeURIComponent(new URL(options.databaseUrl).username));
    } finally {
      await owner.close();
    }
    return openPostgres(options.databaseUrl);
  }
  const store = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : await openEmbedded(options.embeddedDirectory);
  try {
    await applyMigrations(store, options.migrationsDirectory);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

async function openEmbedded(directory: string): Promise<RelationalStore> {
  await mkdir(directory, { recursive: true });
  const db = new PGlite(directory, {
    parsers: {
      [DATE_OID]: keepDateText,
      [TIMESTAMPTZ_OID]: timestampToIso,
      [TIMESTAMP_OID]: timestampToIso,
    },
    serializers: { [pgliteTypes.DATE]: (value: unknown) => String(value) },
  });
  await db.waitReady;
  // Every page of the embedded store is in memory, so reading one out of order costs about what
  // reading the next one does; at the default (4) the planner scans whole tables where an index
  // finds a caseload's rows sooner.
  await db.exec('SET random_page_cost = 1.1');
  let trips = 0;
  const query = async <TRow>(sql: string, params: readonly unknown[] = []): Promise<TRow[]> => {
    trips += 1;
    const result = await db.query<TRow>(sql, [...params]);
    return result.rows;
  };
  return {
    kind: 'embedded',
    query,
    transaction: (work) =>
      db.transaction(async (tx) =>
        work({
          query: async <TRow>(sql: string, params: readonly unknown[] = []) => {
            trips += 1;
            return (await tx.query<TRow>(sql, [...params])).rows;
          },
        }),
      ),
    roundTrips: () => trips,
    // Embedded: notifications come from this process's own writes, so none can be lost.
    listen: async (channel, onNotification) => db.listen(channel, onNotification),
    close: () => db.close(),
  };
}

function openPostgres(databaseUrl: string): RelationalStore {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return keepDateText;
        if (oid === TIMESTAMPTZ_OID || oid === TIMESTAMP_OID) return timestampToIso;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its server connection must not crash the subgraph.
  pool.on('error', () => undefined);
  let trips = 0;
  const listeners = new Set<() => Promise<void>>();
  return {
    kind: 'postgres',
    query: async <TRow>(sql: string, params: readonly unknown[] = []) => {
      trips += 1;
      const result = await pool.query(sql, [...params]);
      return result.rows as TRow[];
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async <TRow>(sql: string, params: readonly unknown[] = []) => {
            trips += 1;
            return (await client.query(sql, [...params])).rows as TRow[];
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    roundTrips: () => trips,
    listen: async (channel, onNotification, onLost) => {
      // A connection of its own: a pooled one goes back to the pool, and its LISTEN with it.
      const client = new pg.Client({ connectionString: databaseUrl });
      let lost = false;
      const lose = () => {
        if (lost) return;
        lost = true;
        onLost();
      };
      client.on('error', lose);
      client.on('end', lose);
      client.on('notification', (message) => {
        if (message.channel === channel) onNotification(message.payload ?? '');
      });
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      const stop = async () => {
        listeners.delete(stop);
        lost = true;
        await client.end();
      };
      listeners.add(stop);
      return stop;
    },
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}

async function applyMigrations(store: RelationalStore, directory: string): Promise<void> {
  await store.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version text PRIMARY KEY,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  const applied = new Set(
    (await store.query<{ version: string }>('SELECT version FROM schema_migrations')).map((row) => row.version),
  );
  const files = (await readdir(directory)).filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file)).sort();
  for (const file of files) {
    if (applied.has(file)) continue;
    const sql = await readFile(join(directory, file), 'utf8');
    await store.transaction(async (tx) => {
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [file]);
    });
  }
}

/** Migrations are plain DDL; statements end with a semicolon at the end of a line. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}

/**
 * What runs once for each store (a feed listening to it): `start` starts it for the first caller that
 * needs it (one that failed to start is started again by the next); `started` is it, if it was.
 */
export function oncePerStore<T>(begin: (store: RelationalStore) => Promise<T>): {
  start: (store: RelationalStore) => Promise<T>;
  started: (store: RelationalStore) => Promise<T> | undefined;
} {
  const running = new WeakMap<RelationalStore, Promise<T>>();
  return {
    start: (store) => {
      let once = running.get(store);
      if (!once) {
        once = begin(store).catch((error: unknown) => {
          running.delete(store);
          throw error;
        });
        running.set(store, once);
      }
      return once;
    },
    started: (store) => running.get(store),
  };
}
