import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { FACTS_CHANGES_PATH } from '../../../runtime/policy/facts-request.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { RequesterTokenSigner } from '../../../runtime/requester-token.ts';
import { callService } from '../../../runtime/service-http.ts';

/** Longer than the csec subgraph holds one question (20 s). */
const QUESTION_TIMEOUT_MS = 25_000;
/** Pause before asking again after a failure, or while csec cannot hear changes itself. */
const RETRY_PAUSE_MS = 1_000;

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
 * csec subgraph, which listens to its store: csec migration 010). While it is `live`, facts read at
 * the version it last heard are known current, and may decide a later request; when it is not (it is
 * starting, csec or its store is unreachable), every request reads the facts afresh.
 */
export class FactsVersionWatcher {
  private readonly url: string;
  private readonly signer: RequesterTokenSigner;
  private readonly onNewer: (version: bigint) => void;
  private heard = -1n;
  private listening = false;
  private stopped = false;

  constructor(options: { csecUrl: string; signer: RequesterTokenSigner; onNewer: (version: bigint) => void }) {
    this.url = new URL(FACTS_CHANGES_PATH, options.csecUrl).href;
    this.signer = options.signer;
    this.onNewer = options.onNewer;
  }

  /** Whether every change since the last version heard would have been heard. */
  get live(): boolean {
    return this.listening;
  }

  start(): void {
    void this.watch();
  }

  stop(): void {
    this.stopped = true;
    this.listening = false;
  }

  private async watch(): Promise<void> {
    while (!this.stopped) {
      try {
        const answer = await this.ask();
        if (answer.version > this.heard) {
          this.heard = answer.version;
          this.onNewer(answer.version);
        }
        this.listening = answer.live && !this.stopped;
        if (!answer.live) await sleep(RETRY_PAUSE_MS);
      } catch {
        this.listening = false;
        await sleep(RETRY_PAUSE_MS);
      }
    }
  }

  private async ask(): Promise<{ version: bigint; live: boolean }> {
    const body = JSON.stringify({ after: String(this.heard) });
    const token = this.signer.sign({ ...GATEWAY_ITSELF, requestId: randomUUID() }, 'csec', { method: 'POST', path: FACTS_CHANGES_PATH, body });
    const response = await callService(this.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body,
      timeoutMs: QUESTION_TIMEOUT_MS,
    });
    if (response.status !== 200) throw new Error(`The csec subgraph answered HTTP ${response.status}.`);
    const answer = JSON.parse(response.body) as { factsVersion?: unknown; live?: unknown };
    if (typeof answer.factsVersion !== 'string' || !/^-?\d+$/.test(answer.factsVersion)) throw new Error('The csec subgraph gave no facts version.');
    return { version: BigInt(answer.factsVersion), live: answer.live === true };
  }
}
