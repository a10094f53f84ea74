import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { contractProblem, contractValidator } from '../../../runtime/contracts.ts';
import type { FactsChangesQuestion, FactsVersionAnswer } from '../../../runtime/policy/__generated__/disclosure-facts-changes.ts';
import { FACTS_CHANGES_PATH } from '../../../runtime/policy/facts-request.ts';
import type { RequesterTokenSigner } from '../../../runtime/requester-token.ts';
import { askAsGateway } from '../gateway-long-poll.ts';
import type { FactsSubgraph } from './youth-facts-client.ts';

/** Longer than a subgraph holds one question. */
const QUESTION_TIMEOUT_MS = 10_000;
/** Pause before asking again after a failure, or while the subgraph cannot hear changes itself. */
const RETRY_PAUSE_MS = 1_000;
/** Longest the gateway waits, when it stops, to give up its leases. */
const RELEASE_TIMEOUT_MS = 2_000;

/**
 * Hears of each new version of one subgraph's disclosure facts as it commits (a long poll of the
 * subgraph, which listens to its store: runtime/facts-changes/feed.ts). Each answer is a lease: until
 * it ends, the subgraph answers no write without first telling this gateway of its version, so facts
 * read at the version last heard are known current and may decide a later request. Outside a lease
 * (starting, the subgraph or its store unreachable, this process too slow to ask again) every request
 * reads its facts afresh.
 */
export class FactsVersionWatcher {
  readonly subgraph: FactsSubgraph;
  private readonly url: string;
  private readonly signer: RequesterTokenSigner;
  private readonly onNewer: (version: bigint) => void;
  /** Names this gateway to the subgraph, which keeps its leases. */
  private readonly id = randomUUID();
  private heard = -1n;
  /** When the current lease ends, on this process's monotonic clock. */
  private leaseEndsAt = 0;
  private stopped = false;

  constructor(options: { subgraph: FactsSubgraph; url: string; signer: RequesterTokenSigner; onNewer: (version: bigint) => void }) {
    this.subgraph = options.subgraph;
    this.url = new URL(FACTS_CHANGES_PATH, options.url).href;
    this.signer = options.signer;
    this.onNewer = options.onNewer;
  }

  /** Whether every change since the last version heard would have been heard: the lease holds. */
  get live(): boolean {
    return performance.now() < this.leaseEndsAt;
  }

  start(): void {
    void this.watch();
  }

  /** Stops watching and gives up the lease, so no write at the subgraph waits for this gateway. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.leaseEndsAt = 0;
    await this.ask({ after: String(this.heard), watcher: this.id, release: true }, RELEASE_TIMEOUT_MS).catch(() => undefined);
  }

  private async watch(): Promise<void> {
    while (!this.stopped) {
      try {
        // The lease counts from before the question leaves: the subgraph counts it from when it arrives.
        const askedAt = performance.now();
        const answer = readAnswer(this.subgraph, await this.ask({ after: String(this.heard), watcher: this.id }, QUESTION_TIMEOUT_MS));
        if (answer.version > this.heard) {
          this.heard = answer.version;
          this.onNewer(answer.version);
        }
        this.leaseEndsAt = answer.leaseMs !== undefined && !this.stopped ? askedAt + answer.leaseMs : 0;
        if (answer.leaseMs === undefined) await sleep(RETRY_PAUSE_MS);
      } catch {
        this.leaseEndsAt = 0;
        await sleep(RETRY_PAUSE_MS);
      }
    }
  }

  private ask(question: FactsChangesQuestion, timeoutMs: number): Promise<unknown> {
    return askAsGateway(this.signer, { subgraph: this.subgraph, url: this.url, path: FACTS_CHANGES_PATH }, question, timeoutMs);
  }
}

const factsVersionAnswer = contractValidator<FactsVersionAnswer>('disclosure-facts-changes', 'factsVersionAnswer');

/** The version and, while the subgraph hears every change, the lease's length; an answer not of the contract (schema/disclosure-facts-changes.schema.json) throws. */
function readAnswer(subgraph: FactsSubgraph, answer: unknown): { version: bigint; leaseMs: number | undefined } {
  if (!factsVersionAnswer(answer))
    throw new Error(
      `The ${subgraph} subgraph's facts version answer is not the contract's: ${contractProblem(factsVersionAnswer, 'the answer')}`,
    );
  return { version: BigInt(answer.factsVersion), leaseMs: answer.live ? answer.leaseMs : undefined };
}
