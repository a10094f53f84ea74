import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDocument } from 'yaml';
import { policySigningKeyPaths } from '../../scripts/lib/development-identity-provider.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';
import { freePorts } from '../../scripts/lib/system.ts';
import { diffValueSets, renderValueSetDiff, valueSetsWiden } from '../../scripts/lib/value-set-diff.ts';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor } from '../support/gateway.ts';
import { EHR_STYLE } from '../support/test-situations.ts';

const VISITS = /* GraphQL */ `
  query Visits($id: ID!) {
    youth(id: $id) {
      health {
        medicalEvaluation {
          evaluations {
            kind
          }
        }
        sensitiveServices {
          visits {
            kind
            classifiedBy
          }
        }
      }
    }
  }
`;

interface Visits {
  youth: {
    health: {
      medicalEvaluation: { evaluations: Array<{ kind: string }> | null } | null;
      sensitiveServices: { visits: Array<{ kind: string; classifiedBy: string }> | null } | null;
    } | null;
  } | null;
}

/**
 * A privacy officer adds a code to a value set: the next request after the signed bundle reloads
 * files matching records in the stricter area, at the health subgraph itself, and `policy:diff`
 * reports the change as a narrowing. A health subgraph and a gateway of their own read the bundle
 * file that is republished.
 */
describe(`a value set changed by the privacy officer (${inject('storeKind')} sources)`, () => {
  let folder: string;
  let bundlePath: string;
  let health: ChildProcess;
  let gateway: { url: string; stop: () => void };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'csec-value-set-reload-'));
    bundlePath = join(folder, 'bundle.tar.gz');
    await cp(inject('policyBundlePath'), bundlePath);
    const [port] = await freePorts(1);
    const overrides = { CSEC_POLICY_BUNDLE_PATH: bundlePath, CSEC_POLICY_POLL_SECONDS: '1' };
    health = spawn(process.execPath, ['subgraphs/health/src/main.ts'], {
      env: { ...inject('serviceEnvironment'), ...overrides, HEALTH_SUBGRAPH_PORT: String(port) },
      stdio: 'ignore',
    });
    const healthUrl = `https://127.0.0.1:${port}`;
    for (
      let attempt = 0;
      attempt < 150 &&
      !(await fetch(`${healthUrl}/health`).then(
        () => true,
        () => false,
      ));
      attempt += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    gateway = await startExtraGateway({ ...overrides, HEALTH_SUBGRAPH_URL: `${healthUrl}/graphql` });
  }, 120_000);

  afterAll(async () => {
    gateway?.stop();
    health?.kill('SIGTERM');
    await rm(folder, { recursive: true, force: true });
  });

  async function visitsAs(user: string, purpose: string): Promise<Visits> {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headersFor({ user, purpose })) },
      body: JSON.stringify({ query: VISITS, variables: { id: EHR_STYLE.youthId } }),
    });
    return ((await response.json()) as { data: Visits }).data;
  }

  const kinds = (rows: Array<{ kind: string }> | null | undefined) => (rows ?? []).map((row) => row.kind);

  it('moves a well child visit into sensitive services on the next request, and policy:diff shows it', async () => {
    const before = await visitsAs('sw.demo', 'COC');
    expect(kinds(before.youth?.health?.medicalEvaluation?.evaluations)).toContain(EHR_STYLE.wellChildVisit);

    const changed = join(folder, 'policies');
    await cp('policies', changed, { recursive: true });
    const valueSets = join(changed, 'csec/value_sets/data.yaml');
    // As a privacy officer would: the code added to the set of sensitive services, the version raised.
    const document = parseDocument(await readFile(valueSets, 'utf8'));
    document.setIn(['value_sets', 'version'], '2026.12.2-test');
    const sets = (document.toJS() as { value_sets: { sets: Array<{ id: string }> } }).value_sets.sets;
    const sensitive = sets.findIndex((set) => set.id === 'SENSITIVE-SNOMED-CT');
    expect(sensitive).toBeGreaterThanOrEqual(0);
    document.addIn(['value_sets', 'sets', sensitive, 'codes'], document.createNode({ code: '410620009', display: 'Well child visit' }));
    await writeFile(valueSets, document.toString());
    const next = join(folder, 'next.tar.gz');
    await buildPolicyBundle(next, {
      signingKeyPath: policySigningKeyPaths(inject('keysDirectory')).privateKeyPath,
      policiesDirectory: changed,
    });
    await cp(next, `${bundlePath}.next`);
    await rename(`${bundlePath}.next`, bundlePath);

    let after = await visitsAs('sw.demo', 'COC');
    for (
      let attempt = 0;
      attempt < 60 && kinds(after.youth?.health?.medicalEvaluation?.evaluations).includes(EHR_STYLE.wellChildVisit);
      attempt += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await visitsAs('sw.demo', 'COC');
    }
    expect(kinds(after.youth?.health?.medicalEvaluation?.evaluations)).not.toContain(EHR_STYLE.wellChildVisit);
    expect(after.youth?.health?.sensitiveServices).toBeNull();

    const nurse = await visitsAs('phn.demo', 'TREAT');
    const moved = nurse.youth?.health?.sensitiveServices?.visits?.find((row) => row.kind === EHR_STYLE.wellChildVisit);
    expect(moved?.classifiedBy).toBe('code http://snomed.info/sct|410620009 in value set SENSITIVE-SNOMED-CT (value sets 2026.12.2-test)');

    const diff = await diffValueSets('policies', changed);
    expect(diff.changes).toEqual([
      { code: 'http://snomed.info/sct|410620009', before: 'GENERAL_MEDICAL', after: 'SENSITIVE_SERVICES', effect: 'NARROWS' },
    ]);
    expect(valueSetsWiden(diff)).toBe(false);
    expect(renderValueSetDiff(diff)).toContain('NARROWS http://snomed.info/sct|410620009: GENERAL_MEDICAL -> SENSITIVE_SERVICES');
    // Taking the code out again widens access, which policy:diff refuses to pass silently.
    expect(valueSetsWiden(await diffValueSets(changed, 'policies'))).toBe(true);
  }, 120_000);
});
