import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';
import { checkPolicyData, PolicyDataError } from '../../scripts/lib/policy-data-check.ts';

/** A privacy officer's mistake in the policy data is refused before a bundle is built, naming the file and the place. */

const POLICIES = fileURLToPath(new URL('../../policies/', import.meta.url));
let copy: string;

beforeEach(async () => {
  copy = await mkdtemp(join(tmpdir(), 'csec-policy-data-'));
  await cp(POLICIES, copy, { recursive: true });
});

afterEach(async () => {
  await rm(copy, { recursive: true, force: true });
});

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const path = join(copy, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
}

describe('the policy data schema', () => {
  it('accepts the policy data as it is', async () => {
    await expect(checkPolicyData(copy)).resolves.toBeUndefined();
  });

  it('refuses a purpose without its plain words and a misspelled key, naming each file and place, and builds no bundle', async () => {
    await edit('csec/purposes/data.yaml', (text) => text.replace(/\n {4}description: .*\n/, '\n'));
    await edit('csec/roles/data.yaml', (text) => text.replace(/\n {4}title: /, '\n    titel: '));
    const refusal = await checkPolicyData(copy).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(PolicyDataError);
    const problems = (refusal as PolicyDataError).problems.join('\n');
    expect(problems).toMatch(/csec\/purposes\/data\.yaml at \/purposes\/[A-Z-]+: must have required property 'description'/);
    expect(problems).toMatch(/csec\/roles\/data\.yaml at \/roles\/[A-Z_]+: must NOT have additional properties \(titel\)/);
    await expect(buildPolicyBundle(join(copy, 'bundle.tar.gz'), { policiesDirectory: copy })).rejects.toThrow(PolicyDataError);
  });

  it('refuses a data file that names no schema', async () => {
    await edit('csec/purposes/data.yaml', (text) => text.replace(/^# Schema: .*$/m, ''));
    await expect(checkPolicyData(copy)).rejects.toThrow(/csec\/purposes\/data\.yaml: names no schema/);
  });
});
