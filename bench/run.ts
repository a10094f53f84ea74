import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_ISSUER, SUBGRAPH_NAMES } from '../runtime/config.ts';
import type { Requester } from '../runtime/requester.ts';
import { issueDevelopmentToken } from '../scripts/lib/development-identity-provider.ts';
import { freePorts, startSystem, type RunningSystem } from '../scripts/lib/system.ts';
import { identityProviderIssuer } from '../scripts/lib/web-application.ts';
import { measureBrowserWorkload, type BrowserWorkloadResult } from './browser-workload.ts';
import { checkAnswers } from './answer-checks.ts';
import { REPOSITORY_ROOT, stopAllProcesses } from './child-processes.ts';
import { startUngatedConfigurations, type RunningConfiguration } from './configurations.ts';
import { prepareCounty } from './county.ts';
import { startPostgresServer, type RunningPostgres } from './postgres-server.ts';
import { profileOurGateway, type CpuProfileSummary } from './cpu-profile.ts';
import { measureGateApart, type GateTiming } from './gate-timing.ts';
import { cpuSnapshot, otherCpuPercent } from './machine-load.ts';
import { measureInRounds } from './measurement-rounds.ts';
import type { Measurement, MeasurementSettings, MeasurementTarget } from './measurement.ts';
import { buildOpenDisclosure } from './open-disclosure.ts';
import { BenchOptionsError, USAGE, parseBenchOptions, type BenchOptions } from './options.ts';
import { policyPerRequest } from './policy-metrics.ts';
import { childPidsByEntryPoint } from './process-memory.ts';
import { describeMachine, renderMarkdown, wiringNotes, type BenchReport } from './report.ts';
import { soak, type SoakResult } from './soak.ts';
import { machineSteadiness, steadinessNotes } from './steadiness.ts';
import { summarize } from './summary.ts';
import { checkTargets, computeRatios } from './targets.ts';
import { checkWriteAudit, type WriteAuditCheck } from './write-audit-check.ts';
import { OPERATOR_IDENTITY } from '../runtime/service-tls.ts';
import { benchCallsAs } from './service-tls.ts';
import {
  CASELOAD_SCOPE,
  PURPOSE_OF_USE,
  SCOPE_HEADER,
  SEES_A_LOT,
  WORKLOADS,
  WORKLOAD_NAMES,
  WRITE_SCOPE_PREFIX,
  requestBody,
  type BenchRequest,
  type ConfigurationName,
  type Workload,
} from './workloads.ts';

/**
 * npm run bench: seeds a synthetic county, starts our system, then measures ours against a stock
 * Apollo gateway (baseline), Hive Gateway (peer) and direct subgraph calls (floor) on the same
 * subgraphs, alternating, and writes bench/results/<run>.json and bench/results/latest.md.
 */
const benchStarted = performance.now();
const say = (line: string) => process.stdout.write(`${line}\n`);
/** A progress line, with the seconds since the bench started. */
const progress = (line: string) => say(`[${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(4)} s] ${line}`);

let options: BenchOptions;
try {
  const parsed = parseBenchOptions(process.argv.slice(2));
  if (parsed === 'help') {
    say(USAGE);
    process.exit(0);
  }
  options = parsed;
} catch (error) {
  process.stderr.write(`${error instanceof BenchOptionsError || error instanceof TypeError ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}

const startedAt = new Date();
const run = startedAt
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d{3}/, '');
const resultsDirectory = join(REPOSITORY_ROOT, 'bench', 'results');
const rawDirectory = join(resultsDirectory, 'raw', run);
const workDirectory = await mkdtemp(join(tmpdir(), 'csec-bench-'));
const serviceLogPath = join(workDirectory, 'services.log');
const serviceLog = createWriteStream(serviceLogPath, { flags: 'a' });
let system: RunningSystem | undefined;
let postgres: RunningPostgres | undefined;
let cleaning: Promise<void> | undefined;

/** Stops every process the bench started and removes its temporary folder, once. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await stopAllProcesses().catch(() => undefined);
    await system?.stop().catch(() => undefined);
    await postgres?.stop().catch(() => undefined);
    await new Promise<void>((resolve) => serviceLog.end(resolve));
    await rm(workDirectory, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`\n${signal}: stopping everything...`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await mkdir(rawDirectory, { recursive: true });
  const report = await bench(options);
  const { json, markdown } = await writeResults(report);
  say('');
  say(markdown);
  say(`Results: ${json} and bench/results/latest.md (raw load generator output: bench/results/raw/${run}/)`);
} catch (error) {
  process.exitCode = 1;
  process.stderr.write(`\nThe bench failed: ${failureText(error)}\n`);
  const tail = await readFile(serviceLogPath, 'utf8').catch(() => '');
  if (tail) process.stderr.write(`Last lines the services printed:\n${tail.split('\n').slice(-30).join('\n')}\n`);
} finally {
  await cleanUp();
}

/** The error's message with its causes ("fetch failed" says little without the socket error under it). */
function failureText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? '' : ` (${failureText(error.cause)})`;
  return `${error.message}${cause}`;
}

async function bench(options: BenchOptions): Promise<BenchReport> {
  if (options.postgres) {
    progress('Starting a PostgreSQL server for the sources...');
    postgres = await startPostgresServer();
  }
  const county = await prepareCounty(join(workDirectory, 'data'), { ...options, postgresUrl: postgres?.url }, progress);
  const { config, env, scenario } = county;
  const [identityProviderPort, webPort] = (await freePorts(2)) as [number, number];
  // Bench tokens come from the development issuer; the web application's from its OpenID Provider.
  env['AUTH_ISSUER'] = `${DEVELOPMENT_ISSUER},${identityProviderIssuer(config.host, identityProviderPort)}`;
  progress('Starting the subgraphs and our gateway...');
  system = await startSystem({ env, log: (line) => serviceLog.write(`${line}\n`), startupTimeoutMs: 180_000 });
  // The bench's own probes and bare queries call the services as the operator, over TLS.
  benchCallsAs(config, OPERATOR_IDENTITY);
  const servicePids = await childPidsByEntryPoint({
    gateway: 'gateway/src/main.ts',
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `subgraphs/${name}/src/main.ts`])),
    'fhir-server': 'subgraphs/health/src/embedded-fhir-server-main.ts',
  });
  const { gateway: gatewayPid, ...sharedPids } = servicePids;
  if (postgres?.process.pid !== undefined) sharedPids['postgres'] = postgres.process.pid;
  if (gatewayPid === undefined) throw new Error('Could not find the process of our gateway.');

  const workloads = WORKLOADS.filter((workload) => options.workloads.includes(workload.name));
  const requesterFor = (userId: string): Omit<Requester, 'requestId'> => {
    const user = scenario.users.find((candidate) => candidate.id === userId);
    if (!user) throw new Error(`The county has no user ${userId}.`);
    return { userId: user.id, agency: user.agency, roles: user.roles, purposeOfUse: PURPOSE_OF_USE, breakGlassReason: null };
  };
  const tokenLifetimeSeconds = 4 * 3_600 + Math.ceil((options.soakMinutes ?? 0) * 60);
  const oursHeaders = new Map<string, Record<string, string>>();
  for (const workload of WORKLOADS) {
    const requester = requesterFor(workload.userId);
    const token = await issueDevelopmentToken(county.keysDirectory, { ...requester, lifetimeSeconds: tokenLifetimeSeconds });
    oursHeaders.set(workload.userId, { authorization: `Bearer ${token}`, 'x-purpose-of-use': PURPOSE_OF_USE });
  }

  progress('Gathering the policy facts the ungated configurations send in place of decisions...');
  const { disclosure, caseloadYouth } = await buildOpenDisclosure(config, requesterFor(SEES_A_LOT));
  const openDisclosurePath = join(workDirectory, 'open-disclosure.json');
  await writeFile(openDisclosurePath, JSON.stringify(disclosure));

  progress('Starting the baseline, peer and floor...');
  const ungated = await startUngatedConfigurations(env, openDisclosurePath, (line) => serviceLog.write(`${line}\n`));
  const running: Partial<Record<ConfigurationName, RunningConfiguration>> = {
    ours: {
      name: 'ours',
      url: system.gatewayUrl,
      pid: gatewayPid,
      policyMetricsUrl: new URL('/metrics', system.gatewayUrl).href,
      stop: async () => undefined,
    },
    ...ungated.running,
  };
  const requestsFor = (workload: Workload, configuration: ConfigurationName): BenchRequest[] => {
    const youth = workload.perYouth ? caseloadYouth : [undefined];
    return youth.map((youthId) => ({
      headers:
        configuration === 'ours'
          ? (oursHeaders.get(workload.userId) as Record<string, string>)
          : { [SCOPE_HEADER]: workload.name === 'write' ? `${WRITE_SCOPE_PREFIX}${youthId}` : (youthId ?? CASELOAD_SCOPE) },
      body: requestBody(workload, youthId),
    }));
  };

  progress('Checking one answer of every configuration...');
  const checks = await checkAnswers(workloads, running, requestsFor, sharedPids);
  const unavailable = { ...ungated.unavailable, ...checks.unavailable };
  for (const [name, why] of Object.entries(unavailable)) progress(`  ${name}: not measured (${why})`);
  if (unavailable.ours) throw new Error(`Our gateway cannot be measured: ${unavailable.ours}`);
  const targets = checks.targets;

  let gate: Partial<Record<Workload['name'], GateTiming>> = {};
  // The gate alone, on the reads: a write timed this way would write through the baseline.
  const reads = workloads.filter((workload) => workload.name !== 'write');
  if (running.baseline && !unavailable.baseline && reads.length > 0) {
    progress('Timing admit and finish of the disclosure gate in isolation, in a process of its own...');
    gate = await measureGateApart(
      {
        workloads: reads.map((workload) => workload.name),
        requesters: Object.fromEntries(
          [SEES_A_LOT, ...reads.map((workload) => workload.userId)].map((userId) => [userId, requesterFor(userId)]),
        ),
        caseloadOf: SEES_A_LOT,
        profileYouth: caseloadYouth,
        baselineUrl: running.baseline.url,
        budgetMs: options.smoke ? 300 : 2_000,
      },
      env,
      workDirectory,
    );
  }

  const settings: MeasurementSettings = {
    config,
    connections: options.connections,
    durationSeconds: options.duration,
    warmupSeconds: options.warmup,
    workDirectory,
    rawDirectory,
  };
  const onMeasured = (measurement: Measurement, done: number, total: number) => {
    const failed = measurement.non2xx + measurement.errors + measurement.timeouts + measurement.mismatches;
    const perRequest = measurement.policy && policyPerRequest(measurement.policy, measurement.requests);
    const remembered = perRequest?.factsRememberedShare;
    const policy =
      (perRequest ? `, policy ${perRequest.msPerRequest.toFixed(2)} ms/req` : '') +
      (remembered === undefined ? '' : `, facts remembered ${(remembered * 100).toFixed(0)}%`);
    progress(
      `  [${done}/${total}] round ${measurement.round}, ${measurement.workload}, ${measurement.configuration}: ` +
        `${measurement.requestsPerSecond.toFixed(1)} req/s, p50 ${measurement.latencyMs.p50.toFixed(1)} ms, ` +
        `p99 ${measurement.latencyMs.p99.toFixed(1)} ms${policy}${failed > 0 ? `, ${failed} failed` : ''}`,
    );
  };
  const onWarmedUp = (target: MeasurementTarget, slices: number[]) => {
    progress(
      `  warmed up ${target.workload.name}, ${target.configuration.name}: ${slices.map((rate) => rate.toFixed(1)).join(' → ')} req/s`,
    );
  };
  // The writes go last: every event they record is read back by the profile, the browser and the soak.
  const isWrite = (workload: Workload) => workload.name === 'write';
  const cpuBefore = await cpuSnapshot();
  const measurements = await measureInRounds(
    targets.filter((target) => !isWrite(target.workload)),
    workloads.filter((workload) => !isWrite(workload)),
    settings,
    options.rounds,
    onMeasured,
    onWarmedUp,
  );
  const otherCpu = otherCpuPercent(cpuBefore, await cpuSnapshot());

  const everyWorkload = workloads.length === WORKLOAD_NAMES.length;
  if (everyWorkload) progress('Timing the web application in chromium against the bare queries it sends...');
  const browser = !everyWorkload
    ? 'only some workloads were run (--workloads)'
    : await measureBrowserWorkload({
        config,
        gatewayUrl: system.gatewayUrl,
        identityProviderPort,
        webPort,
        users: scenario.users,
        userId: SEES_A_LOT,
        purposeOfUse: PURPOSE_OF_USE,
        bareHeaders: oursHeaders.get(SEES_A_LOT) as Record<string, string>,
        youth: caseloadYouth,
        iterations: options.smoke ? 3 : 20,
        workDirectory,
      });
  if (typeof browser === 'string') progress(`  not measured: ${browser}`);
  const browserResult: BrowserWorkloadResult | undefined = typeof browser === 'string' ? undefined : browser;

  const oursTargets = targets.filter(
    (target) => target.configuration.name === 'ours' && ['profile', 'caseload'].includes(target.workload.name),
  );
  let cpuProfile: CpuProfileSummary | undefined;
  if (options.cpuProfile) {
    progress('Profiling the CPU of a second gateway of ours...');
    cpuProfile = await profileOurGateway(env, oursTargets, Math.min(options.duration, 10), settings, (line) =>
      serviceLog.write(`${line}\n`),
    );
  }
  let soakResult: SoakResult | undefined;
  if (options.soakMinutes !== undefined) {
    progress(`Soaking our gateway for ${options.soakMinutes} min...`);
    soakResult = await soak(oursTargets, servicePids, options.soakMinutes, settings, progress);
  }

  const writeTargets = targets.filter((target) => isWrite(target.workload));
  if (writeTargets.length > 0) {
    progress('Measuring the writes...');
    measurements.push(
      ...(await measureInRounds(writeTargets, workloads.filter(isWrite), settings, options.rounds, onMeasured, onWarmedUp)),
    );
  }
  const summaries = summarize(measurements);
  const ratios = computeRatios(summaries);
  const steadiness = machineSteadiness(summaries);

  let writeAudit: WriteAuditCheck | undefined;
  if (writeTargets.length > 0) {
    progress('Checking the audit against what the concurrent writers wrote...');
    // The embedded store is opened by one process at a time: the services stop first.
    await system.stop();
    system = undefined;
    writeAudit = await checkWriteAudit(config);
  }

  return {
    run,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    options,
    machine: describeMachine(),
    county: { youth: options.youth, seed: options.seed, policyRevision: county.policyRevision, caseloadYouth: caseloadYouth.length },
    sources: postgres
      ? `PostgreSQL ${postgres.version} (a server the bench started on loopback) for csec, child welfare, probation and education`
      : 'the embedded store (PGlite) in each subgraph process',
    otherCpuPercent: otherCpu,
    unavailable,
    probes: checks.probes,
    summaries,
    ratios,
    gate,
    targets: checkTargets(summaries, ratios, soakResult, gate, steadiness, browserResult, writeAudit),
    writeAudit,
    browser: typeof browser === 'string' ? { unavailable: browser } : browser,
    steadiness,
    soak: soakResult,
    cpuProfile,
    notes: [...steadinessNotes(steadiness), ...checks.notes, ...wiringNotes(caseloadYouth.length)],
    measurements: measurements.map(({ latenciesMs: _latencies, ...rest }) => rest),
  };
}

async function writeResults(report: BenchReport): Promise<{ json: string; markdown: string }> {
  await mkdir(resultsDirectory, { recursive: true });
  const json = join('bench', 'results', `${report.run}.json`);
  const markdown = renderMarkdown(report);
  await writeFile(join(REPOSITORY_ROOT, json), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(resultsDirectory, 'latest.md'), markdown);
  return { json, markdown };
}
