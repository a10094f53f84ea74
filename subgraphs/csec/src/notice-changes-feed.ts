import { randomUUID } from 'node:crypto';
import { contractProblem, contractValidator } from '../../../runtime/contracts.ts';
import type { NoticeChangesAnswer, NoticeChangesQuestion } from '../../../runtime/notice-changes.ts';
import { oncePerStore, type RelationalStore } from '../../../runtime/relational-store.ts';
import { RequestRejection } from '../../../runtime/requester.ts';
import { NOTICES_CHANNEL } from './sent-notices.ts';

/** The question of `POST /mdt-notice-changes`, checked against its contract (schema/mdt-notice-changes.schema.json). */
const noticeChangesQuestion = contractValidator<NoticeChangesQuestion>('mdt-notice-changes', 'noticeChangesQuestion');

/** Longest a question is held before it is answered with nothing new (the gateway asks again). */
const LONGEST_WAIT_MS = 20_000;
/** How many announcements are kept for a gateway that asks late; older ones are answered by a reset. */
const KEPT = 1_000;

/**
 * The members given a notice, as the store announces them (sent-notices.ts), whichever instance of
 * the subgraph gave it, kept in order for the gateways' long polls. A cursor is this feed's own (its
 * epoch and a count): after a restart, or for a cursor too old, the answer is a reset.
 */
class NoticeChangesFeed {
  private readonly epoch = randomUUID();
  private count = 0;
  private readonly kept: Array<{ at: number; userIds: string[] }> = [];
  private readonly waiting = new Set<() => void>();

  static async start(store: RelationalStore): Promise<NoticeChangesFeed> {
    const feed = new NoticeChangesFeed();
    await store.listen(
      NOTICES_CHANNEL,
      (payload) => feed.heard(payload),
      () => feed.lost(),
    );
    return feed;
  }

  async after(question: NoticeChangesQuestion): Promise<NoticeChangesAnswer> {
    const from = this.position(question.after);
    if (from === undefined) return { cursor: this.cursor(), userIds: [], reset: question.after !== '' };
    if (from === this.count) await this.nextOrTimeout();
    const userIds = [...new Set(this.kept.filter((entry) => entry.at > from).flatMap((entry) => entry.userIds))].toSorted();
    return { cursor: this.cursor(), userIds, reset: false };
  }

  private cursor(): string {
    return `${this.epoch}:${this.count}`;
  }

  /** Where `after` is in this feed, or undefined when it is not this feed's or no longer kept. */
  private position(after: string): number | undefined {
    const [epoch, count] = after.split(':');
    const at = Number(count);
    if (epoch !== this.epoch || !Number.isInteger(at) || at > this.count) return undefined;
    return at >= this.count - this.kept.length ? at : undefined;
  }

  private heard(payload: string): void {
    let userIds: unknown;
    try {
      userIds = JSON.parse(payload);
    } catch {
      return;
    }
    if (!Array.isArray(userIds)) return;
    this.count += 1;
    this.kept.push({ at: this.count, userIds: userIds.filter((id): id is string => typeof id === 'string') });
    if (this.kept.length > KEPT) this.kept.shift();
    this.wakeAll();
  }

  /** Notifications may have been missed: every cursor given so far is no longer good. */
  private lost(): void {
    this.count += KEPT + 1;
    this.kept.length = 0;
    this.wakeAll();
  }

  private wakeAll(): void {
    for (const wake of this.waiting) wake();
  }

  private nextOrTimeout(): Promise<void> {
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, LONGEST_WAIT_MS);
      this.waiting.add(wake);
    });
  }
}

/** Each store's feed, started by the first question or write that needs it. */
const feeds = oncePerStore((store) => NoticeChangesFeed.start(store));

/** `POST /mdt-notice-changes` `{ "after": "<cursor>" }`: a gateway's long poll for the members given a notice. */
export function noticeChangesRoute(store: RelationalStore) {
  return async (_caller: unknown, body: unknown): Promise<NoticeChangesAnswer> => {
    if (!noticeChangesQuestion(body))
      throw new RequestRejection(400, 'BAD_USER_INPUT', contractProblem(noticeChangesQuestion, 'The notice changes question'));
    return (await feeds.start(store)).after(body);
  };
}
