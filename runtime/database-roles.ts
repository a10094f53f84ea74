import pg from 'pg';
import type { Queryable } from './relational-store.ts';

/**
 * What a service's own PostgreSQL role may do in its subgraph's database, granted by the role that
 * owns it (and ran its migrations) each time the service starts, so a table added by a migration is
 * covered too: read and write the agency's records, never change the schema, and on an append-only
 * table (one guarded by a `*_append_only` trigger, like the disclosure audit) only read and append.
 * The triggers refuse a change by any role; these privileges refuse it even to someone who can
 * drop a trigger, since only the owner can. docs/configuration.md, "Database roles", says the same
 * for a county's database administrator.
 */
export async function grantServiceRole(owner: Queryable, serviceRole: string): Promise<{ appendOnly: string[] }> {
  const role = pg.escapeIdentifier(serviceRole);
  const appendOnly = (
    await owner.query<{ table: string }>(
      `SELECT DISTINCT c.relname AS table
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND NOT t.tgisinternal AND t.tgname LIKE '%\\_append\\_only'
        ORDER BY 1`,
    )
  ).map((row) => row.table);
  await owner.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  // UPDATE: the audit's append moves its sequence past the records it inserted (setval).
  await owner.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  // Which migrations ran is the owner's to write.
  await owner.query(`REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM ${role}`);
  for (const table of appendOnly) await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${pg.escapeIdentifier(table)} FROM ${role}`);
  return { appendOnly };
}
