import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEVELOPMENT_ISSUER, SUBGRAPH_NAMES, environmentPrefix, loadConfig, type SubgraphName } from '../../runtime/config.ts';
import { validateScenario } from '../../scenario/load-scenario.ts';
import { ensureDevelopmentKeys } from '../../scripts/lib/development-identity-provider.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';
import { createSourceDatabases, type SourceDatabases } from '../../scripts/lib/postgres-databases.ts';
import { seedAllSources } from '../../scripts/lib/seed-sources.ts';
import { startDevelopmentMailServer } from '../../scripts/lib/development-mail-server.ts';
import { freePorts, isolatedEnvironment, startSystem } from '../../scripts/lib/system.ts';
import { identityProviderIssuer } from '../../scripts/lib/web-application.ts';
import { startCapturingProxy } from './subgraph-capture.ts';
import { OPERATOR_IDENTITY, readServiceIdentity } from '../../runtime/service-tls.ts';
import { withTestSituations } from './test-situations.ts';
import { TEST_SCENARIO, scenarioForToday } from './scenario-for-today.ts';
import { countyToday } from '../../runtime/calendar.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    gatewayUrl: string;
    subgraphUrls: Record<SubgraphName, string>;
    scenarioPath: string;
    serviceEnvironment: Record<string, string>;
    storeKind: 'embedded' | 'postgres';
    keysDirectory: string;
    serviceLogPath: string;
    policyBundlePath: string;
    /** Every response body any subgraph sent, one line each. */
    subgraphCapturePath: string;
    subgraphRequestCapturePath: string;
    /** The development mail server's mailbox: every notice the system sent, one JSON line each. */
    mailboxPath: string;
    /** Where the browser tests start the development OpenID Provider, whose issuer the gateway accepts. */
    identityProviderPort: number;
    /** Ports for a browser test's own provider (shorter tokens or sessions), whose issuers the gateway also accepts. */
    spareIdentityProviderPorts: number[];
  }
}

/**
 * Starts the whole system once per project: a synthetic county seeded into fresh sources
 * (embedded, or one PostgreSQL database per relational subgraph), every subgraph and the gateway
 * as separate processes on free loopback ports.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const storeKind = project.name === 'postgres' ? 'postgres' : 'embedded';
  const dataDirectory = await mkdtemp(join(tmpdir(), `csec-test-${storeKind}-`));
  const env = await isolatedEnvironment(dataDirectory);
  env['CSEC_KEYS_DIR'] = join(dataDirectory, 'keys');
  env['CSEC_LOG_LEVEL'] = 'info';
  // The tests ask as a few users, far faster than a person; the limit itself is tested on its own gateway.
  env['GATEWAY_REQUESTS_PER_SECOND_PER_USER'] = '100000';
  await ensureDevelopmentKeys(env['CSEC_KEYS_DIR']);
  const [identityProviderPort, ...spareIdentityProviderPorts] = await freePorts(6);
  const [smtpPort] = await freePorts(1);
  const mail = await startDevelopmentMailServer({
    host: '127.0.0.1',
    port: smtpPort as number,
    mailboxPath: join(dataDirectory, 'mailbox.jsonl'),
  });
  env['CSEC_NOTICES_SMTP_URL'] = mail.smtpUrl;
  // Deadlines are checked every second, so a notice due when a test records its event arrives at once.
  env['CSEC_NOTICES_CHECK_SECONDS'] = '1';
  if (project.name === 'browser') {
    env['AUTH_ISSUER'] = [
      DEVELOPMENT_ISSUER,
      ...[identityProviderPort as number, ...spareIdentityProviderPorts].map((port) => identityProviderIssuer('127.0.0.1', port)),
    ].join(',');
  }
  const databases = storeKind === 'postgres' ? await createDatabases(env) : undefined;

  const today = countyToday();
  const scenario = await validateScenario(withTestSituations(scenarioForToday(TEST_SCENARIO, today), today), 'test scenario');
  const scenarioPath = join(dataDirectory, 'scenario.json');
  await writeFile(scenarioPath, JSON.stringify(scenario));
  // Everything between the gateway and the subgraphs passes through capturing proxies.
  const subgraphCapturePath = join(dataDirectory, 'subgraph-responses.log');
  const subgraphRequestCapturePath = join(dataDirectory, 'subgraph-requests.log');
  const { tls } = loadConfig(env);
  const proxies = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const port = env[`${environmentPrefix(name)}_SUBGRAPH_PORT`];
      const capture = { responses: subgraphCapturePath, requests: subgraphRequestCapturePath };
      const proxy = await startCapturingProxy(new URL(`https://127.0.0.1:${port}`), capture, name, {
        subgraph: readServiceIdentity(tls, name),
        caller: readServiceIdentity(tls, OPERATOR_IDENTITY),
      });
      env[`${environmentPrefix(name)}_SUBGRAPH_URL`] = `${proxy.origin}/graphql`;
      return proxy;
    }),
  );
  const config = loadConfig(env);
  await buildPolicyBundle(config.policyBundlePath, { signingKeyPath: config.policySigningKeyPath });
  await seedAllSources(config, scenario);

  const logPath = join(dataDirectory, 'services.log');
  const system = await startSystem({ env, log: (line) => void appendFile(logPath, `${line}\n`) }).catch((error: unknown) => {
    throw new Error(`${(error as Error).message} (service output: ${logPath})`);
  });

  project.provide('gatewayUrl', system.gatewayUrl);
  project.provide(
    'subgraphUrls',
    Object.fromEntries(Object.entries(config.subgraphs).map(([name, subgraph]) => [name, subgraph.url])) as Record<SubgraphName, string>,
  );
  project.provide('scenarioPath', scenarioPath);
  project.provide(
    'serviceEnvironment',
    Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
  );
  project.provide('storeKind', storeKind);
  project.provide('keysDirectory', env['CSEC_KEYS_DIR']);
  project.provide('serviceLogPath', logPath);
  project.provide('policyBundlePath', config.policyBundlePath);
  project.provide('subgraphCapturePath', subgraphCapturePath);
  project.provide('subgraphRequestCapturePath', subgraphRequestCapturePath);
  project.provide('identityProviderPort', identityProviderPort as number);
  project.provide('mailboxPath', mail.mailboxPath);
  project.provide('spareIdentityProviderPorts', spareIdentityProviderPorts);

  return async () => {
    await system.stop();
    await mail.stop();
    await Promise.all(proxies.map((proxy) => proxy.close()));
    await databases?.drop();
    await rm(dataDirectory, { recursive: true, force: true });
  };
}

/** One fresh database per relational subgraph on the PostgreSQL server named by CSEC_TEST_POSTGRES_URL. */
function createDatabases(env: NodeJS.ProcessEnv): Promise<SourceDatabases> {
  const serverUrl = process.env['CSEC_TEST_POSTGRES_URL'];
  if (!serverUrl) throw new Error('CSEC_TEST_POSTGRES_URL is not set.');
  return createSourceDatabases(serverUrl, 'csec_test', env);
}
