/**
 * A release: every count published together (the tables of one report, and the earlier releases a
 * reader already holds), and the arithmetic that ties them (totals, a quarter inside its year to date).
 */

export interface ReleaseCell {
  /** Unique within the release, e.g. `identified|age=15-17|agency=CHILD_WELFARE|2026-Q3`. */
  key: string;
  /** The true count. */
  value: number;
  /**
   * A cell of an earlier release: its status is already public and cannot change now. Its value is
   * known to the reader when it was published, unknown when it was suppressed.
   */
  earlier?: 'PUBLISHED' | 'SUPPRESSED';
}

/** One linear fact a reader knows: `sum(coefficient * cell)` is equal to, at most or at least zero. */
export interface Relation {
  terms: ReadonlyArray<{ cell: string; coefficient: number }>;
  sense: 'EQUAL' | 'AT_MOST' | 'AT_LEAST';
}

export interface Release {
  cells: readonly ReleaseCell[];
  relations: readonly Relation[];
  /**
   * The smallest count that may be published or inferred: 11 under the CalHHS guidelines (4.4), as
   * the policy's SUPPRESS_SMALL_CELLS obligation states it.
   */
  threshold: number;
}

/** `total = sum(parts)`: a row, column or table total. */
export function totalOf(total: string, parts: readonly string[]): Relation {
  return { sense: 'EQUAL', terms: [{ cell: total, coefficient: 1 }, ...parts.map((cell) => ({ cell, coefficient: -1 }))] };
}

/**
 * Counts of distinct youth over a period and its parts (a year to date and the quarter that ends
 * it): each part is at most the whole, and the whole at most the sum of its parts.
 */
export function distinctYouthOver(whole: string, parts: readonly string[]): Relation[] {
  return [
    { sense: 'AT_MOST', terms: [{ cell: whole, coefficient: 1 }, ...parts.map((cell) => ({ cell, coefficient: -1 }))] },
    ...atLeastEachPart(whole, parts),
  ];
}

/** A whole that counts at least what each of its parts counts, and may count more than all of them. */
export function atLeastEachPart(whole: string, parts: readonly string[]): Relation[] {
  return parts.map((part): Relation => ({
    sense: 'AT_LEAST',
    terms: [
      { cell: whole, coefficient: 1 },
      { cell: part, coefficient: -1 },
    ],
  }));
}

/** Why a cell is not published. */
export type SuppressionReason = 'SMALL_CELL' | 'COMPLEMENTARY' | 'EARLIER_RELEASE';

export interface SuppressedRelease {
  /** Every suppressed cell of the release and why. */
  suppressed: ReadonlyMap<string, SuppressionReason>;
  /** Counts suppressed only to protect others, and their sum: the information given up. */
  complementaryCount: number;
  complementaryTotal: number;
}

/** Whether a count must be suppressed on its own: from 1 to below the threshold (zero is published). */
export function isSmallCell(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}
