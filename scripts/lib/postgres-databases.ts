import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { RELATIONAL_SUBGRAPHS, environmentPrefix } from '../../runtime/config.ts';

export interface SourceDatabases {
  /** Drops the databases, connections and all, and their roles. */
  drop: () => Promise<void>;
}

/**
 * One fresh database per relational subgraph on the PostgreSQL server at `serverUrl`, named
 * `<prefix>_<subgraph>_<pid>_<time>`, with least-privilege roles as a county would set them up
 * (docs/configuration.md, "Database roles"): an owner role that owns the databases and runs the
 * migrations (`<NAME>_DATABASE_OWNER_URL` in `env`), and a service role the subgraphs connect as
 * (`<NAME>_DATABASE_URL`), neither a superuser. The service role gets its privileges from the owner
 * when a subgraph starts. Roles are per run, so runs on one server do not share them.
 */
export async function createSourceDatabases(serverUrl: string, prefix: string, env: NodeJS.ProcessEnv): Promise<SourceDatabases> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const suffix = `${process.pid}_${Date.now()}`;
  const names = RELATIONAL_SUBGRAPHS.map((name) => `${prefix}_${name.replace('-', '_')}_${suffix}`);
  const roles = { owner: `${prefix}_owner_${suffix}`, service: `${prefix}_service_${suffix}` };
  const passwords = { owner: randomBytes(18).toString('base64url'), service: randomBytes(18).toString('base64url') };
  try {
    for (const kind of ['owner', 'service'] as const) {
      await admin.query(
        `CREATE ROLE ${roles[kind]} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${pg.escapeLiteral(passwords[kind])}`,
      );
    }
    for (const [index, name] of RELATIONAL_SUBGRAPHS.entries()) {
      const database = names[index] as string;
      await admin.query(`CREATE DATABASE ${database} OWNER ${roles.owner}`);
      await admin.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
      await admin.query(`GRANT CONNECT ON DATABASE ${database} TO ${roles.service}`);
      env[`${environmentPrefix(name)}_DATABASE_OWNER_URL`] = urlOf(serverUrl, database, roles.owner, passwords.owner);
      env[`${environmentPrefix(name)}_DATABASE_URL`] = urlOf(serverUrl, database, roles.service, passwords.service);
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
        for (const role of Object.values(roles)) await cleanup.query(`DROP ROLE IF EXISTS ${role}`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

function urlOf(serverUrl: string, database: string, role: string, password: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  url.username = role;
  url.password = password;
  return url.href;
}
