import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsChangesRoute } from '../../runtime/facts-changes/feed.ts';
import type { FactsVersionAnswer } from '../../runtime/policy/__generated__/disclosure-facts-changes.ts';
import { openRelationalStore, type RelationalStore } from '../../runtime/relational-store.ts';
import { subgraphMigrations } from '../../runtime/relational-subgraph.ts';

// The juvenile court's store versions the facts the disclosure policy reads from it (its W&IC 827
// orders, the participations in its proceedings: migration 005) and announces each change, which
// the shared feed passes on to a waiting gateway; a record that is no such fact changes no version.

let directory: string;
let store: RelationalStore;
let ask: (after: string) => Promise<FactsVersionAnswer>;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'csec-court-facts-changes-'));
  store = await openRelationalStore({
    embeddedDirectory: join(directory, 'pgdata'),
    migrationsDirectories: subgraphMigrations('juvenile-court'),
  });
  const route = factsChangesRoute(store);
  ask = async (after) => (await route(undefined, { after })) as FactsVersionAnswer;
  await store.query(`INSERT INTO court_party (party_number) VALUES ('P-1')`);
}, 60_000);

afterAll(async () => {
  await store.close();
  await rm(directory, { recursive: true, force: true });
});

const ORDER = `INSERT INTO inspection_order
  (order_number, party_number, granted_on, expires_on, authorized_user_id, authorized_name, categories, scope)
  VALUES ('JV570-1', 'P-1', '2026-01-01', '2026-12-31', 'phn.demo', 'A nurse', ARRAY['COURT_AND_CASE_PLAN'], 'Hearings.')`;

describe("the juvenile court's facts change feed", () => {
  it('answers a waiting gateway with a newer version when an order is granted, and again when it is withdrawn', async () => {
    const current = await ask('-1');
    expect(current.live).toBe(true);

    const granted = ask(current.factsVersion);
    await store.query(ORDER);
    const afterGrant = await granted;
    const withdrawn = ask(afterGrant.factsVersion);
    await store.query(`DELETE FROM inspection_order WHERE order_number = 'JV570-1'`);
    const afterWithdrawal = await withdrawn;

    expect(BigInt(afterGrant.factsVersion)).toBeGreaterThan(BigInt(current.factsVersion));
    expect(afterGrant.live).toBe(true);
    expect(BigInt(afterWithdrawal.factsVersion)).toBeGreaterThan(BigInt(afterGrant.factsVersion));
  });

  it('announces a participation in a proceeding', async () => {
    const current = await ask('-1');
    const changed = ask(current.factsVersion);
    await store.transaction(async (tx) => {
      await tx.query(`INSERT INTO proceeding (proceeding_id, party_number, kind) VALUES ('JV-1', 'P-1', 'DELINQUENCY')`);
      await tx.query(
        `INSERT INTO proceeding_participant (proceeding_id, user_id, role, from_on) VALUES ('JV-1', 'le.active', 'INVESTIGATING', '2026-01-01')`,
      );
    });
    expect(BigInt((await changed).factsVersion)).toBeGreaterThan(BigInt(current.factsVersion));
  });

  it('keeps the version when a record the facts are not read from changes', async () => {
    const current = await ask('-1');
    await store.query(
      `INSERT INTO court_case (case_number, party_number, jurisdiction, filed_on) VALUES ('JD-1', 'P-1', 'DEPENDENCY', '2026-01-02')`,
    );
    // Asked for a version newer than the current one, it waits its longest and answers the same one.
    expect((await ask(current.factsVersion)).factsVersion).toBe(current.factsVersion);
  });
});
