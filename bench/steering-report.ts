import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { issueDevelopmentToken } from '../scripts/lib/development-identity-provider.ts';
import { startSystem } from '../scripts/lib/system.ts';
import { STEERING_REPORT_QUERY, type ReportAnswer } from '../scripts/lib/steering-report-files.ts';
import { REPOSITORY_ROOT } from './child-processes.ts';
import { prepareCounty } from './county.ts';
import { childPidsByEntryPoint, residentBytes } from './process-memory.ts';
import { sourceRoundTrips } from './source-round-trips.ts';
import { OPERATOR_IDENTITY } from '../runtime/service-tls.ts';
import { benchCallsAs } from './service-tls.ts';

/**
 * node bench/steering-report.ts [--youth 2000,5000,10000] [--period 2026-Q3] [--seed 7]
 * The steering committee's quarterly report on synthetic counties of growing size: wall time of the
 * request through the gateway, the csec subgraph's peak resident memory while it runs, and the source
 * round trips it needs. Writes bench/results/steering-report-<run>.md.
 */
const { values } = parseArgs({ options: { youth: { type: 'string' }, period: { type: 'string' }, seed: { type: 'string' } } });
const sizes = (values.youth ?? '2000,5000,10000').split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--youth takes whole numbers separated by commas, for example 2000,5000,10000.');
const period = values.period ?? '2026-Q3';
const seed = Number(values.seed ?? 7);
const say = (line: string) => process.stdout.write(`${line}\n`);

interface Measured {
  youth: number;
  seconds: number;
  csecPeakMiB: number;
  roundTrips: number;
  tables: number;
  smallCells: number;
  complementaryCells: number;
}

const results: Measured[] = [];
for (const youth of sizes) results.push(await measure(youth));

const run = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const lines = [
  `# Steering committee report, ${period}, run ${run}`,
  '',
  '| youth | seconds | csec peak RSS (MiB) | source round trips | tables | small cells | complementary cells |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map((r) => `| ${r.youth} | ${r.seconds.toFixed(1)} | ${r.csecPeakMiB} | ${r.roundTrips} | ${r.tables} | ${r.smallCells} | ${r.complementaryCells} |`),
  '',
];
const path = join(REPOSITORY_ROOT, 'bench', 'results', `steering-report-${run}.md`);
await writeFile(path, `${lines.join('\n')}\n`);
say(lines.join('\n'));
say(`Results: ${path}`);

async function measure(youth: number): Promise<Measured> {
  const work = await mkdtemp(join(tmpdir(), 'csec-steering-bench-'));
  const log = createWriteStream(join(work, 'services.log'));
  let system: Awaited<ReturnType<typeof startSystem>> | undefined;
  try {
    const county = await prepareCounty(join(work, 'data'), { youth, seed, logLevel: 'warn', postgresUrl: undefined }, say);
    // The report is one long request: give it room to be measured rather than cut off.
    county.env['GATEWAY_SUBGRAPH_TIMEOUT_MS'] = '120000';
    county.env['GATEWAY_REQUEST_DEADLINE_MS'] = '120000';
    system = await startSystem({ env: county.env, log: (line) => log.write(`${line}\n`), startupTimeoutMs: 300_000 });
    benchCallsAs(county.config, OPERATOR_IDENTITY);
    const { csec } = await childPidsByEntryPoint({ csec: 'subgraphs/csec/src/main.ts' });
    const steering = county.scenario.users.find((user) => user.id === 'steering.demo');
    if (!steering || csec === undefined) throw new Error('No steering.demo user or csec process.');
    const token = await issueDevelopmentToken(county.keysDirectory, { userId: steering.id, agency: steering.agency, roles: steering.roles });
    const before = await sourceRoundTrips(county.config);
    let peak = (await residentBytes(csec)) ?? 0;
    const sampler = setInterval(() => void residentBytes(csec).then((bytes) => (peak = Math.max(peak, bytes ?? 0))), 100);
    const started = performance.now();
    const response = await fetch(`https://${county.config.host}:${county.config.gateway.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': 'HOPERAT' },
      body: JSON.stringify({ query: STEERING_REPORT_QUERY, variables: { period } }),
    });
    const body = (await response.json()) as { data?: { steeringReport?: ReportAnswer | null }; errors?: Array<{ message: string }> };
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const report = body.data?.steeringReport;
    if (!report) throw new Error(`No report for ${youth} youth: ${JSON.stringify(body.errors)}`);
    const roundTrips = (await sourceRoundTrips(county.config)) - before;
    const measured = {
      youth, seconds, csecPeakMiB: Math.round(peak / 2 ** 20), roundTrips, tables: report.tables.length,
      smallCells: report.suppression.smallCells, complementaryCells: report.suppression.complementaryCells,
    };
    say(JSON.stringify(measured));
    return measured;
  } finally {
    await system?.stop().catch(() => undefined);
    await new Promise<void>((resolve) => log.end(resolve));
    await rm(work, { recursive: true, force: true });
  }
}
