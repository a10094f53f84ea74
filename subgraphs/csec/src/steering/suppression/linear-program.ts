import highsModule, { type Highs } from 'highs';

// The package's declarations type its CommonJS export; the default import is the loader itself.
const loadHighs = highsModule as unknown as typeof highsModule.default;

let solver: Promise<Highs> | undefined;

/** HiGHS (compiled to WebAssembly), loaded once per process. */
export function highsSolver(): Promise<Highs> {
  solver ??= loadHighs();
  return solver;
}

export interface LinearTerm {
  variable: string;
  coefficient: number;
}

export interface LinearConstraint {
  terms: readonly LinearTerm[];
  sense: '=' | '<=' | '>=';
  bound: number;
}

export interface LinearProgram {
  direction: 'Minimize' | 'Maximize';
  objective: readonly LinearTerm[];
  constraints: readonly LinearConstraint[];
  /** Bounds by variable; a variable without an entry is at least zero. */
  bounds: ReadonlyMap<string, { lower: number; upper?: number }>;
  binaries?: readonly string[];
}

export type LinearProgramResult =
  | { status: 'OPTIMAL'; objective: number; values: ReadonlyMap<string, number> }
  | { status: 'UNBOUNDED' }
  | { status: 'INFEASIBLE' };

/** Thrown when the solver ends without an answer (a time or iteration limit): nothing is released on a guess. */
export class SolverError extends Error {
  readonly code = 'SUPPRESSION_SOLVER_FAILED';
}

/** Solves a linear or mixed-integer program written in CPLEX LP format, the format HiGHS reads. */
export function solveLinearProgram(highs: Highs, program: LinearProgram): LinearProgramResult {
  const text = lpText(program);
  let result = highs.solve(text, { output_flag: false, mip_rel_gap: 0 });
  // HiGHS's presolve can call an unbounded program infeasible; every program here has a feasible
  // point (the true counts), so that answer is checked once more without presolve.
  if (result.Status === 'Infeasible' || result.Status === 'Primal infeasible or unbounded') {
    result = highs.solve(text, { output_flag: false, mip_rel_gap: 0, presolve: 'off' });
  }
  if (result.Status === 'Unbounded' || result.Status === 'Primal infeasible or unbounded') return { status: 'UNBOUNDED' };
  if (result.Status === 'Infeasible') return { status: 'INFEASIBLE' };
  if (result.Status !== 'Optimal') throw new SolverError(`The linear-programming solver ended with status "${result.Status}".`);
  const values = new Map<string, number>();
  for (const [name, column] of Object.entries(result.Columns)) values.set(name, (column as { Primal: number }).Primal);
  return { status: 'OPTIMAL', objective: result.ObjectiveValue, values };
}

function lpText(program: LinearProgram): string {
  const lines = [program.direction, ` obj: ${expression(program.objective)}`, 'Subject To'];
  program.constraints.forEach((constraint, index) => {
    lines.push(` r${index}: ${expression(constraint.terms)} ${constraint.sense} ${constraint.bound}`);
  });
  lines.push('Bounds');
  for (const [variable, { lower, upper }] of program.bounds) {
    lines.push(upper === undefined ? ` ${variable} >= ${lower}` : ` ${lower} <= ${variable} <= ${upper}`);
  }
  if (program.binaries && program.binaries.length > 0) lines.push('Binary', ` ${program.binaries.join(' ')}`);
  lines.push('End');
  return lines.join('\n');
}

function expression(terms: readonly LinearTerm[]): string {
  if (terms.length === 0) return '0 zero';
  return terms.map(({ variable, coefficient }, index) => {
    const sign = coefficient < 0 ? '-' : index === 0 ? '' : '+';
    return `${sign} ${Math.abs(coefficient)} ${variable}`;
  }).join(' ');
}
