import type { DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import { mailNotice } from './notice-mail.ts';
import { membersWhoMayKnow } from './notice-recipients.ts';
import { claimNotice, recordNoticeSent } from './sent-notices.ts';

/**
 * Tells the members of the youth's open MDT whom the protocol names for this kind of event, and whom
 * the policy in force would show the event to, that a triggering event was recorded and by when the
 * team must meet (notice-mail.ts). The notice is claimed first, so it goes out once however often this
 * runs. Resolves to the user ids told; a message that cannot be sent never fails the write that caused it.
 */
export async function tellTheTeam(
  store: RelationalStore,
  policy: DisclosurePolicy,
  reconvening: { id: string; youthId: string; dueAt: string; tell: readonly string[] },
  now: Date,
): Promise<string[]> {
  if (!(await claimNotice(store, reconvening.id, 'NEW_EVENT', now))) return [];
  const members = await membersWhoMayKnow(store, policy, reconvening.youthId, reconvening.tell, now);
  const told = members.map((member) => member.userId);
  await recordNoticeSent(store, reconvening.id, 'NEW_EVENT', told, now);
  await mailNotice(members, 'NEW_EVENT', reconvening.dueAt);
  return told;
}
