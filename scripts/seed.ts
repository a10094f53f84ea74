import { parseArgs } from 'node:util';
import { ConfigurationError, loadConfig } from '../runtime/config.ts';
import { ScenarioError } from '../scenario/load-scenario.ts';
import { ensureDevelopmentKeys } from './lib/development-identity-provider.ts';
import { seedScenarioFile } from './lib/seed-sources.ts';

/**
 * npm run seed -- --scenario <file>
 * Validates the whole scenario first; an invalid file changes nothing in any source. The file is
 * streamed, so a county of 100,000 youth and more loads in bounded memory.
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
  const { youth } = await seedScenarioFile(config, values.scenario, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`Seeded ${youth} youth from ${values.scenario}.\n`);
} catch (error) {
  if (error instanceof ScenarioError || error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\nNothing was loaded.\n`);
    process.exit(2);
  }
  throw error;
}
