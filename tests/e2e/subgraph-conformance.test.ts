import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runConformance, type CheckResult } from '../../conformance/checks.ts';
import { GatewayImpersonation } from '../../conformance/gateway-impersonation.ts';
import { subgraphShape } from '../../conformance/subgraph-shape.ts';
import { environmentPrefix } from '../../runtime/config.ts';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import { SUBGRAPH_REGISTRY, type RegisteredSubgraph } from '../../subgraphs/registry.ts';
import { startBrokenSubgraph, type SubgraphFlaw } from '../support/broken-subgraph.ts';
import { testScenario } from '../support/gateway.ts';

const gatewayKeyPath = () => join(inject('keysDirectory'), 'gateway.private.jwk.json');

/** A subgraph's own address, not the capturing proxy's: the kit's answers are not the gateway's disclosures. */
function directUrl(name: string): URL {
  return new URL(`https://127.0.0.1:${inject('serviceEnvironment')[`${environmentPrefix(name)}_SUBGRAPH_PORT`]}/graphql`);
}

/** The youth's key values a subgraph holds records for, from the test scenario. */
async function youthKeys(entry: RegisteredSubgraph): Promise<string[]> {
  const youth = (await testScenario()).csec.youth.slice(0, 10);
  const { youthKey } = entry;
  if (!('agency' in youthKey)) return youth.map((one) => one.id);
  return youth.flatMap((one) => one.links.filter((link) => link.agency === youthKey.agency).map((link) => link.identifier));
}

async function conformance(name: string, url: URL, youth: string[]): Promise<CheckResult[]> {
  const gateway = await GatewayImpersonation.fromKeyFile(gatewayKeyPath(), url, name);
  return runConformance({ name, url, gateway, youth });
}

const failed = (results: CheckResult[]) => results.filter((result) => !result.passed).map((result) => result.name);
const details = (results: CheckResult[]) =>
  results
    .filter((result) => !result.passed)
    .map((result) => `${result.name}: ${result.detail}`)
    .join('\n');

describe(`the conformance kit (${inject('storeKind')} sources)`, () => {
  it.each(SUBGRAPH_REGISTRY.map((entry) => [entry.name, entry] as const))(
    'finds the %s subgraph conforming to every rule',
    async (name, entry) => {
      const results = await conformance(name, directUrl(name), await youthKeys(entry));
      expect(failed(results), details(results)).toEqual([]);
      expect(results.map((result) => result.name)).toEqual([
        'composes',
        'classified',
        'refuses-no-token',
        'refuses-forged-token',
        'refuses-expired-token',
        'refuses-other-audience-token',
        'refuses-replayed-token',
        'withholds-values',
        'batches-source-reads',
        'errors-carry-no-internals',
      ]);
    },
  );

  describe('given deliberately broken subgraphs', () => {
    const target = SUBGRAPH_REGISTRY.find((entry) => entry.name === 'child-welfare') as RegisteredSubgraph;
    let allFields: string[];
    let signer: RequesterTokenSigner;
    beforeAll(async () => {
      signer = await RequesterTokenSigner.fromKeyFile(gatewayKeyPath(), 30);
      const kit = await GatewayImpersonation.fromKeyFile(gatewayKeyPath(), directUrl(target.name), target.name);
      const sdl = (await kit.graphql('{ _service { sdl } }', {}, undefined)).body?.data?.['_service'] as { sdl: string };
      allFields = subgraphShape(sdl.sdl).coordinates;
    });

    it.each<[SubgraphFlaw, string[]]>([
      [
        'answers-without-token',
        ['refuses-no-token', 'refuses-forged-token', 'refuses-expired-token', 'refuses-other-audience-token', 'refuses-replayed-token'],
      ],
      ['returns-withheld-values', ['withholds-values']],
      ['unclassified-field', ['classified']],
      ['queries-per-youth', ['batches-source-reads']],
    ])('reports a subgraph that %s by the rule it breaks', async (flaw, expected) => {
      const broken = await startBrokenSubgraph({ flaw, target: directUrl(target.name), subgraph: target.name, signer, allFields });
      try {
        const results = await conformance(target.name, broken.url, await youthKeys(target));
        expect(failed(results)).toEqual(expect.arrayContaining(expected));
        if (flaw !== 'answers-without-token' && flaw !== 'returns-withheld-values') expect(failed(results)).toEqual(expected);
      } finally {
        await broken.close();
      }
    });
  });

  describe('npm run subgraph:conformance', () => {
    let directory: string;
    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), 'csec-conformance-'));
    });
    afterAll(async () => {
      await rm(directory, { recursive: true, force: true });
    });

    it('prints and files a report a county can keep with its data-sharing agreement, and exits 1 when a rule is broken', async () => {
      const reportPath = join(directory, 'education.md');
      const education = SUBGRAPH_REGISTRY.find((candidate) => candidate.name === 'education') as RegisteredSubgraph;
      const run = (name: string) =>
        spawnSync(
          process.execPath,
          [
            'scripts/subgraph-conformance.ts',
            '--url',
            directUrl('education').href,
            '--name',
            name,
            '--youth',
            youthList,
            '--gateway-key',
            gatewayKeyPath(),
            '--report',
            reportPath,
          ],
          // The kit shows the gateway's certificate of the system under test (CSEC_KEYS_DIR/tls).
          { encoding: 'utf8', timeout: 60_000, env: { ...process.env, CSEC_KEYS_DIR: inject('keysDirectory') } },
        );
      const youthList = (await youthKeys(education)).join(',');

      const conforming = run('education');
      expect(conforming.status).toBe(0);
      expect(conforming.stdout).toContain('- Outcome: conforms (10 of 10 checks passed)');
      expect(await readFile(reportPath, 'utf8')).toBe(conforming.stdout);

      // Told it is another agency's subgraph, the kit signs for that agency: education rightly refuses.
      const misnamed = run('probation');
      expect(misnamed.status).toBe(1);
      expect(misnamed.stdout).toContain('- Outcome: does not conform');
      expect(await readFile(reportPath, 'utf8')).toBe(misnamed.stdout);
    });
  });
});
