import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { classificationsFromSdl } from '../runtime/policy/classifications.ts';
import { renderDiff } from './lib/policy-report.ts';
import { PolicyToolkitError, diffExitCode, diffPolicyDirectories } from './lib/policy-space.ts';
import { diffValueSets, renderValueSetDiff, valueSetsWiden } from './lib/value-set-diff.ts';

/**
 * `npm run policy:diff -- <git-ref>`: compares the policies of a git ref with the working tree's over
 * the same evaluation space and lists every cell whose decision changes. Exits 1 when any access
 * widens, 0 otherwise, 2 on bad arguments or a ref that cannot be read.
 */

const run = promisify(execFile);
const REPOSITORY_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Extracts `policies/` as it is at `ref` into `target` (read-only use of git). */
async function extractPolicies(ref: string, target: string): Promise<void> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: REPOSITORY_ROOT });
  } catch {
    throw new PolicyToolkitError('UNKNOWN_REF', `"${ref}" is not a commit of this repository.`);
  }
  await run('bash', ['-c', 'git archive "$1" policies | tar -x -C "$2"', 'extract', ref, target], { cwd: REPOSITORY_ROOT });
}

export async function runPolicyDiff(
  args: readonly string[],
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<number> {
  const ref = args[0];
  if (args.length !== 1 || !ref || ref.startsWith('-')) {
    write('Usage: npm run policy:diff -- <git-ref>\n');
    return 2;
  }
  const workDir = await mkdtemp(join(tmpdir(), 'policy-diff-'));
  try {
    try {
      await extractPolicies(ref, workDir);
    } catch (error) {
      write(`${(error as Error).message}\n`);
      return 2;
    }
    const classifications = classificationsFromSdl(await readFile(join(REPOSITORY_ROOT, 'schema/supergraph.graphql'), 'utf8'));
    const { space, changes } = await diffPolicyDirectories(
      join(workDir, 'policies'),
      join(REPOSITORY_ROOT, 'policies'),
      workDir,
      classifications,
    );
    write(renderDiff(ref, 'working tree', space.cells.length, changes));
    // The health value sets change where records are filed, not the decisions per category.
    const valueSets = await diffValueSets(join(workDir, 'policies'), join(REPOSITORY_ROOT, 'policies'));
    write(renderValueSetDiff(valueSets));
    return valueSetsWiden(valueSets) ? 1 : diffExitCode(changes);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runPolicyDiff(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 2;
    },
  );
}
