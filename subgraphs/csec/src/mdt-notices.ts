import type { Queryable } from '../../../runtime/relational-store.ts';
import type { MdtMemberRow, MdtRow } from './source.ts';

/** A notice the program gave about a reconvening (migration 032), with the roles it is for. */
export interface StoredNotice {
  id: string;
  youthId: string;
  kind: 'NEW_EVENT' | 'DEADLINE_APPROACHING' | 'DEADLINE_PASSED';
  givenAt: string;
  dueAt: string;
  triggeringEventId: string;
  status: 'OPEN' | 'CLOSED';
  /** The roles the protocol names for the event, as it stood when the event was recorded. */
  tell: string[];
}

/** Every notice given about the youth's reconvenings, newest first. */
export function noticesOf(store: Queryable, youthIds: readonly string[]): Promise<StoredNotice[]> {
  return store.query<StoredNotice>(
    `SELECT n.reconvening_id || '/' || n.kind AS id, r.youth_id AS "youthId", n.kind, n.claimed_at AS "givenAt", r.due_at AS "dueAt",
            r.event_id AS "triggeringEventId", CASE WHEN r.closed_at IS NULL THEN 'OPEN' ELSE 'CLOSED' END AS status, r.tell_roles AS tell
       FROM reconvening_notice n JOIN reconvening r ON r.reconvening_id = n.reconvening_id
      WHERE r.youth_id = ANY($1::text[])
      ORDER BY n.claimed_at DESC, n.reconvening_id, n.kind`,
    [youthIds],
  );
}

/**
 * The notices of a youth meant for a member: while they sit on the youth's open MDT on `today`, those
 * whose event the protocol tells one of their roles of. Whether they may know of the events at all
 * is the policy's to decide, on the field that lists them.
 */
export function noticesFor(
  member: { userId: string; roles: readonly string[] },
  today: string,
  team: { mdt: MdtRow | null; seats: readonly MdtMemberRow[] },
  notices: readonly StoredNotice[],
): StoredNotice[] {
  const seated =
    team.mdt?.status === 'OPEN' &&
    team.seats.some((seat) => seat.userId === member.userId && seat.joinedOn <= today && (seat.leftOn === null || seat.leftOn > today));
  return seated ? notices.filter((notice) => notice.tell.some((role) => member.roles.includes(role))) : [];
}
