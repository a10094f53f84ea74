import { complementaryCells } from './complementary-cells.ts';
import { readersProgram } from './disclosure-ranges.ts';
import { highsSolver, solveLinearProgram } from './linear-program.ts';
import { SMALLEST_PUBLISHABLE_COUNT, isSmallCell, type Release, type SuppressedRelease, type SuppressionReason } from './release.ts';

/** Thrown when a release would still let a reader pin a small cell below 11: nothing is released. */
export class SuppressionCheckError extends Error {
  readonly code = 'SUPPRESSION_CHECK_FAILED';
}

/**
 * CalHHS Data De-identification Guidelines, 4.4, applied to a whole release:
 * 1. primary suppression of every count from 1 to 10 (zero is published);
 * 2. complementary suppression, chosen by `complementaryCells`, until no reader can rule out that a
 *    small cell is 11 or more from anything published in the release, including earlier releases;
 * 3. in any total whose suppressed cells are all 3 or less, or sum to less than 11, one more cell;
 * 4. a last check of every small cell by the reader's linear program; it never releases on failure.
 */
export async function suppressRelease(release: Release): Promise<SuppressedRelease> {
  const suppressed = new Map<string, SuppressionReason>();
  for (const cell of release.cells) {
    if (cell.earlier === 'SUPPRESSED') suppressed.set(cell.key, 'EARLIER_RELEASE');
    else if (cell.earlier === undefined && isSmallCell(cell.value)) suppressed.set(cell.key, 'SMALL_CELL');
  }
  const small = release.cells.filter((cell) => suppressed.has(cell.key) && isSmallCell(cell.value)).map((cell) => cell.key);

  for (const key of small) {
    if (await pinnedBelowThreshold(release, new Set(suppressed.keys()), key)) {
      for (const added of await complementaryCells(release, new Set(suppressed.keys()), key)) suppressed.set(added, 'COMPLEMENTARY');
    }
  }
  addOneMoreWhereTooSmall(release, suppressed);

  const final = new Set(suppressed.keys());
  for (const key of small) {
    if (await pinnedBelowThreshold(release, final, key)) {
      throw new SuppressionCheckError('The report could not be protected: a small cell would still be recoverable from its totals. Nothing was released.');
    }
  }
  const value = new Map(release.cells.map((cell) => [cell.key, cell.value]));
  const complementary = [...suppressed].filter(([, reason]) => reason === 'COMPLEMENTARY').map(([key]) => value.get(key) ?? 0);
  return {
    suppressed,
    complementaryCount: complementary.length,
    complementaryTotal: complementary.reduce((sum, count) => sum + count, 0),
  };
}

/** Whether everything published lets a reader conclude that the cell is below 11. */
async function pinnedBelowThreshold(release: Release, suppressed: ReadonlySet<string>, key: string): Promise<boolean> {
  const program = readersProgram(release, suppressed);
  const variable = program.variables.get(key);
  if (!variable) return true;
  const result = solveLinearProgram(await highsSolver(), { ...program, direction: 'Maximize', objective: [{ variable, coefficient: 1 }] });
  if (result.status === 'UNBOUNDED') return false;
  if (result.status === 'INFEASIBLE') throw new SuppressionCheckError('The report contradicts its own totals. Nothing was released.');
  return result.objective < SMALLEST_PUBLISHABLE_COUNT - 1e-6;
}

/**
 * Guidelines 4.4: when the suppressed cells of a row or column (a total and its parts) are all 3 or
 * less, or sum to less than 11, one more cell of it is suppressed: the smallest count still published.
 */
function addOneMoreWhereTooSmall(release: Release, suppressed: Map<string, SuppressionReason>): void {
  const cells = new Map(release.cells.map((cell) => [cell.key, cell]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of release.relations) {
      if (relation.sense !== 'EQUAL') continue;
      const members = relation.terms.map(({ cell }) => cells.get(cell)).filter((cell) => cell !== undefined);
      const hidden = members.filter((cell) => suppressed.has(cell.key));
      if (hidden.length === 0) continue;
      const sum = hidden.reduce((total, cell) => total + cell.value, 0);
      if (!hidden.every((cell) => cell.value <= 3) && sum >= SMALLEST_PUBLISHABLE_COUNT) continue;
      const next = members
        .filter((cell) => !suppressed.has(cell.key) && cell.earlier === undefined && cell.value > 0)
        .sort((a, b) => a.value - b.value || a.key.localeCompare(b.key))[0];
      if (!next) continue;
      suppressed.set(next.key, 'COMPLEMENTARY');
      changed = true;
    }
  }
}
