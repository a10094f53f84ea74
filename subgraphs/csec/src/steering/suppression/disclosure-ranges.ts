import { highsSolver, solveLinearProgram, type LinearConstraint, type LinearProgram } from './linear-program.ts';
import type { Release } from './release.ts';

/** What a reader can work out about one suppressed cell: its least and greatest possible value. */
export interface DisclosureRange {
  min: number;
  /** `Infinity` when nothing published bounds the cell from above. */
  max: number;
}

/**
 * The reader's view of a release: the published counts are known, each suppressed count is an
 * unknown of at least 1 (zero is never suppressed, and the rule is public), and every relation holds.
 */
export function readersProgram(release: Release, suppressed: ReadonlySet<string>): ReadersProgram {
  const variable = new Map<string, string>();
  for (const cell of release.cells) if (suppressed.has(cell.key)) variable.set(cell.key, `x${variable.size}`);
  const valueOf = new Map(release.cells.map((cell) => [cell.key, cell.value]));
  const constraints: LinearConstraint[] = [];
  for (const relation of release.relations) {
    let known = 0;
    const terms = [];
    for (const { cell, coefficient } of relation.terms) {
      const name = variable.get(cell);
      if (name) terms.push({ variable: name, coefficient });
      else known += coefficient * (valueOf.get(cell) ?? 0);
    }
    if (terms.length === 0) continue;
    constraints.push({ terms, sense: relation.sense === 'EQUAL' ? '=' : relation.sense === 'AT_MOST' ? '<=' : '>=', bound: -known });
  }
  const bounds = new Map([...variable.values()].map((name) => [name, { lower: 1 }]));
  return { constraints, bounds, variables: variable };
}

export interface ReadersProgram extends Omit<LinearProgram, 'direction' | 'objective'> {
  /** The program's variable for each suppressed cell. */
  variables: ReadonlyMap<string, string>;
}

/**
 * For each given suppressed cell, the range of values consistent with everything the release
 * publishes, each end found by solving the reader's linear program.
 */
export async function disclosureRanges(release: Release, suppressed: ReadonlySet<string>, cells: Iterable<string> = suppressed): Promise<Map<string, DisclosureRange>> {
  const highs = await highsSolver();
  const program = readersProgram(release, suppressed);
  const ranges = new Map<string, DisclosureRange>();
  for (const key of cells) {
    const variable = program.variables.get(key);
    if (!variable) throw new Error(`Cell ${key} is not suppressed in this release.`);
    const objective = [{ variable, coefficient: 1 }];
    const low = solveLinearProgram(highs, { ...program, direction: 'Minimize', objective });
    const high = solveLinearProgram(highs, { ...program, direction: 'Maximize', objective });
    if (low.status === 'INFEASIBLE' || high.status === 'INFEASIBLE') throw new Error('The release contradicts its own totals.');
    ranges.set(key, {
      min: low.status === 'OPTIMAL' ? low.objective : 1,
      max: high.status === 'OPTIMAL' ? high.objective : Infinity,
    });
  }
  return ranges;
}
