import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyDate, countyToday } from '../../runtime/calendar.ts';
import { loadConfig } from '../../runtime/config.ts';
import { DisclosurePolicy } from '../../runtime/policy/disclosure-policy.ts';
import type { RelationalStore } from '../../runtime/relational-store.ts';
import { openSubgraphStore } from '../../runtime/relational-subgraph.ts';
import type { Scenario } from '../../scenario/load-scenario.ts';
import { scenarioRecords } from '../../scenario/scenario-records.ts';
import { TEST_SCENARIO, scenarioForToday } from '../support/scenario-for-today.ts';
import { startDevelopmentMailServer, type ReceivedMessage, type RunningMailServer } from '../../scripts/lib/development-mail-server.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';
import { freePorts } from '../../scripts/lib/system.ts';
import { loadCsecRecords } from '../../seed/csec.ts';
import { sendDeadlineNotices, type DeadlineNotice } from '../../subgraphs/csec/src/deadline-notices.ts';
import { dueAt, ProtocolClock } from '../../subgraphs/csec/src/protocol-clock.ts';
import { csecSubgraph } from '../../subgraphs/csec/src/service.ts';
import { STORE_KINDS, storeUnderTest, type StoreUnderTest } from '../support/store-under-test.ts';
import { withTestSituations } from '../support/test-situations.ts';

/**
 * The deadline notices a check sends at a moment given as input, on one store checked by two
 * instances at once (two connections to one PostgreSQL database; two checks of one embedded store):
 * each notice goes out once, to the members the protocol names who may know of the event, and a
 * reconvening closed by a held meeting gets none.
 */

const HOUR = 3_600_000;
const SLOW = { timeout: 120_000 };
const at = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * HOUR);

let workDirectory: string;
let policy: DisclosurePolicy;
let mail: RunningMailServer;
let scenario: Scenario;

beforeAll(async () => {
  workDirectory = await mkdtemp(join(tmpdir(), 'csec-deadline-notices-'));
  const bundlePath = join(workDirectory, 'bundle.tar.gz');
  await buildPolicyBundle(bundlePath);
  policy = await DisclosurePolicy.load(bundlePath, (reason) => {
    throw new Error(reason);
  });
  const today = countyToday();
  scenario = withTestSituations(scenarioForToday(TEST_SCENARIO, today), today);
  const [port] = await freePorts(1);
  mail = await startDevelopmentMailServer({ host: '127.0.0.1', port: port as number, mailboxPath: join(workDirectory, 'mailbox.jsonl') });
  // The notices read the relay from the environment, as the subgraph does at start.
  process.env['CSEC_NOTICES_SMTP_URL'] = mail.smtpUrl;
}, 120_000);

afterAll(async () => {
  await mail?.stop();
  await rm(workDirectory, { recursive: true, force: true });
});

async function mailbox(): Promise<ReceivedMessage[]> {
  const text = await readFile(mail.mailboxPath, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReceivedMessage);
}

/** A runaway recorded for the youth, as recording it writes it: the event and the reconvening it opens. */
async function runaway(store: RelationalStore, youthId: string, occurredAt: string): Promise<{ reconveningId: string; due: string }> {
  const rule = ProtocolClock.of(policy).ruleFor('AWOL');
  if (!rule) throw new Error('The protocol in the bundle sets no time for a runaway.');
  const [eventId, reconveningId, due] = [`TE-${randomUUID()}`, `RC-${randomUUID()}`, dueAt(occurredAt, rule)];
  await store.query(
    `INSERT INTO triggering_event (event_id, youth_id, kind, occurred_on, occurred_at, reported_by_user_id, recorded_at, note)
     VALUES ($1, $2, 'AWOL', $3::date, $4::timestamptz, 'sw.demo', $4::timestamptz, 'Left the placement.')`,
    [eventId, youthId, countyDate(occurredAt), occurredAt],
  );
  await store.query(
    `INSERT INTO reconvening (reconvening_id, youth_id, event_id, due_at, protocol_id, within_hours, tell_roles)
     VALUES ($1, $2, $3, $4::timestamptz, $5, $6, $7::jsonb)`,
    [reconveningId, youthId, eventId, due, rule.protocolId, rule.withinHours, JSON.stringify(rule.tell)],
  );
  return { reconveningId, due };
}

describe.each(STORE_KINDS)('deadline notices checked by two instances at once, on the %s store', (kind) => {
  let place: StoreUnderTest;
  let instances: [RelationalStore, RelationalStore];

  beforeAll(async () => {
    process.env['CSEC_LOG_LEVEL'] ??= 'warn';
    place = await storeUnderTest(kind, 'notices');
    const config = loadConfig({ CSEC_DATABASE_URL: '', ...place.env, CSEC_KEYS_DIR: join(workDirectory, 'keys'), CSEC_LOG_LEVEL: 'warn' });
    const first = await openSubgraphStore(csecSubgraph, config);
    await loadCsecRecords(first, scenarioRecords(scenario));
    // An embedded store is one process's: its second instance is a second check on the same store.
    instances = [first, kind === 'postgres' ? await openSubgraphStore(csecSubgraph, config) : first];
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...new Set(instances ?? [])].map((store) => store.close()));
    await place?.dispose();
  });

  const bothCheckAt = async (now: Date, reconveningId: string): Promise<DeadlineNotice[]> =>
    (await Promise.all(instances.map((store) => sendDeadlineNotices(store, policy, now))))
      .flat()
      .filter((notice) => notice.reconveningId === reconveningId);

  it('reminds once from 24 hours before the deadline and tells once that it passed, never the attorney', SLOW, async () => {
    const youthId = 'Y-000001';
    const since = new Date().toISOString();
    const { reconveningId, due } = await runaway(instances[0], youthId, new Date(Date.now() - HOUR).toISOString());

    expect(await bothCheckAt(at(due, -25), reconveningId)).toEqual([]);
    const reminded = await bothCheckAt(at(due, -23), reconveningId);
    const remindedAgain = await bothCheckAt(at(due, -1), reconveningId);
    const passed = await bothCheckAt(at(due, 1 / 60), reconveningId);
    const passedAgain = await bothCheckAt(at(due, 5), reconveningId);

    expect(reminded.map((notice) => notice.kind)).toEqual(['DEADLINE_APPROACHING']);
    expect(remindedAgain).toEqual([]);
    expect(passed.map((notice) => notice.kind)).toEqual(['DEADLINE_PASSED']);
    expect(passedAgain).toEqual([]);
    // The protocol names these roles for a runaway; the attorney does not read CSEC status (IAP-2025-4.1).
    expect(reminded[0]?.told).toContain('po.demo');
    expect(reminded[0]?.told).not.toContain('attorney.demo');
    expect(passed[0]?.told).toEqual(reminded[0]?.told);
    const messages = (await mailbox()).filter((message) => message.receivedAt >= since);
    const [probation, attorney] = ['po.demo', 'attorney.demo'].map((userId) => scenario.users.find((user) => user.id === userId)?.email);
    for (const subject of ['CSEC MDT: a meeting is due soon', 'CSEC MDT: a meeting is overdue']) {
      expect(
        messages.filter((message) => message.raw.includes(`Subject: ${subject}`) && message.to.includes(String(probation))),
      ).toHaveLength(1);
    }
    expect(messages.filter((message) => message.to.includes(String(attorney)))).toEqual([]);
  });

  it('a reconvening closed (its meeting held) gets no notice', SLOW, async () => {
    const { reconveningId, due } = await runaway(instances[0], 'Y-000002', new Date(Date.now() - HOUR).toISOString());
    await instances[0].query('UPDATE reconvening SET closed_at = $2::timestamptz WHERE reconvening_id = $1', [
      reconveningId,
      new Date().toISOString(),
    ]);

    expect(await bothCheckAt(at(due, -23), reconveningId)).toEqual([]);
    expect(await bothCheckAt(at(due, 1), reconveningId)).toEqual([]);
  });

  it('a deadline that passed more than three days before a check is not mailed: it is in the overdue lists', SLOW, async () => {
    const { reconveningId, due } = await runaway(instances[0], 'Y-000003', new Date(Date.now() - HOUR).toISOString());

    expect(await bothCheckAt(at(due, 73), reconveningId)).toEqual([]);
    expect((await bothCheckAt(at(due, 71), reconveningId)).map((notice) => notice.kind)).toEqual(['DEADLINE_PASSED']);
  });
});
