import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import type { DisclosureAuditClient } from '../gateway/src/audit/disclosure-audit-client.ts';
import { operationLimitsRule } from '../gateway/src/hardening/operation-limits.ts';
import { Registry } from 'prom-client';
import { GateMetrics } from '../gateway/src/gate/gate-metrics.ts';
import { DisclosureGate } from '../gateway/src/gate/disclosure-gate.ts';
import {
  YouthFactsClient,
  keepAgencyFactsInPlay,
  type AgencyFactsInPlay,
  type AssigningAgency,
} from '../gateway/src/facts/youth-facts-client.ts';
import { SUBGRAPH_NAMES, type SubgraphName, type SystemConfig } from '../runtime/config.ts';
import { classificationsFromSdl } from '../runtime/policy/classifications.ts';
import { youthScopesFromSdl } from '../runtime/policy/youth-scopes.ts';
import { DisclosurePolicy } from '../runtime/policy/disclosure-policy.ts';
import type { Requester } from '../runtime/requester.ts';
import { RequesterTokenSigner } from '../runtime/requester-token.ts';
import { callService } from '../runtime/service-http.ts';
import { startProcess, stopProcess } from './child-processes.ts';
import { CASELOAD_SCOPE, SCOPE_HEADER, WORKLOADS, requestBody, type WorkloadName } from './workloads.ts';

/** Longest the gate timing process may take, every workload together. */
const GATE_TIMING_LIMIT_MS = 10 * 60_000;

/** At most this many requests of each workload before timing; a policy evaluation is steady after about 1,000. */
const WARM_UP_ITERATIONS = 1_500;

/**
 * A secondary breakdown of the gate, beside the policy time the gateway reports at `/metrics`
 * under load: the gateway's own DisclosureGate, policy bundle and facts, run one request at a time
 * in a process of their own (`measureGateApart`), split into `admit` (parse, validate, list coordinates, evaluate the policy,
 * rewrite the operation, build the audit records) and `finish` (withhold in the response, build the
 * disclosure extensions), which the gateway does not time, and each policy evaluation alone, with
 * nothing remembered (the gateway's histograms, under load, answer from remembered decisions too). The facts
 * are gathered once beforehand and the audit write is left out: both are I/O, which the load runs measure. The executed
 * response `finish` works on is the baseline's answer to the rewritten operation.
 */
export interface GateTiming {
  admitMsPerRequest: number;
  finishMsPerRequest: number;
  iterations: number;
  /**
   * The policy's time in each timed request, alone on the process: its evaluations together (one,
   * and a second of the coordinates the requester's own assignment may decide, when it is in play).
   * `evaluations` counts the timed requests.
   */
  policyMs: { p50: number; p99: number; evaluations: number };
}

/** What the gate timing process is given: everything but the system's configuration, which it reads from its environment. */
export interface GateTimingSpec {
  workloads: readonly WorkloadName[];
  /** The requester of each workload's user, as the county's staff directory has them. */
  requesters: Readonly<Record<string, Omit<Requester, 'requestId'>>>;
  /** Whose caseload the workloads cover: the facts of its youth are gathered once, beforehand. */
  caseloadOf: string;
  profileYouth: readonly string[];
  baselineUrl: string;
  /** Time spent measuring each workload, after a warm-up of at most as long. */
  budgetMs: number;
}

/**
 * Times the gate in a process of its own, started for it alone, as the load generator runs: the
 * bench process holds the county and the load runs' bookkeeping, and its garbage collector (working
 * on more than one core while the timing ran) lengthened the evaluations it timed; the gateway's
 * process holds none of that.
 */
export async function measureGateApart(
  spec: GateTimingSpec,
  env: NodeJS.ProcessEnv,
  workDirectory: string,
): Promise<Partial<Record<WorkloadName, GateTiming>>> {
  const specPath = join(workDirectory, 'gate-timing.json');
  await writeFile(specPath, JSON.stringify(spec));
  let stdout = '';
  let stderr = '';
  const child = startProcess(['bench/gate-timing-process.ts', specPath], { env });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => void stopProcess(child), GATE_TIMING_LIMIT_MS);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`The gate timing failed (exit code ${code}): ${stderr.trim().slice(0, 500)}`);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Partial<Record<WorkloadName, GateTiming>>;
}

/** In the gate timing process: the gateway's own gate, policy bundle and facts, timed one request at a time. */
export async function measureGate(spec: GateTimingSpec, config: SystemConfig): Promise<Partial<Record<WorkloadName, GateTiming>>> {
  const requesterFor = (userId: string): Omit<Requester, 'requestId'> => {
    const requester = spec.requesters[userId];
    if (!requester) throw new Error(`The gate timing was given no requester for ${userId}.`);
    return requester;
  };
  const supergraphSdl = await readFile(config.gateway.supergraphPath, 'utf8');
  const policy = await DisclosurePolicy.load(config.policyBundlePath);
  if (!policy.available) throw new Error('The policy bundle could not be loaded for the gate timing.');
  const signer = await RequesterTokenSigner.fromKeyFile(config.gateway.signingKeyPath, config.requesterTokens.lifetimeSeconds);
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, config.subgraphs[name].url])) as Record<SubgraphName, string>;
  const facts = await new YouthFactsClient({ subgraphUrls, signer }).forCaseload({
    ...requesterFor(spec.caseloadOf),
    requestId: 'bench-gate-timing',
  });
  // Every fact gathered once; each request gets the agency facts in play for its requester, as from the agencies.
  const inPlayOnly = (youthIds: Iterable<string>, inPlay: AgencyFactsInPlay) =>
    new Map(
      [...youthIds].flatMap((youthId) => {
        const found = facts.get(youthId);
        return found ? [[youthId, { ...found, facts: keepAgencyFactsInPlay(found.facts, inPlay) }] as const] : [];
      }),
    );
  const factsStub = {
    forYouth: async (_requester: Requester, youthIds: readonly string[], _seatsOf: readonly string[], inPlay: AgencyFactsInPlay) =>
      inPlayOnly(youthIds, inPlay),
    forCaseload: async (_requester: Requester, inPlay: AgencyFactsInPlay) => inPlayOnly(facts.keys(), inPlay),
    assignedWorkers: async (_requester: Requester, agency: AssigningAgency, youth: ReadonlyMap<string, unknown>) =>
      new Map(
        [...youth.keys()].flatMap((youthId) => {
          const worker = facts.get(youthId)?.facts.assignedWorkers[agency];
          return worker ? [[youthId, worker] as const] : [];
        }),
      ),
  };
  const auditStub = { prepare: () => ({ settle: async () => undefined, repeatedWrites: () => [], deliveredRecords: () => [] }) };
  // The gateway's own policy object, each evaluation timed; the samples of a workload's measured requests are kept.
  // Every coordinate is evaluated each time: the decisions the gateway remembers between requests would
  // time a lookup, not the policy.
  const evaluationsMs: number[] = [];
  let requestPolicyMs: number[] = [];
  const timedPolicy = Object.create(policy, {
    decide: {
      value: (input: Parameters<DisclosurePolicy['decide']>[0]) => {
        const started = performance.now();
        const decisions = policy.evaluate(input);
        evaluationsMs.push(performance.now() - started);
        return decisions;
      },
    },
  }) as DisclosurePolicy;
  const gate = new DisclosureGate({
    apiSchema: Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema(),
    validationRules: [operationLimitsRule(config.gateway.operationLimits)],
    maxTokens: config.gateway.maxTokens,
    classifications: classificationsFromSdl(supergraphSdl),
    youthScopes: youthScopesFromSdl(supergraphSdl),
    policy: () => timedPolicy,
    facts: factsStub as unknown as YouthFactsClient,
    audit: auditStub as unknown as DisclosureAuditClient,
    // The gateway's own counters report the policy time under load; these in-process ones go unread.
    metrics: new GateMetrics(new Registry()),
  });

  const timings: Partial<Record<WorkloadName, GateTiming>> = {};
  for (const workload of WORKLOADS.filter((candidate) => spec.workloads.includes(candidate.name))) {
    const youth = workload.perYouth ? spec.profileYouth.slice(0, 10) : [undefined];
    const cases = await Promise.all(
      youth.map(async (youthId) => {
        const requester: Requester = { ...requesterFor(workload.userId), requestId: 'bench-gate-timing' };
        const parameters = JSON.parse(requestBody(workload, youthId)) as Record<string, unknown>;
        const gated = await gate.admit(requester, parameters);
        if (!gated) throw new Error(`The gate did not admit the ${workload.name} operation.`);
        // Through the services' own client, which sends again on a kept-alive socket closed while idle.
        const executed = await callService(spec.baselineUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [SCOPE_HEADER]: youthId ?? CASELOAD_SCOPE },
          body: JSON.stringify(gated.parameters),
          timeoutMs: 30_000,
        });
        if (!executed.ok) throw new Error(`The baseline answered the ${workload.name} operation with HTTP ${executed.status}.`);
        return { requester, parameters, responseBody: executed.body };
      }),
    );
    const once = async (index: number) => {
      const item = cases[index % cases.length] as (typeof cases)[number];
      const firstEvaluation = evaluationsMs.length;
      const admitStarted = performance.now();
      const gated = await gate.admit({ ...item.requester }, item.parameters);
      const admitMs = performance.now() - admitStarted;
      requestPolicyMs.push(evaluationsMs.splice(firstEvaluation).reduce((total, ms) => total + ms, 0));
      const finishStarted = performance.now();
      await gated?.finish(item.responseBody);
      return { admitMs, finishMs: performance.now() - finishStarted };
    };
    // A freshly loaded policy decides its first few hundred requests in code not yet optimized
    // (a p99 of several ms, against about 0.25 ms after); the gateway under load is past that, so
    // each workload is warmed up like a load run before it is timed.
    const warmUntil = performance.now() + spec.budgetMs;
    for (let index = 0; index < WARM_UP_ITERATIONS && (index < 20 || performance.now() < warmUntil); index += 1) await once(index);
    requestPolicyMs = [];
    let admitMs = 0;
    let finishMs = 0;
    let iterations = 0;
    const deadline = performance.now() + spec.budgetMs;
    while (iterations < 2_000 && (iterations < 10 || performance.now() < deadline)) {
      const timing = await once(iterations);
      admitMs += timing.admitMs;
      finishMs += timing.finishMs;
      iterations += 1;
    }
    const sorted = requestPolicyMs.toSorted((a, b) => a - b);
    const percentile = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
    timings[workload.name] = {
      admitMsPerRequest: admitMs / iterations,
      finishMsPerRequest: finishMs / iterations,
      iterations,
      policyMs: { p50: percentile(0.5), p99: percentile(0.99), evaluations: sorted.length },
    };
  }
  return timings;
}
