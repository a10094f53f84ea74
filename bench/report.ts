import { cpus, release, totalmem, type } from 'node:os';
import type { CpuProfileSummary } from './cpu-profile.ts';
import type { GateTiming } from './gate-timing.ts';
import type { Measurement } from './measurement.ts';
import type { BenchOptions } from './options.ts';
import type { ProbeResult } from './probe.ts';
import type { SoakResult } from './soak.ts';
import type { BrowserTiming, BrowserWorkloadResult } from './browser-workload.ts';
import type { PolicyTime } from './policy-metrics.ts';
import type { MachineSteadiness } from './steadiness.ts';
import type { ConfigurationSummary } from './summary.ts';
import type { Ratios, TargetCheck } from './targets.ts';
import type { WriteAuditCheck } from './write-audit-check.ts';
import { SEES_A_LOT, SEES_LITTLE, WORKLOADS, type ConfigurationName, type WorkloadName } from './workloads.ts';

export interface Machine {
  cpuModel: string;
  cpuCount: number;
  totalMemoryGiB: number;
  os: string;
  node: string;
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cpuCount: processors.length,
    totalMemoryGiB: totalmem() / 2 ** 30,
    os: `${type()} ${release()}`,
    node: process.version,
  };
}

/** Everything one run found, as written to bench/results/<run>.json. */
export interface BenchReport {
  run: string;
  startedAt: string;
  finishedAt: string;
  options: BenchOptions;
  machine: Machine;
  county: { youth: number; seed: number; policyRevision: string; caseloadYouth: number };
  /** Where the relational sources ran; absent from the results of runs before the `--postgres` option, which all used the embedded store. */
  sources?: string;
  /** Percent of the machine's CPU that processes other than the bench's used during the measurements. */
  otherCpuPercent: number | undefined;
  /** Why a configuration was not measured, by name. */
  unavailable: Partial<Record<ConfigurationName, string>>;
  probes: Array<{ workload: WorkloadName; configuration: ConfigurationName } & ProbeResult>;
  summaries: ConfigurationSummary[];
  /** Every measured run, without its per-response latencies. */
  measurements: Array<Omit<Measurement, 'latenciesMs'>>;
  ratios: Ratios;
  /** Secondary breakdown of the gate (admit and finish), timed in a process of its own; the policy figure under load is the gateway's own, in `summaries`. */
  gate: Partial<Record<WorkloadName, GateTiming>>;
  targets: TargetCheck[];
  /** Whether the machine ran at one speed for ours and the configurations it is compared with; absent from runs before the check. */
  steadiness?: MachineSteadiness[];
  soak: SoakResult | undefined;
  cpuProfile: CpuProfileSummary | undefined;
  /** The audit after the write workload's concurrent writers; absent when it did not run. */
  writeAudit?: WriteAuditCheck;
  /** The web application in chromium against its bare queries; absent from runs before it was measured. */
  browser?: BrowserWorkloadResult | { unavailable: string };
  notes: string[];
}

/** How the configurations are wired, for the notes of every report. */
export function wiringNotes(caseloadYouth: number): string[] {
  return [
    `Profiles rotate over the ${caseloadYouth} youth of ${SEES_A_LOT}'s caseload; the caseload is that of ${SEES_A_LOT}.`,
    'baseline, peer and floor have no authentication and no gate. Our subgraphs answer only a requester token signed with the gateway key and ' +
      'enforce the disclosure context bound to it, so these three sign one for every subgraph request (for sw.demo, as ours does) and send a ' +
      'context that allows every field the workload selects for every youth in scope, with the same policy facts and agency links, gathered ' +
      'once before the load. The workloads select only fields sw.demo may see, so the subgraphs do the same work for all four and return the ' +
      'same data (checked above on the first request): what differs is the gateway, and what our gate adds (facts, policy, audit).',
    "floor: the subgraph calls Apollo's query planner chooses for each operation, planned once at start-up and run by a minimal executor " +
      '(no parsing, validation, planning or GraphQL execution per request); its answers keep the key fields and __typename it fetched.',
    `The profile for the role that sees little (${SEES_LITTLE}) is measured on ours only: without a gate, who asks makes no difference.`,
  ];
}

const CONFIGURATION_ORDER: readonly ConfigurationName[] = ['ours', 'baseline', 'peer', 'floor'];

export function renderMarkdown(report: BenchReport): string {
  const { options, machine } = report;
  const lines: string[] = [];
  lines.push(`# Bench: the cost of gating every field`, '');
  lines.push(
    `Run \`${report.run}\`${options.smoke ? ' (smoke run: too short to judge targets by)' : ''}: county of ${report.county.youth} youth ` +
      `(seed ${report.county.seed}, caseload of ${report.county.caseloadYouth}), policy \`${report.county.policyRevision}\`; ` +
      `${options.connections} connections, ${options.rounds} round${options.rounds === 1 ? '' : 's'} of ${options.duration} s per configuration and workload, ` +
      `alternating, each after ${options.warmup} s of warm-up; services logging at \`${options.logLevel}\`. Sources: ${report.sources ?? 'the embedded store (PGlite) in each subgraph process'}.`,
    '',
  );
  lines.push(
    `Machine: ${machine.cpuModel} × ${machine.cpuCount}, ${machine.totalMemoryGiB.toFixed(1)} GiB, ${machine.os}, Node ${machine.node}. ` +
      'Every process (load generator, gateways, subgraphs, sources) shares these cores' +
      (report.otherCpuPercent === undefined
        ? '.'
        : `; processes other than the bench's used ${report.otherCpuPercent.toFixed(1)}% of the CPU during the measurements` +
          `${report.otherCpuPercent > 5 ? ' (other work on the machine skews these numbers)' : ''}.`),
    '',
  );

  lines.push('## Results', '');
  lines.push(
    '| workload | configuration | req/s | p50 ms | p95 ms | p99 ms | peak RSS MiB | source round trips/req | policy ms/req | KiB/resp | failed | other CPU % |',
  );
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  // Runs before `--workloads` measured every workload there was.
  const measured = WORKLOADS.filter((workload) => report.options.workloads?.includes(workload.name) ?? workload.name !== 'write');
  for (const workload of measured) {
    for (const configuration of CONFIGURATION_ORDER) {
      if (!workload.configurations.includes(configuration)) continue;
      const summary = report.summaries.find((item) => item.workload === workload.name && item.configuration === configuration);
      // Ours only: the ungated three evaluate no policy.
      const policy = summary?.policy?.msPerRequest;
      if (!summary) {
        const why = report.unavailable[configuration] ?? 'not measured';
        lines.push(`| ${workload.title} | ${configuration} | – | – | – | – | – | – | – | – | ${escapeCell(why)} | – |`);
        continue;
      }
      const spread = roundSpread(summary.requestsPerSecondByRound);
      const p99Spread = roundSpread(summary.p99MsByRound ?? []);
      lines.push(
        `| ${workload.title} | ${configuration} | ${summary.requestsPerSecond.toFixed(1)}${spread} | ${fixed(summary.latencyMs.p50)} | ` +
          `${fixed(summary.latencyMs.p95)} | ${fixed(summary.latencyMs.p99)}${p99Spread} | ${fixed(summary.peakRssMiB, 0)} | ` +
          `${fixed(summary.sourceRoundTripsPerRequest, 2)} | ${policy === undefined ? (configuration === 'ours' ? '–' : 'n/a') : fixed(policy, 2)} | ` +
          `${fixed(summary.bytesPerResponse / 1024, 1)} | ${summary.failed} | ${fixed(summary.otherCpuPercent, 0)} |`,
      );
    }
  }
  lines.push(
    '',
    'req/s: all rounds together (slowest–fastest round). Latencies: every response of every round; beside the p99, the lowest and ' +
      "highest of the rounds' own p99. Peak RSS: the configuration's " +
      "gateway process only, sampled every 250 ms. Source round trips: every subgraph's `csec_source_round_trips_total` delta over " +
      "the run, divided by the requests (ours includes the facts its gate reads and the audit it writes). Policy ms/req: our gateway's " +
      'own `/metrics`, see "Policy evaluation". ' +
      'Other CPU %: the most CPU that processes outside the bench used during one of the rounds.',
    '',
  );

  const policies = WORKLOADS.flatMap((workload) => {
    const policy = report.summaries.find((item) => item.workload === workload.name && item.configuration === 'ours')?.policy;
    return policy ? [{ workload, policy }] : [];
  });
  if (policies.length > 0) {
    lines.push("## Policy evaluation, from our gateway's /metrics", '');
    lines.push(
      '| workload | evaluations/response | wall clock ms/req (mean) | wall clock p99 ms (at most) | on a core ms/req (mean) | on a core p99 ms (at most) | coordinates/req | facts answers remembered |',
    );
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const p99 = (time: PolicyTime | undefined) =>
      time === undefined ? 'n/a' : time.p99AtMostMs === undefined ? '> 100' : fixed(time.p99AtMostMs, 2);
    for (const { workload, policy } of policies) {
      lines.push(
        `| ${workload.title} | ${fixed(policy.evaluationsPerResponse, 2)} | ${fixed(policy.msPerRequest, 3)} | ${p99(policy)} | ` +
          `${policy.onCore ? fixed(policy.onCore.msPerRequest, 3) : 'n/a'} | ${p99(policy.onCore)} | ${fixed(policy.coordinatesPerRequest, 1)} | ` +
          `${policy.factsRememberedShare === undefined ? 'none used' : `${(policy.factsRememberedShare * 100).toFixed(0)}%`} |`,
      );
    }
    lines.push(
      '',
      'The increase of the histograms `csec_policy_evaluation_seconds` (wall clock) and `csec_policy_evaluation_on_core_seconds` ' +
        "(the same less the moments the gateway's thread waited for a core meanwhile, from the kernel's scheduler statistics) " +
        "and of `csec_policy_coordinates_total` at our gateway's `/metrics` over each measured run, all rounds together. " +
        'Facts answers remembered: of the disclosure facts answers the gate used (`csec_gate_facts_answers_total`), the share remembered ' +
        'from an earlier request rather than asked of the subgraph. ' +
        'The gateway evaluates the policy once per request it ' +
        "gates, so time and coordinates are per evaluation, which keeps requests in flight at a run's edges out of both sides; " +
        'evaluations/response is 1 give or take connections/responses, from those edges (far off only when a run has few responses). ' +
        'A p99 is read from its histogram: the upper bound of the bucket the 99th percentile falls in.',
      '',
    );
  }

  lines.push('## CPU time per request, by process (ms)', '');
  const processes = [...new Set(report.summaries.flatMap((summary) => Object.keys(summary.cpuMsPerRequest)))];
  const columns = ['gateway', ...processes.filter((label) => label !== 'gateway')];
  lines.push(`| workload | configuration | ${columns.join(' | ')} | all |`);
  lines.push(`| --- | --- | ${columns.map(() => '---:').join(' | ')} | ---: |`);
  for (const workload of WORKLOADS) {
    for (const configuration of CONFIGURATION_ORDER) {
      const summary = report.summaries.find((item) => item.workload === workload.name && item.configuration === configuration);
      if (!summary) continue;
      const values = columns.map((label) => summary.cpuMsPerRequest[label]);
      const all = values.reduce<number>((total, value) => total + (value ?? 0), 0);
      lines.push(`| ${workload.title} | ${configuration} | ${values.map((value) => fixed(value, 1)).join(' | ')} | ${fixed(all, 1)} |`);
    }
  }
  lines.push(
    '',
    'User and system CPU of each process over the measured runs (from /proc), divided by the responses: "gateway" is the ' +
      "configuration's own gateway process (for the floor, its executor); the others are shared by all four. The load generator is not counted.",
    '',
  );

  lines.push('## Ratios', '');
  lines.push(
    '| workload | ours/baseline req/s | ours/baseline p99 | ours/peer req/s | ours/peer p99 | ours/floor req/s | ours/floor p99 |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of report.ratios.byWorkload) {
    lines.push(
      `| ${row.workload} | ${times(row.oursOverBaselineThroughput)} | ${times(row.oursOverBaselineP99)} | ${times(row.oursOverPeerThroughput)} | ` +
        `${times(row.oursOverPeerP99)} | ${times(row.oursOverFloorThroughput)} | ${times(row.oursOverFloorP99)} |`,
    );
  }
  lines.push(
    '',
    `Ours, caseload of 50 against one profile: median latency ${times(report.ratios.caseloadOverProfileP50)}, ` +
      `throughput of profiles ${times(report.ratios.profileOverCaseloadThroughput)} that of caseloads.`,
    `Ours, profile for the role that sees little against the one that sees a lot: throughput ${times(report.ratios.seesLittleOverSeesALotThroughput)}, ` +
      `median latency ${times(report.ratios.seesLittleOverSeesALotP50)}.`,
    ...(report.ratios.writeOursOverBaselineThroughput === undefined
      ? []
      : [
          `Ours, recording a triggering event against the stock gateway: throughput ${times(report.ratios.writeOursOverBaselineThroughput)}.`,
        ]),
    '',
  );

  lines.push('## Targets', '');
  for (const check of report.targets) {
    const verdict = check.met === undefined ? 'NOT CHECKED' : check.met ? 'MET' : 'MISSED';
    const value =
      check.value === undefined
        ? '–'
        : check.limit.endsWith('%')
          ? `${check.value.toFixed(1)}%`
          : check.limit.endsWith(' ms')
            ? `${check.value.toFixed(3)} ms`
            : `${check.value.toFixed(2)}`;
    lines.push(`- **${verdict}** ${check.target}: ${value} (target ${check.limit})${check.note ? `; ${check.note}` : ''}`);
  }
  if (options.smoke)
    lines.push('', 'A smoke run is seconds long on a small county: its verdicts show that the checks work, not where the system stands.');
  lines.push('');

  const timings = WORKLOADS.flatMap((workload) => {
    const timing = report.gate[workload.name];
    return timing ? [{ workload, timing }] : [];
  });
  if (timings.length > 0) {
    lines.push('## Gate cost in isolation (secondary breakdown)', '');
    lines.push(
      'What the gateway does not time: its own DisclosureGate, policy bundle and facts run in a process of their own, one request at a time, ' +
        'facts and audit I/O left out. `admit` parses, validates, lists the coordinates, evaluates the policy and rewrites the operation; ' +
        '`finish` withholds, builds the audit records and the disclosure extensions. The policy columns time the policy in each of those ' +
        "requests alone (its evaluations together: a second one, of the coordinates the requester's own assignment may decide, when it is in play); " +
        "the gateway's own figures, under load (above), also answer from remembered decisions, and their wall clock counts the waits for a core.",
      '',
    );
    lines.push('| workload | admit ms/req (incl. policy) | finish ms/req | iterations | policy p50 ms | policy p99 ms |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const { workload, timing } of timings) {
      lines.push(
        `| ${workload.title} | ${fixed(timing.admitMsPerRequest, 2)} | ${fixed(timing.finishMsPerRequest, 2)} | ${timing.iterations} | ` +
          `${fixed(timing.policyMs.p50, 3)} | ${fixed(timing.policyMs.p99, 3)} |`,
      );
    }
    lines.push('');
  }

  if (report.soak) {
    lines.push(
      `## Memory under load (${report.soak.minutes} min soak, warm-up ${report.soak.warmupSeconds.toFixed(0)} s, ${report.soak.requests} requests, ${report.soak.failed} failed)`,
      '',
    );
    lines.push('| process | RSS after warm-up MiB | RSS at end MiB | growth MiB | growth % | slope MiB/min | peak MiB |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [label, growth] of Object.entries(report.soak.processes)) {
      lines.push(
        `| ${label} | ${fixed(growth.warmRssMiB, 0)} | ${fixed(growth.finalRssMiB, 0)} | ${fixed(growth.growthMiB, 1)} | ${fixed(growth.growthPercent, 1)} | ` +
          `${fixed(growth.slopeMiBPerMinute, 2)} | ${fixed(growth.peakRssMiB, 0)} |`,
      );
    }
    lines.push('');
  }

  if (report.browser && 'profile' in report.browser) {
    const { profile, caseload } = report.browser;
    const row = (label: string, timing: BrowserTiming) =>
      `| ${label} | ${timing.iterations} | ${timing.pageMs.p50.toFixed(0)} | ${timing.pageMs.p95.toFixed(0)} | ${timing.bareMs.p50.toFixed(0)} | ${timing.bareMs.p95.toFixed(0)} | ${timing.addedMsAtMedian.toFixed(0)} |`;
    lines.push('## The web application in a browser', '');
    lines.push(
      '| page | iterations | page p50 ms | page p95 ms | bare query p50 ms | bare query p95 ms | added at the median ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    lines.push(row('profile, sw.demo', profile), row(`caseload of ${caseload.rows}, sw.demo`, caseload), '');
    lines.push(
      "Page: from navigation in Debian's chromium (signed in through the development OpenID Provider, through the backend-for-frontend) until the page is fully rendered: the profile with every section, the caseload with every row. Bare query: the same GraphQL document the page sends, posted to our gateway directly with a token, for the same youth, alternating with the page.",
      '',
    );
  } else if (report.browser) {
    lines.push('## The web application in a browser', '', `Not measured: ${report.browser.unavailable}.`, '');
  }
  if (report.cpuProfile) {
    const profile = report.cpuProfile;
    lines.push(
      `## Where our gateway spends its CPU (${profile.seconds} s profiled, busy ${profile.busyPercent.toFixed(0)}% of the time)`,
      '',
    );
    lines.push('| module | self % of busy time |', '| --- | ---: |');
    for (const item of profile.topModules) lines.push(`| ${escapeCell(item.name)} | ${item.selfPercent.toFixed(1)} |`);
    lines.push('', '| function | self % of busy time |', '| --- | ---: |');
    for (const item of profile.topFunctions) lines.push(`| ${escapeCell(item.name)} | ${item.selfPercent.toFixed(1)} |`);
    lines.push('', `Profile: \`${profile.profilePath}\` (open it in Chrome DevTools or speedscope).`, '');
  }

  if (report.notes.length > 0) {
    lines.push('## Notes', '');
    for (const note of report.notes) lines.push(`- ${note}`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

function fixed(value: number | undefined, digits = 1): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

/** " (lowest–highest)" of the rounds' values, nothing for a single round. */
function roundSpread(byRound: readonly number[]): string {
  return byRound.length > 1 ? ` (${Math.min(...byRound).toFixed(0)}–${Math.max(...byRound).toFixed(0)})` : '';
}

function times(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(2)}×`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
