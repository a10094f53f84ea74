import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ENTRYPOINTS } from '../../runtime/policy/disclosure-policy.ts';
import { checkPolicyData } from './policy-data-check.ts';

const run = promisify(execFile);
const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POLICIES = join(REPOSITORY_ROOT, 'policies');
const OPA = join(REPOSITORY_ROOT, '.tools/bin/opa');

export interface PolicyBundleOptions {
  /**
   * Private key (PKCS#8 or SEC1 PEM) to sign the bundle with: `opa build` then adds a
   * `.signatures.json` listing the digest of every file, which the services verify.
   */
  signingKeyPath?: string | undefined;
  /** JWS algorithm of the signing key; ES256 for a P-256 key. */
  signingAlgorithm?: string;
  /** Policy sources to compile; policies/ unless given (tests build changed copies). */
  policiesDirectory?: string;
}

/**
 * Compiles policies/ into an OPA bundle (policy.wasm + data.json + .manifest, and .signatures.json
 * when a signing key is given) with the pinned OPA CLI, installing it first if needed. The revision
 * is a digest of the policy sources, so every audit record names exactly the policy that decided.
 */
export async function buildPolicyBundle(outputPath: string, options: PolicyBundleOptions = {}): Promise<{ revision: string }> {
  await run('bash', [join(REPOSITORY_ROOT, 'scripts/install-tools.sh'), 'opa'], { cwd: REPOSITORY_ROOT });
  const policies = options.policiesDirectory ?? POLICIES;
  await checkPolicyData(policies);
  const revision = await policyRevision(policies);
  await mkdir(dirname(outputPath), { recursive: true });
  const signing = options.signingKeyPath
    ? ['--signing-key', options.signingKeyPath, '--signing-alg', options.signingAlgorithm ?? 'ES256']
    : [];
  await run(
    OPA,
    [
      'build',
      '-t',
      'wasm',
      ...ENTRYPOINTS.flatMap((entrypoint) => ['-e', entrypoint]),
      '-b',
      policies,
      '--ignore',
      '*_test.rego',
      '--revision',
      revision,
      ...signing,
      '-o',
      outputPath,
    ],
    { cwd: REPOSITORY_ROOT },
  );
  return { revision };
}

export async function policyRevision(policies = POLICIES): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await sourceFiles(policies)) {
    hash
      .update(relative(policies, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
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
