import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  buildSpace,
  evaluateSpace,
  representativeFields,
  unionVocabulary,
  type Cell,
  type EvaluatedCell,
  type PolicySpace,
} from '../../runtime/policy/access-space.ts';
import { DECISION_ENTRYPOINT, DisclosurePolicy } from '../../runtime/policy/disclosure-policy.ts';
import type { Classification } from '../../runtime/policy/classifications.ts';
import type { Decision } from '../../runtime/policy/policy-input.ts';
import type { PolicyVocabulary } from '../../runtime/policy/policy-vocabulary.ts';

/**
 * The privacy officer's toolkit around the access matrix's evaluation space
 * (runtime/policy/access-space.ts, the one the gateway serves): building and loading policy bundles
 * from any `policies/` folder, and the change impact of one policy revision on another.
 */

const run = promisify(execFile);
const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OPA = join(REPOSITORY_ROOT, '.tools/bin/opa');

// --- Bundles ------------------------------------------------------------------------------------------

/** The policy could not be built or loaded; the message says which folder. */
export class PolicyToolkitError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'PolicyToolkitError';
    this.code = code;
  }
}

/** Builds a wasm bundle from any `policies/` folder with the pinned OPA (installed first if needed). */
export async function buildBundleFrom(policiesDir: string, outputPath: string): Promise<void> {
  await run('bash', [join(REPOSITORY_ROOT, 'scripts/install-tools.sh'), 'opa'], { cwd: REPOSITORY_ROOT });
  await mkdir(dirname(outputPath), { recursive: true });
  try {
    await run(OPA, ['build', '-t', 'wasm', '-e', DECISION_ENTRYPOINT, '-b', policiesDir, '--ignore', '*_test.rego', '-o', outputPath], {
      cwd: REPOSITORY_ROOT,
    });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() ?? '';
    throw new PolicyToolkitError('POLICY_BUILD_FAILED', `The policies in ${policiesDir} do not build:\n${detail}`);
  }
}

/**
 * Loads a built bundle, refusing one that would only withhold (the toolkit must read the real
 * policy), with the vocabulary of its own data.
 */
export async function loadBundle(bundlePath: string): Promise<{ policy: DisclosurePolicy; vocabulary: PolicyVocabulary }> {
  let failure = '';
  const policy = await DisclosurePolicy.load(bundlePath, (reason) => {
    failure = reason;
  });
  if (!policy.available) throw new PolicyToolkitError('POLICY_LOAD_FAILED', `The bundle ${bundlePath} cannot be loaded: ${failure}`);
  if (!policy.vocabulary) throw new PolicyToolkitError('POLICY_LOAD_FAILED', `The bundle ${bundlePath} lacks the policy's data files.`);
  return { policy, vocabulary: policy.vocabulary };
}

// --- Change impact --------------------------------------------------------------------------------

export type ChangeKind = 'WIDENED' | 'NARROWED' | 'RULE_CHANGED';

export interface CellChange {
  kind: ChangeKind;
  cell: Cell;
  before: Decision;
  after: Decision;
}

function obligationCodes(decision: Decision): string {
  return decision.obligations
    .map((obligation) => `${obligation.kind}:${obligation.code}`)
    .sort()
    .join(',');
}

/**
 * Cells whose decision differs: widened (withheld before, allowed after), narrowed (allowed before,
 * withheld after), or the same outcome under a different rule, legal basis or obligations.
 */
export function compareEvaluations(before: readonly EvaluatedCell[], after: readonly EvaluatedCell[]): CellChange[] {
  const afterByKey = new Map(after.map((entry) => [entry.cell.key, entry]));
  const changes: CellChange[] = [];
  for (const { cell, decision: previous } of before) {
    const next = afterByKey.get(cell.key)?.decision;
    if (!next) continue;
    if (!previous.allow && next.allow) changes.push({ kind: 'WIDENED', cell, before: previous, after: next });
    else if (previous.allow && !next.allow) changes.push({ kind: 'NARROWED', cell, before: previous, after: next });
    else if (
      previous.rule !== next.rule ||
      previous.legal_basis !== next.legal_basis ||
      obligationCodes(previous) !== obligationCodes(next)
    ) {
      changes.push({ kind: 'RULE_CHANGED', cell, before: previous, after: next });
    }
  }
  return changes;
}

/** The diff's exit status: 1 when any access widens, 0 otherwise. */
export function diffExitCode(changes: readonly CellChange[]): number {
  return changes.some((change) => change.kind === 'WIDENED') ? 1 : 0;
}

export interface PolicyDiff {
  space: PolicySpace;
  changes: CellChange[];
}

/**
 * Builds both `policies/` folders, evaluates them over one space (the union of both vocabularies)
 * and lists the cells whose decision changes. `workDir` receives the two bundles.
 */
export async function diffPolicyDirectories(
  beforeDir: string,
  afterDir: string,
  workDir: string,
  classifications?: ReadonlyMap<string, Classification>,
): Promise<PolicyDiff> {
  const beforeBundle = join(workDir, 'before.tar.gz');
  const afterBundle = join(workDir, 'after.tar.gz');
  await buildBundleFrom(beforeDir, beforeBundle);
  await buildBundleFrom(afterDir, afterBundle);
  const [before, after] = await Promise.all([loadBundle(beforeBundle), loadBundle(afterBundle)]);
  const vocabulary = unionVocabulary(before.vocabulary, after.vocabulary);
  const space = buildSpace(vocabulary, representativeFields(vocabulary, classifications));
  return { space, changes: compareEvaluations(evaluateSpace(before.policy, space), evaluateSpace(after.policy, space)) };
}
