import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { contractProblem, contractValidator } from '../../../runtime/contracts.ts';
import type { FactsChangesQuestion, FactsVersionAnswer } from '../../../runtime/policy/__generated__/disclosure-facts-changes.ts';
import { FACTS_CHANGES_PATH } from '../../../runtime/policy/facts-request.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { RequesterTokenSigner } from '../../../runtime/requester-token.ts';
import { callService } from '../../../runtime/service-http.ts';

/** Longer than the csec subgraph holds one question. */
const QUESTION_TIMEOUT_MS = 10_000;
/** Pause before asking again after a failure, or while csec cannot hear changes itself. */
const RETRY_PAUSE_MS = 1_000;
/** Longest the gateway waits, when it stops, to give up its leases. */
const RELEASE_TIMEOUT_MS = 2_000;

/** Who the gateway is when it asks on its own behalf: no person, no purpose that opens anything. */
const GATEWAY_ITSELF: Omit<Requester, 'requestId'> = {
  userId: 'csec-mdt-gateway',
  agency: 'CSEC_PROGRAM',
  roles: [],
  purposeOfUse: 'HOPERAT',
  breakGlassReason: null,
};

/**
 * Hears of each new version of the CSEC program's disclosure facts as it commits (a long poll of the
 * csec subgraph, which listens to its store: csec migration 010). Each answer is a lease: until it
 * ends, csec answers no write without first telling this gateway of its version, so facts read at
 * the version last heard are known current and may decide a later request. Outside a lease (starting,
 * csec or its store unreachable, this process too slow to ask again) every request reads the facts
 * afresh.
 */
export class FactsVersionWatcher {
  private readonly url: string;
  private readonly signer: RequesterTokenSigner;
  private readonly onNewer: (version: bigint) => void;
  /** Names this gateway to csec, which keeps its leases. */
  private readonly id = randomUUID();
  private heard = -1n;
  /** When the current lease ends, on this process's monotonic clock. */
  private leaseEndsAt = 0;
  private stopped = false;

  constructor(options: { csecUrl: string; signer: RequesterTokenSigner; onNewer: (version: bigint) => void }) {
    this.url = new URL(FACTS_CHANGES_PATH, options.csecUrl).href;
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

  /** Stops watching and gives up the lease, so no write at csec waits for this gateway. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.leaseEndsAt = 0;
    await this.ask({ after: String(this.heard), watcher: this.id, release: true }, RELEASE_TIMEOUT_MS).catch(() => undefined);
  }

  private async watch(): Promise<void> {
    while (!this.stopped) {
      try {
        // The lease counts from before the question leaves: csec counts it from when it arrives.
        const askedAt = performance.now();
        const answer = readAnswer(await this.ask({ after: String(this.heard), watcher: this.id }, QUESTION_TIMEOUT_MS));
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

  private async ask(question: FactsChangesQuestion, timeoutMs: number): Promise<string> {
    const body = JSON.stringify(question);
    const token = this.signer.sign({ ...GATEWAY_ITSELF, requestId: randomUUID() }, 'csec', { method: 'POST', path: FACTS_CHANGES_PATH, body });
    const response = await callService(this.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body,
      timeoutMs,
    });
    if (response.status !== 200) throw new Error(`The csec subgraph answered HTTP ${response.status}.`);
    return response.body;
  }
}

const factsVersionAnswer = contractValidator<FactsVersionAnswer>('disclosure-facts-changes', 'factsVersionAnswer');

/** The version and, while csec hears every change, the lease's length; an answer not of the contract (schema/disclosure-facts-changes.schema.json) throws. */
function readAnswer(body: string): { version: bigint; leaseMs: number | undefined } {
  const answer: unknown = JSON.parse(body);
  if (!factsVersionAnswer(answer)) throw new Error(`The csec subgraph's facts version answer is not the contract's: ${contractProblem(factsVersionAnswer, 'the answer')}`);
  return { version: BigInt(answer.factsVersion), leaseMs: answer.live ? answer.leaseMs : undefined };
}
