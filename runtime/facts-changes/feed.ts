import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { contractValidator } from '../contracts.ts';
import type { FactsChangesQuestion, FactsLeasesReleased, FactsVersionAnswer } from '../policy/__generated__/disclosure-facts-changes.ts';
import { readFactsRequest } from '../policy/facts-request.ts';
import { oncePerStore, type RelationalStore } from '../relational-store.ts';
import { CLOCK_MARGIN_MS, FactsLeases, LEASE_MS, LONGEST_WAIT_MS } from './leases.ts';

/**
 * The channel each store that serves a change feed announces its new facts versions on, with the
 * version as payload (`migrations/` here): every such subgraph has a store of its own, so the table
 * and channel names are the same in each.
 */
const CHANNEL = 'disclosure_facts_changed';

/** The version table and the trigger function of every store that serves a change feed, applied with its own migrations. */
export const FACTS_CHANGES_MIGRATIONS = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The question of `POST /disclosure-facts-changes`, checked against its contract (schema/disclosure-facts-changes.schema.json). */
const factsChangesQuestion = contractValidator<FactsChangesQuestion>('disclosure-facts-changes', 'factsChangesQuestion');

/**
 * A subgraph's facts version as its store announces it, so a gateway hears of a change as it commits
 * instead of at its next read, and the leases given to the gateways that watch it: a write is
 * answered only once every gateway has heard it (`announceFactsChange`).
 */
export class FactsVersionFeed {
  private readonly store: RelationalStore;
  private version = -1n;
  private live = false;
  private readonly waiting = new Set<() => void>();
  private readonly leases = new FactsLeases();

  private constructor(store: RelationalStore) {
    this.store = store;
  }

  static async start(store: RelationalStore): Promise<FactsVersionFeed> {
    const feed = new FactsVersionFeed(store);
    // Listening before reading: a change between the two is then heard, not missed.
    await store.listen(
      CHANNEL,
      (payload) => feed.heard(payload),
      () => feed.lost(),
    );
    feed.live = true;
    feed.raise(await feed.read());
    return feed;
  }

  /**
   * Answers once the version is newer than `after`, or after the longest wait with the current one.
   * A `watcher` that asks says it has heard `after`, and is given a lease on the version answered.
   */
  async newerThan(after: bigint, watcher?: string): Promise<FactsVersionAnswer> {
    const askedAt = performance.now();
    if (watcher !== undefined) this.leases.asked(watcher, after);
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
    if (!this.live) return { factsVersion: String(this.version), live: false };
    if (watcher !== undefined) this.leases.granted(watcher, this.version, askedAt);
    return { factsVersion: String(this.version), live: true, leaseMs: LEASE_MS };
  }

  /** A watcher stopped: it gives up its leases, and no write waits for it. */
  release(watcher: string): void {
    this.leases.released(watcher);
  }

  /**
   * A write committed: its version (or a newer one) is announced to every waiting gateway at once,
   * without waiting for the store's notice, and resolves once every gateway holding a lease has heard
   * it or its lease has ended.
   */
  async announce(): Promise<void> {
    const version = await this.read();
    this.raise(version);
    await this.leases.heardEverywhere(version);
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
    if (!row) throw new Error("The facts version has no row: the store's migrations are incomplete.");
    return BigInt(row.version);
  }
}

/** Each store's feed, started by the first question or write that needs it. */
const feeds = oncePerStore((store) => FactsVersionFeed.start(store));

/**
 * After a write, before it is answered: every gateway that may decide on facts it already read has
 * heard the write's version, so no request that reaches a gateway after the answer is decided on
 * facts from before it. Without a running feed no gateway holds a lease, and nothing waits.
 */
export async function announceFactsChange(store: RelationalStore): Promise<void> {
  const feed = await feeds.started(store)?.catch(() => undefined);
  // Unable to read the version it committed, the write waits until every lease given has ended.
  await feed?.announce().catch(() => sleep(LEASE_MS + CLOCK_MARGIN_MS));
}

/**
 * `POST /disclosure-facts-changes` `{ "after": "<version>", "watcher": "<id>" }`: a gateway's long
 * poll for the next version of the subgraph's facts; `"release": true` instead gives up the watcher's leases.
 */
export function factsChangesRoute(store: RelationalStore) {
  return async (_caller: unknown, body: unknown): Promise<FactsVersionAnswer | FactsLeasesReleased> => {
    const { after, watcher, release } = readFactsRequest(factsChangesQuestion, body);
    const feed = await feeds.start(store);
    if (release && watcher !== undefined) {
      feed.release(watcher);
      return { released: true };
    }
    return feed.newerThan(BigInt(after), watcher);
  };
}
