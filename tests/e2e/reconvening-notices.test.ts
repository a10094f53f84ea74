import { describe, expect, inject, it } from 'vitest';
import type { ReceivedMessage } from '../../scripts/lib/development-mail-server.ts';
import { emailOf, mailbox, mailboxOnceArrived } from '../support/development-mailbox.ts';
import { queryGateway, testScenario } from '../support/gateway.ts';

/**
 * Notices of a reconvening's deadline, by e-mail through the development SMTP server and on the
 * member's caseload through the gateway: the running csec subgraph checks every second
 * (CSEC_NOTICES_CHECK_SECONDS in the test system) and tells the members the protocol names who may
 * know of the event. Time is given as input: each event is recorded as having happened long enough
 * ago that its deadline approaches or passed already.
 */

const RECORD = /* GraphQL */ `
  mutation Record($youthId: ID!, $event: TriggeringEventInput!) {
    recordTriggeringEvent(youthId: $youthId, event: $event) {
      id
      reconvening {
        dueAt
      }
    }
  }
`;
const SCHEDULE = /* GraphQL */ `
  mutation Schedule($youthId: ID!, $meeting: ScheduledMeetingInput!) {
    scheduleMdtMeeting(youthId: $youthId, meeting: $meeting) {
      id
      status
    }
  }
`;

const NOTICES = /* GraphQL */ `
  query Notices($includeClosed: Boolean) {
    caseload {
      id
      notices(includeClosed: $includeClosed) {
        kind
        dueAt
        triggeringEventId
        status
      }
    }
  }
`;
const HOLD = /* GraphQL */ `
  mutation Hold($youthId: ID!, $meetingId: ID!, $held: HeldMeetingInput!) {
    holdMdtMeeting(youthId: $youthId, meetingId: $meetingId, version: 1, held: $held) {
      status
    }
  }
`;

interface Notice {
  kind: string;
  dueAt: string;
  triggeringEventId: string;
  status: string;
}
interface Caseload {
  caseload: Array<{ id: string; notices: Notice[] | null }>;
}

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

/** The notices a member reads on their caseload, by youth; errors of withheld fields by path. */
async function noticesOf(user: string, includeClosed = false): Promise<{ byYouth: Map<string, Notice[] | null>; withheld: string[] }> {
  const answer = await queryGateway<Caseload>(NOTICES, { includeClosed }, { user });
  const byYouth = new Map((answer.body.data?.caseload ?? []).map((youth) => [youth.id, youth.notices]));
  const withheld = (answer.body.errors ?? [])
    .filter((error) => error.extensions?.['code'] === 'UNAUTHORIZED_FIELD_OR_TYPE')
    .map((error) => (error.path ?? []).join('.'));
  return { byYouth, withheld };
}

/** A runaway (AWOL: the MDT meets within 72 hours, reminded 24 hours before) that happened `hours` ago; resolves to its deadline. */
async function runaway(youthId: string, hours: number, note: string): Promise<string> {
  const recorded = await queryGateway<{ recordTriggeringEvent: { reconvening: { dueAt: string } | null } | null }>(RECORD, {
    youthId,
    event: { kind: 'AWOL', occurredAt: hoursAgo(hours), note },
  });
  expect(recorded.body.errors).toBeUndefined();
  const due = recorded.body.data?.recordTriggeringEvent?.reconvening?.dueAt;
  if (!due) throw new Error('The runaway opened no reconvening.');
  return due;
}

/** The deadline as the messages write it, to the minute, in the county's time zone. */
const asWritten = (dueAt: string) =>
  new Date(dueAt).toLocaleString('en-US', { timeZone: 'America/Los_Angeles', dateStyle: 'full', timeStyle: 'short' }).replace(/\s/gu, ' ');

const noticeOf = (to: string, subject: string, dueAt: string) => (message: ReceivedMessage) =>
  message.to.includes(to) && message.raw.includes(`Subject: ${subject}`) && message.raw.includes(asWritten(dueAt));

async function expectNoYouthData(youthId: string, notes: readonly string[]): Promise<void> {
  const youth = (await testScenario()).csec.youth.find((candidate) => candidate.id === youthId);
  for (const message of await mailbox()) {
    for (const withheld of [youthId, youth?.givenName, youth?.familyName, ...notes, 'AWOL', 'runaway']) {
      expect(message.raw, String(withheld)).not.toContain(String(withheld));
    }
  }
}

describe(`notices of reconvening deadlines, by e-mail and on the caseload (${inject('storeKind')} sources)`, () => {
  it('a runaway whose 72 hours passed with no meeting is e-mailed as overdue to the members who may know of it, not to the attorney', async () => {
    const youthId = 'Y-000009';
    const note = 'Left the group home at night; not back.';
    const due = await runaway(youthId, 73, note);
    const [probation, attorney] = [await emailOf('po.demo'), await emailOf('attorney.demo')];

    const received = await mailboxOnceArrived(noticeOf(probation, 'CSEC MDT: a meeting is overdue', due));

    // The probation officer on the team reads CSEC status (IAP-2025-4.1) and the protocol names the role.
    const overdue = received.filter(noticeOf(probation, 'CSEC MDT: a meeting is overdue', due));
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.raw).toContain('and the time the county protocol allows has passed.');
    expect(overdue[0]?.raw).toContain('Sign in to see which youth and what happened:');
    // No reminder that it approaches: it had passed before anyone could be reminded.
    expect(received.filter(noticeOf(probation, 'CSEC MDT: a meeting is due soon', due))).toEqual([]);
    // The protocol names the youth's attorney too, but CSEC status is not shared with the attorney: never told.
    expect(received.filter((message) => message.to.includes(attorney))).toEqual([]);
    await expectNoYouthData(youthId, [note]);
  });

  it("within the protocol's 24 hours before the deadline the team is reminded once; a meeting scheduled by the deadline stops the reminder", async () => {
    const [covered, reminded] = ['Y-000005', 'Y-000009'];
    const scheduled = await queryGateway<{ scheduleMdtMeeting: { status: string } | null }>(SCHEDULE, {
      youthId: covered,
      meeting: { kind: 'RECONVENED', scheduledFor: new Date(Date.now() + 10 * 60_000).toISOString() },
    });
    expect(scheduled.body.data?.scheduleMdtMeeting?.status).toBe('SCHEDULED');
    // Due in 55 minutes, with the meeting set 10 minutes from now; the other due in an hour, with none.
    const coveredDue = await runaway(covered, 71 + 5 / 60, 'Ran from school; meeting already set.');
    const remindedDue = await runaway(reminded, 71, 'Did not return from a home visit.');
    const probation = await emailOf('po.demo');

    const received = await mailboxOnceArrived(noticeOf(probation, 'CSEC MDT: a meeting is due soon', remindedDue));

    const reminders = received.filter(noticeOf(probation, 'CSEC MDT: a meeting is due soon', remindedDue));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.raw).toContain('no meeting is held or scheduled in time yet');
    // The covered deadline is earlier, so the check that sent the other reminder passed over it first.
    expect(
      received.filter(
        (message) => message.raw.includes(asWritten(coveredDue)) && !message.raw.includes('Subject: CSEC MDT: your team must meet'),
      ),
    ).toEqual([]);
    await expectNoYouthData(reminded, ['Did not return from a home visit.']);
  });

  it('a member reads her notices on her caseload after signing in; the attorney is not told; a held meeting takes them off the list', async () => {
    const youthId = 'Y-000006';
    // Two hours overdue: the first test's runaway is one hour overdue, and the messages tell them apart only by the time.
    const due = await runaway(youthId, 74, 'Missed curfew and did not come back.');
    const probation = await emailOf('po.demo');
    expect(
      (await mailboxOnceArrived(noticeOf(probation, 'CSEC MDT: a meeting is overdue', due))).some(
        noticeOf(probation, 'CSEC MDT: a meeting is overdue', due),
      ),
    ).toBe(true);

    const probationNotices = (await noticesOf('po.demo')).byYouth.get(youthId) ?? [];
    const attorney = await noticesOf('attorney.demo');

    const aboutThisEvent = probationNotices.filter((notice) => notice.dueAt === due);
    expect(aboutThisEvent.map((notice) => notice.kind).toSorted()).toEqual(['DEADLINE_PASSED', 'NEW_EVENT']);
    expect(aboutThisEvent.every((notice) => notice.status === 'OPEN')).toBe(true);
    // The attorney sits on the team and the protocol names the role, but CSEC status is not shared with the attorney.
    const row = [...attorney.byYouth.keys()].indexOf(youthId);
    expect(row).toBeGreaterThanOrEqual(0);
    expect(attorney.byYouth.get(youthId)).toBeNull();
    expect(attorney.withheld).toContain(`caseload.${row}.notices`);

    const scheduled = await queryGateway<{ scheduleMdtMeeting: { id: string } | null }>(SCHEDULE, {
      youthId,
      meeting: { kind: 'RECONVENED', scheduledFor: new Date().toISOString() },
    });
    const meetingId = scheduled.body.data?.scheduleMdtMeeting?.id;
    const held = await queryGateway(HOLD, {
      youthId,
      meetingId,
      held: {
        heldAt: new Date().toISOString(),
        attendeeUserIds: ['sw.demo', 'po.demo'],
        youthParticipation: 'ATTENDED',
        notes: 'Met after the runaway.',
        decisions: ['Daily check-ins.'],
      },
    });
    expect(held.body.errors).toBeUndefined();

    expect(((await noticesOf('po.demo')).byYouth.get(youthId) ?? []).filter((notice) => notice.dueAt === due)).toEqual([]);
    const kept = ((await noticesOf('po.demo', true)).byYouth.get(youthId) ?? []).filter((notice) => notice.dueAt === due);
    expect(kept.map((notice) => notice.status)).toEqual(['CLOSED', 'CLOSED']);
  });
});
