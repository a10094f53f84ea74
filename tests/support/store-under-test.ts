import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Where a store under test lives: an embedded store in a temporary folder, or a fresh PostgreSQL database. */
export interface StoreUnderTest {
  kind: 'embedded' | 'postgres';
  /** Environment that points a subgraph (and `npm run audit:verify`) at this store. */
  env: Record<string, string>;
  dispose: () => Promise<void>;
}

const postgresUrl = process.env['CSEC_TEST_POSTGRES_URL'];

/** The embedded store always; PostgreSQL too when CSEC_TEST_POSTGRES_URL names a server. */
export const STORE_KINDS = postgresUrl ? (['embedded', 'postgres'] as const) : (['embedded'] as const);

/** A new, empty store of the kind: `prefix` names its temporary folder and database. */
export function storeUnderTest(kind: StoreUnderTest['kind'], prefix: string): Promise<StoreUnderTest> {
  return kind === 'postgres' ? postgresStore(postgresUrl as string, prefix) : embeddedStore(prefix);
}

async function embeddedStore(prefix: string): Promise<StoreUnderTest> {
  const dataDirectory = await mkdtemp(join(tmpdir(), `csec-${prefix}-`));
  return {
    kind: 'embedded',
    env: { CSEC_DATA_DIR: dataDirectory },
    dispose: () => rm(dataDirectory, { recursive: true, force: true }),
  };
}

async function postgresStore(serverUrl: string, prefix: string): Promise<StoreUnderTest> {
  const dataDirectory = await mkdtemp(join(tmpdir(), `csec-${prefix}-`));
  const database = `csec_${prefix.replace(/\W/g, '_')}_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return {
    kind: 'postgres',
    env: { CSEC_DATA_DIR: dataDirectory, CSEC_DATABASE_URL: url.href },
    dispose: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await cleanup.end();
      await rm(dataDirectory, { recursive: true, force: true });
    },
  };
}
