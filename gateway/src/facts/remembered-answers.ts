import { LRUCache } from 'lru-cache';

/** Most answers of one subgraph remembered for later requests; the least recently used goes first. */
const MAX_REMEMBERED_ANSWERS = 1_000;

/**
 * One subgraph's facts answers, remembered between requests with the version of its facts each was
 * read at. An answer is used again only while it was read at the newest version heard, no refusal
 * said that version is out of date, and the gateway's watcher of that subgraph holds a lease
 * (`knownCurrent`): a change the subgraph commits is then heard before any write is answered
 * (runtime/facts-changes/leases.ts).
 */
export class RememberedAnswers<TAnswer> {
  private readonly answers = new LRUCache<string, { version: bigint; answer: TAnswer }>({ max: MAX_REMEMBERED_ANSWERS });
  private newest = -1n;
  /** Versions up to this one are known to be out of date (`forget`). */
  private outdatedUpTo = -1n;
  private readonly knownCurrent: () => boolean;

  constructor(knownCurrent: () => boolean) {
    this.knownCurrent = knownCurrent;
  }

  /** The newest version heard or read: what an answer asked for now is read at, or after. */
  get newestVersion(): bigint {
    return this.newest;
  }

  /** A newer version was heard or read: everything remembered is out of date. */
  heardOf(version: bigint): void {
    if (version <= this.newest) return;
    this.newest = version;
    this.answers.clear();
  }

  /** Answers of `version` or an older one are out of date, those of requests still reading included. */
  forget(version: bigint): void {
    if (version <= this.outdatedUpTo) return;
    this.outdatedUpTo = version;
    for (const [key, remembered] of this.answers) if (remembered.version <= version) this.answers.delete(key);
  }

  /** The answer remembered for `key`, with its version, when it is known current. */
  recall(key: string): { version: bigint; answer: TAnswer } | undefined {
    const remembered = this.answers.get(key);
    return remembered && this.current(remembered.version) ? remembered : undefined;
  }

  /** Remembers an answer read at `version`, if that version is known current. */
  remember(key: string, version: bigint, answer: TAnswer): void {
    if (this.current(version)) this.answers.set(key, { version, answer });
  }

  private current(version: bigint): boolean {
    return version === this.newest && version > this.outdatedUpTo && this.knownCurrent();
  }
}
