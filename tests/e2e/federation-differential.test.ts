import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersFor } from '../support/gateway.ts';
import { courtCalendarFixture } from '../support/federation/court-calendar-fixture.ts';
import {
  ask,
  buildAllowAllPolicyBundle,
  errorCodes,
  errorPaths,
  startFixture,
  startStockGateway,
  type FederationFixture,
  type RunningFixture,
} from '../support/federation/harness.ts';
import { mediaFixture } from '../support/federation/media-fixture.ts';
import { startOurGateway } from '../support/federation/our-gateway.ts';
import { retailFixture } from '../support/federation/retail-fixture.ts';
import { transitFixture } from '../support/federation/transit-fixture.ts';

/**
 * Our gateway, over supergraphs it has never seen and a policy that allows everything, answers
 * exactly as stock `@apollo/gateway` does over the same subgraphs: the same `data`, and errors at
 * the same paths (messages and codes may differ: ours masks them). Each fixture's subgraphs run
 * in this process; the stock gateway too; ours runs as its own process.
 */
const FIXTURES: FederationFixture[] = [retailFixture, mediaFixture, courtCalendarFixture, transitFixture];

interface Gateways {
  running: RunningFixture;
  stock: { url: string; stop: () => Promise<void> };
  ours?: { url: string; stop: () => void };
  /** Why our gateway did not start over this fixture. */
  oursRefused?: string;
}

let directory: string;
let policyRevision: string;
let headers: Record<string, string>;
const gateways = new Map<string, Gateways>();
/** Error codes of both gateways, by operation, for the operations that have errors. */
const codes: string[] = [];

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'csec-federation-differential-'));
  const signingKeyPath = join(inject('keysDirectory'), 'policy-signing.private.pem');
  const bundle = await buildAllowAllPolicyBundle(join(directory, 'policy'), signingKeyPath);
  policyRevision = bundle.revision;
  headers = await headersFor({ user: 'sw.demo' });
  await Promise.all(
    FIXTURES.map(async (fixture) => {
      const running = await startFixture(fixture, join(directory, fixture.name));
      const entry: Gateways = { running, stock: await startStockGateway(running.supergraphSdl) };
      gateways.set(fixture.name, entry);
      const started = await startOurGateway({
        GATEWAY_SUPERGRAPH_PATH: running.supergraphPath,
        CSEC_POLICY_BUNDLE_PATH: bundle.bundlePath,
      });
      if ('refused' in started) entry.oursRefused = started.refused;
      else entry.ours = started;
    }),
  );
});

afterAll(async () => {
  if (codes.length > 0) console.info(`Error codes, ours | stock:\n${codes.join('\n')}`);
  await Promise.all(
    [...gateways.values()].map(async ({ running, stock, ours }) => {
      ours?.stop();
      await stock.stop();
      await running.stop();
    }),
  );
  if (directory) await rm(directory, { recursive: true, force: true });
});

function gatewaysOf(fixture: FederationFixture): Gateways {
  const entry = gateways.get(fixture.name);
  if (!entry) throw new Error(`${fixture.name} did not start.`);
  return entry;
}

function ours(fixture: FederationFixture): { url: string } {
  const entry = gatewaysOf(fixture);
  if (!entry.ours) expect.fail(`Our gateway refused the ${fixture.name} supergraph: ${entry.oursRefused ?? 'unknown reason'}`);
  return entry.ours;
}

describe.each(FIXTURES)('the $name fixture', (fixture) => {
  describe('stock @apollo/gateway', () => {
    for (const operation of fixture.operations) {
      it(`answers "${operation.name}" with errors only where a resolver throws`, async () => {
        const answer = await ask(gatewaysOf(fixture).stock.url, operation);
        expect(answer.status).toBe(operation.status ?? 200);
        if (answer.status === 200) expect(answer).toHaveProperty('data');
        expect(errorPaths(answer)).toEqual((operation.errorPaths ?? []).map((path) => JSON.stringify(path)).sort());
      });
    }
  });

  describe('our gateway, allowing everything', () => {
    it('loads the allow-all policy bundle', async () => {
      const health = await fetch(ours(fixture).url.replace(/\/graphql$/, '/health'));
      expect(((await health.json()) as { policyRevision?: string }).policyRevision).toBe(policyRevision);
    });

    for (const operation of fixture.operations) {
      it(`answers "${operation.name}" as the stock gateway does`, async () => {
        const oursUrl = ours(fixture).url;
        const [stock, our] = await Promise.all([ask(gatewaysOf(fixture).stock.url, operation), ask(oursUrl, operation, headers)]);
        if (our.errors || stock.errors) {
          codes.push(`${fixture.name} / ${operation.name}: ${errorCodes(our).join(', ') || '-'} | ${errorCodes(stock).join(', ') || '-'}`);
        }
        const sent = `${operation.query}\noperationName ${operation.operationName ?? '-'} variables ${JSON.stringify(operation.variables ?? {})}`;
        const context = `${sent}\nours ${JSON.stringify(our)}\nstock ${JSON.stringify(stock)}`;
        expect(our.status, context).toBe(stock.status);
        expect(our.data, context).toEqual(stock.data);
        expect(errorPaths(our), context).toEqual(errorPaths(stock));
      });
    }
  });
});
