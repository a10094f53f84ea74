import type { DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import { mailNotice, type NoticeKind } from './notice-mail.ts';
import { membersWhoMayKnow } from './notice-recipients.ts';
import { ProtocolClock, remindFrom } from './protocol-clock.ts';
import { claimNotice, recordNoticeSent } from './sent-notices.ts';

/** A notice of a reconvening's deadline sent by one check. */
export interface DeadlineNotice {
  reconveningId: string;
  kind: Extract<NoticeKind, 'DEADLINE_APPROACHING' | 'DEADLINE_PASSED'>;
  told: string[];
}

interface PendingReconvening {
  id: string;
  youthId: string;
  eventKind: string;
  dueAt: string;
  tell: string[];
  reminded: boolean;
}

/**
 * Most reconvenings one check sends notices for: a county's first check can find a backlog, which is
 * sent a part at each check rather than all at once beside the requests the subgraph answers.
 */
const NOTICES_PER_CHECK = 100;

/**
 * How long after a deadline passed it is still told by e-mail: one that passed longer ago (a backlog
 * from before notices were sent, or while they could not be) is in the overdue lists, not mailed now.
 */
const LATE_NOTICE_HOURS = 72;

/**
 * Sends the deadline notices due at `now`: that a reconvening's deadline approaches, from the number
 * of hours before it the county protocol in force sets for the kind of event (`remind_before_hours`),
 * and that it passed. A reconvening gets neither once it is closed (a meeting was held) or while a
 * meeting of the youth's MDT is scheduled by its deadline; a reminder is not sent once the deadline
 * has passed. Each notice is claimed before it is sent (sent-notices.ts), so instances of the subgraph
 * checking the same database at once, and checks run again after a failure, send it once.
 */
export async function sendDeadlineNotices(store: RelationalStore, policy: DisclosurePolicy, now: Date): Promise<DeadlineNotice[]> {
  const clock = ProtocolClock.of(policy);
  const pending = await store.query<PendingReconvening>(
    `SELECT r.reconvening_id AS id, r.youth_id AS "youthId", e.kind AS "eventKind", r.due_at AS "dueAt", r.tell_roles AS tell,
            EXISTS (SELECT 1 FROM reconvening_notice n WHERE n.reconvening_id = r.reconvening_id AND n.kind = 'DEADLINE_APPROACHING') AS reminded
       FROM reconvening r JOIN triggering_event e ON e.event_id = r.event_id
      WHERE r.closed_at IS NULL
        AND r.due_at <= $1::timestamptz + make_interval(hours => $2::int)
        AND r.due_at > $1::timestamptz - make_interval(hours => $4::int)
        AND NOT EXISTS (SELECT 1 FROM reconvening_notice n WHERE n.reconvening_id = r.reconvening_id AND n.kind = 'DEADLINE_PASSED')
        AND NOT EXISTS (SELECT 1 FROM mdt_meeting m WHERE m.youth_id = r.youth_id AND m.status = 'SCHEDULED'
                          AND m.scheduled_for >= COALESCE(e.occurred_at, e.occurred_on::timestamptz) AND m.scheduled_for <= r.due_at)
      ORDER BY r.due_at, r.reconvening_id
      LIMIT $3`,
    [now.toISOString(), clock.longestReminderHours(), NOTICES_PER_CHECK, LATE_NOTICE_HOURS],
  );
  const sent: DeadlineNotice[] = [];
  for (const reconvening of pending) {
    const kind = noticeDue(reconvening, clock, now);
    if (!kind || !(await claimNotice(store, reconvening.id, kind, now))) continue;
    const members = await membersWhoMayKnow(store, policy, reconvening.youthId, reconvening.tell, now);
    const told = members.map((member) => member.userId);
    await recordNoticeSent(store, reconvening.id, kind, told, now);
    await mailNotice(members, kind, reconvening.dueAt);
    sent.push({ reconveningId: reconvening.id, kind, told });
  }
  return sent;
}

function noticeDue(reconvening: PendingReconvening, clock: ProtocolClock, now: Date): DeadlineNotice['kind'] | undefined {
  if (new Date(reconvening.dueAt).getTime() <= now.getTime()) return 'DEADLINE_PASSED';
  const rule = clock.ruleFor(reconvening.eventKind);
  if (reconvening.reminded || !rule) return undefined;
  return remindFrom(reconvening.dueAt, rule).getTime() <= now.getTime() ? 'DEADLINE_APPROACHING' : undefined;
}
