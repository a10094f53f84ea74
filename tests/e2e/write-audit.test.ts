import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DISCLOSURE_AUDIT_EXTENSION, type AuditRecordsRequest } from '../../runtime/audit/disclosure-record.ts';
import { DISCLOSURE_EXTENSION, disclosureDigest, groupAllowed, type DisclosureContext } from '../../runtime/policy/disclosure-context.ts';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import type { Requester } from '../../runtime/requester.ts';
import { csecWithoutAuditRoute } from '../support/audit-route-outage.ts';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor, queryGateway } from '../support/gateway.ts';
import { EXPLOITER_THREAT } from '../support/test-situations.ts';

/**
 * A write of the MDT's records and the audit record of its decision are committed in one
 * transaction (issue 31): a write that fails leaves no record saying it was written, a write that
 * commits has exactly one, and a repeat with the same idempotency key is recorded as not carried
 * out. A second gateway whose csec audit route is down shows what the write's own transaction
 * recorded, with nothing the gateway could add or amend after it.
 */

interface Entry {
  requestId: string;
  fields: string[];
  outcome: 'DISCLOSED' | 'WITHHELD' | 'NOT_DELIVERED';
}

const ACCOUNTING = 'query A($youthId: ID!) { accountingOfDisclosures(youthId: $youthId, first: 500) { requestId fields outcome } }';
const RECORD = `mutation R($youthId: ID!, $event: TriggeringEventInput!, $key: String) {
  recordTriggeringEvent(youthId: $youthId, event: $event, idempotencyKey: $key) { id }
}`;
const REVISE =
  'mutation P($youthId: ID!, $version: Int!, $plan: SafetyPlanInput!) { reviseSafetyPlan(youthId: $youthId, version: $version, plan: $plan) { version } }';
const PLAN = 'query P($id: ID!) { youth(id: $id) { safetyPlan { version summary } } }';
const EVENTS = 'query E($id: ID!) { youth(id: $id) { triggeringEvents { id note } } }';

/** The youth's accounting entries made by one request, as the privacy officer reads them. */
async function entriesOf(youthId: string, requestId: string): Promise<Entry[]> {
  const answer = await queryGateway<{ accountingOfDisclosures: Entry[] }>(
    ACCOUNTING,
    { youthId },
    { user: 'privacy.demo', purpose: 'HOPERAT' },
  );
  expect(answer.body.errors).toBeUndefined();
  return (answer.body.data?.accountingOfDisclosures ?? []).filter((entry) => entry.requestId === requestId);
}

function outcomesOf(entries: Entry[], field: string): Array<Entry['outcome']> {
  return entries.filter((entry) => entry.fields.includes(field)).map((entry) => entry.outcome);
}

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headersFor()) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id') as string,
    body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string }> },
  };
}

/**
 * Sends a write straight to the csec subgraph as a gateway would, signed with the gateway's key and
 * with a disclosure context allowing it, and with `audit` as the records of its decision (if any).
 */
async function writeAsGateway(youthId: string, note: string, audit: (requester: Requester) => AuditRecordsRequest | undefined) {
  const requester: Requester = {
    userId: 'sw.demo',
    agency: 'CHILD_WELFARE',
    roles: ['SOCIAL_WORKER'],
    purposeOfUse: 'CSEC-MDT',
    breakGlassReason: null,
    requestId: randomUUID(),
  };
  const context: DisclosureContext = {
    now: new Date().toISOString(),
    youth: {},
    links: {},
    allowed: groupAllowed(new Map([[youthId, ['Mutation.recordTriggeringEvent', 'TriggeringEvent.id']]])),
  };
  const records = audit(requester);
  const body = JSON.stringify({
    query: 'mutation R($youthId: ID!, $event: TriggeringEventInput!) { recordTriggeringEvent(youthId: $youthId, event: $event) { id } }',
    variables: { youthId, event: { kind: 'AWOL', occurredAt: new Date(Date.now() - 60_000).toISOString(), note } },
    extensions: { [DISCLOSURE_EXTENSION]: context, ...(records ? { [DISCLOSURE_AUDIT_EXTENSION]: records } : {}) },
  });
  const signer = await RequesterTokenSigner.fromKeyFile(join(inject('keysDirectory'), 'gateway.private.jwk.json'), 30);
  const url = new URL(inject('subgraphUrls').csec);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${signer.sign(requester, 'csec', { method: 'POST', path: url.pathname, body }, disclosureDigest(context))}`,
    },
    body,
  });
  return (await response.json()) as {
    data?: { recordTriggeringEvent: { id: string } | null } | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

/** The records of a decision about `youthId`, with the given outcome, as the gateway would send them. */
function decisionRecords(requester: Requester, youthId: string, outcome: 'DISCLOSED' | 'WITHHELD'): AuditRecordsRequest {
  return {
    request: {
      requestId: requester.requestId,
      requester: { userId: requester.userId, agency: requester.agency, roles: requester.roles },
      purposeOfUse: requester.purposeOfUse,
      breakGlassReason: null,
      recordedAt: new Date().toISOString(),
      policyRevision: 'test',
    },
    decisions: [
      {
        decisionId: randomUUID(),
        youthIds: [youthId],
        fields: ['Mutation.recordTriggeringEvent'],
        category: 'WRITE_TRIGGERING_EVENT',
        outcome,
        rule: 'IAP-2025-10.1',
        legalBasis: 'test',
        review: false,
      },
    ],
  };
}

describe(`a write and the audit of its decision commit together (${inject('storeKind')} sources)`, () => {
  const youthId = EXPLOITER_THREAT.none;
  let csec: { url: string; close: () => Promise<void> };
  let gateway: { url: string; stop: () => void };

  beforeAll(async () => {
    csec = await csecWithoutAuditRoute();
    gateway = await startExtraGateway({ CSEC_SUBGRAPH_URL: csec.url });
  });

  afterAll(async () => {
    gateway?.stop();
    await csec?.close();
    // The events written here opened reconvenings the program counts; the meeting that follows them closes them.
    const scheduled = await queryGateway<{ scheduleMdtMeeting: { id: string; version: number } | null }>(
      'mutation S($youthId: ID!, $meeting: ScheduledMeetingInput!) { scheduleMdtMeeting(youthId: $youthId, meeting: $meeting) { id version } }',
      { youthId, meeting: { kind: 'RECONVENED', scheduledFor: new Date().toISOString() } },
    );
    const meeting = scheduled.body.data?.scheduleMdtMeeting;
    if (!meeting) throw new Error("The meeting that closes this file's reconvenings could not be scheduled.");
    const held = await queryGateway(
      'mutation H($youthId: ID!, $meetingId: ID!, $version: Int!, $held: HeldMeetingInput!) { holdMdtMeeting(youthId: $youthId, meetingId: $meetingId, version: $version, held: $held) { id } }',
      {
        youthId,
        meetingId: meeting.id,
        version: meeting.version,
        held: {
          heldAt: new Date().toISOString(),
          attendeeUserIds: ['sw.demo'],
          youthParticipation: 'ATTENDED',
          notes: 'Reviewed the events reported.',
          decisions: ['No change to the plan.'],
        },
      },
    );
    expect(held.body.errors).toBeUndefined();
  });

  it('a committed write has exactly one audit record of the write, written with it', async () => {
    const note = `Committed with its audit ${randomUUID()}.`;
    const written = await post(gateway.url, RECORD, {
      youthId,
      event: { kind: 'AWOL', occurredAt: new Date(Date.now() - 60_000).toISOString(), note },
    });

    // Answered although the audit route is down: the record was committed in the write's transaction.
    expect(written.body.errors).toBeUndefined();
    const events = await queryGateway<{ youth: { triggeringEvents: Array<{ id: string; note: string }> } }>(EVENTS, { id: youthId });
    expect(events.body.data?.youth.triggeringEvents.filter((event) => event.note === note)).toHaveLength(1);
    expect(outcomesOf(await entriesOf(youthId, written.requestId), 'Mutation.recordTriggeringEvent')).toEqual(['DISCLOSED']);
  });

  it('writers at the same time each get their one audit record, beside the reads appended meanwhile', async () => {
    const notes = Array.from({ length: 8 }, (_, index) => `Concurrent writer ${index} ${randomUUID()}.`);
    const event = (note: string) => ({ kind: 'AWOL', occurredAt: new Date(Date.now() - 60_000).toISOString(), note });
    const [writes] = await Promise.all([
      Promise.all(
        notes.map((note, index) => post(index % 2 === 0 ? gateway.url : inject('gatewayUrl'), RECORD, { youthId, event: event(note) })),
      ),
      // Reads append their records on their own meanwhile, onto the same chain.
      Promise.all(notes.map(() => queryGateway(EVENTS, { id: youthId }))),
    ]);

    expect(writes.map((write) => write.body.errors)).toEqual(notes.map(() => undefined));
    for (const write of writes)
      expect(outcomesOf(await entriesOf(youthId, write.requestId), 'Mutation.recordTriggeringEvent')).toEqual(['DISCLOSED']);
  });

  it('a stale safety plan version writes nothing, and nothing in the audit says it was written', async () => {
    const before = await queryGateway<{ youth: { safetyPlan: { version: number; summary: string } | null } }>(PLAN, { id: youthId });
    const version = before.body.data?.youth.safetyPlan?.version ?? 0;
    const stale = await post(gateway.url, REVISE, {
      youthId,
      version: version + 7,
      plan: { summary: 'Never written.', exploiterIsThreat: false },
    });

    expect(stale.body.data?.['reviseSafetyPlan'] ?? null).toBeNull();
    const after = await queryGateway<{ youth: { safetyPlan: { version: number; summary: string } | null } }>(PLAN, { id: youthId });
    expect(after.body.data?.youth.safetyPlan).toEqual(before.body.data?.youth.safetyPlan);
    // The transaction that would have recorded the decision was rolled back with the write.
    expect(await entriesOf(youthId, stale.requestId)).toEqual([]);
  });

  it('an identifier linked to another youth is refused inside the transaction: no link, no record of a link', async () => {
    const LINKS = 'query L($id: ID!) { youth(id: $id) { agencyLinks { agency identifier } } }';
    const other = await queryGateway<{ youth: { agencyLinks: Array<{ agency: string; identifier: string }> } }>(LINKS, {
      id: EXPLOITER_THREAT.assignedToSocialWorker,
    });
    const taken = other.body.data?.youth.agencyLinks.find((link) => link.agency === 'PROBATION') ?? other.body.data?.youth.agencyLinks[0];
    expect(taken).toBeDefined();
    const own = await queryGateway<{ youth: { agencyLinks: Array<{ agency: string; identifier: string }> } }>(LINKS, { id: youthId });
    const link = await post(
      gateway.url,
      'mutation L($youthId: ID!, $link: AgencyLinkInput!) { linkAgencyRecord(youthId: $youthId, link: $link) { action } }',
      {
        youthId,
        link: { agency: taken?.agency, identifier: taken?.identifier, reason: 'Same name and birth date.' },
      },
    );

    expect(link.body.data?.['linkAgencyRecord'] ?? null).toBeNull();
    const ownAfter = await queryGateway<{ youth: { agencyLinks: unknown[] } }>(LINKS, { id: youthId });
    expect(ownAfter.body.data?.youth.agencyLinks).toEqual(own.body.data?.youth.agencyLinks);
    expect(await entriesOf(youthId, link.requestId)).toEqual([]);
  });

  it('a repeat with the same idempotency key is recorded as not carried out, never as a second write', async () => {
    const key = randomUUID();
    const event = { kind: 'PLACEMENT_CHANGE', occurredAt: new Date(Date.now() - 120_000).toISOString(), note: `Repeated ${key}.` };
    const first = await post(inject('gatewayUrl'), RECORD, { youthId, event, key });
    const again = await post(inject('gatewayUrl'), RECORD, { youthId, event, key });

    expect(first.body.errors).toBeUndefined();
    expect(again.body.data).toEqual(first.body.data);
    expect(outcomesOf(await entriesOf(youthId, first.requestId), 'Mutation.recordTriggeringEvent')).toEqual(['DISCLOSED']);
    expect(outcomesOf(await entriesOf(youthId, again.requestId), 'Mutation.recordTriggeringEvent')).toEqual(['NOT_DELIVERED']);
  });

  it('the subgraph writes nothing without the record of a decision allowing exactly that write', async () => {
    const notes = {
      none: `No record ${randomUUID()}.`,
      withheld: `Withheld ${randomUUID()}.`,
      other: `Other youth ${randomUUID()}.`,
      allowed: `Allowed ${randomUUID()}.`,
    };
    const none = await writeAsGateway(youthId, notes.none, () => undefined);
    const withheld = await writeAsGateway(youthId, notes.withheld, (requester) => decisionRecords(requester, youthId, 'WITHHELD'));
    const other = await writeAsGateway(youthId, notes.other, (requester) =>
      decisionRecords(requester, EXPLOITER_THREAT.assignedToSocialWorker, 'DISCLOSED'),
    );
    const allowed = await writeAsGateway(youthId, notes.allowed, (requester) => decisionRecords(requester, youthId, 'DISCLOSED'));

    expect(none.errors?.[0]).toMatchObject({
      message: "This write came without the gateway's record of its decision, so nothing was written.",
      extensions: { code: 'WRITE_NOT_AUDITED' },
    });
    for (const refused of [withheld, other]) {
      expect(refused.errors?.[0]).toMatchObject({
        message: "The gateway's record of this write's decision does not allow it, so nothing was written.",
        extensions: { code: 'WRITE_NOT_AUDITED' },
      });
    }
    // The control: the same write with a record allowing it is written.
    expect(allowed.errors).toBeUndefined();
    const events = await queryGateway<{ youth: { triggeringEvents: Array<{ note: string }> } }>(EVENTS, { id: youthId });
    const written = events.body.data?.youth.triggeringEvents.map((event) => event.note) ?? [];
    expect(written).toContain(notes.allowed);
    expect(written.filter((note) => note !== notes.allowed && Object.values(notes).includes(note))).toEqual([]);
  });

  it('a write that fails through the usual gateway is in the accounting as not carried out', async () => {
    const before = await queryGateway<{ youth: { safetyPlan: { version: number } | null } }>(PLAN, { id: youthId });
    const stale = await post(inject('gatewayUrl'), REVISE, {
      youthId,
      version: (before.body.data?.youth.safetyPlan?.version ?? 0) + 7,
      plan: { summary: 'Never written.', exploiterIsThreat: false },
    });

    expect(stale.body.errors?.[0]?.message).toMatch(/^Someone changed this safety plan since you read it/);
    expect(outcomesOf(await entriesOf(youthId, stale.requestId), 'Mutation.reviseSafetyPlan')).toEqual(['NOT_DELIVERED']);
  });
});
