import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsChangesRoute } from '../../runtime/facts-changes/feed.ts';
import type { FactsVersionAnswer } from '../../runtime/policy/__generated__/disclosure-facts-changes.ts';
import { openRelationalStore, type RelationalStore } from '../../runtime/relational-store.ts';
import { subgraphMigrations } from '../../runtime/relational-subgraph.ts';

// Child welfare's and probation's stores version the facts the disclosure policy reads from them
// (the assigned worker, probation's adjudication: their migration 003) and announce each change,
// which the shared feed passes on to a waiting gateway; a record that is no such fact changes no
// version.

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'csec-agency-facts-changes-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** An embedded store of `subgraph` with its migrations, and the facts feed's question as a gateway asks it. */
async function storeOf(subgraph: 'child-welfare' | 'probation'): Promise<{
  store: RelationalStore;
  ask: (after: string) => Promise<FactsVersionAnswer>;
}> {
  const store = await openRelationalStore({
    embeddedDirectory: join(directory, subgraph),
    migrationsDirectories: subgraphMigrations(subgraph),
  });
  const route = factsChangesRoute(store);
  return { store, ask: async (after) => (await route(undefined, { after })) as FactsVersionAnswer };
}

describe("child welfare's facts change feed", () => {
  let store: RelationalStore;
  let ask: (after: string) => Promise<FactsVersionAnswer>;

  beforeAll(async () => {
    ({ store, ask } = await storeOf('child-welfare'));
    await store.query(
      `INSERT INTO client (client_id, first_name, last_name, birth_date, assigned_social_worker_id, assigned_social_worker_name)
       VALUES ('C-1', 'Ana', 'Reyes', '2010-03-04', 'sw.demo', 'A social worker')`,
    );
  }, 60_000);

  afterAll(async () => {
    await store.close();
  });

  it('answers a waiting gateway with a newer version when another worker is assigned, and again when none is', async () => {
    const current = await ask('-1');
    expect(current.live).toBe(true);

    const reassigned = ask(current.factsVersion);
    await store.query(`UPDATE client SET assigned_social_worker_id = 'sw.other' WHERE client_id = 'C-1'`);
    const afterReassignment = await reassigned;
    const unassigned = ask(afterReassignment.factsVersion);
    await store.query(`UPDATE client SET assigned_social_worker_id = NULL WHERE client_id = 'C-1'`);
    const afterUnassignment = await unassigned;

    expect(BigInt(afterReassignment.factsVersion)).toBeGreaterThan(BigInt(current.factsVersion));
    expect(afterReassignment.live).toBe(true);
    expect(BigInt(afterUnassignment.factsVersion)).toBeGreaterThan(BigInt(afterReassignment.factsVersion));
  });

  it('keeps the version when a record the facts are not read from changes', async () => {
    const current = await ask('-1');
    await store.query(
      `INSERT INTO case_record (case_number, client_id, status, service_component, opened_on) VALUES ('CW-1', 'C-1', 'OPEN', 'FM', '2026-01-02')`,
    );
    // Asked for a version newer than the current one, it waits its longest and answers the same one.
    expect((await ask(current.factsVersion)).factsVersion).toBe(current.factsVersion);
  });
});

describe("probation's facts change feed", () => {
  let store: RelationalStore;
  let ask: (after: string) => Promise<FactsVersionAnswer>;

  beforeAll(async () => {
    ({ store, ask } = await storeOf('probation'));
    await store.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO juvenile (probation_number, booked_name, date_of_birth, assigned_officer_id, assigned_officer_name)
         VALUES ('P-1', 'Ana Reyes', '2010-03-04', 'po.demo', 'A probation officer')`,
      );
      await tx.query(
        `INSERT INTO petition (petition_number, probation_number, filed_on, section, charges) VALUES ('PT-1', 'P-1', '2026-01-02', '602', '[]')`,
      );
    });
  }, 60_000);

  afterAll(async () => {
    await store.close();
  });

  it('answers a waiting gateway with a newer version when a petition is adjudicated', async () => {
    const current = await ask('-1');
    const adjudicated = ask(current.factsVersion);
    await store.query(`UPDATE petition SET disposition = 'SUSTAINED', adjudicated_on = '2026-02-03' WHERE petition_number = 'PT-1'`);
    const afterAdjudication = await adjudicated;

    expect(BigInt(afterAdjudication.factsVersion)).toBeGreaterThan(BigInt(current.factsVersion));
    expect(afterAdjudication.live).toBe(true);
  });

  it('answers a waiting gateway with a newer version when another officer is assigned', async () => {
    const current = await ask('-1');
    const reassigned = ask(current.factsVersion);
    await store.query(`UPDATE juvenile SET assigned_officer_id = 'po.other' WHERE probation_number = 'P-1'`);
    expect(BigInt((await reassigned).factsVersion)).toBeGreaterThan(BigInt(current.factsVersion));
  });

  it('keeps the version when a record the facts are not read from changes', async () => {
    const current = await ask('-1');
    await store.query(
      `INSERT INTO warrant (warrant_number, probation_number, issued_on, status) VALUES ('W-1', 'P-1', '2026-01-02', 'ACTIVE')`,
    );
    // Asked for a version newer than the current one, it waits its longest and answers the same one.
    expect((await ask(current.factsVersion)).factsVersion).toBe(current.factsVersion);
  });
});
