import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../runtime/config.ts';
import { validateScenario } from '../../scenario/load-scenario.ts';
import { scenarioForToday } from './scenario-for-today.ts';
import { ensureDevelopmentKeys } from '../../scripts/lib/development-identity-provider.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';
import { seedAllSources } from '../../scripts/lib/seed-sources.ts';
import { isolatedEnvironment, startSystem } from '../../scripts/lib/system.ts';

/**
 * Starts the whole system of the repository this file sits in (a test's copy of it) on free ports,
 * with a small synthetic county, prints one JSON line saying where, and stops on SIGTERM.
 */
const dataDirectory = await mkdtemp(join(tmpdir(), 'csec-copy-system-'));
const env = await isolatedEnvironment(dataDirectory);
env['CSEC_KEYS_DIR'] = join(dataDirectory, 'keys');
env['CSEC_LOG_LEVEL'] = 'warn';
await ensureDevelopmentKeys(env['CSEC_KEYS_DIR']);
const config = loadConfig(env);
await buildPolicyBundle(config.policyBundlePath, { signingKeyPath: config.policySigningKeyPath });
const scenario = await validateScenario(scenarioForToday({ youthCount: 30, seed: 11 }), 'copy scenario');
await seedAllSources(config, scenario);
const system = await startSystem({ env, log: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write(
  `${JSON.stringify({
    gatewayUrl: system.gatewayUrl,
    keysDirectory: env['CSEC_KEYS_DIR'],
    subgraphUrls: Object.fromEntries(Object.entries(config.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    users: scenario.users.filter((user) => user.id.endsWith('.demo')).map(({ id, agency, roles }) => ({ id, agency, roles })),
  })}\n`,
);
process.once('SIGTERM', () => {
  void system
    .stop()
    .then(() => rm(dataDirectory, { recursive: true, force: true }))
    .then(() => process.exit(0));
});
