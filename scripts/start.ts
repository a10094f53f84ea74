import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, loadConfig, type SystemConfig } from '../runtime/config.ts';
import { generateScenario } from '../scenario/generate-scenario.ts';
import { validateScenario } from '../scenario/load-scenario.ts';
import { ensureDevelopmentKeys } from './lib/development-identity-provider.ts';
import { buildPolicyBundle } from './lib/policy-bundle.ts';
import { seedAllSources, seededMarker } from './lib/seed-sources.ts';
import { startSystem } from './lib/system.ts';
import { countyToday } from '../runtime/calendar.ts';

/**
 * npm start: seeds a synthetic county on first run, then starts every subgraph and the gateway.
 * The default county has CSEC_DEFAULT_YOUTH youth (200 unless set), generated from a fixed seed.
 */
const DEFAULT_SCENARIO_SEED = 2014;

const say = (line: string) => process.stdout.write(`${line}\n`);

try {
  const config = loadConfig();
  if (config.mode === 'development') await ensureDevelopmentKeys(config.keysDirectory);
  say('Compiling the disclosure policies (installing the OPA CLI on first run)...');
  // Production bundles are signed where the signing key is kept; the services only verify them.
  const signingKeyPath = existsSync(config.policySigningKeyPath) ? config.policySigningKeyPath : undefined;
  if (!signingKeyPath) say(`No policy signing key at ${config.policySigningKeyPath}: the bundle is unsigned and the services will refuse it.`);
  const { revision } = await buildPolicyBundle(config.policyBundlePath, { signingKeyPath });
  say(`Disclosure policy revision ${revision}`);
  await seedOnFirstRun(config, Number(process.env['CSEC_DEFAULT_YOUTH'] ?? 200));
  const system = await startSystem({ env: process.env, log: say });
  say('');
  say(`Gateway ready at ${system.gatewayUrl} (health: ${system.gatewayUrl.replace('/graphql', '/health')})`);
  say('Get a token and ask for a profile:');
  say('  TOKEN=$(npm run --silent token -- --user sw.demo)');
  say(`  curl -s ${system.gatewayUrl} -H "authorization: Bearer $TOKEN" -H 'x-purpose-of-use: CSEC-MDT' \\`);
  say(`       -H 'content-type: application/json' -d '{"query":"{ caseload { id name { givenName familyName } } }"}'`);
  const shutdown = async () => {
    await system.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  const message = error instanceof ConfigurationError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Could not start: ${message}\n`);
  process.exit(1);
}

/** Loads the default county only into sources nothing was loaded into: a scenario a person loaded is never replaced. */
async function seedOnFirstRun(config: SystemConfig, youthCount: number): Promise<void> {
  const seeded = await seededMarker(config);
  if (seeded) {
    say(`Sources hold ${seeded.youth} youth from ${seeded.scenario}, loaded ${seeded.seededOn}.`);
    return;
  }
  if (!Number.isInteger(youthCount) || youthCount < 1 || youthCount > 100_000) {
    throw new ConfigurationError([`CSEC_DEFAULT_YOUTH must be a whole number from 1 to 100000.`]);
  }
  await mkdir(config.dataDirectory, { recursive: true });
  const today = countyToday();
  say(`First run: generating a synthetic county of ${youthCount} youth and loading every source...`);
  const scenario = await validateScenario(generateScenario({ youthCount, seed: DEFAULT_SCENARIO_SEED, today }), 'default scenario');
  const scenarioPath = join(config.dataDirectory, 'default-scenario.json');
  await writeFile(scenarioPath, JSON.stringify(scenario, null, 2));
  await seedAllSources(config, scenario, say, scenarioPath);
}
