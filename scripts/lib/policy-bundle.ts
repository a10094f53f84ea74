import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DECISION_ENTRYPOINT } from '../../runtime/policy/disclosure-policy.ts';

const run = promisify(execFile);
const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POLICIES = join(REPOSITORY_ROOT, 'policies');
const OPA = join(REPOSITORY_ROOT, '.tools/bin/opa');

/**
 * Compiles policies/ into an OPA bundle (policy.wasm + data.json + .manifest) with the pinned
 * OPA CLI, installing it first if needed. The revision is a digest of the policy sources, so
 * every audit record names exactly the policy that decided.
 */
export async function buildPolicyBundle(outputPath: string): Promise<{ revision: string }> {
  await run('bash', [join(REPOSITORY_ROOT, 'scripts/install-tools.sh'), 'opa'], { cwd: REPOSITORY_ROOT });
  const revision = await policyRevision();
  await mkdir(dirname(outputPath), { recursive: true });
  await run(OPA, [
    'build', '-t', 'wasm', '-e', DECISION_ENTRYPOINT, '-b', POLICIES,
    '--ignore', '*_test.rego', '--revision', revision, '-o', outputPath,
  ], { cwd: REPOSITORY_ROOT });
  return { revision };
}

export async function policyRevision(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await sourceFiles(POLICIES)) {
    hash.update(relative(POLICIES, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(rego|ya?ml|json)$/.test(entry.name) && !entry.name.endsWith('_test.rego'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
