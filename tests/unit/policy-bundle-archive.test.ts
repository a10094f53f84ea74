import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createSync, WriteEntry, type WriteEntryData } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES, parseBundleArchive, readBundleArchive } from '../../runtime/policy/bundle-archive.ts';
import { DisclosurePolicy } from '../../runtime/policy/disclosure-policy.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';

const run = promisify(execFile);
let workspace: string;
let builtPath: string;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'csec-bundle-archive-'));
  builtPath = join(workspace, 'bundle.tar.gz');
  await buildPolicyBundle(builtPath);
}, 120_000);

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('reading a policy bundle archive', () => {
  it('reads every file of a bundle that opa build wrote, as GNU tar lists it, without the leading slash', async () => {
    const files = await readBundleArchive(builtPath);
    const listed = (await run('tar', ['-tzf', builtPath])).stdout.trim().split('\n');
    expect([...files.keys()].sort()).toEqual(listed.map((path) => path.replace(/^\/+/, '')).sort());
    expect([...files.keys()]).toEqual(expect.arrayContaining(['.manifest', 'data.json', 'policy.wasm']));
    expect(JSON.parse(files.get('.manifest')!.toString('utf8'))).toMatchObject({ revision: expect.stringMatching(/^sha256:/) });
    expect(files.get('policy.wasm')!.subarray(0, 4)).toEqual(Buffer.from('\0asm'));
  });

  it('reads back the files it is given, skipping directories and keeping paths longer than a tar header holds', () => {
    const longPath = `${'nested/'.repeat(20)}data.json`;
    const files = parseBundleArchive(
      bundle([
        { path: '/policy.wasm' },
        Buffer.from('\0asm'),
        { path: '/nested/', type: 'Directory' },
        undefined,
        { path: `/${longPath}` },
        '{"long": true}',
      ]),
    );
    expect([...files.keys()]).toEqual(['policy.wasm', longPath]);
    expect(files.get(longPath)!.toString('utf8')).toBe('{"long": true}');
  });

  it('refuses a gzip bomb that unpacks to more than the largest bundle', () => {
    const bomb = gzipSync(Buffer.alloc(MAX_BUNDLE_BYTES + 1));
    expect(bomb.length).toBeLessThan(MAX_BUNDLE_BYTES / 100);
    expect(() => parseBundleArchive(bomb)).toThrow(refused(`the bundle unpacks to more than ${MAX_BUNDLE_BYTES} bytes`));
  });

  it('refuses a bundle that unpacks to more than the limit a bundle source sets', () => {
    const archive = bundle([{ path: '/data.json' }, 'x'.repeat(4096)]);
    expect(parseBundleArchive(archive, 8192).get('data.json')).toHaveLength(4096);
    expect(() => parseBundleArchive(archive, 4096)).toThrow(refused('the bundle unpacks to more than 4096 bytes'));
  });

  it('refuses a compressed archive inside the gzip layer, which would escape the size limit', () => {
    const inner = bundle([{ path: '/data.json' }, '{}']);
    expect(() => parseBundleArchive(gzipSync(inner))).toThrow(refused('holds another compressed archive'));
  });

  it('refuses a bundle that is not gzipped, or whose gzip stream is cut short', () => {
    const plain = tar([{ path: '/data.json' }, '{}']);
    expect(() => parseBundleArchive(plain)).toThrow(refused('the bundle is not a complete gzip archive'));
    const whole = bundle([{ path: '/data.json' }, 'x'.repeat(4096)]);
    expect(() => parseBundleArchive(whole.subarray(0, whole.length - 8))).toThrow(refused('the bundle is not a complete gzip archive'));
  });

  it('refuses an archive cut off in the middle of a file', () => {
    const whole = tar([{ path: '/data.json' }, 'x'.repeat(2000)]);
    expect(() => parseBundleArchive(gzipSync(whole.subarray(0, 1024)))).toThrow(refused('truncated or has a malformed entry'));
  });

  it('refuses an entry whose header does not match its checksum', () => {
    const archive = tar([{ path: '/policy.wasm' }, 'wasm', { path: '/data.json' }, '{}']);
    archive[124 + 10] = '7'.charCodeAt(0); // the size of policy.wasm, changed without its checksum
    expect(() => parseBundleArchive(gzipSync(archive))).toThrow(refused('truncated or has a malformed entry'));
  });

  it('refuses an archive with no entries', () => {
    expect(() => parseBundleArchive(gzipSync(Buffer.alloc(1024)))).toThrow(refused('truncated or has a malformed entry'));
  });

  it('refuses a path that appears twice, with or without its leading slash', () => {
    const archive = bundle([{ path: '/data.json' }, '{"checked": true}', { path: 'data.json' }, '{"used": true}']);
    expect(() => parseBundleArchive(archive)).toThrow(refused('the bundle archive has data.json twice'));
  });

  it('refuses a path that steps out of the bundle', () => {
    expect(() => parseBundleArchive(bundle([{ path: '../data.json' }, '{}']))).toThrow(
      refused('an entry outside the bundle: "../data.json"'),
    );
    expect(() => parseBundleArchive(bundle([{ path: '/lib/../../policy.wasm' }, 'wasm']))).toThrow(refused('an entry outside the bundle'));
  });

  it('refuses symbolic and hard links, whose content would be another file', () => {
    const symbolic = bundle([{ path: '/data.json', type: 'SymbolicLink', linkpath: '/etc/passwd' }, undefined]);
    expect(() => parseBundleArchive(symbolic)).toThrow(refused('the bundle archive has a link at data.json'));
    const hard = bundle([{ path: '/policy.wasm' }, 'wasm', { path: '/data.json', type: 'Link', linkpath: 'policy.wasm' }, undefined]);
    expect(() => parseBundleArchive(hard)).toThrow(refused('the bundle archive has a link at data.json'));
  });

  it('refuses device and pipe entries, which no bundle holds', () => {
    expect(() => parseBundleArchive(bundle([{ path: '/data.json', type: 'FIFO' }, undefined]))).toThrow(
      refused('a FIFO entry at data.json'),
    );
  });

  it('withholds everything, with the reason, when the bundle file on disk is hostile', async () => {
    const hostile = join(workspace, 'hostile.tar.gz');
    await writeFile(hostile, bundle([{ path: '/policy.wasm', type: 'SymbolicLink', linkpath: '/etc/passwd' }, undefined]));
    const reasons: string[] = [];
    const policy = await DisclosurePolicy.load(hostile, (reason) => reasons.push(reason));
    expect(reasons).toEqual(['the bundle archive has a link at policy.wasm; a bundle holds only files']);
    expect(policy.revision).toBe(DisclosurePolicy.withholdingEverything().revision);
  });
});

// --- helpers ---------------------------------------------------------------------------------------

type Entries = Array<WriteEntryData | string | Buffer | undefined>;

/** A tar of entries given as header, body pairs; paths are kept as written, `..` and leading slashes too. */
function tar(entries: Entries): Buffer {
  const written: WriteEntry[] = [];
  for (let index = 0; index < entries.length; index += 2) {
    const body = entries[index + 1] as string | Buffer | undefined;
    written.push(new WriteEntry({ mode: 0o600, ...(entries[index] as WriteEntryData) }, body));
  }
  return Buffer.concat([...createSync({ preservePaths: true }, written)]);
}

function bundle(entries: Entries): Buffer {
  return gzipSync(tar(entries));
}

function refused(reason: string): Error {
  return expect.objectContaining({ code: 'POLICY_BUNDLE_MALFORMED', message: expect.stringContaining(reason) }) as Error;
}
