import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type SystemConfig } from '../../runtime/config.ts';
import type { RelationalStore } from '../../runtime/relational-store.ts';
import { openSubgraphStore } from '../../runtime/relational-subgraph.ts';
import { createSourceDatabases, type SourceDatabases } from '../../scripts/lib/postgres-databases.ts';
import { appendDisclosureRecords, verifyDisclosureChain } from '../../subgraphs/csec/src/disclosure-audit.ts';
import { csecSubgraph } from '../../subgraphs/csec/src/service.ts';

const postgresUrl = process.env['CSEC_TEST_POSTGRES_URL'];
const SLOW = { timeout: 60_000 };

describe.runIf(postgresUrl)("the csec service's PostgreSQL role", () => {
  let databases: SourceDatabases;
  let config: SystemConfig;
  let service: RelationalStore;
  let asService: pg.Client;

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = {};
    databases = await createSourceDatabases(postgresUrl as string, 'csec_roles', env);
    config = loadConfig(env);
    // As the csec subgraph opens it: migrations as the owner, then the service role's grants.
    service = await openSubgraphStore(csecSubgraph, config);
    asService = new pg.Client({ connectionString: config.databaseUrls.csec });
    await asService.connect();
  }, 60_000);

  afterAll(async () => {
    await asService?.end();
    await service?.close();
    await databases?.drop();
  }, 60_000);

  function record() {
    return {
      decisionId: randomUUID(),
      recordedAt: new Date().toISOString(),
      requestId: randomUUID(),
      requester: { userId: 'sw.garcia', agency: 'CHILD_WELFARE', roles: ['SOCIAL_WORKER'] },
      purposeOfUse: 'CSEC-MDT',
      breakGlassReason: null,
      youthId: 'Y-000001',
      fields: ['Youth.missingSince'],
      category: 'CSEC_STATUS',
      outcome: 'DISCLOSED' as const,
      rule: 'IAP-2025-4.1',
      legalBasis: 'W&IC 827; W&IC 830',
      policyRevision: 'rev-1',
      review: false,
    };
  }

  it('is neither a superuser nor the owner of the audit', SLOW, async () => {
    const [role] = (
      await asService.query<{ rolsuper: boolean; owns: boolean }>(
        `SELECT rolsuper, (SELECT tableowner FROM pg_tables WHERE tablename = 'disclosure_record') = current_user AS owns FROM pg_roles WHERE rolname = current_user`,
      )
    ).rows;

    expect(role).toEqual({ rolsuper: false, owns: false });
  });

  it('appends to the audit and reads it', SLOW, async () => {
    await appendDisclosureRecords(service, [record()]);
    await appendDisclosureRecords(service, [record()]);

    expect(await verifyDisclosureChain(service)).toMatchObject({ intact: true, recordsChecked: 2 });
  });

  it('is refused any UPDATE, DELETE or TRUNCATE of the audit, even past its trigger', SLOW, async () => {
    await appendDisclosureRecords(service, [record()]);
    const before = (await asService.query('SELECT sequence, hash FROM disclosure_record ORDER BY sequence')).rows;

    for (const statement of [
      `UPDATE disclosure_record SET policy_revision = 'forged'`,
      'DELETE FROM disclosure_record',
      'TRUNCATE disclosure_record',
    ]) {
      await expect(asService.query(statement), statement).rejects.toThrow(/permission denied for table disclosure_record/);
    }
    await expect(asService.query('ALTER TABLE disclosure_record DISABLE TRIGGER ALL')).rejects.toThrow(
      /must be owner of table disclosure_record/,
    );
    await expect(asService.query('DROP TABLE disclosure_record')).rejects.toThrow(/must be owner of table disclosure_record/);
    expect((await asService.query('SELECT sequence, hash FROM disclosure_record ORDER BY sequence')).rows).toEqual(before);
  });

  it('may not change the schema or the record of migrations', SLOW, async () => {
    await expect(asService.query('CREATE TABLE smuggled (value text)')).rejects.toThrow(/permission denied for schema public/);
    await expect(asService.query(`DELETE FROM schema_migrations`)).rejects.toThrow(/permission denied for table schema_migrations/);
  });

  it("still reads and writes the program's own records", SLOW, async () => {
    await asService.query(
      `INSERT INTO program_user (user_id, display_name, agency, roles) VALUES ('sw.roles', 'Role Test', 'CHILD_WELFARE', '["SOCIAL_WORKER"]')`,
    );
    await asService.query(`UPDATE program_user SET display_name = 'Role Test 2' WHERE user_id = 'sw.roles'`);
    await asService.query(`DELETE FROM program_user WHERE user_id = 'sw.roles'`);
  });
});
