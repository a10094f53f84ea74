import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../runtime/config.ts';
import { FactsAnswerCache } from '../../runtime/policy/facts-answer-cache.ts';
import type { RelationalStore } from '../../runtime/relational-store.ts';
import { openSubgraphStore } from '../../runtime/relational-subgraph.ts';
import type { Requester } from '../../runtime/requester.ts';
import { generateScenario } from '../../scenario/generate-scenario.ts';
import { validateScenario } from '../../scenario/load-scenario.ts';
import { scenarioRecords } from '../../scenario/scenario-records.ts';
import { csecDisclosureFactsRoute, type CsecFactsAnswer } from '../../subgraphs/csec/src/disclosure-facts.ts';
import { loadCsecRecords } from '../../seed/csec.ts';
import { CsecSource } from '../../subgraphs/csec/src/source.ts';
import { csecSubgraph } from '../../subgraphs/csec/src/service.ts';
import { STORE_KINDS, storeUnderTest, type StoreUnderTest } from '../support/store-under-test.ts';

const SLOW = { timeout: 60_000 };
const SOCIAL_WORKER: Requester = {
  userId: 'sw.demo',
  agency: 'CHILD_WELFARE',
  roles: ['SOCIAL_WORKER'],
  purposeOfUse: 'CSEC-MDT',
  breakGlassReason: null,
  requestId: '3b0c8a52-6f0e-4d0a-9a51-2f7c1d9e4b10',
};
const CASELOAD = { caseloadOf: 'requester' };

type Route = ReturnType<typeof csecDisclosureFactsRoute>;

/**
 * A change to each table the csec facts are read from, made to one youth of the demo caseload as an
 * MDT's work would make it: the youth `subject` picks from the caseload ($1), or a youth of its own
 * for each change. `sql` runs with the youth id as $1.
 */
const CHANGES: Array<{ table: string; subject?: string; sql: string; asked: (youthId: string) => object }> = [
  {
    table: 'consent',
    subject: `SELECT youth_id FROM consent WHERE youth_id = ANY($1::text[]) AND revoked_on IS NULL ORDER BY youth_id LIMIT 1`,
    sql: `UPDATE consent SET revoked_on = DATE '2026-11-20' WHERE youth_id = $1 AND revoked_on IS NULL`,
    asked: (youthId) => ({ youthIds: [youthId] }),
  },
  {
    table: 'mdt_member',
    sql: `UPDATE mdt_member SET left_on = DATE '2026-11-20'
           WHERE user_id = 'sw.demo' AND mdt_id = (SELECT mdt_id FROM mdt WHERE youth_id = $1)`,
    asked: () => CASELOAD,
  },
  { table: 'mdt', sql: `UPDATE mdt SET status = 'CLOSED', closed_on = DATE '2026-11-20' WHERE youth_id = $1`, asked: () => CASELOAD },
  {
    table: 'investigation',
    sql: `INSERT INTO investigation (investigation_id, youth_id, reported_on) VALUES ('INV-CACHE-TEST', $1, DATE '2026-11-20')`,
    asked: (youthId) => ({ youthIds: [youthId] }),
  },
  {
    table: 'safety_plan',
    sql: `INSERT INTO safety_plan (youth_id, updated_on, summary, exploiter_is_threat) VALUES ($1, DATE '2026-11-20', 'Updated at the MDT.', true)
          ON CONFLICT (youth_id) DO UPDATE SET exploiter_is_threat = NOT safety_plan.exploiter_is_threat`,
    asked: (youthId) => ({ youthIds: [youthId] }),
  },
  {
    table: 'youth',
    sql: `UPDATE youth SET missing_since = CASE WHEN missing_since IS NULL THEN DATE '2026-11-20' END WHERE youth_id = $1`,
    asked: (youthId) => ({ youthIds: [youthId] }),
  },
  {
    table: 'agency_link',
    sql: `DELETE FROM agency_link WHERE youth_id = $1 AND agency = (SELECT min(agency) FROM agency_link WHERE youth_id = $1)`,
    asked: (youthId) => ({ youthIds: [youthId] }),
  },
  {
    table: 'program_user',
    sql: `UPDATE program_user SET roles = roles || '["LAW_ENFORCEMENT_OFFICER"]'::jsonb
           WHERE user_id = 'sw.demo' AND $1::text IS NOT NULL`,
    asked: (youthId) => ({ youthIds: [youthId] }),
  },
];

describe.each(STORE_KINDS)('remembered csec facts on the %s store', (kind) => {
  let place: StoreUnderTest;
  let store: RelationalStore;
  /** Where the changes are written: on PostgreSQL a second connection pool, as another csec instance would. */
  let writer: RelationalStore;
  let route: Route;
  let caseload: string[];

  beforeAll(async () => {
    place = await storeUnderTest(kind, 'facts-cache');
    store = await openSubgraphStore(csecSubgraph, loadConfig(place.env));
    await loadCsecRecords(
      store,
      scenarioRecords(await validateScenario(generateScenario({ youthCount: 60, seed: 11 }), 'facts cache scenario')),
    );
    writer = kind === 'postgres' ? await openSubgraphStore(csecSubgraph, loadConfig(place.env)) : store;
    route = csecDisclosureFactsRoute(store);
    caseload = Object.keys((await route(SOCIAL_WORKER, CASELOAD)).youth).sort();
  }, 120_000);

  afterAll(async () => {
    if (writer !== store) await writer?.close().catch(() => undefined);
    await store?.close().catch(() => undefined);
    await place?.dispose();
  }, 60_000);

  /** The route's answer and the source round trips it took. */
  async function ask(body: object): Promise<{ answer: CsecFactsAnswer; roundTrips: number }> {
    const before = store.roundTrips();
    const answer = await route(SOCIAL_WORKER, body);
    return { answer, roundTrips: store.roundTrips() - before };
  }

  /** The answer read afresh, by a route that remembers nothing yet. */
  const readAfresh = (body: object) => csecDisclosureFactsRoute(store)(SOCIAL_WORKER, body);

  it('answers a question asked again from memory after one round trip, the facts version, with the same facts', SLOW, async () => {
    const body = { youthIds: caseload.slice(0, 3) };
    const first = await ask(body);
    const again = await ask({ youthIds: [...body.youthIds].reverse() });
    expect(first.roundTrips).toBe(2);
    expect(again.roundTrips).toBe(1);
    expect(again.answer).toEqual(first.answer);
    expect(again.answer).toEqual(await readAfresh(body));
  });

  it('remembers each question on its own: other youth, or another person asked about, are read', SLOW, async () => {
    await ask({ youthIds: [caseload[3]] });
    expect((await ask({ youthIds: [caseload[4]] })).roundTrips).toBe(2);
    expect((await ask({ youthIds: [caseload[3]], seatsOf: ['po.demo'] })).roundTrips).toBe(2);
    expect((await ask({ youthIds: [caseload[3]] })).roundTrips).toBe(1);
  });

  it.each(CHANGES.map((change, index) => [change.table, change, index] as const))(
    'a change to %s counts from the next request on, whoever wrote it',
    async (_table, change, index) => {
      const [picked] = change.subject ? await store.query<{ youth_id: string }>(change.subject, [caseload]) : [];
      const youthId = picked?.youth_id ?? (caseload[10 + index] as string);
      const body = change.asked(youthId);
      const before = await ask(body);
      expect((await ask(body)).roundTrips).toBe(1);

      await writer.query(change.sql, [youthId]);

      const after = await ask(body);
      expect(after.roundTrips).toBe(2);
      expect(after.answer).not.toEqual(before.answer);
      expect(after.answer).toEqual(await readAfresh(body));
    },
    60_000,
  );

  it('an answer read while a change lands is not served after it', SLOW, async () => {
    const cache = new FactsAnswerCache<string>(store, 'disclosure_facts_version');
    const youthId = caseload[30] as string;
    const source = new CsecSource(store);
    const missing = async () => (await source.disclosureFacts({ youthIds: [youthId] }, ['sw.demo']))[0]?.missing;
    const readAsTheChangeLands = async () => {
      const read = String(await missing());
      await writer.query(
        `UPDATE youth SET missing_since = CASE WHEN missing_since IS NULL THEN DATE '2026-11-20' END WHERE youth_id = $1`,
        [youthId],
      );
      return read;
    };
    const during = await cache.answer('missing', readAsTheChangeLands);
    const next = await cache.answer('missing', async () => String(await missing()));
    expect(next.answer).not.toBe(during.answer);
    expect(next.answer).toBe(String(await missing()));
    // The answer read as the change landed carries the version read before it, which the audit refuses.
    expect(next.version).toBeGreaterThan(during.version);
  });
});
