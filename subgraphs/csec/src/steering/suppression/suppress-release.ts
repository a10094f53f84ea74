import { complementaryCells } from './complementary-cells.ts';
import { ReaderModel } from './disclosure-ranges.ts';
import { SolverError } from './linear-program.ts';
import { isSmallCell, type Relation, type Release, type ReleaseCell, type SuppressedRelease, type SuppressionReason } from './release.ts';

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
  // Cells no relation connects cannot reveal each other: each part is solved on its own.
  for (const part of independentParts(release)) {
    for (const [key, reason] of await suppressPart(part)) suppressed.set(key, reason);
  }
  const value = new Map(release.cells.map((cell) => [cell.key, cell.value]));
  const complementary = [...suppressed].filter(([, reason]) => reason === 'COMPLEMENTARY').map(([key]) => value.get(key) ?? 0);
  return {
    suppressed,
    complementaryCount: complementary.length,
    complementaryTotal: complementary.reduce((sum, count) => sum + count, 0),
  };
}

async function suppressPart(release: Release): Promise<Map<string, SuppressionReason>> {
  const suppressed = new Map<string, SuppressionReason>();
  for (const cell of release.cells) {
    if (cell.earlier === 'SUPPRESSED') suppressed.set(cell.key, 'EARLIER_RELEASE');
    else if (cell.earlier === undefined && isSmallCell(cell.value, release.threshold)) suppressed.set(cell.key, 'SMALL_CELL');
  }
  const small = release.cells
    .filter((cell) => suppressed.has(cell.key) && isSmallCell(cell.value, release.threshold))
    .map((cell) => cell.key);

  let reader = await ReaderModel.of(release, new Set(suppressed.keys()));
  try {
    for (const key of small) {
      if (!pinnedBelowThreshold(reader, key, release.threshold)) continue;
      for (const added of await complementaryCells(release, new Set(suppressed.keys()), key)) suppressed.set(added, 'COMPLEMENTARY');
      reader.dispose();
      reader = await ReaderModel.of(release, new Set(suppressed.keys()));
    }
    if (addOneMoreWhereTooSmall(release, suppressed)) {
      reader.dispose();
      reader = await ReaderModel.of(release, new Set(suppressed.keys()));
    }
    for (const key of small) {
      if (pinnedBelowThreshold(reader, key, release.threshold)) {
        throw new SuppressionCheckError(
          'The report could not be protected: a small cell would still be recoverable from its totals. Nothing was released.',
        );
      }
    }
  } finally {
    reader.dispose();
  }
  return suppressed;
}

/** Whether everything published lets a reader conclude that the cell is below 11. */
function pinnedBelowThreshold(reader: ReaderModel, key: string, threshold: number): boolean {
  try {
    return reader.greatest(key) < threshold - 1e-6;
  } catch (error) {
    if (error instanceof SolverError) throw error;
    throw new SuppressionCheckError('The report contradicts its own totals. Nothing was released.');
  }
}

/** The release split into parts that share no relation. */
function independentParts(release: Release): Release[] {
  const parent = new Map(release.cells.map((cell) => [cell.key, cell.key]));
  const root = (key: string): string => {
    let at = key;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    parent.set(key, at);
    return at;
  };
  for (const relation of release.relations) {
    const [first, ...rest] = relation.terms.map(({ cell }) => root(cell));
    for (const other of rest) if (first !== undefined) parent.set(other, first);
  }
  const parts = new Map<string, Release & { cells: ReleaseCell[]; relations: Relation[] }>();
  const partOf = (key: string) => {
    const at = root(key);
    let part = parts.get(at);
    if (!part) parts.set(at, (part = { cells: [], relations: [], threshold: release.threshold }));
    return part;
  };
  for (const cell of release.cells) partOf(cell.key).cells.push(cell);
  for (const relation of release.relations) {
    const first = relation.terms[0];
    if (first) partOf(first.cell).relations.push(relation);
  }
  return [...parts.values()];
}

/**
 * Guidelines 4.4: when the suppressed cells of a row or column (a total and its parts) are all 3 or
 * less, or sum to less than 11, one more cell of it is suppressed: the smallest count still published.
 */
function addOneMoreWhereTooSmall(release: Release, suppressed: Map<string, SuppressionReason>): boolean {
  const cells = new Map(release.cells.map((cell) => [cell.key, cell]));
  let added = false;
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of release.relations) {
      if (relation.sense !== 'EQUAL') continue;
      const members = relation.terms.map(({ cell }) => cells.get(cell)).filter((cell) => cell !== undefined);
      const hidden = members.filter((cell) => suppressed.has(cell.key));
      if (hidden.length === 0) continue;
      const sum = hidden.reduce((total, cell) => total + cell.value, 0);
      if (!hidden.every((cell) => cell.value <= 3) && sum >= release.threshold) continue;
      const next = members
        .filter((cell) => !suppressed.has(cell.key) && cell.earlier === undefined && cell.value > 0)
        .sort((a, b) => a.value - b.value || a.key.localeCompare(b.key))[0];
      if (!next) continue;
      suppressed.set(next.key, 'COMPLEMENTARY');
      changed = true;
      added = true;
    }
  }
  return added;
}
