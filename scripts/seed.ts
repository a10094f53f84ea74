import { parseArgs } from 'node:util';
import { ConfigurationError, loadConfig } from '../runtime/config.ts';
import { ScenarioError, readScenarioFile } from '../scenario/load-scenario.ts';
import { ensureDevelopmentKeys } from './lib/development-identity-provider.ts';
import { seedAllSources } from './lib/seed-sources.ts';

/**
 * npm run seed -- --scenario <file>
 * Validates the whole scenario first; an invalid file changes nothing in any source.
 */
const { values } = parseArgs({ options: { scenario: { type: 'string' } } });
if (!values.scenario) {
  process.stderr.write('Usage: npm run seed -- --scenario <file.json>\n');
  process.exit(2);
}
try {
  const config = loadConfig();
  // The health records are loaded through the FHIR server, over TLS with the operator's certificate.
  if (config.mode === 'development') await ensureDevelopmentKeys(config.keysDirectory);
  const scenario = await readScenarioFile(values.scenario);
  await seedAllSources(config, scenario, (line) => process.stdout.write(`${line}\n`), values.scenario);
  process.stdout.write(`Seeded ${scenario.csec.youth.length} youth from ${values.scenario}.\n`);
} catch (error) {
  if (error instanceof ScenarioError || error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\nNothing was loaded.\n`);
    process.exit(2);
  }
  throw error;
}
