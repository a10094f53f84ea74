import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { createSync, WriteEntry } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBundleArchive, readBundleArchive, type BundleFiles } from '../../runtime/policy/bundle-archive.ts';
import {
  bundleFileDigest,
  readBundleVerificationKey,
  verifyBundleSignature,
  type BundleVerificationKey,
} from '../../runtime/policy/bundle-signature.ts';
import { DisclosurePolicy } from '../../runtime/policy/disclosure-policy.ts';
import type { PolicyInput } from '../../runtime/policy/policy-input.ts';
import { PolicySource, type PolicyChange } from '../../runtime/policy/policy-source.ts';
import { ensureDevelopmentKeys, policySigningKeyPaths } from '../../scripts/lib/development-identity-provider.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';

const run = promisify(execFile);
const OPA = fileURLToPath(new URL('../../.tools/bin/opa', import.meta.url));
const ORIGINAL_BASIS = 'W&IC 18961.5; county CSEC interagency protocol';
const REVISED_BASIS = 'W&IC 18961.5; county CSEC interagency protocol, as revised';

/** A social worker on the youth's open MDT asks for the youth's roster entry: IAP-2025-3.1 allows it. */
const ROSTER_REQUEST: PolicyInput = {
  now: '2026-11-22T14:00:00Z',
  requester: { userId: 'sw.garcia', agency: 'CHILD_WELFARE', roles: ['SOCIAL_WORKER'], purposeOfUse: 'CSEC-MDT', breakGlassReason: null },
  youth: {
    'Y-000001': {
      birthDate: '2010-03-04',
      mdt: { status: 'OPEN', members: [{ userId: 'sw.garcia', joinedOn: '2025-01-10', leftOn: null }] },
      assignedWorkers: { CHILD_WELFARE: 'sw.garcia' },
      consents: [],
      investigations: [],
      proceedingParticipations: [],
      exploiterIsThreat: false,
      missing: false,
      adjudicated: false,
    },
  },
  coordinates: [{ youthId: 'Y-000001', field: 'Youth.legalName', category: 'ROSTER', confidentiality: 'R', sensitivity: [] }],
};

let workspace: string;
let keysDirectory: string;
let verification: BundleVerificationKey;
/** Bundle bytes by name: signed, revised (signed, changed clause), unsigned, foreign (signed by another key). */
const bundles: Record<'signed' | 'revised' | 'unsigned' | 'foreign', Buffer> = {} as never;
const revisions: Record<'signed' | 'revised', string> = {} as never;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'csec-policy-signing-'));
  keysDirectory = join(workspace, 'keys');
  await ensureDevelopmentKeys(keysDirectory);
  const { privateKeyPath, publicKeyPath } = policySigningKeyPaths(keysDirectory);
  verification = await readBundleVerificationKey(publicKeyPath);

  const revisedPolicies = join(workspace, 'policies-revised');
  await cp(fileURLToPath(new URL('../../policies', import.meta.url)), revisedPolicies, { recursive: true });
  const agreements = join(revisedPolicies, 'csec/agreements/data.yaml');
  const yaml = await readFile(agreements, 'utf8');
  expect(yaml).toContain(`legal_basis: ${ORIGINAL_BASIS}\n`);
  await writeFile(agreements, yaml.replace(`legal_basis: ${ORIGINAL_BASIS}\n`, `legal_basis: ${REVISED_BASIS}\n`));

  const foreignKey = join(workspace, 'foreign.private.pem');
  await writeFile(foreignKey, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }));

  // The first build installs the pinned OPA if needed; the others then run side by side.
  const built = [await buildPolicyBundle(join(workspace, 'signed.tar.gz'), { signingKeyPath: privateKeyPath })];
  built.push(
    ...(await Promise.all([
      buildPolicyBundle(join(workspace, 'revised.tar.gz'), { signingKeyPath: privateKeyPath, policiesDirectory: revisedPolicies }),
      buildPolicyBundle(join(workspace, 'unsigned.tar.gz')),
      buildPolicyBundle(join(workspace, 'foreign.tar.gz'), { signingKeyPath: foreignKey }),
    ])),
  );
  revisions.signed = built[0]!.revision;
  revisions.revised = built[1]!.revision;
  for (const name of ['signed', 'revised', 'unsigned', 'foreign'] as const) {
    bundles[name] = await readFile(join(workspace, `${name}.tar.gz`));
  }
}, 120_000);

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('signing a policy bundle', () => {
  it('keeps the development policy signing key private to its owner', async () => {
    const { privateKeyPath, publicKeyPath } = policySigningKeyPaths(keysDirectory);
    expect((await stat(privateKeyPath)).mode & 0o777).toBe(0o600);
    expect(await readFile(privateKeyPath, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(await readFile(publicKeyPath, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });

  it('signs every file of the bundle with ES256, each digest computed as OPA computes it', async () => {
    const files = await readBundleArchive(join(workspace, 'signed.tar.gz'));
    const signatures = JSON.parse(files.get('.signatures.json')!.toString('utf8')) as { signatures: string[] };
    expect(signatures.signatures).toHaveLength(1);
    const token = signatures.signatures[0]!;
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'))).toMatchObject({ alg: 'ES256', typ: 'JWT' });
    const payload = decodeJwt(token) as unknown as { files: Array<{ name: string; hash: string; algorithm: string }> };
    const listed = payload.files.map((file) => file.name).sort();
    expect(listed).toEqual([...files.keys()].filter((name) => name !== '.signatures.json').sort());
    expect(listed).toEqual(expect.arrayContaining(['.manifest', 'data.json', 'policy.wasm']));
    for (const file of payload.files) {
      expect(file.algorithm).toBe('SHA-256');
      expect(bundleFileDigest(file.name, files.get(file.name)!, file.algorithm), file.name).toBe(file.hash);
    }
    // data.json is hashed over its canonical form, not its bytes: OPA writes `&` as \u0026 but hashes it as `&`.
    const data = files.get('data.json')!;
    expect(data.toString('utf8')).toContain('W\\u0026IC');
    const signedDataHash = payload.files.find((file) => file.name === 'data.json')!.hash;
    expect(createHash('sha256').update(data).digest('hex')).not.toBe(signedDataHash);
    // policy.wasm over its bytes.
    const wasmHash = payload.files.find((file) => file.name === 'policy.wasm')!.hash;
    expect(createHash('sha256').update(files.get('policy.wasm')!).digest('hex')).toBe(wasmHash);
  });

  it('hashes data.json as OPA does: keys sorted by bytes, numbers as written, only U+2028/U+2029 escaped', async () => {
    const source = join(workspace, 'odd-data');
    await mkdir(source, { recursive: true });
    await writeFile(join(source, 'odd.rego'), 'package reader\n\nvalue := data.odd\n');
    await writeFile(
      join(source, 'data.json'),
      '{"odd": {"b": 1.50, "a": "<&>\\u2028\\u00e9\\ud83d\\ude00\\u0001", "n": 1e2, "z": [1, 2.0E-3, -0], "\\u00e9": 1, "e": 2}}',
    );
    const output = join(workspace, 'odd.tar.gz');
    await run(OPA, [
      'build',
      '-b',
      source,
      '--signing-key',
      policySigningKeyPaths(keysDirectory).privateKeyPath,
      '--signing-alg',
      'ES256',
      '-o',
      output,
    ]);
    const files = await readBundleArchive(output);
    expect(files.get('data.json')!.toString('utf8')).toMatch(/"b":1\.50,.*"n":1e2,.*2\.0E-3/);
    await expect(verifyBundleSignature(files, verification)).resolves.toContain('data.json');
  });
});

describe('verifying a policy bundle', () => {
  it('a signed bundle verifies and decides', async () => {
    const policy = await DisclosurePolicy.fromBundle(await readBundleArchive(join(workspace, 'signed.tar.gz')), verification);
    expect(policy.revision).toBe(revisions.signed);
    expect(policy.decide(ROSTER_REQUEST)).toEqual([expect.objectContaining({ allow: true, rule: 'IAP-2025-3.1' })]);
  });

  it('data.json laid out differently but meaning the same still verifies', async () => {
    const files = unpacked('signed');
    files.set('data.json', Buffer.from(JSON.stringify(JSON.parse(files.get('data.json')!.toString('utf8')), null, 2)));
    await expect(verifyBundleSignature(files, verification)).resolves.toContain('data.json');
  });

  it('an unsigned bundle is refused and withholds everything', async () => {
    const reasons: string[] = [];
    const policy = await DisclosurePolicy.load(join(workspace, 'unsigned.tar.gz'), (reason) => reasons.push(reason), { verification });
    expect(reasons).toEqual([expect.stringContaining('not signed')]);
    expect(policy.available).toBe(false);
    expect(policy.decide(ROSTER_REQUEST)).toEqual([expect.objectContaining({ allow: false, rule: 'POLICY_UNAVAILABLE' })]);
  });

  it('a bundle signed by another key is refused', async () => {
    await expect(verifyBundleSignature(unpacked('foreign'), verification)).rejects.toMatchObject({
      code: 'POLICY_BUNDLE_SIGNATURE_INVALID',
      message: expect.stringContaining('not a valid ES256 signature'),
    });
  });

  it('one changed byte of policy.wasm is refused', async () => {
    await expect(verifyBundleSignature(tampered('signed', 'policy.wasm'), verification)).rejects.toThrow(
      'policy.wasm does not match its signed digest',
    );
  });

  it('one changed byte of data.json is refused', async () => {
    await expect(verifyBundleSignature(tampered('signed', 'data.json'), verification)).rejects.toThrow(
      'data.json does not match its signed digest',
    );
  });

  it('a file the signature does not list is refused', async () => {
    const files = unpacked('signed');
    files.set('policies/extra.rego', Buffer.from('package extra\n'));
    await expect(verifyBundleSignature(files, verification)).rejects.toThrow('files the signature does not list: policies/extra.rego');
  });

  it('a signed file missing from the bundle is refused', async () => {
    const files = unpacked('signed');
    const rego = [...files.keys()].find((name) => name.endsWith('.rego'))!;
    files.delete(rego);
    await expect(verifyBundleSignature(files, verification)).rejects.toThrow(`lists files the bundle does not have: ${rego}`);
  });
});

describe('the live policy source', () => {
  it('serves the last good revision from a file, refuses a tampered one and picks up a new signed revision', async () => {
    const live = join(workspace, 'live', 'bundle.tar.gz');
    await publishFile(live, bundles.signed);
    const events = recorder();
    const source = await PolicySource.start({
      location: live,
      publicKeyPath: policyPublicKeyPath(),
      pollIntervalMs: 20,
      ...events.callbacks,
    });
    try {
      expect(source.revision).toBe(revisions.signed);
      const decisions = decideContinuously(source);

      await publishFileHeard(live, packBundle(tampered('signed', 'policy.wasm')), events.nextFailure());
      expect(events.failures.at(-1)).toContain('policy.wasm does not match its signed digest');
      expect(source.revision).toBe(revisions.signed);

      await publishFileHeard(live, packBundle(tampered('signed', 'data.json')), events.nextFailure());
      expect(events.failures.at(-1)).toContain('data.json does not match its signed digest');
      expect(source.revision).toBe(revisions.signed);

      await publishFileHeard(live, bundles.revised, events.nextChange());
      expect(events.changes).toEqual([
        { revision: revisions.signed, previousRevision: 'unavailable' },
        { revision: revisions.revised, previousRevision: revisions.signed },
      ]);
      expect(source.current().decide(ROSTER_REQUEST)[0]!.legal_basis).toContain(REVISED_BASIS);

      const seen = await decisions.stop();
      expect([...seen.bases].sort()).toEqual([
        `${ORIGINAL_BASIS} (agreement clause IAP-2025-3.1)`,
        `${REVISED_BASIS} (agreement clause IAP-2025-3.1)`,
      ]);
    } finally {
      source.stop();
    }
  });

  it('polls a bundle server with If-None-Match, keeps the last good revision and picks up a new signed revision', async () => {
    const server = await bundleServer(bundles.signed);
    const events = recorder();
    const source = await PolicySource.start({
      location: server.url,
      publicKeyPath: policyPublicKeyPath(),
      pollIntervalMs: 20,
      ...events.callbacks,
    });
    try {
      expect(source.revision).toBe(revisions.signed);
      const decisions = decideContinuously(source);
      await until(() => server.notModified >= 3);
      expect(server.served).toBe(1);

      server.publish(packBundle(tampered('signed', 'policy.wasm')));
      await events.nextFailure();
      expect(events.failures.at(-1)).toContain('policy.wasm does not match its signed digest');
      expect(source.revision).toBe(revisions.signed);
      // The refused bundle is not downloaded again while the server keeps offering it.
      const servedAfterRefusal = server.served;
      const notModified = server.notModified;
      await until(() => server.notModified >= notModified + 3);
      expect(server.served).toBe(servedAfterRefusal);

      server.publish(bundles.revised);
      await events.nextChange();
      expect(source.revision).toBe(revisions.revised);
      expect(events.failures).toHaveLength(1);

      const seen = await decisions.stop();
      expect([...seen.bases].sort()).toEqual([
        `${ORIGINAL_BASIS} (agreement clause IAP-2025-3.1)`,
        `${REVISED_BASIS} (agreement clause IAP-2025-3.1)`,
      ]);
    } finally {
      source.stop();
      await server.close();
    }
  });

  it('withholds everything until the first good bundle arrives', async () => {
    const live = join(workspace, 'first', 'bundle.tar.gz');
    await publishFile(live, bundles.unsigned);
    const events = recorder();
    const source = await PolicySource.start({
      location: live,
      publicKeyPath: policyPublicKeyPath(),
      pollIntervalMs: 20,
      ...events.callbacks,
    });
    try {
      expect(events.failures).toEqual([expect.stringContaining('not signed')]);
      expect(source.current().available).toBe(false);
      expect(source.current().decide(ROSTER_REQUEST)).toEqual([expect.objectContaining({ allow: false, rule: 'POLICY_UNAVAILABLE' })]);

      await publishFileHeard(live, bundles.signed, events.nextChange());
      expect(source.revision).toBe(revisions.signed);
      expect(source.current().decide(ROSTER_REQUEST)).toEqual([expect.objectContaining({ allow: true })]);
    } finally {
      source.stop();
    }
  });

  it('withholds everything when the bundle server cannot be reached', async () => {
    const server = await bundleServer(bundles.signed);
    await server.close();
    const events = recorder();
    const source = await PolicySource.start({
      location: server.url,
      publicKeyPath: policyPublicKeyPath(),
      pollIntervalMs: 0,
      ...events.callbacks,
    });
    expect(events.failures).toEqual([expect.stringContaining('could not be fetched')]);
    expect(source.current().decide(ROSTER_REQUEST)).toEqual([expect.objectContaining({ allow: false, rule: 'POLICY_UNAVAILABLE' })]);
    source.stop();
  });
});

// --- helpers ---------------------------------------------------------------------------------------

function policyPublicKeyPath(): string {
  return policySigningKeyPaths(keysDirectory).publicKeyPath;
}

/** The files of a built bundle, unpacked afresh so a test's changes stay its own. */
function unpacked(name: keyof typeof bundles): BundleFiles {
  return parseBundleArchive(bundles[name]);
}

/** The bundle with one byte of one file changed (inside a string of data.json, so it stays valid JSON). */
function tampered(name: keyof typeof bundles, path: 'policy.wasm' | 'data.json'): BundleFiles {
  const files = unpacked(name);
  const content = files.get(path)!;
  const at = path === 'data.json' ? content.indexOf('ROSTER') + 5 : Math.floor(content.length / 2);
  content[at] = content[at] === 0x51 ? 0x52 : 0x51;
  return files;
}

/** A gzipped tar of the files, each path with a leading slash as `opa build` writes it. */
function packBundle(files: BundleFiles): Buffer {
  const entries = [...files].map(([path, content]) => new WriteEntry({ path: `/${path}`, mode: 0o600 }, content));
  return Buffer.concat([...createSync({ gzip: true, preservePaths: true }, entries)]);
}

/** Replaces the file at once, as a deployment should (write aside, then rename). */
async function publishFile(path: string, bundle: Buffer): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  const aside = `${path}.${process.hrtime.bigint()}.tmp`;
  await writeFile(aside, bundle);
  await rename(aside, path);
}

/**
 * Publishes a bundle file and waits for what the source makes of it. `heard` is made before the
 * file changes, so a poll that comes quickly is not missed.
 */
async function publishFileHeard(path: string, bundle: Buffer, heard: Promise<void>): Promise<void> {
  await publishFile(path, bundle);
  await heard;
}

function recorder() {
  const failures: string[] = [];
  const changes: PolicyChange[] = [];
  let failureWaiters: Array<() => void> = [];
  let changeWaiters: Array<() => void> = [];
  return {
    failures,
    changes,
    callbacks: {
      onFailure: (reason: string) => {
        failures.push(reason);
        for (const wake of failureWaiters) wake();
        failureWaiters = [];
      },
      onChange: (change: PolicyChange) => {
        changes.push(change);
        for (const wake of changeWaiters) wake();
        changeWaiters = [];
      },
    },
    nextFailure: () => withTimeout(new Promise<void>((resolve) => failureWaiters.push(resolve)), 'a refused bundle'),
    nextChange: () => withTimeout(new Promise<void>((resolve) => changeWaiters.push(resolve)), 'a new revision'),
  };
}

async function withTimeout(promise: Promise<void>, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 10_000);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Decides the roster request in a loop, as requests would while the policy is swapped, and fails
 * on any answer that is not the allowed roster decision of one revision or the other.
 */
function decideContinuously(source: PolicySource) {
  let running = true;
  let count = 0;
  let failure: unknown;
  const bases = new Set<string>();
  const loop = (async () => {
    while (running) {
      try {
        const decisions = source.current().decide(ROSTER_REQUEST);
        expect(decisions).toHaveLength(1);
        expect(decisions[0]).toMatchObject({ allow: true, rule: 'IAP-2025-3.1', obligations: [] });
        bases.add(decisions[0]!.legal_basis);
        count += 1;
      } catch (error) {
        failure = error;
        return;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return {
    /** Stops after a few more decisions, so the revision now in force has decided too. */
    stop: async () => {
      const target = count + 5;
      await until(() => count >= target || failure !== undefined);
      running = false;
      await loop;
      if (failure !== undefined) throw failure;
      return { count, bases };
    },
  };
}

interface BundleServer {
  url: string;
  served: number;
  notModified: number;
  publish: (bundle: Buffer) => void;
  close: () => Promise<void>;
}

/** A bundle server as OPA's bundle service expects one: ETag on every bundle, 304 to a matching If-None-Match. */
async function bundleServer(initial: Buffer): Promise<BundleServer> {
  let bundle = initial;
  const state = {
    served: 0,
    notModified: 0,
  };
  const etag = () => `"${createHash('sha256').update(bundle).digest('hex').slice(0, 32)}"`;
  const server: Server = createServer((request, response) => {
    if (request.headers['if-none-match'] === etag()) {
      state.notModified += 1;
      response.writeHead(304, { etag: etag() }).end();
      return;
    }
    state.served += 1;
    response.writeHead(200, { 'content-type': 'application/gzip', etag: etag(), 'content-length': bundle.length }).end(bundle);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/bundles/csec.tar.gz`,
    get served() {
      return state.served;
    },
    get notModified() {
      return state.notModified;
    },
    publish: (next: Buffer) => {
      bundle = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
