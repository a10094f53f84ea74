import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ConfigurationError, DEVELOPMENT_ISSUER, loadConfig, type SystemConfig } from '../runtime/config.ts';
import { generateScenario } from '../scenario/generate-scenario.ts';
import { validateScenario } from '../scenario/load-scenario.ts';
import { readScenarioUsers } from '../scenario/spooled-scenario.ts';
import { ensureDevelopmentKeys } from './lib/development-identity-provider.ts';
import { startDevelopmentMailServer, type RunningMailServer } from './lib/development-mail-server.ts';
import { buildPolicyBundle } from './lib/policy-bundle.ts';
import { seedAllSources, seededMarker } from './lib/seed-sources.ts';
import { startSystem } from './lib/system.ts';
import { buildWebApplication, identityProviderIssuer, startWebApplication, type RunningWebApplication } from './lib/web-application.ts';
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
  if (!signingKeyPath)
    say(`No policy signing key at ${config.policySigningKeyPath}: the bundle is unsigned and the services will refuse it.`);
  const { revision } = await buildPolicyBundle(config.policyBundlePath, { signingKeyPath });
  say(`Disclosure policy revision ${revision}`);
  await seedOnFirstRun(config, Number(process.env['CSEC_DEFAULT_YOUTH'] ?? 200));
  const ports = webPorts(process.env);
  const env = { ...process.env };
  // The gateway accepts `npm run token` and the development OpenID Provider: one key, two issuers.
  if (config.mode === 'development' && !env['AUTH_ISSUER'])
    env['AUTH_ISSUER'] = `${DEVELOPMENT_ISSUER},${identityProviderIssuer(config.host, ports.identityProvider)}`;
  // In development, notices to MDT members go to a local SMTP server that keeps them in a file.
  let mail: RunningMailServer | undefined;
  if (config.mode === 'development' && !env['CSEC_NOTICES_SMTP_URL']) {
    mail = await startDevelopmentMailServer({
      host: config.host,
      port: Number(env['CSEC_DEV_SMTP_PORT'] || 4025),
      mailboxPath: join(config.dataDirectory, 'mail', 'mailbox.jsonl'),
    });
    env['CSEC_NOTICES_SMTP_URL'] = mail.smtpUrl;
  }
  say('Building the web application...');
  await buildWebApplication(join(import.meta.dirname, '..', 'web', 'dist'));
  const system = await startSystem({ env, log: say });
  let web: RunningWebApplication | undefined;
  if (config.mode === 'development') {
    web = await startWebApplication({
      host: config.host,
      identityProviderPort: ports.identityProvider,
      webPort: ports.web,
      keysDirectory: config.keysDirectory,
      users: await staffDirectory(config),
      gatewayUrl: system.gatewayUrl,
      audience: config.authentication.audience,
      staticDirectory: join(import.meta.dirname, '..', 'web', 'dist'),
      policy: config.policy,
    });
  }
  say('');
  if (web) {
    say(`Web application: open ${web.webUrl} and sign in (development identity provider at ${web.identityProviderUrl}).`);
    say('');
  }
  if (mail) say(`Development mail server at ${mail.smtpUrl}: notices to MDT members are kept in ${mail.mailboxPath}`);
  say(`Gateway ready at ${system.gatewayUrl} (health: ${system.gatewayUrl.replace('/graphql', '/health')})`);
  say('Get a token and ask for a profile:');
  say('  TOKEN=$(npm run --silent token -- --user sw.demo)');
  say(
    `  curl -s --cacert ${shortPath(config.tls.caPath)} ${system.gatewayUrl} -H "authorization: Bearer $TOKEN" -H 'x-purpose-of-use: CSEC-MDT' \\`,
  );
  say(`       -H 'content-type: application/json' -d '{"query":"{ caseload { id name { givenName familyName } } }"}'`);
  const shutdown = async () => {
    await web?.stop();
    await system.stop();
    await mail?.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  const message = error instanceof ConfigurationError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`Could not start: ${message}\n`);
  process.exit(1);
}

/** A path as a person would type it here: relative inside this folder, absolute elsewhere. */
function shortPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside.startsWith('..') ? path : inside;
}

/** Ports of the development OpenID Provider and of the web application (its backend-for-frontend). */
function webPorts(env: NodeJS.ProcessEnv): { identityProvider: number; web: number } {
  const port = (name: string, fallback: number) => {
    const value = Number(env[name] || fallback);
    if (!Number.isInteger(value) || value < 1 || value > 65_535)
      throw new ConfigurationError([`${name} must be a port number from 1 to 65535.`]);
    return value;
  };
  return { identityProvider: port('IDENTITY_PROVIDER_PORT', 4100), web: port('WEB_PORT', 4200) };
}

/** The staff directory the development OpenID Provider signs people in from: the loaded scenario's users. */
async function staffDirectory(config: SystemConfig) {
  const seeded = await seededMarker(config);
  const scenarioPath = seeded && existsSync(seeded.scenario) ? seeded.scenario : join(config.dataDirectory, 'default-scenario.json');
  return readScenarioUsers(scenarioPath);
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
