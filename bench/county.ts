import { join } from 'node:path';
import { loadConfig, type SystemConfig } from '../runtime/config.ts';
import { generateScenario } from '../scenario/generate-scenario.ts';
import { validateScenario, type Scenario } from '../scenario/load-scenario.ts';
import { ensureDevelopmentKeys } from '../scripts/lib/development-identity-provider.ts';
import { buildPolicyBundle } from '../scripts/lib/policy-bundle.ts';
import { createSourceDatabases } from '../scripts/lib/postgres-databases.ts';
import { seedAllSources } from '../scripts/lib/seed-sources.ts';
import { isolatedEnvironment } from '../scripts/lib/system.ts';
import { countyToday } from '../runtime/calendar.ts';

export interface PreparedCounty {
  /** Environment of every service: free loopback ports, the temporary data and key folders. */
  env: NodeJS.ProcessEnv;
  config: SystemConfig;
  keysDirectory: string;
  scenario: Scenario;
  policyRevision: string;
}

/**
 * A synthetic county loaded into fresh sources under `dataDirectory` (the relational ones in fresh
 * databases of the PostgreSQL server at `postgresUrl`, when given), with its own development keys
 * and the compiled policy bundle, ready for `startSystem`.
 */
export async function prepareCounty(
  dataDirectory: string,
  options: { youth: number; seed: number; logLevel: string; postgresUrl: string | undefined },
  say: (line: string) => void,
): Promise<PreparedCounty> {
  const env = await isolatedEnvironment(dataDirectory);
  if (options.postgresUrl) await createSourceDatabases(options.postgresUrl, 'csec_bench', env);
  const keysDirectory = join(dataDirectory, 'keys');
  env['CSEC_KEYS_DIR'] = keysDirectory;
  env['CSEC_LOG_LEVEL'] = options.logLevel;
  env['CSEC_MODE'] = 'development';
  // A handful of users stand in for a county's staff: the per-person limit would measure itself.
  env['GATEWAY_REQUESTS_PER_SECOND_PER_USER'] = '1000000';
  await ensureDevelopmentKeys(keysDirectory);
  const config = loadConfig(env);

  say('Compiling and signing the disclosure policy bundle...');
  const { revision } = await buildPolicyBundle(config.policyBundlePath, { signingKeyPath: config.policySigningKeyPath });

  say(`Generating a synthetic county of ${options.youth} youth (seed ${options.seed})...`);
  const today = countyToday();
  const scenario = await validateScenario(generateScenario({ youthCount: options.youth, seed: options.seed, today }), 'bench scenario');
  say('Loading it into every source...');
  const started = Date.now();
  await seedAllSources(config, scenario, (line) => say(`  ${line}`));
  say(`  loaded in ${Math.round((Date.now() - started) / 1000)} s`);
  return { env, config, keysDirectory, scenario, policyRevision: revision };
}
