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
  { status: 'OPTIMAL'; objective: number; values: ReadonlyMap<string, number> } | { status: 'UNBOUNDED' } | { status: 'INFEASIBLE' };

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

export function lpText(program: LinearProgram): string {
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
  return terms
    .map(({ variable, coefficient }, index) => {
      const sign = coefficient < 0 ? '-' : index === 0 ? '' : '+';
      return `${sign} ${Math.abs(coefficient)} ${variable}`;
    })
    .join(' ');
}

/**
 * One linear program kept in the solver while its objective changes: the reader's program is solved
 * for one cell after another, each solve starting from the last one's basis.
 */
export class PersistentProgram {
  private readonly model: ReturnType<Highs['createModel']>;
  private readonly columns = new Map<string, number>();
  private readonly highs: Highs;
  private readonly program: LinearProgram;

  constructor(highs: Highs, program: LinearProgram) {
    this.highs = highs;
    this.program = program;
    this.model = highs.createModel({ format: 'lp', data: lpText(program) });
    // Presolve off: it cannot tell an unbounded program from an infeasible one (see solveLinearProgram).
    this.model.options.set({ output_flag: false, presolve: 'off' });
    for (const variable of program.bounds.keys()) this.columns.set(variable, this.model.getColByName(variable));
  }

  /** Solves with the given objective coefficients (every other variable costs nothing). */
  solve(objective: readonly LinearTerm[]): LinearProgramResult {
    const changed = objective.map(({ variable, coefficient }) => {
      const column = this.columns.get(variable);
      if (column === undefined) throw new Error(`No variable ${variable} in the program.`);
      this.model.changeColCost(column, coefficient);
      return column;
    });
    try {
      this.model.run();
      const status = this.model.getModelStatus();
      if (status === 10 || status === 9) return { status: 'UNBOUNDED' };
      if (status === 8) return { status: 'INFEASIBLE' };
      if (status === 7) return { status: 'OPTIMAL', objective: this.model.getObjectiveValue(), values: new Map() };
      // Warm starts after an unbounded solve can end undecided: solve this one afresh.
      return solveLinearProgram(this.highs, { ...this.program, objective });
    } finally {
      for (const column of changed) this.model.changeColCost(column, 0);
    }
  }

  dispose(): void {
    this.model.dispose();
  }
}
