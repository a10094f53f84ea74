import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { countyDate } from '../../../runtime/calendar.ts';
import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { HeldMeetingInput, ScheduledMeetingInput } from './__generated__/resolvers-types.ts';
import { writeOnce } from './idempotent-writes.ts';
import { MEETING_COLUMNS, type MeetingRow } from './source.ts';
import { badInput, requireYouth } from './write-input.ts';
import type { WriteAudit } from './write-audit.ts';

const MAX_NOTES_LENGTH = 4_000;
const MAX_DECISION_LENGTH = 500;
const MAX_DECISIONS = 30;
const MAX_REASON_LENGTH = 500;
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * MDT meetings through their life: scheduled, then held (attendees, the youth's participation,
 * notes, decisions) or cancelled. Each write is one transaction; holding or cancelling names the
 * version it was made on and is refused when someone changed the meeting first. Holding a meeting
 * closes the youth's reconvenings still open for events that happened before it.
 */
export class MdtMeetings {
  private readonly store: RelationalStore;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  async schedule(
    audit: WriteAudit,
    requester: Requester,
    youthId: string,
    meeting: ScheduledMeetingInput,
    idempotencyKey: string | null | undefined,
  ): Promise<MeetingRow> {
    const { recordId: meetingId } = await writeOnce(
      this.store,
      audit,
      { userId: requester.userId, mutation: 'scheduleMdtMeeting', youthId, idempotencyKey },
      async (tx) => {
        await requireYouth(tx, youthId);
        const id = `MTG-${randomUUID()}`;
        await tx.query(
          `INSERT INTO mdt_meeting (meeting_id, youth_id, kind, attendee_user_ids, status, scheduled_for, updated_by_user_id, updated_at)
         VALUES ($1, $2, $3, '[]'::jsonb, 'SCHEDULED', $4::timestamptz, $5, now())`,
          [id, youthId, meeting.kind, meeting.scheduledFor, requester.userId],
        );
        return id;
      },
    );
    return this.read(meetingId);
  }

  async hold(
    audit: WriteAudit,
    requester: Requester,
    youthId: string,
    meetingId: string,
    version: number,
    held: HeldMeetingInput,
    now: Date,
  ): Promise<MeetingRow> {
    const notes = held.notes.trim();
    if (notes.length === 0 || notes.length > MAX_NOTES_LENGTH)
      throw badInput('held.notes', `The notes are 1 to ${MAX_NOTES_LENGTH} characters.`);
    const decisions = held.decisions.map((decision) => decision.trim());
    if (decisions.length > MAX_DECISIONS || decisions.some((decision) => decision.length === 0 || decision.length > MAX_DECISION_LENGTH)) {
      throw badInput('held.decisions', `At most ${MAX_DECISIONS} decisions, each 1 to ${MAX_DECISION_LENGTH} characters.`);
    }
    if (new Date(held.heldAt).getTime() > now.getTime() + CLOCK_SKEW_MS)
      throw badInput('held.heldAt', 'A meeting cannot be recorded as held in the future.');
    const attendees = [...new Set(held.attendeeUserIds)];
    if (attendees.length === 0) throw badInput('held.attendeeUserIds', 'Name at least one member who attended.');
    await audit.transaction(this.store, { mutation: 'holdMdtMeeting', youthId }, async (tx) => {
      const members = await tx.query<{ userId: string }>(
        `SELECT DISTINCT member.user_id AS "userId" FROM mdt_member member JOIN mdt team ON team.mdt_id = member.mdt_id
          WHERE team.youth_id = $1 AND member.user_id = ANY($2::text[]) AND member.joined_on <= $3::date
            AND (member.left_on IS NULL OR member.left_on > $3::date)`,
        [youthId, attendees, countyDate(held.heldAt)],
      );
      const seated = new Set(members.map((member) => member.userId));
      const strangers = attendees.filter((userId) => !seated.has(userId));
      if (strangers.length > 0)
        throw badInput('held.attendeeUserIds', `Not members of this youth's MDT on that day: ${strangers.join(', ')}.`);
      await editVersion(
        tx,
        youthId,
        meetingId,
        version,
        `status = 'HELD', held_at = $4::timestamptz, held_on = $5::date, attendee_user_ids = $6::jsonb, youth_participation = $7,
         notes = $8, decisions = $9::jsonb`,
        [held.heldAt, countyDate(held.heldAt), JSON.stringify(attendees), held.youthParticipation, notes, JSON.stringify(decisions)],
        requester.userId,
      );
      await tx.query(
        `UPDATE reconvening r SET closed_at = $2::timestamptz, closed_by_meeting_id = $3
           FROM triggering_event e
          WHERE e.event_id = r.event_id AND r.youth_id = $1 AND r.closed_at IS NULL
            AND COALESCE(e.occurred_at, e.occurred_on::timestamptz) <= $2::timestamptz`,
        [youthId, held.heldAt, meetingId],
      );
    });
    return this.read(meetingId);
  }

  async cancel(
    audit: WriteAudit,
    requester: Requester,
    youthId: string,
    meetingId: string,
    version: number,
    reason: string,
  ): Promise<MeetingRow> {
    const why = reason.trim();
    if (why.length === 0 || why.length > MAX_REASON_LENGTH) throw badInput('reason', `The reason is 1 to ${MAX_REASON_LENGTH} characters.`);
    await audit.transaction(this.store, { mutation: 'cancelMdtMeeting', youthId }, (tx) =>
      editVersion(tx, youthId, meetingId, version, `status = 'CANCELLED', cancelled_reason = $4`, [why], requester.userId),
    );
    return this.read(meetingId);
  }

  private async read(meetingId: string): Promise<MeetingRow> {
    const [meeting] = await this.store.query<MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM mdt_meeting WHERE meeting_id = $1`, [meetingId]);
    return meeting as MeetingRow;
  }
}

/**
 * Changes a scheduled meeting if it is still at `version`, and moves it to the next version; the
 * change is `$4...` onwards of `values`. Otherwise says why not: no such meeting, no longer
 * scheduled, or changed by someone else first.
 */
async function editVersion(
  tx: Queryable,
  youthId: string,
  meetingId: string,
  version: number,
  change: string,
  values: unknown[],
  userId: string,
): Promise<void> {
  const updated = await tx.query(
    `UPDATE mdt_meeting SET ${change}, version = version + 1, updated_by_user_id = $${values.length + 4}, updated_at = now()
      WHERE youth_id = $1 AND meeting_id = $2 AND version = $3 AND status = 'SCHEDULED' RETURNING meeting_id`,
    [youthId, meetingId, version, ...values, userId],
  );
  if (updated.length === 1) return;
  const [current] = await tx.query<{ status: string; version: number }>(
    'SELECT status, version FROM mdt_meeting WHERE youth_id = $1 AND meeting_id = $2',
    [youthId, meetingId],
  );
  if (!current) throw badInput('meetingId', 'No meeting with this id is recorded for this youth.');
  if (current.version !== version) {
    throw new GraphQLError(
      `Someone changed this meeting since you read it (it is at version ${current.version}, you sent ${version}). Read it again, then make your change.`,
      {
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'version' },
      },
    );
  }
  throw badInput(
    'meetingId',
    `This meeting was already ${current.status === 'HELD' ? 'held' : 'cancelled'}; only a scheduled meeting can be held or cancelled.`,
  );
}
