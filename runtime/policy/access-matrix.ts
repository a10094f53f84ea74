import { buildSpace, evaluateSpace, representativeFields, SPACE_NOW, type EvaluatedCell } from './access-space.ts';
import type { DisclosurePolicy } from './disclosure-policy.ts';

/**
 * The access matrix of the policy revision in force, one purpose of use at a time: for each role and
 * category, what the policy decides in every situation the space probes for that category
 * (runtime/policy/access-space.ts, the same cells as the toolkit's `policy:matrix`), decided
 * in-process by the bundle's WebAssembly, and summed up as allowed, allowed under conditions or
 * withheld. The words are the policy's: each situation's rule and legal basis as it decided them.
 */

export type AccessOutcome = 'ALLOWED' | 'CONDITIONAL' | 'WITHHELD';

/** One situation of a cell: what differs from the baseline, and the policy's decision in it. */
export interface AccessSituation {
  situation: string;
  allowed: boolean;
  rule: string;
  legalBasis: string;
  /** Codes of the obligations that come with the value. */
  obligations: string[];
}

export interface AccessCell {
  role: string;
  category: string;
  outcome: AccessOutcome;
  /** The rule that opens the cell where it is open (the baseline's first), otherwise the baseline's. */
  rule: string;
  legalBasis: string;
  situations: AccessSituation[];
}

export interface AccessMatrix {
  policyRevision: string;
  purposeOfUse: string;
  /** The moment every cell is decided at: decisions that depend on dates are reproducible. */
  decidedAt: string;
  roles: Array<{ code: string; title: string }>;
  categories: Array<{ code: string; title: string; legalBasis: string }>;
  /** The purposes a matrix can be read for: every purpose of the policy but emergency access. */
  purposes: Array<{ code: string; title: string }>;
  cells: AccessCell[];
}

/** A matrix that cannot be given; `code` says why (a stable code, never a source value). */
export class AccessMatrixError extends Error {
  readonly code: 'POLICY_UNAVAILABLE' | 'UNKNOWN_PURPOSE' | 'EMERGENCY_PURPOSE';
  constructor(code: AccessMatrixError['code'], message: string) {
    super(message);
    this.name = 'AccessMatrixError';
    this.code = code;
  }
}

/** Matrices by purpose, per loaded revision: a revision's decisions never change. */
const matricesByPolicy = new WeakMap<DisclosurePolicy, Map<string, AccessMatrix>>();

/**
 * The matrix of a policy for one purpose. Emergency purposes are refused: emergency access opens a
 * set of fields, not categories, so a role × category table cannot show it truthfully.
 */
export function accessMatrixFor(policy: DisclosurePolicy, purposeOfUse: string): AccessMatrix {
  const vocabulary = policy.vocabulary;
  if (!policy.available || !vocabulary) {
    throw new AccessMatrixError(
      'POLICY_UNAVAILABLE',
      'No sharing policy is in force right now, so there is no access matrix. Try again shortly.',
    );
  }
  const emergency = vocabulary.breakGlass.purposes;
  if (!vocabulary.purposes.includes(purposeOfUse)) {
    const purposes = vocabulary.purposes.filter((purpose) => !emergency.includes(purpose));
    throw new AccessMatrixError('UNKNOWN_PURPOSE', `"${purposeOfUse}" is not a purpose of use. Use one of: ${purposes.join(', ')}.`);
  }
  if (emergency.includes(purposeOfUse)) {
    throw new AccessMatrixError(
      'EMERGENCY_PURPOSE',
      `${purposeOfUse} is emergency access, which opens the fields of the emergency set rather than categories; the access matrix does not show it.`,
    );
  }
  let matrices = matricesByPolicy.get(policy);
  if (!matrices) matricesByPolicy.set(policy, (matrices = new Map()));
  let matrix = matrices.get(purposeOfUse);
  if (!matrix) {
    // Outside emergency access no rule reads the field asked, so the categories' own labels decide.
    const space = buildSpace(vocabulary, representativeFields(vocabulary), [purposeOfUse]);
    matrix = {
      policyRevision: policy.revision,
      purposeOfUse,
      decidedAt: SPACE_NOW,
      roles: vocabulary.roles.map((code) => ({ code, title: vocabulary.roleTitles[code] ?? code })),
      categories: Object.entries(vocabulary.categories).map(([code, category]) => ({
        code,
        title: category.title,
        legalBasis: category.legal_basis,
      })),
      purposes: vocabulary.purposes
        .filter((code) => !emergency.includes(code))
        .map((code) => ({ code, title: vocabulary.purposeTitles[code] ?? code })),
      cells: summarize(evaluateSpace(policy, space)),
    };
    matrices.set(purposeOfUse, matrix);
  }
  return matrix;
}

/** One cell per role and category, in the space's order, from its situations' decisions. */
function summarize(evaluated: readonly EvaluatedCell[]): AccessCell[] {
  const byRoleAndCategory = new Map<string, EvaluatedCell[]>();
  for (const entry of evaluated) {
    const key = `${entry.cell.role}|${entry.cell.category}`;
    const entries = byRoleAndCategory.get(key) ?? [];
    entries.push(entry);
    byRoleAndCategory.set(key, entries);
  }
  return [...byRoleAndCategory.values()].map((entries) => {
    const first = entries[0] as EvaluatedCell;
    const allowed = entries.filter((entry) => entry.decision.allow);
    const deciding = (allowed[0] ?? first).decision;
    return {
      role: first.cell.role,
      category: first.cell.category,
      outcome: allowed.length === entries.length ? 'ALLOWED' : allowed.length === 0 ? 'WITHHELD' : 'CONDITIONAL',
      rule: deciding.rule,
      legalBasis: deciding.legal_basis,
      situations: entries.map(({ cell, decision }) => ({
        situation: cell.situation.label,
        allowed: decision.allow,
        rule: decision.rule,
        legalBasis: decision.legal_basis,
        obligations: decision.obligations.map((obligation) => obligation.code),
      })),
    };
  });
}
