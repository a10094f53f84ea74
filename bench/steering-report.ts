import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countyToday } from '../runtime/calendar.ts';
import { loadConfig } from '../runtime/config.ts';
import { openSubgraphStore } from '../runtime/relational-subgraph.ts';
import { OPERATOR_IDENTITY } from '../runtime/service-tls.ts';
import { spoolScenarioFile } from '../scenario/spooled-scenario.ts';
import { RELATIONAL_SEEDERS } from '../seed/relational-sources.ts';
import { ensureDevelopmentKeys, issueDevelopmentToken } from '../scripts/lib/development-identity-provider.ts';
import { buildPolicyBundle } from '../scripts/lib/policy-bundle.ts';
import { createSourceDatabases } from '../scripts/lib/postgres-databases.ts';
import { STEERING_REPORT_QUERY, type ReportAnswer } from '../scripts/lib/steering-report-files.ts';
import { isolatedEnvironment, startSystem } from '../scripts/lib/system.ts';
import { REPOSITORY_ROOT } from './child-processes.ts';
import { startPostgresServer, type RunningPostgres } from './postgres-server.ts';
import { childPidsByEntryPoint, residentBytes } from './process-memory.ts';
import { benchCallsAs } from './service-tls.ts';
import { sourceRoundTrips } from './source-round-trips.ts';

/**
 * node bench/steering-report.ts [--youth 50000,100000] [--period 2026-Q3] [--seed 7] [--store postgres|embedded]
 * The steering committee's quarterly report on synthetic counties of growing size: wall time of the
 * request through the gateway, the csec subgraph's peak resident memory while it runs, and the source
 * round trips it needs; and how time grows with the county (linear: the time ratio of two sizes is
 * their size ratio). Each county is generated as a file and loaded the way `npm run seed` loads one,
 * streamed, into the relational sources the report reads (the health system's FHIR server is not
 * read by the report and is left empty). Writes bench/results/steering-report-<run>.md.
 */
const { values } = parseArgs({
  options: { youth: { type: 'string' }, period: { type: 'string' }, seed: { type: 'string' }, store: { type: 'string' } },
});
const sizes = (values.youth ?? '50000,100000').split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error('--youth takes whole numbers separated by commas, for example 50000,100000.');
const store = values.store ?? 'postgres';
if (store !== 'postgres' && store !== 'embedded')
  throw new Error("--store is postgres (a PostgreSQL server of the bench's own) or embedded.");
const period = values.period ?? '2026-Q3';
const seed = Number(values.seed ?? 7);
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Targets of issue 32 on this machine. */
const TARGET_SECONDS = 30;
const TARGET_MIB = 1024;

interface Measured {
  youth: number;
  loadSeconds: number;
  seconds: number;
  csecPeakMiB: number;
  roundTrips: number;
  tables: number;
  smallCells: number;
  complementaryCells: number;
}

const postgres: RunningPostgres | undefined = store === 'postgres' ? await startPostgresServer() : undefined;
const results: Measured[] = [];
try {
  for (const youth of sizes) results.push(await measure(youth));
} finally {
  await postgres?.stop();
}

const run = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d{3}/, '');
const [smallest, largest] = [results[0]!, results.at(-1)!];
const growth = results.length > 1 ? largest.seconds / smallest.seconds / (largest.youth / smallest.youth) : undefined;
const lines = [
  `# Steering committee report, ${period}, run ${run}`,
  '',
  `Sources: ${store === 'postgres' ? `PostgreSQL ${postgres?.version ?? ''}`.trim() : 'embedded'}. Targets: under ${TARGET_SECONDS} s and ${TARGET_MIB} MiB, linear in the number of youth.`,
  '',
  '| youth | load (s) | report (s) | csec peak RSS (MiB) | source round trips | tables | small cells | complementary cells | within targets |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ...results.map(
    (r) =>
      `| ${r.youth} | ${r.loadSeconds.toFixed(0)} | ${r.seconds.toFixed(1)} | ${r.csecPeakMiB} | ${r.roundTrips} | ${r.tables} | ${r.smallCells} | ${r.complementaryCells} | ${r.seconds < TARGET_SECONDS && r.csecPeakMiB < TARGET_MIB ? 'yes' : 'no'} |`,
  ),
  '',
  ...(growth === undefined
    ? []
    : [
        `Growth: ${largest.youth / smallest.youth}x the youth took ${(largest.seconds / smallest.seconds).toFixed(2)}x the time ` +
          `(ratio ${growth.toFixed(2)}; 1.00 is linear, below 1 is better than linear).`,
        '',
      ]),
];
const path = join(REPOSITORY_ROOT, 'bench', 'results', `steering-report-${run}.md`);
await writeFile(path, `${lines.join('\n')}\n`);
say(lines.join('\n'));
say(`Results: ${path}`);

/** Generates the county as a scenario file, as `npm run scenario:generate` does, streamed to disk. */
function generateCountyFile(youth: number, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['scripts/generate-scenario.ts', '--youth', String(youth), '--seed', String(seed), '--today', countyToday(), '--out', out],
      {
        cwd: REPOSITORY_ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scenario:generate exited with ${code}`))));
  });
}

async function measure(youth: number): Promise<Measured> {
  const work = await mkdtemp(join(tmpdir(), 'csec-steering-bench-'));
  const log = createWriteStream(join(work, 'services.log'));
  let system: Awaited<ReturnType<typeof startSystem>> | undefined;
  let databases: Awaited<ReturnType<typeof createSourceDatabases>> | undefined;
  try {
    const dataDirectory = join(work, 'data');
    const env = await isolatedEnvironment(dataDirectory);
    if (postgres) databases = await createSourceDatabases(postgres.url, 'csec_steering_bench', env);
    const keysDirectory = join(dataDirectory, 'keys');
    Object.assign(env, { CSEC_KEYS_DIR: keysDirectory, CSEC_LOG_LEVEL: 'warn', CSEC_MODE: 'development' });
    // The report is one long request: give it room to be measured rather than cut off.
    Object.assign(env, { GATEWAY_REPORT_TIMEOUT_MS: '600000' });
    await ensureDevelopmentKeys(keysDirectory);
    const config = loadConfig(env);
    await buildPolicyBundle(config.policyBundlePath, { signingKeyPath: config.policySigningKeyPath });

    const loadStarted = performance.now();
    say(`Generating and loading a county of ${youth} youth (seed ${seed})...`);
    const scenarioPath = join(work, 'county.json');
    await generateCountyFile(youth, scenarioPath);
    const records = await spoolScenarioFile(scenarioPath, work);
    try {
      for (const [name, loadRecords] of RELATIONAL_SEEDERS) {
        const source = await openSubgraphStore({ name }, config, 'owner');
        try {
          await loadRecords(source, records);
          await source.query('ANALYZE');
        } finally {
          await source.close();
        }
      }
    } finally {
      await records.close();
      await rm(scenarioPath, { force: true });
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    say(`  generated and loaded in ${loadSeconds.toFixed(0)} s`);

    system = await startSystem({ env, log: (line) => log.write(`${line}\n`), startupTimeoutMs: 300_000 });
    benchCallsAs(config, OPERATOR_IDENTITY);
    const { csec } = await childPidsByEntryPoint({ csec: 'subgraphs/csec/src/main.ts' });
    const steering = records.users.find((user) => user.id === 'steering.demo');
    if (!steering || csec === undefined) throw new Error('No steering.demo user or csec process.');
    const token = await issueDevelopmentToken(keysDirectory, { userId: steering.id, agency: steering.agency, roles: steering.roles });
    const before = await sourceRoundTrips(config);
    let peak = (await residentBytes(csec)) ?? 0;
    const sampler = setInterval(() => void residentBytes(csec).then((bytes) => (peak = Math.max(peak, bytes ?? 0))), 100);
    const started = performance.now();
    const response = await fetch(`https://${config.host}:${config.gateway.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': 'HOPERAT' },
      body: JSON.stringify({ query: STEERING_REPORT_QUERY, variables: { period } }),
    });
    const body = (await response.json()) as { data?: { steeringReport?: ReportAnswer | null }; errors?: Array<{ message: string }> };
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const report = body.data?.steeringReport;
    if (!report) throw new Error(`No report for ${youth} youth: ${JSON.stringify(body.errors)}`);
    const roundTrips = (await sourceRoundTrips(config)) - before;
    const measured = {
      youth,
      loadSeconds,
      seconds,
      csecPeakMiB: Math.round(peak / 2 ** 20),
      roundTrips,
      tables: report.tables?.length ?? 0,
      smallCells: report.suppression?.smallCells ?? 0,
      complementaryCells: report.suppression?.complementaryCells ?? 0,
    };
    say(JSON.stringify(measured));
    return measured;
  } finally {
    await system?.stop().catch(() => undefined);
    await databases?.drop().catch(() => undefined);
    await new Promise<void>((resolve) => log.end(resolve));
    await rm(work, { recursive: true, force: true });
  }
}
