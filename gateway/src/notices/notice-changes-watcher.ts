import { setTimeout as sleep } from 'node:timers/promises';
import { contractProblem, contractValidator } from '../../../runtime/contracts.ts';
import { NOTICE_CHANGES_PATH, type NoticeChangesAnswer, type NoticeChangesQuestion } from '../../../runtime/notice-changes.ts';
import type { RequesterTokenSigner } from '../../../runtime/requester-token.ts';
import { askAsGateway } from '../gateway-long-poll.ts';

/** The answer of `POST /mdt-notice-changes`, checked against its contract (schema/mdt-notice-changes.schema.json). */
const noticeChangesAnswer = contractValidator<NoticeChangesAnswer>('mdt-notice-changes', 'noticeChangesAnswer');

/** Longer than the csec subgraph holds one question. */
const QUESTION_TIMEOUT_MS = 30_000;
/** Pause before asking again after a failure. */
const RETRY_PAUSE_MS = 1_000;

/**
 * Hears which members were given a notice (a long poll of the csec subgraph, which listens to its
 * store), and tells them through `onChanged`; `onReset` when the changes since the last answer are
 * not known (csec restarted, or could not be reached).
 */
export class NoticeChangesWatcher {
  private readonly url: string;
  private readonly signer: RequesterTokenSigner;
  private readonly onChanged: (userIds: readonly string[]) => void;
  private readonly onReset: () => void;
  private cursor = '';
  private stopped = false;

  constructor(options: {
    csecUrl: string;
    signer: RequesterTokenSigner;
    onChanged: (userIds: readonly string[]) => void;
    onReset: () => void;
  }) {
    this.url = new URL(NOTICE_CHANGES_PATH, options.csecUrl).href;
    this.signer = options.signer;
    this.onChanged = options.onChanged;
    this.onReset = options.onReset;
  }

  start(): void {
    void this.watch();
  }

  stop(): void {
    this.stopped = true;
  }

  private async watch(): Promise<void> {
    while (!this.stopped) {
      try {
        const answer = await this.ask({ after: this.cursor });
        if (this.stopped) return;
        if (answer.reset) this.onReset();
        else if (answer.userIds.length > 0) this.onChanged(answer.userIds);
        this.cursor = answer.cursor;
      } catch {
        // Changes may be missed meanwhile: start again from now, and have everyone read again.
        if (this.cursor !== '') this.onReset();
        this.cursor = '';
        await sleep(RETRY_PAUSE_MS);
      }
    }
  }

  private async ask(question: NoticeChangesQuestion): Promise<NoticeChangesAnswer> {
    const answer = await askAsGateway(
      this.signer,
      { subgraph: 'csec', url: this.url, path: NOTICE_CHANGES_PATH },
      question,
      QUESTION_TIMEOUT_MS,
    );
    if (!noticeChangesAnswer(answer))
      throw new Error(
        `The csec subgraph's notice changes answer is not the contract's: ${contractProblem(noticeChangesAnswer, 'the answer')}`,
      );
    return answer;
  }
}
