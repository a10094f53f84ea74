import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { policySigningKeyPaths } from '../../scripts/lib/development-identity-provider.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor } from '../support/gateway.ts';

/**
 * A gateway reading its policy from a bundle file that a privacy office republishes: new signed
 * revisions are taken up under load, tampered ones are refused while the last good one serves.
 */
describe(`live policy revisions (${inject('storeKind')} sources)`, () => {
  let folder: string;
  let bundlePath: string;
  let gateway: { url: string; stop: () => void };
  const signingKeyPath = () => policySigningKeyPaths(inject('keysDirectory')).privateKeyPath;

  async function publish(built: string): Promise<void> {
    // Replaced in one rename, as a bundle server or a deployment would.
    await cp(built, `${bundlePath}.next`);
    await rename(`${bundlePath}.next`, bundlePath);
  }

  async function revision(): Promise<string> {
    const health = (await (await fetch(gateway.url.replace('/graphql', '/health'))).json()) as { policyRevision: string };
    return health.policyRevision;
  }

  async function waitForRevision(expected: string): Promise<void> {
    for (let attempt = 0; attempt < 60 && (await revision()) !== expected; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'csec-policy-reload-'));
    bundlePath = join(folder, 'bundle.tar.gz');
    await cp(inject('policyBundlePath'), bundlePath);
    gateway = await startExtraGateway({ CSEC_POLICY_BUNDLE_PATH: bundlePath, CSEC_POLICY_POLL_SECONDS: '1' });
  });

  afterAll(async () => {
    gateway.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('takes up a new signed revision under load without a failed request, and refuses a tampered one', async () => {
    const first = await revision();
    const changedPolicies = join(folder, 'policies');
    await cp('policies', changedPolicies, { recursive: true });
    const agreements = join(changedPolicies, 'csec/agreements/data.yaml');
    await writeFile(agreements, (await readFile(agreements, 'utf8')).replace('legal_basis:', 'legal_basis: reviewed;'));
    const nextBundle = join(folder, 'next.tar.gz');
    const { revision: next } = await buildPolicyBundle(nextBundle, {
      signingKeyPath: signingKeyPath(),
      policiesDirectory: changedPolicies,
    });

    const headers = { 'content-type': 'application/json', ...(await headersFor()) };
    let stop = false;
    const outcomes: Array<{ status: number; name: unknown }> = [];
    const load = (async () => {
      while (!stop) {
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: '{ caseload { name { givenName } } }' }),
        });
        const body = (await response.json()) as { data?: { caseload?: Array<{ name: { givenName: string } | null }> } };
        outcomes.push({ status: response.status, name: body.data?.caseload?.[0]?.name?.givenName });
      }
    })();
    await publish(nextBundle);
    await waitForRevision(next);
    const afterNext = await revision();

    const tampered = Buffer.from(await readFile(nextBundle));
    tampered[tampered.length - 40] = (tampered[tampered.length - 40] ?? 0) ^ 0xff;
    await writeFile(join(folder, 'tampered.tar.gz'), tampered);
    await publish(join(folder, 'tampered.tar.gz'));
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const afterTampered = await revision();
    stop = true;
    await load;

    expect(next).not.toBe(first);
    expect(afterNext).toBe(next);
    expect(afterTampered).toBe(next);
    expect(outcomes.length).toBeGreaterThan(5);
    expect(outcomes.every((outcome) => outcome.status === 200 && typeof outcome.name === 'string')).toBe(true);
  }, 120_000);
});
