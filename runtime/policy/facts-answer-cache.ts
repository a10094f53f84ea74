import { LRUCache } from 'lru-cache';
import type { Queryable } from '../relational-store.ts';

/** Most answers remembered; the least recently used goes first. */
const DEFAULT_MAX_ANSWERS = 1_000;

/**
 * A facts route's answers, remembered while the facts they were read from are unchanged, so a
 * requester who asks again (the same caseload screen, the same profile) costs one small query
 * instead of the facts query.
 *
 * Every statement that writes a table the facts come from adds one to the store's facts version,
 * in the same transaction (a statement trigger: csec migration 007). Each request reads the version
 * first and is answered from memory only with an answer read at that same version; reading it
 * again costs what not remembering would. An answer read while a write landed is kept under the
 * version read before it, which no later request matches, so it is never served after the write,
 * whichever process or instance wrote it.
 *
 * Answers are shared between requests: callers must not change them.
 */
export class FactsAnswerCache<TAnswer> {
  private readonly store: Queryable;
  private readonly versionQuery: string;
  private readonly answers: LRUCache<string, { version: bigint; answer: TAnswer }>;
  /** The newest version read; answers read at an older one are not kept. */
  private newest = -1n;

  /** `versionTable` has one row, with the version in its `version` column. */
  constructor(store: Queryable, versionTable: string, maxAnswers = DEFAULT_MAX_ANSWERS) {
    this.store = store;
    this.versionQuery = `SELECT version::text AS version FROM ${versionTable}`;
    this.answers = new LRUCache({ max: maxAnswers });
  }

  /** The answer for `key` at the current version, remembered or read by `read` and remembered, with that version. */
  async answer(key: string, read: () => Promise<TAnswer>): Promise<{ version: bigint; answer: TAnswer }> {
    const version = await this.currentVersion();
    if (version > this.newest) {
      this.newest = version;
      this.answers.clear();
    }
    const remembered = this.answers.get(key);
    if (remembered && remembered.version === version) return remembered;
    const answer = await read();
    if (version === this.newest) this.answers.set(key, { version, answer });
    return { version, answer };
  }

  private async currentVersion(): Promise<bigint> {
    const [row] = await this.store.query<{ version: string }>(this.versionQuery);
    if (!row) throw new Error(`The facts version has no row: the store's migrations are incomplete.`);
    return BigInt(row.version);
  }
}
