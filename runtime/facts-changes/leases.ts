/**
 * How long a gateway may decide on facts it already read, counted from when it sent the question
 * whose answer told it the version (Gray and Cheriton's leases). The gateway takes this length from
 * each answer; the subgraph holds a question for less than this, so a watching gateway's lease never lapses
 * while it waits.
 */
export const LEASE_MS = 6_000;
/** Longest one question waits for a change before it is answered with the version unchanged. */
export const LONGEST_WAIT_MS = 2_000;
/** Added to a lease as the subgraph counts it: the two processes' clocks tick at nearly, not exactly, the same rate. */
export const CLOCK_MARGIN_MS = 100;
/** Most watchers remembered; a gateway that stopped without saying so is forgotten once its leases end. */
const MAX_WATCHERS = 1_000;

interface Watcher {
  /** The newest version this watcher said it has heard (the `after` of its latest question). */
  heard: bigint;
  /** Leases given with a version, each ending at a time of this process's monotonic clock. */
  leases: Array<{ version: bigint; endsAt: number }>;
}

/**
 * The leases a subgraph has given the gateways that watch the facts version. A write that changes the facts
 * is answered only once every watcher has heard its version or holds no lease on an older one: a
 * request that reaches any gateway after the write was answered is decided on facts read after it.
 */
export class FactsLeases {
  private readonly watchers = new Map<string, Watcher>();
  /** Watchers that stopped: a question they sent before stopping, answered after, gives them no lease. */
  private readonly stopped = new Set<string>();
  private readonly changed = new Set<() => void>();
  private readonly now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.now = now;
  }

  /** A watcher asked, saying it has heard `heard`. */
  asked(watcherId: string, heard: bigint): void {
    if (this.stopped.has(watcherId)) return;
    const watcher = this.watchers.get(watcherId) ?? this.add(watcherId);
    if (heard > watcher.heard) watcher.heard = heard;
    this.wake();
  }

  /** A watcher's question that arrived at `askedAt` is answered with `version`: its lease starts from when it asked. */
  granted(watcherId: string, version: bigint, askedAt: number): void {
    if (this.stopped.has(watcherId)) return;
    const watcher = this.watchers.get(watcherId) ?? this.add(watcherId);
    watcher.leases.push({ version, endsAt: askedAt + LEASE_MS + CLOCK_MARGIN_MS });
    this.prune(watcher);
  }

  /** The watcher stopped and gave up its leases. */
  released(watcherId: string): void {
    this.watchers.delete(watcherId);
    this.stopped.add(watcherId);
    if (this.stopped.size > MAX_WATCHERS) this.stopped.delete(this.stopped.values().next().value as string);
    this.wake();
  }

  /** Resolves once no watcher may still decide on facts older than `version`. */
  async heardEverywhere(version: bigint): Promise<void> {
    for (;;) {
      const until = this.blockedUntil(version);
      if (until === undefined) return;
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.changed.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.max(1, until - this.now()));
        this.changed.add(wake);
      });
    }
  }

  /** The latest end of a lease on a version older than `version`, held by a watcher that has not heard it. */
  private blockedUntil(version: bigint): number | undefined {
    const now = this.now();
    let until: number | undefined;
    for (const watcher of this.watchers.values()) {
      this.prune(watcher, now);
      if (watcher.heard >= version) continue;
      for (const lease of watcher.leases) {
        if (lease.version < version && (until === undefined || lease.endsAt > until)) until = lease.endsAt;
      }
    }
    return until;
  }

  private add(watcherId: string): Watcher {
    if (this.watchers.size >= MAX_WATCHERS) this.forgetLapsed();
    const watcher: Watcher = { heard: -1n, leases: [] };
    this.watchers.set(watcherId, watcher);
    return watcher;
  }

  private prune(watcher: Watcher, now = this.now()): void {
    watcher.leases = watcher.leases.filter((lease) => lease.endsAt > now);
  }

  private forgetLapsed(): void {
    const now = this.now();
    for (const [id, watcher] of this.watchers) {
      this.prune(watcher, now);
      if (watcher.leases.length === 0) this.watchers.delete(id);
    }
  }

  private wake(): void {
    for (const wake of [...this.changed]) wake();
  }
}
