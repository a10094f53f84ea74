import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../runtime/config.ts';
import { ScenarioError } from '../scenario/load-scenario.ts';
import { readScenarioUsers } from '../scenario/spooled-scenario.ts';
import { ensureDevelopmentKeys, issueDevelopmentToken } from './lib/development-identity-provider.ts';

/**
 * npm run token -- --user <id> [--purpose <code>] [--scenario <file>] [--minutes <n>]
 * Prints an access token from the development identity provider for a user of the loaded scenario.
 */
const usage = 'Usage: npm run token -- --user <user id> [--purpose <purpose of use>] [--scenario <file>] [--minutes <1-720>]';
let values: { user?: string | undefined; purpose?: string | undefined; scenario?: string | undefined; minutes?: string | undefined };
try {
  ({ values } = parseArgs({
    options: { user: { type: 'string' }, purpose: { type: 'string' }, scenario: { type: 'string' }, minutes: { type: 'string' } },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
if (!values.user) fail(usage);
const minutes = Number(values.minutes ?? 60);
if (!Number.isInteger(minutes) || minutes < 1 || minutes > 720) fail(`--minutes must be a whole number from 1 to 720.\n${usage}`);

const config = loadConfig();
if (config.mode === 'production')
  fail('The development identity provider is off in production; sign in with the county identity provider.');
const scenarioPath = values.scenario ?? join(config.dataDirectory, 'default-scenario.json');
if (!existsSync(scenarioPath)) fail(`No scenario at ${scenarioPath}: run npm start once, or pass --scenario <file>.`);
let users;
try {
  users = await readScenarioUsers(scenarioPath);
} catch (error) {
  fail(error instanceof ScenarioError ? error.message : String(error));
}
const user = users.find((candidate) => candidate.id === values.user);
if (!user)
  fail(
    `No user "${values.user}" in ${scenarioPath}. Demo users: sw.demo, po.demo, mh.demo, phn.demo, le.demo, attorney.demo, privacy.demo, steering.demo.`,
  );

await ensureDevelopmentKeys(config.keysDirectory);
process.stdout.write(
  `${await issueDevelopmentToken(config.keysDirectory, {
    userId: user.id,
    agency: user.agency,
    roles: user.roles,
    purposeOfUse: values.purpose,
    lifetimeSeconds: minutes * 60,
  })}\n`,
);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
