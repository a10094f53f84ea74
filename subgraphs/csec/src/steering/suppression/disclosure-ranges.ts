import { PersistentProgram, highsSolver, type LinearConstraint, type LinearProgram, type LinearProgramResult } from './linear-program.ts';
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
  // A cap above every count of the release keeps each program bounded (its answers are then always
  // optimal); a cell that reaches it is one nothing published bounds.
  const upper = readersCap(release);
  const bounds = new Map([...variable.values()].map((name) => [name, { lower: 1, upper }]));
  return { constraints, bounds, variables: variable };
}

/** Greater than any count the release holds, and than the smallest publishable count. */
export function readersCap(release: Release): number {
  return release.cells.reduce((sum, cell) => sum + Math.abs(cell.value), release.threshold) + 1;
}

export interface ReadersProgram extends Omit<LinearProgram, 'direction' | 'objective'> {
  /** The program's variable for each suppressed cell. */
  variables: ReadonlyMap<string, string>;
}

/**
 * For each given suppressed cell, the range of values consistent with everything the release
 * publishes, each end found by solving the reader's linear program.
 */
export async function disclosureRanges(
  release: Release,
  suppressed: ReadonlySet<string>,
  cells: Iterable<string> = suppressed,
): Promise<Map<string, DisclosureRange>> {
  const reader = await ReaderModel.of(release, suppressed);
  try {
    const ranges = new Map<string, DisclosureRange>();
    for (const key of cells) ranges.set(key, { min: reader.least(key), max: reader.greatest(key) });
    return ranges;
  } finally {
    reader.dispose();
  }
}

/** The reader's program of a release, kept in the solver to ask about one suppressed cell after another. */
export class ReaderModel {
  private readonly program: PersistentProgram | undefined;
  private readonly variables: ReadonlyMap<string, string>;
  private readonly cap: number;

  private constructor(program: PersistentProgram | undefined, variables: ReadonlyMap<string, string>, cap: number) {
    this.program = program;
    this.variables = variables;
    this.cap = cap;
  }

  static async of(release: Release, suppressed: ReadonlySet<string>): Promise<ReaderModel> {
    const { variables, ...reader } = readersProgram(release, suppressed);
    const cap = readersCap(release);
    if (variables.size === 0) return new ReaderModel(undefined, variables, cap);
    const objective = [...variables.values()].map((variable) => ({ variable, coefficient: 0 }));
    return new ReaderModel(new PersistentProgram(await highsSolver(), { ...reader, direction: 'Maximize', objective }), variables, cap);
  }

  /** The greatest value the cell can have; `Infinity` when nothing published bounds it. */
  greatest(key: string): number {
    const result = this.solve(key, 1);
    return result.status !== 'OPTIMAL' || result.objective >= this.cap - 1e-6 ? Infinity : result.objective;
  }

  /** The least value the cell can have. */
  least(key: string): number {
    const result = this.solve(key, -1);
    return result.status === 'OPTIMAL' ? -result.objective : 1;
  }

  dispose(): void {
    this.program?.dispose();
  }

  private solve(key: string, coefficient: number): LinearProgramResult {
    const variable = this.variables.get(key);
    if (!variable || !this.program) throw new Error(`Cell ${key} is not suppressed in this release.`);
    const result = this.program.solve([{ variable, coefficient }]);
    if (result.status === 'INFEASIBLE') throw new Error('The release contradicts its own totals.');
    return result;
  }
}
