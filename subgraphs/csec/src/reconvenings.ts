import type { Queryable } from '../../../runtime/relational-store.ts';

/** A reconvening of a youth's MDT that a triggering event opened (migration 012). */
export interface ReconveningRow {
  id: string;
  youthId: string;
  triggeringEventId: string;
  kind: string;
  dueAt: string;
  withinHours: number;
  protocol: string;
  tell: string[];
  closedAt: string | null;
  closedByMeetingId: string | null;
  /** The moment overdue is judged at: the `asOf` the reconvenings were asked for. */
  asOf: string;
}

/** A reconvening as stored, before a moment is chosen to judge it at. */
export type StoredReconvening = Omit<ReconveningRow, 'asOf'>;

const COLUMNS = `r.reconvening_id AS id, r.youth_id AS "youthId", r.event_id AS "triggeringEventId", e.kind,
  r.due_at AS "dueAt", r.within_hours AS "withinHours", r.protocol_id AS protocol, r.tell_roles AS tell,
  r.closed_at AS "closedAt", r.closed_by_meeting_id AS "closedByMeetingId"`;

/** Every reconvening of the youth, soonest due first. */
export function reconveningsOf(store: Queryable, youthIds: readonly string[]): Promise<StoredReconvening[]> {
  return store.query<StoredReconvening>(
    `SELECT ${COLUMNS} FROM reconvening r JOIN triggering_event e ON e.event_id = r.event_id
      WHERE r.youth_id = ANY($1::text[]) ORDER BY r.due_at, r.reconvening_id`,
    [youthIds],
  );
}

/** The reconvening each event opened. */
export function reconveningsOfEvents(store: Queryable, eventIds: readonly string[]): Promise<StoredReconvening[]> {
  return store.query<StoredReconvening>(
    `SELECT ${COLUMNS} FROM reconvening r JOIN triggering_event e ON e.event_id = r.event_id WHERE r.event_id = ANY($1::text[])`,
    [eventIds],
  );
}

/** Open and past due at `asOf`. */
export function isOverdue(reconvening: ReconveningRow): boolean {
  return reconvening.closedAt === null && new Date(reconvening.dueAt).getTime() < new Date(reconvening.asOf).getTime();
}

/** Open reconvenings across the program at `asOf`: how many are due later, how many are overdue. */
export async function openReconveningCounts(store: Queryable, asOf: string): Promise<{ dueLater: number; overdue: number }> {
  const [row] = await store.query<{ dueLater: string | number; overdue: string | number }>(
    `SELECT count(*) FILTER (WHERE due_at >= $1::timestamptz) AS "dueLater", count(*) FILTER (WHERE due_at < $1::timestamptz) AS overdue
       FROM reconvening WHERE closed_at IS NULL`,
    [asOf],
  );
  return { dueLater: Number(row?.dueLater ?? 0), overdue: Number(row?.overdue ?? 0) };
}

/**
 * CalHHS Data De-identification Guidelines 4.4: a count from 1 to 10 is suppressed; with two cells,
 * the other is suppressed too (complementary suppression: the suppressed cells of a row must not sum
 * to less than 11, and one alone always does).
 */
export function suppressSmallCounts(counts: { dueLater: number; overdue: number }): { dueLater: number | null; overdue: number | null } {
  const small = (count: number) => count >= 1 && count <= 10;
  return small(counts.dueLater) || small(counts.overdue) ? { dueLater: null, overdue: null } : counts;
}
