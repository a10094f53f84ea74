import { highsSolver, solveLinearProgram, type LinearConstraint, type LinearTerm } from './linear-program.ts';
import type { Release } from './release.ts';

/** Thrown when no choice of cells can protect a small cell (an earlier release already pins it). */
export class UnprotectableCellError extends Error {
  readonly code = 'SMALL_CELL_UNPROTECTABLE';
}

/**
 * The cheapest set of further cells to suppress so that a reader can no longer rule out that the
 * small cell `protectedCell` is at the threshold (11) or more.
 *
 * A mixed-integer program (the classic formulation of cell suppression, Fischetti and Salazar):
 * find counts the reader could not tell from the true ones, the small cell at least the threshold, every
 * relation still holding and every suppressed count at least 1. Only suppressed cells may differ
 * from their true value; suppressing a cell costs its count, so the program gives up as few
 * counted youth as it can, and cells already suppressed cost nothing.
 */
export async function complementaryCells(release: Release, suppressed: ReadonlySet<string>, protectedCell: string): Promise<string[]> {
  const highs = await highsSolver();
  const value = new Map(release.cells.map((cell) => [cell.key, cell.value]));
  const movable = release.cells.filter((cell) => suppressed.has(cell.key) || (cell.value > 0 && cell.earlier === undefined));
  const names = new Map(movable.map((cell, index) => [cell.key, index]));
  const bigM = release.cells.reduce((sum, cell) => sum + Math.abs(cell.value), release.threshold);

  const constraints: LinearConstraint[] = [];
  for (const relation of release.relations) {
    const terms: LinearTerm[] = [];
    let atTruth = 0;
    for (const { cell, coefficient } of relation.terms) {
      atTruth += coefficient * (value.get(cell) ?? 0);
      const index = names.get(cell);
      if (index === undefined) continue;
      terms.push({ variable: `u${index}`, coefficient }, { variable: `l${index}`, coefficient: -coefficient });
    }
    if (terms.length === 0) continue;
    constraints.push({
      terms,
      sense: relation.sense === 'EQUAL' ? '=' : relation.sense === 'AT_MOST' ? '<=' : '>=',
      bound: relation.sense === 'EQUAL' ? 0 : -atTruth,
    });
  }
  const target = names.get(protectedCell);
  const targetValue = value.get(protectedCell);
  if (target === undefined || targetValue === undefined) throw new Error(`Cell ${protectedCell} is not in the release.`);
  constraints.push({
    terms: [
      { variable: `u${target}`, coefficient: 1 },
      { variable: `l${target}`, coefficient: -1 },
    ],
    sense: '>=',
    bound: release.threshold - targetValue,
  });

  const bounds = new Map<string, { lower: number; upper?: number }>();
  const objective: LinearTerm[] = [];
  const binaries: string[] = [];
  movable.forEach((cell, index) => {
    bounds.set(`l${index}`, { lower: 0, upper: Math.max(cell.value - 1, 0) });
    if (suppressed.has(cell.key)) return;
    // A cell moves only if it is suppressed (z = 1).
    constraints.push({
      terms: [
        { variable: `u${index}`, coefficient: 1 },
        { variable: `l${index}`, coefficient: 1 },
        { variable: `z${index}`, coefficient: -bigM },
      ],
      sense: '<=',
      bound: 0,
    });
    objective.push({ variable: `z${index}`, coefficient: cell.value });
    binaries.push(`z${index}`);
  });

  const result = solveLinearProgram(highs, { direction: 'Minimize', objective, constraints, bounds, binaries });
  if (result.status !== 'OPTIMAL')
    throw new UnprotectableCellError('A small cell cannot be protected: earlier releases already determine it.');
  return movable.filter((cell, index) => !suppressed.has(cell.key) && (result.values.get(`z${index}`) ?? 0) > 0.5).map((cell) => cell.key);
}
