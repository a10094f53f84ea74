import pg from 'pg';
import { RELATIONAL_SUBGRAPHS, environmentPrefix } from '../../runtime/config.ts';

export interface SourceDatabases {
  /** Drops the databases, connections and all. */
  drop: () => Promise<void>;
}

/**
 * One fresh database per relational subgraph on the PostgreSQL server at `serverUrl`, named
 * `<prefix>_<subgraph>_<pid>_<time>`, and each subgraph's `<NAME>_DATABASE_URL` in `env` pointed
 * at its own.
 */
export async function createSourceDatabases(serverUrl: string, prefix: string, env: NodeJS.ProcessEnv): Promise<SourceDatabases> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const suffix = `${process.pid}_${Date.now()}`;
  const names = RELATIONAL_SUBGRAPHS.map((name) => `${prefix}_${name.replace('-', '_')}_${suffix}`);
  try {
    for (const [index, name] of RELATIONAL_SUBGRAPHS.entries()) {
      const database = names[index] as string;
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(serverUrl);
      url.pathname = `/${database}`;
      env[`${environmentPrefix(name)}_DATABASE_URL`] = url.href;
    }
  } finally {
    await admin.end();
  }
  return {
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        for (const name of names) await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
