import { mkdir } from 'node:fs/promises';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import pg from 'pg';
import { grantServiceRole } from './database-roles.ts';
import { applyMigrations, type MigrationConnection } from './migrations.ts';

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
  /** Folders of `NNN_name.sql` files, applied together in the order of their names, once each. */
  migrationsDirectories: readonly string[];
}

const DATE_OID = 1082;
const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;

/** Dates stay `YYYY-MM-DD` strings, as in the sources, instead of becoming local-time `Date`s. */
const keepDateText = (value: string): string => value;
const timestampToIso = (value: string): string => new Date(value).toISOString();

export async function openRelationalStore(options: RelationalStoreOptions): Promise<RelationalStore> {
  if (options.databaseUrl) {
    const { databaseUrl, ownerUrl } = options;
    const migrator = await connectPostgres(ownerUrl ?? databaseUrl);
    try {
      await applyMigrations(
        migrator,
        options.migrationsDirectories,
        ownerUrl ? () => grantServiceRole(migrator, decodeURIComponent(new URL(databaseUrl).username)) : undefined,
      );
    } finally {
      await migrator.close();
    }
    return openPostgres(databaseUrl);
  }
  const db = await openPglite(options.embeddedDirectory);
  try {
    const connection: MigrationConnection = {
      exec: async (sql) => {
        await db.exec(sql);
      },
      query: pgliteQuery(db),
    };
    await applyMigrations(connection, options.migrationsDirectories);
  } catch (error) {
    await db.close();
    throw error;
  }
  return embeddedStore(db);
}

async function openPglite(directory: string): Promise<PGlite> {
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
  return db;
}

function pgliteQuery(db: Pick<PGlite, 'query'>) {
  return async <TRow>(sql: string, params: readonly unknown[] = []): Promise<TRow[]> => (await db.query<TRow>(sql, [...params])).rows;
}

function embeddedStore(db: PGlite): RelationalStore {
  let trips = 0;
  const query = async <TRow>(sql: string, params: readonly unknown[] = []): Promise<TRow[]> => {
    trips += 1;
    return pgliteQuery(db)<TRow>(sql, params);
  };
  return {
    kind: 'embedded',
    query,
    transaction: (work) =>
      db.transaction(async (tx) =>
        work({
          query: async <TRow>(sql: string, params: readonly unknown[] = []) => {
            trips += 1;
            return pgliteQuery(tx)<TRow>(sql, params);
          },
        }),
      ),
    roundTrips: () => trips,
    // Embedded: notifications come from this process's own writes, so none can be lost.
    listen: async (channel, onNotification) => db.listen(channel, onNotification),
    close: () => db.close(),
  };
}

/** One PostgreSQL connection of its own, for the migrations: see MigrationConnection. */
async function connectPostgres(databaseUrl: string): Promise<MigrationConnection & { close: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A connection lost mid-migration fails the query in flight; the event must not crash the subgraph.
  client.on('error', () => undefined);
  await client.connect();
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <TRow>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as TRow[],
    close: () => client.end(),
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
