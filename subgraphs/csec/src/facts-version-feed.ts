import type { RelationalStore } from '../../../runtime/relational-store.ts';
import { badFactsRequest } from '../../../runtime/policy/facts-request.ts';

/** The channel csec migration 010 announces each new facts version on. */
const CHANNEL = 'disclosure_facts_changed';
/** Longest one question waits for a change before it is answered with the version unchanged. */
const LONGEST_WAIT_MS = 20_000;

/** The answer to `POST /disclosure-facts-changes`. */
export interface FactsVersionAnswer {
  factsVersion: string;
  /** Whether changes are being heard: when not, the version was read just now and may change unannounced. */
  live: boolean;
}

/**
 * The facts version as the store announces it (csec migration 010), so the gateway hears of a change
 * as it commits instead of at its next read: it may then decide on facts it already read only while
 * it knows they are current.
 */
export class FactsVersionFeed {
  private readonly store: RelationalStore;
  private version = -1n;
  private live = false;
  private readonly waiting = new Set<() => void>();

  private constructor(store: RelationalStore) {
    this.store = store;
  }

  static async start(store: RelationalStore): Promise<FactsVersionFeed> {
    const feed = new FactsVersionFeed(store);
    // Listening before reading: a change between the two is then heard, not missed.
    await store.listen(CHANNEL, (payload) => feed.heard(payload), () => feed.lost());
    feed.live = true;
    feed.raise(await feed.read());
    return feed;
  }

  /** Answers once the version is newer than `after`, or after the longest wait with the current one. */
  async newerThan(after: bigint): Promise<FactsVersionAnswer> {
    if (!this.live) return { factsVersion: String(await this.read()), live: false };
    if (this.version <= after) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiting.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, LONGEST_WAIT_MS);
        this.waiting.add(wake);
      });
    }
    return { factsVersion: String(this.version), live: this.live };
  }

  private heard(payload: string): void {
    if (/^\d+$/.test(payload)) this.raise(BigInt(payload));
  }

  private lost(): void {
    this.live = false;
    for (const wake of [...this.waiting]) wake();
  }

  private raise(version: bigint): void {
    if (version <= this.version) return;
    this.version = version;
    for (const wake of [...this.waiting]) wake();
  }

  private async read(): Promise<bigint> {
    const [row] = await this.store.query<{ version: string }>('SELECT version::text AS version FROM disclosure_facts_version');
    if (!row) throw new Error('The facts version has no row: the store\'s migrations are incomplete.');
    return BigInt(row.version);
  }
}

/** `POST /disclosure-facts-changes` `{ "after": "<version>" }`: the gateway's long poll for the next facts version. */
export function factsChangesRoute(store: RelationalStore) {
  // Started by the first question; one that failed to start is started again by the next.
  let feed: Promise<FactsVersionFeed> | undefined;
  return async (_caller: unknown, body: unknown): Promise<FactsVersionAnswer> => {
    const after = typeof body === 'object' && body !== null ? (body as { after?: unknown }).after : undefined;
    if (typeof after !== 'string' || !/^-?\d{1,19}$/.test(after)) throw badFactsRequest('"after" must be a facts version, as a string of digits.');
    feed ??= FactsVersionFeed.start(store).catch((error: unknown) => {
      feed = undefined;
      throw error;
    });
    return (await feed).newerThan(BigInt(after));
  };
}
