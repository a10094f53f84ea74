import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A temporary copy of the repository as a fresh clone of it would be (the files git tracks or
 * would track, as they are now), sharing this checkout's installed dependencies and tools.
 */
export async function copyRepository(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'csec-repository-'));
  const shared = ['node_modules', '.tools'];
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: REPOSITORY_ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && !shared.includes(file) && existsSync(join(REPOSITORY_ROOT, file)));
  for (const file of files) await cp(join(REPOSITORY_ROOT, file), join(copy, file));
  for (const folder of shared) {
    if (existsSync(join(REPOSITORY_ROOT, folder))) await symlink(join(REPOSITORY_ROOT, folder), join(copy, folder));
  }
  return copy;
}
