import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';
import type { NoticeKind } from './notice-mail.ts';

/**
 * Claims the notice of `kind` about a reconvening still open (migration 032): true for the one caller
 * whose row went in, false for every other (another instance of the subgraph, a later check, a retry)
 * and when the reconvening is closed. Claimed before sending, so a notice is never sent twice.
 */
export async function claimNotice(store: Queryable, reconveningId: string, kind: NoticeKind, now: Date): Promise<boolean> {
  const claimed = await store.query<{ reconveningId: string }>(
    `INSERT INTO reconvening_notice (reconvening_id, kind, claimed_at)
     SELECT reconvening_id, $2, $3::timestamptz FROM reconvening WHERE reconvening_id = $1 AND closed_at IS NULL
     ON CONFLICT (reconvening_id, kind) DO NOTHING
     RETURNING reconvening_id AS "reconveningId"`,
    [reconveningId, kind, now.toISOString()],
  );
  return claimed.length === 1;
}

/** The channel a notice given is announced on, with the user ids it is for (notice-changes-feed.ts). */
export const NOTICES_CHANNEL = 'mdt_notices_changed';

/**
 * Keeps who a claimed notice is for (the members the policy would show the event to) and announces
 * them on NOTICES_CHANNEL as it commits, for the gateway's push channel.
 */
export async function recordNoticeSent(
  store: RelationalStore,
  reconveningId: string,
  kind: NoticeKind,
  told: readonly string[],
  now: Date,
): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query(
      'UPDATE reconvening_notice SET told_user_ids = $3::jsonb, sent_at = $4::timestamptz WHERE reconvening_id = $1 AND kind = $2',
      [reconveningId, kind, JSON.stringify(told), now.toISOString()],
    );
    if (told.length > 0) await tx.query('SELECT pg_notify($1, $2)', [NOTICES_CHANNEL, JSON.stringify(told)]);
  });
}
