import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../runtime/config.ts';
import { callService, callServicesWith, type ServiceAnswer } from '../runtime/service-http.ts';
import { ScenarioError } from '../scenario/load-scenario.ts';
import { readScenarioUsers } from '../scenario/spooled-scenario.ts';
import { ensureDevelopmentKeys, issueDevelopmentToken } from './lib/development-identity-provider.ts';
import { STEERING_REPORT_QUERY, reportCsv, reportHtml, type ReportAnswer } from './lib/steering-report-files.ts';

/**
 * npm run report:steering -- --period 2026-Q3 [--out <folder>] [--purpose HOPERAT|PUBHLTH] [--gateway <url>]
 * Asks the gateway for the steering committee report as a steering committee member and writes it
 * as CSV and HTML. The access token is CSEC_ACCESS_TOKEN, or in development one the development
 * identity provider signs for --user (default steering.demo).
 */
const usage =
  'Usage: npm run report:steering -- --period <2026-09 | 2026-Q3 | FY2026-27> [--out <folder>] [--purpose HOPERAT|PUBHLTH] [--user <id>] [--gateway <url>]';
let values: {
  period?: string | undefined;
  out?: string | undefined;
  purpose?: string | undefined;
  user?: string | undefined;
  gateway?: string | undefined;
};
try {
  ({ values } = parseArgs({
    options: {
      period: { type: 'string' },
      out: { type: 'string' },
      purpose: { type: 'string' },
      user: { type: 'string' },
      gateway: { type: 'string' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
if (!values.period) fail(usage);

const config = loadConfig();
const gateway = values.gateway ?? `https://127.0.0.1:${config.gateway.port}/graphql`;
const token = process.env['CSEC_ACCESS_TOKEN'] ?? (await developmentToken(values.user ?? 'steering.demo'));
let response: ServiceAnswer;
try {
  // The gateway serves TLS with a certificate of the services' authority (CSEC_TLS_CA_PATH).
  callServicesWith({ ca: readFileSync(config.tls.caPath) });
  response = await callService(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': values.purpose ?? 'HOPERAT' },
    body: JSON.stringify({ query: STEERING_REPORT_QUERY, variables: { period: values.period } }),
    timeoutMs: 300_000,
  });
} catch {
  fail(`The gateway at ${gateway} did not answer: is it running (npm start)?`);
}
const body = (await response.json().catch(() => ({}))) as {
  data?: { steeringReport?: ReportAnswer | null };
  errors?: Array<{ message: string }>;
};
const report = body.data?.steeringReport;
if (!report) fail(`No report: ${body.errors?.map((error) => error.message).join('; ') ?? `the gateway answered ${response.status}`}`);

const folder = resolve(values.out ?? join(config.dataDirectory, 'reports'));
await mkdir(folder, { recursive: true });
const base = join(folder, `steering-report-${report.period?.label ?? values.period}`);
await writeFile(`${base}.csv`, reportCsv(report));
await writeFile(`${base}.html`, reportHtml(report));
process.stdout.write(
  `Wrote ${base}.csv and ${base}.html: ${report.tables?.length ?? 0} tables, ${report.suppression?.smallCells ?? 0} small counts and ${report.suppression?.complementaryCells ?? 0} complementary counts suppressed.\n`,
);

async function developmentToken(userId: string): Promise<string> {
  if (config.mode === 'production')
    fail("Set CSEC_ACCESS_TOKEN to a steering committee member's access token from the county identity provider.");
  const scenarioPath = join(config.dataDirectory, 'default-scenario.json');
  if (!existsSync(scenarioPath)) fail(`No scenario at ${scenarioPath}: run npm start once, or set CSEC_ACCESS_TOKEN.`);
  let users;
  try {
    users = await readScenarioUsers(scenarioPath);
  } catch (error) {
    fail(error instanceof ScenarioError ? error.message : String(error));
  }
  const user = users.find((candidate) => candidate.id === userId);
  if (!user) fail(`No user "${userId}" in ${scenarioPath}.`);
  await ensureDevelopmentKeys(config.keysDirectory);
  return issueDevelopmentToken(config.keysDirectory, { userId: user.id, agency: user.agency, roles: user.roles, lifetimeSeconds: 600 });
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
