import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ReceivedMessage } from '../../scripts/lib/development-mail-server.ts';
import { describe, expect, inject, it } from 'vitest';
import { addDays, countyToday } from '../../runtime/calendar.ts';
import { queryGateway, testScenario, type AskingAs, type GraphQLResponse } from '../support/gateway.ts';
import { EXPLOITER_THREAT, LAW_ENFORCEMENT } from '../support/test-situations.ts';

/**
 * The MDT's own records written through the gateway: a triggering event opens a reconvening due in
 * the county protocol's time (policies/csec/protocol/data.yaml), decided by the write rules
 * (policies/csec/writes/data.yaml) like every read, audited whether written or refused.
 */

const RECORD = /* GraphQL */ `
  mutation Record($youthId: ID!, $event: TriggeringEventInput!, $key: String) {
    recordTriggeringEvent(youthId: $youthId, event: $event, idempotencyKey: $key) {
      id
      kind
      occurredAt
      note
      reportedBy {
        userId
      }
      reconvening {
        dueAt
        withinHours
        protocol
        tell
        status
        overdue
      }
    }
  }
`;

const RECONVENINGS = /* GraphQL */ `
  query Reconvenings($id: ID!, $asOf: DateTime) {
    youth(id: $id) {
      triggeringEvents {
        id
        kind
        note
      }
      reconvenings(asOf: $asOf) {
        triggeringEventId
        kind
        dueAt
        status
        overdue
      }
    }
  }
`;

const COUNTS = 'query Counts($asOf: DateTime) { reconveningsDueLater(asOf: $asOf) reconveningsOverdue(asOf: $asOf) }';

interface Recorded {
  id: string;
  kind: string;
  occurredAt: string;
  note: string;
  reportedBy: { userId: string } | null;
  reconvening: { dueAt: string; withinHours: number; protocol: string; tell: string[]; status: string; overdue: boolean } | null;
}
interface Reconvening {
  triggeringEventId: string;
  kind: string;
  dueAt: string;
  status: string;
  overdue: boolean;
}
interface Profile {
  youth: { triggeringEvents: Array<{ id: string; kind: string; note: string | null }> | null; reconvenings: Reconvening[] | null } | null;
}
interface Counts {
  reconveningsDueLater: number | null;
  reconveningsOverdue: number | null;
}

const HOUR = 3_600_000;
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const FAR_FUTURE = '2100-01-01T00:00:00Z';

function record(youthId: string, event: { kind: string; occurredAt: string; note: string }, asking: AskingAs = {}, key?: string) {
  return queryGateway<{ recordTriggeringEvent: Recorded | null }>(RECORD, { youthId, event, key }, asking);
}

function withheldPaths(response: GraphQLResponse<unknown>): string[] {
  return (response.body.errors ?? [])
    .filter((error) => error.extensions?.['code'] === 'UNAUTHORIZED_FIELD_OR_TYPE')
    .map((error) => (error.path ?? []).join('.'));
}

async function overdueEverywhere(): Promise<number | null | undefined> {
  const counts = await queryGateway<Counts>(COUNTS, { asOf: FAR_FUTURE }, { user: 'steering.demo', purpose: 'HOPERAT' });
  expect(counts.body.errors).toBeUndefined();
  return counts.body.data?.reconveningsOverdue;
}

/** An active member of the youth's open MDT who reads CSEC status (IAP-2025-4.1), other than `except`. */
async function readerOnTheTeam(youthId: string, except: string): Promise<string> {
  const scenario = await testScenario();
  const youth = scenario.csec.youth.find((candidate) => candidate.id === youthId);
  const reader = youth?.mdt?.members.find((member) => {
    const user = scenario.users.find((candidate) => candidate.id === member.userId);
    return (
      member.userId !== except &&
      !member.leftOn &&
      user?.roles.some((role) => ['SOCIAL_WORKER', 'PROBATION_OFFICER', 'PUBLIC_HEALTH_NURSE'].includes(role))
    );
  });
  if (!reader) throw new Error(`No member of ${youthId}'s MDT reads CSEC status in the test county.`);
  return reader.userId;
}

describe(`the MDT's own records, written through the gateway (${inject('storeKind')} sources)`, () => {
  const youthId = EXPLOITER_THREAT.none;

  it("a runaway reported by the social worker opens a reconvening due in the protocol's 72 hours, overdue after it", async () => {
    const occurredAt = new Date(Date.now() - 2 * HOUR).toISOString();
    const note = 'Left the placement after school; caregiver called at 18:40.';
    const recorded = await record(youthId, { kind: 'AWOL', occurredAt, note });

    expect(recorded.body.errors).toBeUndefined();
    const event = recorded.body.data?.recordTriggeringEvent as Recorded;
    const due = new Date(new Date(occurredAt).getTime() + 72 * HOUR).toISOString();
    expect(event).toMatchObject({ kind: 'AWOL', note, reportedBy: { userId: 'sw.demo' } });
    expect(event.reconvening).toMatchObject({ dueAt: due, withinHours: 72, protocol: 'IAP-2025-11', status: 'OPEN', overdue: false });
    expect(event.reconvening?.tell).toContain('SOCIAL_WORKER');

    const before = await queryGateway<Profile>(RECONVENINGS, {
      id: youthId,
      asOf: new Date(new Date(due).getTime() - 60_000).toISOString(),
    });
    const after = await queryGateway<Profile>(RECONVENINGS, {
      id: youthId,
      asOf: new Date(new Date(due).getTime() + 60_000).toISOString(),
    });
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data?.youth?.triggeringEvents).toContainEqual({ id: event.id, kind: 'AWOL', note });
    expect(before.body.data?.youth?.reconvenings).toContainEqual({
      triggeringEventId: event.id,
      kind: 'AWOL',
      dueAt: due,
      status: 'OPEN',
      overdue: false,
    });
    expect(after.body.data?.youth?.reconvenings).toContainEqual({
      triggeringEventId: event.id,
      kind: 'AWOL',
      dueAt: due,
      status: 'OPEN',
      overdue: true,
    });

    // The member's caseload lists it too, and the probation officer on the same team reads it.
    const caseload = await queryGateway<{ caseload: Array<{ id: string; reconvenings: Reconvening[] | null }> }>(
      'query Caseload($asOf: DateTime) { caseload { id reconvenings(asOf: $asOf) { triggeringEventId overdue } } }',
      { asOf: FAR_FUTURE },
    );
    expect(caseload.body.data?.caseload.find((youth) => youth.id === youthId)?.reconvenings).toContainEqual({
      triggeringEventId: event.id,
      overdue: true,
    });
  });

  it("an exploiter threat is due within 24 hours; the youth's attorney may report it without reading CSEC status", async () => {
    const threatened = EXPLOITER_THREAT.assignedToSocialWorker;
    const occurredAt = new Date(Date.now() - HOUR).toISOString();
    const reported = await record(
      threatened,
      { kind: 'EXPLOITER_THREAT', occurredAt, note: 'Youth received threatening messages from a known exploiter.' },
      { user: 'attorney.demo', purpose: 'CSEC-MDT' },
    );

    // Written (IAP-2025-10.1), but what it wrote is CSEC status, which IAP-2025-4.1 does not open to the attorney.
    expect(reported.body.data?.recordTriggeringEvent).toBeNull();
    expect(withheldPaths(reported)[0]).toMatch(/^recordTriggeringEvent\./);
    const read = await queryGateway<Profile>(RECONVENINGS, { id: threatened, asOf: null }, { user: 'po.demo', purpose: 'CSEC-MDT' });
    const opened = read.body.data?.youth?.reconvenings?.find((row) => row.kind === 'EXPLOITER_THREAT');
    expect(opened?.dueAt).toBe(new Date(new Date(occurredAt).getTime() + 24 * HOUR).toISOString());
  });

  it('a repeated write with the same idempotency key writes once and answers the first event', async () => {
    const key = randomUUID();
    const event = {
      kind: 'PLACEMENT_CHANGE',
      occurredAt: new Date(Date.now() - 3 * HOUR).toISOString(),
      note: 'Moved to an emergency foster home.',
    };
    const first = await record(youthId, event, {}, key);
    const again = await record(youthId, event, {}, key);
    const profile = await queryGateway<Profile>(RECONVENINGS, { id: youthId, asOf: null });
    const reused = await record(EXPLOITER_THREAT.assignedToSocialWorker, event, {}, key);

    expect(first.body.errors).toBeUndefined();
    expect(again.body.data?.recordTriggeringEvent?.id).toBe(first.body.data?.recordTriggeringEvent?.id);
    expect(profile.body.data?.youth?.triggeringEvents?.filter((row) => row.note === event.note)).toHaveLength(1);
    expect(reused.body.data?.recordTriggeringEvent).toBeNull();
    expect(reused.body.errors?.[0]).toMatchObject({
      message: 'You already used this idempotency key for another write. Use a new key for each new write.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('bad input is refused, naming the field, and nothing is written', async () => {
    const before = (await queryGateway<Profile>(RECONVENINGS, { id: youthId, asOf: null })).body.data?.youth?.triggeringEvents?.length;
    const empty = await record(youthId, { kind: 'AWOL', occurredAt: new Date().toISOString(), note: '   ' });
    const future = await record(youthId, { kind: 'AWOL', occurredAt: hoursFromNow(5), note: 'Will run away.' });
    const unknown = await record(youthId, { kind: 'BAD_DAY', occurredAt: new Date().toISOString(), note: 'x' });
    const after = (await queryGateway<Profile>(RECONVENINGS, { id: youthId, asOf: null })).body.data?.youth?.triggeringEvents?.length;

    expect(empty.body.errors?.[0]?.message).toContain('event.note');
    expect(future.body.errors?.[0]?.message).toContain('event.occurredAt');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.errors)).toContain('BAD_DAY');
    expect(after).toBe(before);
  });

  it('counts for the steering committee are suppressed from 1 to 10 and exact from 11', async () => {
    const few = await queryGateway<Counts>(COUNTS, { asOf: null }, { user: 'steering.demo', purpose: 'HOPERAT' });
    expect(few.body.errors).toBeUndefined();
    expect(few.body.data).toEqual({ reconveningsDueLater: null, reconveningsOverdue: null });

    for (let count = 0; count < 11; count += 1) {
      const written = await record(youthId, {
        kind: 'LAW_ENFORCEMENT_CONTACT',
        occurredAt: new Date(Date.now() - HOUR).toISOString(),
        note: `Contact ${count}.`,
      });
      expect(written.body.errors).toBeUndefined();
    }
    const many = await queryGateway<Counts>(COUNTS, { asOf: FAR_FUTURE }, { user: 'steering.demo', purpose: 'HOPERAT' });
    expect(many.body.data?.reconveningsDueLater).toBe(0);
    expect(many.body.data?.reconveningsOverdue).toBeGreaterThanOrEqual(13);
    // The social worker, who sees the youth's own reconvenings, does not see the program's counts.
    const worker = await queryGateway<Counts>(COUNTS, { asOf: null });
    expect(worker.body.data).toEqual({ reconveningsDueLater: null, reconveningsOverdue: null });
    expect(withheldPaths(worker)).toEqual(['reconveningsDueLater', 'reconveningsOverdue']);
  });

  it('refused writes (former member, closed team, wrong role, not on the team) write nothing and are in the accounting', async () => {
    const overdueBefore = await overdueEverywhere();
    expect(overdueBefore).toBeGreaterThanOrEqual(11);
    const event = { kind: 'AWOL', occurredAt: new Date(Date.now() - HOUR).toISOString(), note: 'Refused write.' };
    const refused: Array<{ youth: string; asking: AskingAs }> = [
      { youth: 'Y-000070', asking: { user: 'sw.demo' } },
      { youth: 'Y-000071', asking: { user: 'sw.demo' } },
      { youth: LAW_ENFORCEMENT.investigating, asking: { user: 'le.demo' } },
      { youth: youthId, asking: { user: 'privacy.demo', purpose: 'HOPERAT' } },
    ];
    for (const { youth, asking } of refused) {
      const response = await record(youth, event, asking);
      // A root field about a youth is refused without saying why: the reason could tell whether the youth exists.
      expect(response.body.data?.recordTriggeringEvent, youth).toBeNull();
      expect(response.body.errors, youth).toEqual([
        { message: 'Not available to you.', path: ['recordTriggeringEvent'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } },
      ]);
    }

    expect(await overdueEverywhere()).toBe(overdueBefore);
    for (const youth of ['Y-000070', LAW_ENFORCEMENT.investigating]) {
      const reader = await readerOnTheTeam(youth, youth === 'Y-000070' ? 'sw.demo' : 'le.demo');
      const profile = await queryGateway<Profile>(RECONVENINGS, { id: youth, asOf: null }, { user: reader });
      expect(
        profile.body.data?.youth?.triggeringEvents?.some((row) => row.note === event.note),
        youth,
      ).toBe(false);
    }
    const accounting = await queryGateway<{
      accountingOfDisclosures: Array<{ fields: string[]; outcome: string; rule: string; requester: { userId: string } }>;
    }>(
      'query A($youthId: ID!) { accountingOfDisclosures(youthId: $youthId, first: 50) { fields outcome rule requester { userId } } }',
      { youthId: 'Y-000071' },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    expect(accounting.body.data?.accountingOfDisclosures).toContainEqual({
      fields: ['Mutation.recordTriggeringEvent'],
      outcome: 'WITHHELD',
      rule: 'NOT_ACTIVE_MDT_MEMBER',
      requester: { userId: 'sw.demo' },
    });
    const written = await queryGateway<{ accountingOfDisclosures: Array<{ fields: string[]; outcome: string; rule: string }> }>(
      'query A($youthId: ID!) { accountingOfDisclosures(youthId: $youthId, first: 500) { fields outcome rule } }',
      { youthId },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    expect(written.body.data?.accountingOfDisclosures).toContainEqual({
      fields: ['Mutation.recordTriggeringEvent'],
      outcome: 'DISCLOSED',
      rule: 'IAP-2025-10.1',
    });
  });

  describe('MDT meetings', () => {
    const MEETING_FIELDS =
      'id status kind scheduledFor heldAt youthParticipation notes decisions cancelledReason version attendees { userId }';
    const SCHEDULE = `mutation S($youthId: ID!, $meeting: ScheduledMeetingInput!, $key: String) { scheduleMdtMeeting(youthId: $youthId, meeting: $meeting, idempotencyKey: $key) { ${MEETING_FIELDS} } }`;
    const HOLD = `mutation H($youthId: ID!, $meetingId: ID!, $version: Int!, $held: HeldMeetingInput!) { holdMdtMeeting(youthId: $youthId, meetingId: $meetingId, version: $version, held: $held) { ${MEETING_FIELDS} } }`;
    const CANCEL = `mutation C($youthId: ID!, $meetingId: ID!, $version: Int!, $reason: String!) { cancelMdtMeeting(youthId: $youthId, meetingId: $meetingId, version: $version, reason: $reason) { ${MEETING_FIELDS} } }`;
    interface Meeting {
      id: string;
      status: string;
      version: number;
      notes: string | null;
      decisions: string[] | null;
      youthParticipation: string | null;
      cancelledReason: string | null;
      attendees: Array<{ userId: string }> | null;
    }
    const schedule = (youth: string, asking: AskingAs = {}, key?: string) =>
      queryGateway<{ scheduleMdtMeeting: Meeting | null }>(
        SCHEDULE,
        { youthId: youth, meeting: { kind: 'RECONVENED', scheduledFor: hoursFromNow(-1) }, key },
        asking,
      );
    const held = (notes: string, attendeeUserIds = ['sw.demo']) => ({
      heldAt: new Date().toISOString(),
      attendeeUserIds,
      youthParticipation: 'ATTENDED',
      notes,
      decisions: ['Increase check-ins to daily.', 'Refer to the survivor advocate.'],
    });

    it('scheduling then holding a meeting closes the open reconvenings; its notes are read by the members who attend', async () => {
      const key = randomUUID();
      const scheduled = await schedule(youthId, {}, key);
      const again = await schedule(youthId, {}, key);
      const meeting = scheduled.body.data?.scheduleMdtMeeting as Meeting;
      expect(scheduled.body.errors).toBeUndefined();
      expect(meeting).toMatchObject({ status: 'SCHEDULED', version: 1, notes: null });
      expect(again.body.data?.scheduleMdtMeeting?.id).toBe(meeting.id);
      const open = (await queryGateway<Profile>(RECONVENINGS, { id: youthId, asOf: null })).body.data?.youth?.reconvenings ?? [];
      expect(open.length).toBeGreaterThan(0);

      const heldMeeting = await queryGateway<{ holdMdtMeeting: Meeting | null }>(HOLD, {
        youthId,
        meetingId: meeting.id,
        version: 1,
        held: held('Youth back in placement; safety plan reviewed.'),
      });
      expect(heldMeeting.body.errors).toBeUndefined();
      expect(heldMeeting.body.data?.holdMdtMeeting).toMatchObject({
        status: 'HELD',
        version: 2,
        youthParticipation: 'ATTENDED',
        notes: 'Youth back in placement; safety plan reviewed.',
        decisions: ['Increase check-ins to daily.', 'Refer to the survivor advocate.'],
        attendees: [{ userId: 'sw.demo' }],
      });
      const after = await queryGateway<{ youth: { reconvenings: Array<{ status: string; closedByMeetingId: string | null }> } }>(
        'query R($id: ID!) { youth(id: $id) { reconvenings(includeClosed: true) { status closedByMeetingId } } }',
        { id: youthId },
      );
      const stillOpen = await queryGateway<Profile>(RECONVENINGS, { id: youthId, asOf: null });
      expect(stillOpen.body.data?.youth?.reconvenings).toEqual([]);
      expect(after.body.data?.youth.reconvenings.filter((row) => row.closedByMeetingId === meeting.id)).toHaveLength(open.length);
    });

    it('an edit made on a stale version is refused, clearly, and changes nothing', async () => {
      const meeting = (await schedule(youthId)).body.data?.scheduleMdtMeeting as Meeting;
      const cancelled = await queryGateway<{ cancelMdtMeeting: Meeting | null }>(CANCEL, {
        youthId,
        meetingId: meeting.id,
        version: 1,
        reason: 'Youth in hospital.',
      });
      const stale = await queryGateway<{ holdMdtMeeting: Meeting | null }>(HOLD, {
        youthId,
        meetingId: meeting.id,
        version: 1,
        held: held('Late notes.'),
      });
      const read = await queryGateway<{ youth: { meetings: Meeting[] } }>(
        `query M($id: ID!) { youth(id: $id) { meetings { ${MEETING_FIELDS} } } }`,
        { id: youthId },
      );

      expect(cancelled.body.data?.cancelMdtMeeting).toMatchObject({
        status: 'CANCELLED',
        cancelledReason: 'Youth in hospital.',
        version: 2,
      });
      expect(stale.body.data?.holdMdtMeeting).toBeNull();
      expect(stale.body.errors?.[0]).toMatchObject({
        message: 'Someone changed this meeting since you read it (it is at version 2, you sent 1). Read it again, then make your change.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(read.body.data?.youth.meetings.find((row) => row.id === meeting.id)).toMatchObject({
        status: 'CANCELLED',
        version: 2,
        notes: null,
      });
    });

    it('attendees must sit on the team; the attorney may not schedule; nothing is written either way', async () => {
      const threatened = EXPLOITER_THREAT.assignedToSocialWorker;
      const meeting = (await schedule(threatened)).body.data?.scheduleMdtMeeting as Meeting;
      const stranger = await queryGateway<{ holdMdtMeeting: Meeting | null }>(HOLD, {
        youthId: threatened,
        meetingId: meeting.id,
        version: 1,
        held: held('Notes.', ['sw.demo', 'le.demo']),
      });
      const byAttorney = await schedule(threatened, { user: 'attorney.demo' });
      const read = await queryGateway<{ youth: { meetings: Meeting[] } }>(
        `query M($id: ID!) { youth(id: $id) { meetings { ${MEETING_FIELDS} } } }`,
        { id: threatened },
        { user: 'attorney.demo' },
      );

      expect(stranger.body.errors?.[0]?.message).toBe("held.attendeeUserIds: Not members of this youth's MDT on that day: le.demo.");
      expect(byAttorney.body.data?.scheduleMdtMeeting).toBeNull();
      expect(withheldPaths(byAttorney)).toEqual(['scheduleMdtMeeting']);
      // The attorney reads the team's meetings (IAP-2025-9.1): one scheduled, still at version 1, no notes.
      const scheduled = read.body.data?.youth.meetings.filter((row) => row.status === 'SCHEDULED') ?? [];
      expect(scheduled).toEqual([expect.objectContaining({ id: meeting.id, version: 1, notes: null })]);
    });
  });

  describe('safety plans and assessments', () => {
    interface Plan {
      version: number;
      summary: string;
      exploiterIsThreat: boolean;
      updatedBy: { userId: string } | null;
    }
    const PLAN_FIELDS = 'version summary exploiterIsThreat updatedBy { userId }';
    const REVISE = `mutation P($youthId: ID!, $version: Int!, $plan: SafetyPlanInput!) { reviseSafetyPlan(youthId: $youthId, version: $version, plan: $plan) { ${PLAN_FIELDS} } }`;
    const PLANS = `query P($id: ID!) { youth(id: $id) { safetyPlan { ${PLAN_FIELDS} } safetyPlanHistory { ${PLAN_FIELDS} } } }`;

    it('a revision becomes the next version, the old one is kept, and a stale revision is refused', async () => {
      const before = await queryGateway<{ youth: { safetyPlan: Plan; safetyPlanHistory: Plan[] } }>(PLANS, { id: youthId });
      const current = before.body.data?.youth.safetyPlan as Plan;
      const plan = { summary: 'Daily check-ins; new phone; school pick-up by caregiver.', exploiterIsThreat: current.exploiterIsThreat };
      const revised = await queryGateway<{ reviseSafetyPlan: Plan | null }>(REVISE, { youthId, version: current.version, plan });
      const stale = await queryGateway<{ reviseSafetyPlan: Plan | null }>(REVISE, {
        youthId,
        version: current.version,
        plan: { ...plan, summary: 'Stale.' },
      });
      const byAttorney = await queryGateway<{ reviseSafetyPlan: Plan | null }>(
        REVISE,
        { youthId: EXPLOITER_THREAT.assignedToSocialWorker, version: 1, plan },
        { user: 'attorney.demo' },
      );
      const after = await queryGateway<{ youth: { safetyPlan: Plan; safetyPlanHistory: Plan[] } }>(PLANS, { id: youthId });

      expect(revised.body.errors).toBeUndefined();
      expect(revised.body.data?.reviseSafetyPlan).toEqual({ ...plan, version: current.version + 1, updatedBy: { userId: 'sw.demo' } });
      expect(stale.body.errors?.[0]?.message).toBe(
        `Someone changed this safety plan since you read it (it is at version ${current.version + 1}, you sent ${current.version}). Read it again, then make your change.`,
      );
      expect(withheldPaths(byAttorney)).toEqual(['reviseSafetyPlan']);
      expect(after.body.data?.youth.safetyPlan).toEqual(revised.body.data?.reviseSafetyPlan);
      expect(after.body.data?.youth.safetyPlanHistory.map((version) => version.version)).toEqual([current.version + 1, current.version]);
      expect(after.body.data?.youth.safetyPlanHistory[1]).toEqual(current);
    });

    it('a CSE-IT screening and a Stages of Change assessment are dated and name who made them', async () => {
      const screened = await queryGateway<{
        recordCsecScreening: { screenedOn: string; levelOfConcern: string; screener: { userId: string } } | null;
      }>(
        'mutation S($youthId: ID!, $s: CsecScreeningInput!) { recordCsecScreening(youthId: $youthId, screening: $s) { screenedOn levelOfConcern screener { userId } } }',
        { youthId, s: { tool: 'CSE_IT', screenedOn: '2026-01-15', levelOfConcern: 'CLEAR_CONCERN' } },
      );
      const assessed = await queryGateway<{
        recordStageOfChange: { stage: string; assessedOn: string; assessedBy: { userId: string } } | null;
      }>(
        'mutation A($youthId: ID!, $a: StageOfChangeInput!) { recordStageOfChange(youthId: $youthId, assessment: $a) { stage assessedOn assessedBy { userId } } }',
        { youthId, a: { stage: 'CONTEMPLATION', assessedOn: '2026-01-16' } },
      );
      const future = await queryGateway(
        'mutation A($youthId: ID!, $a: StageOfChangeInput!) { recordStageOfChange(youthId: $youthId, assessment: $a) { stage } }',
        { youthId, a: { stage: 'ACTION', assessedOn: '2999-01-01' } },
      );

      expect(screened.body.data?.recordCsecScreening).toEqual({
        screenedOn: '2026-01-15',
        levelOfConcern: 'CLEAR_CONCERN',
        screener: { userId: 'sw.demo' },
      });
      expect(assessed.body.data?.recordStageOfChange).toEqual({
        stage: 'CONTEMPLATION',
        assessedOn: '2026-01-16',
        assessedBy: { userId: 'sw.demo' },
      });
      expect(future.body.errors?.[0]?.message).toBe('assessment.assessedOn: An assessment cannot be dated in the future.');
    });
  });

  describe('the physical description', () => {
    interface Description {
      version: number;
      heightInches: number;
      weightPounds: number;
      hairColor: string;
      eyeColor: string;
      distinguishingMarks: string[] | null;
      recordedOn: string;
      recordedBy: { userId: string } | null;
    }
    const DESCRIPTION_FIELDS = 'version heightInches weightPounds hairColor eyeColor distinguishingMarks recordedOn recordedBy { userId }';
    const DESCRIBE = `mutation D($youthId: ID!, $version: Int!, $description: PhysicalDescriptionInput!, $key: String) {
      recordPhysicalDescription(youthId: $youthId, version: $version, description: $description, idempotencyKey: $key) { ${DESCRIPTION_FIELDS} }
    }`;
    const READ = `query D($id: ID!) { youth(id: $id) { physicalDescription { ${DESCRIPTION_FIELDS} } } }`;
    const ACCOUNTING =
      'query A($youthId: ID!) { accountingOfDisclosures(youthId: $youthId, first: 500) { fields outcome rule requester { userId } } }';
    const description = {
      heightInches: 64,
      weightPounds: 121,
      hairColor: 'PURPLE',
      eyeColor: 'BROWN',
      distinguishingMarks: ['Tattoo of a dollar sign, behind right ear', 'Pierced nose, left nostril'],
    };
    const recordDescription = (version: number, asking: AskingAs = {}, key?: string, input: object = description) =>
      queryGateway<{ recordPhysicalDescription: Description | null }>(DESCRIBE, { youthId, version, description: input, key }, asking);

    it('the social worker records it as the next version, dated and in her name; a retry records nothing more and a stale update is refused', async () => {
      const before = await queryGateway<{ youth: { physicalDescription: Description | null } }>(READ, { id: youthId });
      const version = before.body.data?.youth.physicalDescription?.version ?? 0;
      const key = randomUUID();
      const recorded = await recordDescription(version, {}, key);
      const retried = await recordDescription(version, {}, key);
      const stale = await recordDescription(version, {}, randomUUID(), { ...description, weightPounds: 125 });
      const tooTall = await recordDescription(version + 1, {}, undefined, { ...description, heightInches: 200 });
      const after = await queryGateway<{ youth: { physicalDescription: Description | null } }>(READ, { id: youthId });

      expect(recorded.body.errors).toBeUndefined();
      expect(recorded.body.data?.recordPhysicalDescription).toMatchObject({
        ...description,
        version: version + 1,
        recordedBy: { userId: 'sw.demo' },
      });
      expect(retried.body.data?.recordPhysicalDescription).toEqual(recorded.body.data?.recordPhysicalDescription);
      expect(stale.body.errors?.[0]?.message).toBe(
        `Someone changed this physical description since you read it (it is at version ${version + 1}, you sent ${version}). Read it again, then make your change.`,
      );
      expect(tooTall.body.errors?.[0]?.message).toBe('description.heightInches: Height is 24 to 96 inches.');
      expect(after.body.data?.youth.physicalDescription).toEqual(recorded.body.data?.recordPhysicalDescription);
      const accounting = await queryGateway<{
        accountingOfDisclosures: Array<{ fields: string[]; outcome: string; rule: string; requester: { userId: string } }>;
      }>(ACCOUNTING, { youthId }, { user: 'privacy.demo', purpose: 'HOPERAT' });
      expect(accounting.body.data?.accountingOfDisclosures).toContainEqual({
        fields: ['Mutation.recordPhysicalDescription'],
        outcome: 'DISCLOSED',
        rule: 'IAP-2025-10.7',
        requester: { userId: 'sw.demo' },
      });
    });

    it('every earlier version stays listed, newest first; the attorney reads the history without the marks, and breaking the glass does not open it', async () => {
      const HISTORY = `query H($id: ID!) { youth(id: $id) { physicalDescriptionHistory { ${DESCRIPTION_FIELDS} } } }`;
      const before = await queryGateway<{ youth: { physicalDescription: Description | null } }>(READ, { id: youthId });
      const first = await recordDescription(before.body.data?.youth.physicalDescription?.version ?? 0, {}, undefined, {
        ...description,
        weightPounds: 118,
      });
      const firstVersion = first.body.data?.recordPhysicalDescription as Description;
      const second = await recordDescription(firstVersion.version, {}, undefined, {
        ...description,
        hairColor: 'BLACK',
        distinguishingMarks: [],
      });
      const history = await queryGateway<{ youth: { physicalDescriptionHistory: Description[] | null } }>(HISTORY, { id: youthId });
      const attorney = await queryGateway<{ youth: { physicalDescriptionHistory: Description[] | null } }>(
        HISTORY,
        { id: youthId },
        { user: 'attorney.demo' },
      );
      const emergency = await queryGateway<{ youth: { physicalDescriptionHistory: Description[] | null } | null }>(
        HISTORY,
        { id: youthId },
        { user: 'le.demo', purpose: 'BTG', breakGlassReason: 'Youth missing; responding officer needs a description.' },
      );

      expect(second.body.errors).toBeUndefined();
      const versions = history.body.data?.youth.physicalDescriptionHistory ?? [];
      expect(versions.slice(0, 2)).toEqual([second.body.data?.recordPhysicalDescription, firstVersion]);
      expect(versions.map((version) => version.version)).toEqual([...versions.map((version) => version.version)].sort((a, b) => b - a));
      expect(attorney.body.data?.youth.physicalDescriptionHistory?.[1]).toMatchObject({
        version: firstVersion.version,
        weightPounds: 118,
        distinguishingMarks: null,
      });
      expect(withheldPaths(attorney)).toContain('youth.physicalDescriptionHistory.1.distinguishingMarks');
      // The emergency set opens the current description only (BTG-PHYSICAL-DESCRIPTION), not its history.
      expect(emergency.body.data?.youth?.physicalDescriptionHistory ?? null).toBeNull();
      expect(withheldPaths(emergency)).toContain('youth.physicalDescriptionHistory');
    });

    it("the youth's attorney may not record it (IAP-2025-10.7) and does not read the marks, which are CSEC status; the refusal writes nothing and is in the accounting", async () => {
      const before = await queryGateway<{ youth: { physicalDescription: Description | null } }>(READ, { id: youthId });
      const current = before.body.data?.youth.physicalDescription ?? null;
      const byAttorney = await recordDescription(current?.version ?? 0, { user: 'attorney.demo' }, undefined, {
        ...description,
        hairColor: 'BLACK',
      });
      const attorneyReads = await queryGateway<{ youth: { physicalDescription: Description | null } }>(
        READ,
        { id: youthId },
        { user: 'attorney.demo' },
      );
      const after = await queryGateway<{ youth: { physicalDescription: Description | null } }>(READ, { id: youthId });

      expect(byAttorney.body.data?.recordPhysicalDescription).toBeNull();
      expect(byAttorney.body.errors).toEqual([
        { message: 'Not available to you.', path: ['recordPhysicalDescription'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } },
      ]);
      expect(after.body.data?.youth.physicalDescription).toEqual(current);
      if (current) {
        expect(attorneyReads.body.data?.youth.physicalDescription).toMatchObject({
          heightInches: current.heightInches,
          hairColor: current.hairColor,
          distinguishingMarks: null,
        });
        expect(withheldPaths(attorneyReads)).toEqual(['youth.physicalDescription.distinguishingMarks']);
      }
      const accounting = await queryGateway<{
        accountingOfDisclosures: Array<{ fields: string[]; outcome: string; rule: string; requester: { userId: string } }>;
      }>(ACCOUNTING, { youthId }, { user: 'privacy.demo', purpose: 'HOPERAT' });
      expect(accounting.body.data?.accountingOfDisclosures).toContainEqual({
        fields: ['Mutation.recordPhysicalDescription'],
        outcome: 'WITHHELD',
        rule: 'WRITE_PHYSICAL_DESCRIPTION_NOT_FOR_ROLE_OR_PURPOSE',
        requester: { userId: 'attorney.demo' },
      });
    });
  });

  describe('telling the team', () => {
    async function mailbox(): Promise<ReceivedMessage[]> {
      const text = await readFile(inject('mailboxPath'), 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as ReceivedMessage);
    }
    async function emailOf(userId: string): Promise<string> {
      const user = (await testScenario()).users.find((candidate) => candidate.id === userId);
      if (!user?.email) throw new Error(`${userId} has no e-mail address in the test county.`);
      return user.email;
    }

    it('an exploiter threat is e-mailed to the members who may know of it, with no youth data in it', async () => {
      const threatened = EXPLOITER_THREAT.assignedToSocialWorker;
      const since = new Date().toISOString();
      const note = 'Exploiter seen outside the school at 15:10.';
      const recorded = await record(threatened, {
        kind: 'EXPLOITER_THREAT',
        occurredAt: new Date(Date.now() - 30 * 60_000).toISOString(),
        note,
      });
      expect(recorded.body.errors).toBeUndefined();

      const [probation, attorney] = [await emailOf('po.demo'), await emailOf('attorney.demo')];
      let received: ReceivedMessage[] = [];
      for (let attempt = 0; attempt < 50 && !received.some((message) => message.to.includes(probation)); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        received = (await mailbox()).filter((message) => message.receivedAt >= since);
      }
      // The probation officer on the team reads CSEC status (IAP-2025-4.1) and the protocol names the role.
      const toProbation = received.filter((message) => message.to.includes(probation));
      expect(toProbation).toHaveLength(1);
      expect(toProbation[0]?.raw).toContain('Subject: CSEC MDT: your team must meet');
      expect(toProbation[0]?.raw).toContain('Sign in to see which youth and what happened');
      // The protocol names the youth's attorney too, but CSEC status is not shared with the attorney: not told.
      expect((await mailbox()).filter((message) => message.to.includes(attorney))).toEqual([]);

      const youth = (await testScenario()).csec.youth.find((candidate) => candidate.id === threatened);
      for (const message of await mailbox()) {
        for (const withheld of [threatened, youth?.givenName, youth?.familyName, note, 'EXPLOITER', 'AWOL']) {
          expect(message.raw, String(withheld)).not.toContain(String(withheld));
        }
      }
    });
  });

  describe('links to agency records', () => {
    interface Change {
      agency: string;
      identifier: string;
      action: string;
      reason: string;
      changedBy: { userId: string } | null;
    }
    const CHANGE_FIELDS = 'agency identifier action reason changedBy { userId }';
    const LINK = `mutation L($youthId: ID!, $link: AgencyLinkInput!) { linkAgencyRecord(youthId: $youthId, link: $link) { ${CHANGE_FIELDS} } }`;
    const UNLINK = `mutation U($youthId: ID!, $agency: SourceAgency!, $reason: String!) { unlinkAgencyRecord(youthId: $youthId, agency: $agency, reason: $reason) { ${CHANGE_FIELDS} } }`;
    const LINKS = `query K($id: ID!) { youth(id: $id) { agencyLinks { agency identifier } agencyLinkHistory { ${CHANGE_FIELDS} } } }`;
    type Links = { youth: { agencyLinks: Array<{ agency: string; identifier: string }>; agencyLinkHistory: Change[] } | null };

    it('unlinking and linking again are recorded with who, when and why; an identifier of another youth is refused', async () => {
      const scenario = await testScenario();
      const own = scenario.csec.youth.find((candidate) => candidate.id === youthId)?.links[0];
      if (!own) throw new Error(`${youthId} has no agency link in the test county.`);
      const others = scenario.csec.youth.find(
        (candidate) => candidate.id !== youthId && candidate.links.some((link) => link.agency === own.agency),
      );
      const othersIdentifier = others?.links.find((link) => link.agency === own.agency)?.identifier as string;

      const conflict = await queryGateway<{ linkAgencyRecord: Change | null }>(LINK, {
        youthId,
        link: { agency: own.agency, identifier: othersIdentifier, reason: 'Same name and birth date.' },
      });
      const byAttorney = await queryGateway(
        UNLINK,
        { youthId: EXPLOITER_THREAT.assignedToSocialWorker, agency: own.agency, reason: 'Not theirs.' },
        { user: 'attorney.demo' },
      );
      const unlinked = await queryGateway<{ unlinkAgencyRecord: Change | null }>(UNLINK, {
        youthId,
        agency: own.agency,
        reason: 'Record belongs to a sibling.',
      });
      const between = await queryGateway<Links>(LINKS, { id: youthId });
      const linked = await queryGateway<{ linkAgencyRecord: Change | null }>(LINK, {
        youthId,
        link: { agency: own.agency, identifier: own.identifier, reason: 'Identity confirmed with the agency.' },
      });
      const after = await queryGateway<Links>(LINKS, { id: youthId });

      expect(conflict.body.data?.linkAgencyRecord).toBeNull();
      expect(conflict.body.errors?.[0]?.message).toBe(
        'link.identifier: This identifier is already linked to another youth. Linking is refused; ask the CSEC program to review both records.',
      );
      expect(withheldPaths(byAttorney)).toEqual(['unlinkAgencyRecord']);
      expect(unlinked.body.data?.unlinkAgencyRecord).toEqual({
        agency: own.agency,
        identifier: own.identifier,
        action: 'UNLINKED',
        reason: 'Record belongs to a sibling.',
        changedBy: { userId: 'sw.demo' },
      });
      expect(between.body.data?.youth?.agencyLinks.some((link) => link.agency === own.agency)).toBe(false);
      expect(linked.body.data?.linkAgencyRecord).toMatchObject({ action: 'LINKED', identifier: own.identifier });
      expect(after.body.data?.youth?.agencyLinks).toContainEqual({ agency: own.agency, identifier: own.identifier });
      expect(after.body.data?.youth?.agencyLinkHistory.map((change) => [change.action, change.reason])).toEqual([
        ['LINKED', 'Identity confirmed with the agency.'],
        ['UNLINKED', 'Record belongs to a sibling.'],
      ]);
      const threatened = await queryGateway<Links>(LINKS, { id: EXPLOITER_THREAT.assignedToSocialWorker });
      expect(threatened.body.data?.youth?.agencyLinkHistory).toEqual([]);
    });
  });

  describe('consents captured through the gateway', () => {
    const SUD = 'query S($id: ID!) { youth(id: $id) { health { substanceUse { treatment { program } } } } }';
    const RECORD_CONSENT =
      'mutation C($youthId: ID!, $consent: ConsentInput!) { recordConsent(youthId: $youthId, consent: $consent) { id } }';
    type Sud = { youth: { health: { substanceUse: { treatment: Array<{ program: string }> } | null } | null } | null };
    const consentFor = (recipient: string, changes: Record<string, unknown> = {}) => ({
      form: 'CFR42_PART2_2_31',
      disclosingProgram: 'County Behavioral Health, adolescent SUD services',
      recipients: [{ userId: recipient }],
      categories: ['SUBSTANCE_USE'],
      description: 'Attendance, diagnosis and treatment plan.',
      purposes: ['CSEC-MDT'],
      signedBy: 'YOUTH',
      signedOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      expiresOn: '2099-12-31',
      revocationRightExplained: true,
      ...changes,
    });

    it('a consent captured today opens substance use records to its named recipient on the next request, and its revocation closes them', async () => {
      const youth = 'Y-000003';
      const scenario = await testScenario();
      const seats = scenario.csec.youth.find((candidate) => candidate.id === youth)?.mdt?.members ?? [];
      const recipient = ['po.demo', 'phn.demo', 'mh.demo'].find((userId) => seats.some((seat) => seat.userId === userId && !seat.leftOn));
      if (!recipient) throw new Error(`No demo user other than the social worker sits on ${youth}'s MDT in the test county.`);

      const before = await queryGateway<Sud>(SUD, { id: youth }, { user: recipient });
      const missingExpiry = await queryGateway(RECORD_CONSENT, { youthId: youth, consent: consentFor(recipient, { expiresOn: null }) });
      const byParent = await queryGateway(RECORD_CONSENT, {
        youthId: youth,
        consent: consentFor(recipient, { signedBy: 'PARENT_OR_GUARDIAN' }),
      });
      const recorded = await queryGateway(RECORD_CONSENT, { youthId: youth, consent: consentFor(recipient) });
      const opened = await queryGateway<Sud>(SUD, { id: youth }, { user: recipient });
      const onFile = await queryGateway<{
        youth: {
          consents: Array<{
            id: string;
            disclosingProgram: string | null;
            expiresOn: string | null;
            recordedBy: { userId: string } | null;
            recipients: Array<{ person: { userId: string } | null }>;
          }>;
        };
      }>(
        'query F($id: ID!) { youth(id: $id) { consents { id disclosingProgram expiresOn recordedBy { userId } recipients { person { userId } } } } }',
        { id: youth },
        { user: 'privacy.demo', purpose: 'HOPERAT' },
      );
      const captured = onFile.body.data?.youth.consents.find(
        (consent) => consent.disclosingProgram === 'County Behavioral Health, adolescent SUD services',
      );
      const REVOKE =
        'mutation R($youthId: ID!, $consentId: ID!, $revokedOn: Date!) { recordConsentRevocation(youthId: $youthId, consentId: $consentId, revokedOn: $revokedOn) { id } }';
      const today = countyToday();
      const revokedAhead = await queryGateway(
        REVOKE,
        { youthId: youth, consentId: captured?.id, revokedOn: addDays(today, 1) },
        { user: 'privacy.demo', purpose: 'HOPERAT' },
      );
      const stillOpen = await queryGateway<Sud>(SUD, { id: youth }, { user: recipient });
      const revoked = await queryGateway(
        REVOKE,
        { youthId: youth, consentId: captured?.id, revokedOn: today },
        { user: 'privacy.demo', purpose: 'HOPERAT' },
      );
      const closed = await queryGateway<Sud>(SUD, { id: youth }, { user: recipient });

      expect(before.body.data?.youth?.health?.substanceUse ?? null).toBeNull();
      expect(missingExpiry.body.errors?.[0]?.message).toBe('consent.expiresOn: A consent needs an expiry date or an expiry event.');
      expect(byParent.body.errors?.[0]?.message).toMatch(/^consent.signedBy: This form is signed only by: YOUTH\.$/);
      // The social worker records it but does not read consents (IAP-2025-3.2, 9.2).
      expect(withheldPaths(recorded)[0]).toMatch(/^recordConsent/);
      expect(captured).toMatchObject({
        expiresOn: '2099-12-31',
        recordedBy: { userId: 'sw.demo' },
        recipients: [{ person: { userId: recipient } }],
      });
      expect(JSON.stringify(opened.body.data)).toContain('Intensive outpatient SUD treatment');
      expect(revokedAhead.body.errors?.[0]?.message).toBe(
        `revokedOn: A revocation cannot be dated in the future (today is ${today} in the county).`,
      );
      expect(JSON.stringify(stillOpen.body.data)).toContain('Intensive outpatient SUD treatment');
      expect(revoked.body.errors).toBeUndefined();
      expect(closed.body.data?.youth?.health?.substanceUse ?? null).toBeNull();
    });
  });
});
