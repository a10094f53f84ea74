import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { countyDate } from '../../../runtime/calendar.ts';
import { createLogger } from '../../../runtime/logger.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { TriggeringEventInput } from './__generated__/resolvers-types.ts';
import { writeOnce } from './idempotent-writes.ts';
import type { DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';
import { tellTheTeam } from './event-notices.ts';
import { dueAt, ProtocolClock } from './protocol-clock.ts';
import { reconveningsOfEvents } from './reconvenings.ts';
import { TRIGGERING_EVENT_COLUMNS, type TriggeringEventRow } from './source.ts';
import { badInput, requireYouth } from './write-input.ts';
import type { WriteAudit } from './write-audit.ts';

const logger = createLogger('csec-notices');

/** Longest note a member may write: a short factual account, not a case narrative. */
export const MAX_NOTE_LENGTH = 500;
/** How far ahead of the subgraph's clock an event may be said to have happened (clocks differ). */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Records a triggering event and opens the reconvening the county protocol in force sets for its kind,
 * both in one transaction (with the idempotency key, if any), then tells the team. The gateway has
 * decided the write (policies/csec/writes); this checks the input and that the protocol sets a time.
 */
export async function recordTriggeringEvent(
  store: RelationalStore,
  audit: WriteAudit,
  policy: DisclosurePolicy,
  requester: Requester,
  youthId: string,
  event: TriggeringEventInput,
  idempotencyKey: string | null | undefined,
  now: Date,
): Promise<TriggeringEventRow> {
  const note = event.note.trim();
  if (note.length === 0 || note.length > MAX_NOTE_LENGTH) {
    throw badInput('event.note', `The note is a short factual account of 1 to ${MAX_NOTE_LENGTH} characters.`);
  }
  if (new Date(event.occurredAt).getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw badInput('event.occurredAt', 'When the event happened cannot be in the future.');
  }
  const rule = ProtocolClock.of(policy).ruleFor(event.kind);
  if (!rule) {
    throw new GraphQLError(
      'The county protocol in force sets no reconvening time for this kind of event, so it was not recorded. Ask the CSEC program to check the protocol.',
      {
        extensions: { code: 'PROTOCOL_UNAVAILABLE' },
      },
    );
  }
  const { recordId: eventId, first } = await writeOnce(
    store,
    audit,
    { userId: requester.userId, mutation: 'recordTriggeringEvent', youthId, idempotencyKey },
    async (tx) => {
      await requireYouth(tx, youthId);
      const id = `TE-${randomUUID()}`;
      await tx.query(
        `INSERT INTO triggering_event (event_id, youth_id, kind, occurred_on, occurred_at, reported_by_user_id, recorded_at, note)
       VALUES ($1, $2, $3, $4::date, $5::timestamptz, $6, $7::timestamptz, $8)`,
        [id, youthId, event.kind, countyDate(event.occurredAt), event.occurredAt, requester.userId, now.toISOString(), note],
      );
      await tx.query(
        `INSERT INTO reconvening (reconvening_id, youth_id, event_id, due_at, protocol_id, within_hours, tell_roles)
       VALUES ($1, $2, $3, $4::timestamptz, $5, $6, $7::jsonb)`,
        [`RC-${randomUUID()}`, youthId, id, dueAt(event.occurredAt, rule), rule.protocolId, rule.withinHours, JSON.stringify(rule.tell)],
      );
      return id;
    },
  );
  const [recorded] = await store.query<TriggeringEventRow>(`SELECT ${TRIGGERING_EVENT_COLUMNS} FROM triggering_event WHERE event_id = $1`, [
    eventId,
  ]);
  // The team is told once, after the event is committed, without holding up the answer.
  if (first) {
    void reconveningsOfEvents(store, [eventId])
      .then(([opened]) => opened && tellTheTeam(store, policy, opened, now))
      .catch((error: unknown) =>
        logger.warn(
          { code: 'NOTICE_NOT_SENT', notice: 'NEW_EVENT', reason: (error as Error).name },
          'The team could not be told of a triggering event.',
        ),
      );
  }
  return recorded as TriggeringEventRow;
}
