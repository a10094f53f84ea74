import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { classificationsFromSdl } from '../runtime/policy/classifications.ts';
import type { DisclosurePolicy } from '../runtime/policy/disclosure-policy.ts';
import { buildPolicyBundle } from './lib/policy-bundle.ts';
import { buildSpace, representativeFields, spaceInputs, type EvaluatedCell, type PolicySpace } from '../runtime/policy/access-space.ts';
import { explainSpace } from '../runtime/policy/explained-space.ts';
import { renderMatrixCsv, renderMatrixHtml, renderMatrixMarkdown, matrixSections } from './lib/policy-report.ts';
import { PolicyToolkitError, loadBundle } from './lib/policy-space.ts';

/**
 * `npm run policy:matrix [-- --out <dir>]`: builds the working tree's policy bundle, decides every
 * cell of the evaluation space with it and writes matrix.md, matrix.html and matrix.csv.
 */

const REPOSITORY_ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_OUT = join(REPOSITORY_ROOT, '.data/policy-matrix');

export interface MatrixResult {
  revision: string;
  /** The bundle the matrix was decided with, loaded, for checking it against a running system. */
  policy: DisclosurePolicy;
  space: PolicySpace;
  evaluated: EvaluatedCell[];
}

/** Builds and loads the working tree's bundle and decides the whole space with it. */
export async function computeMatrix(): Promise<MatrixResult> {
  const workDir = await mkdtemp(join(tmpdir(), 'policy-matrix-'));
  try {
    const bundlePath = join(workDir, 'policy-bundle.tar.gz');
    const { revision } = await buildPolicyBundle(bundlePath);
    const { policy, vocabulary } = await loadBundle(bundlePath);
    const classifications = classificationsFromSdl(await readFile(join(REPOSITORY_ROOT, 'schema/supergraph.graphql'), 'utf8'));
    const space = buildSpace(vocabulary, representativeFields(vocabulary, classifications));
    return { revision, policy, space, evaluated: explainSpace(policy, space) };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

export async function writeMatrix(result: MatrixResult, outDir: string): Promise<string[]> {
  const header = {
    revision: result.revision,
    now: result.space.now,
    cells: result.evaluated.length,
    decideCalls: spaceInputs(result.space).length,
  };
  const sections = matrixSections(result.space, result.evaluated);
  await mkdir(outDir, { recursive: true });
  const files: Array<[string, string]> = [
    ['matrix.md', renderMatrixMarkdown(header, sections)],
    ['matrix.html', renderMatrixHtml(header, sections)],
    ['matrix.csv', renderMatrixCsv(result.evaluated)],
  ];
  for (const [name, content] of files) await writeFile(join(outDir, name), content);
  return files.map(([name]) => join(outDir, name));
}

function readOutDir(args: readonly string[]): string {
  if (args.length === 0) return DEFAULT_OUT;
  if (args.length === 2 && args[0] === '--out' && args[1]) return resolve(args[1]);
  throw new PolicyToolkitError('BAD_ARGUMENTS', 'Usage: npm run policy:matrix [-- --out <dir>]');
}

async function main(): Promise<void> {
  let outDir: string;
  try {
    outDir = readOutDir(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  const result = await computeMatrix();
  const files = await writeMatrix(result, outDir);
  const allowed = result.evaluated.filter((entry) => entry.decision.allow).length;
  console.log(
    `Access matrix of policy ${result.revision}: ${result.evaluated.length} cells (${allowed} allowed) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  for (const file of files) console.log(`  ${file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
