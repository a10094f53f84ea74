/* Generated from schema/disclosure-facts-changes.schema.json by `npm run codegen`. Do not edit. */

/**
 * a facts version, as a string of digits.
 */
export type FactsVersion = string;

export interface DisclosureFactsChanges {
  factsChangesQuestion?: FactsChangesQuestion;
  factsVersionAnswer?: FactsVersionAnswer;
  releasedAnswer?: FactsLeasesReleased;
  factsVersion?: FactsVersion;
}
/**
 * Answer when the facts version is newer than `after`; with `release`, give up the watcher's leases instead.
 */
export interface FactsChangesQuestion {
  after: FactsVersion;
  /**
   * the watching gateway's id of 1 to 64 letters, digits or hyphens.
   */
  watcher?: string;
  /**
   * Give up the leases of `watcher`, which stops.
   */
  release?: true;
}
/**
 * The facts version, once newer than asked or when the question has waited long enough.
 */
export interface FactsVersionAnswer {
  factsVersion: FactsVersion;
  /**
   * Whether changes are being heard: when not, the version was read just now and may change unannounced.
   */
  live: boolean;
  /**
   * While live: how long, from when the question was sent, the asker may decide on facts of this version.
   */
  leaseMs?: number;
}
/**
 * The answer to a question with `release`: the watcher holds no lease any more.
 */
export interface FactsLeasesReleased {
  released: true;
}
