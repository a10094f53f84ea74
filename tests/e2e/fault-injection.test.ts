import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePorts } from '../../scripts/lib/system.ts';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { FaultProxy, type Fault } from '../support/fault-proxy.ts';
import { headersFor, queryGateway } from '../support/gateway.ts';

/**
 * Each dependency stopped, then hung, in turn, under a bounded load (a few people asking for a
 * profile over and over): no request waits longer than its deadline, nothing is released without
 * its audit record, readiness names the failing dependency, and service resumes by itself once the
 * dependency is back. A gateway of its own reaches every subgraph through a FaultProxy; the health
 * subgraph reaches the FHIR server, and (on PostgreSQL) a csec subgraph reaches its database, through
 * one too.
 */
const SUBGRAPH_TIMEOUT_MS = 1_000;
const REQUEST_DEADLINE_MS = 2_500;
/** What a request may take beyond its deadline: the answer's way back over loopback, and a busy machine. */
const SLACK_MS = 1_000;
const LOAD_MS = 2_000;
const CLIENTS = 2;
const RECOVERY_MS = 20_000;

const PROFILE = `query Profile($id: ID!) {
  youth(id: $id) {
    id
    name { givenName }
    childWelfare { clientId }
    probation { probationNumber }
    health { medicalRecordNumber }
    education { statewideStudentId }
  }
}`;
/** Each agency's part of the profile, by the subgraph that answers it. */
const PARTS = { csec: 'name', 'child-welfare': 'childWelfare', probation: 'probation', health: 'health', education: 'education' } as const;
type SubgraphName = keyof typeof PARTS;

interface Answered {
  status: number;
  ms: number;
  requestId: string | null;
  youth: Record<string, unknown> | null | undefined;
}

interface AccountingEntry {
  requestId: string;
  fields: string[];
  outcome: string;
}

const storeKind = inject('storeKind');
/**
 * Each dependency, how readiness names it failing, and the part of the profile it takes with it
 * (the rest is still answered); without csec's facts and audit, nothing is.
 */
const dependencies: Array<{ name: string; readiness: (body: ReadyBody) => boolean; part?: string }> = [
  ...(Object.keys(PARTS) as SubgraphName[]).map((name) => ({
    name,
    readiness: (body: ReadyBody) => body.subgraphs[name]?.status !== 'ready',
    ...(name === 'csec' ? {} : { part: PARTS[name] }),
  })),
  {
    name: 'fhir',
    readiness: (body: ReadyBody) =>
      body.subgraphs['health']?.dependencies?.['source'] === 'unavailable' || body.subgraphs['health']?.status === 'unreachable',
    part: 'health',
  },
  ...(storeKind === 'postgres'
    ? [
        {
          name: 'postgres',
          readiness: (body: ReadyBody) =>
            body.subgraphs['csec']?.dependencies?.['source'] === 'unavailable' || body.subgraphs['csec']?.status === 'unreachable',
        },
      ]
    : []),
];

interface ReadyBody {
  status: string;
  subgraphs: Record<string, { status: string; dependencies?: Record<string, string> }>;
}

async function waitForHealth(url: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not become healthy.`);
}

function hostAndPort(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port) };
}

describe(`each dependency stopped and hung in turn, under load (${storeKind} sources)`, () => {
  const proxies = new Map<string, FaultProxy>();
  const processes: ChildProcess[] = [];
  let gateway: { url: string; stop: () => void };
  let youthId: string;

  beforeAll(async () => {
    const environment = inject('serviceEnvironment');
    const subgraphUrls = inject('subgraphUrls');
    // The FHIR server, behind a proxy, for a health subgraph of this suite's own.
    const fhir = await FaultProxy.start({ host: '127.0.0.1', port: Number(environment['HEALTH_EMBEDDED_FHIR_PORT']) });
    proxies.set('fhir', fhir);
    const [healthPort, csecPort] = await freePorts(2);
    const launch = (entry: string, env: Record<string, string>) => {
      const child = spawn(process.execPath, [entry], { env: { ...environment, CSEC_LOG_LEVEL: 'error', ...env }, stdio: 'ignore' });
      processes.push(child);
    };
    launch('subgraphs/health/src/main.ts', {
      HEALTH_SUBGRAPH_PORT: String(healthPort),
      HEALTH_FHIR_BASE_URL: `https://127.0.0.1:${fhir.port}/fhir/R4`,
    });
    const upstreams: Record<SubgraphName, string> = { ...subgraphUrls, health: `https://127.0.0.1:${healthPort}/graphql` };
    if (storeKind === 'postgres') {
      // A csec subgraph of this suite's own, reaching PostgreSQL through a proxy (as its service role).
      const database = new URL(environment['CSEC_DATABASE_URL'] as string);
      const postgres = await FaultProxy.start(hostAndPort(database.href));
      proxies.set('postgres', postgres);
      database.host = `127.0.0.1:${postgres.port}`;
      launch('subgraphs/csec/src/main.ts', { CSEC_SUBGRAPH_PORT: String(csecPort), CSEC_DATABASE_URL: database.href });
      upstreams.csec = `https://127.0.0.1:${csecPort}/graphql`;
    }
    await waitForHealth(upstreams.health.replace('/graphql', '/health'));
    await waitForHealth(upstreams.csec.replace('/graphql', '/health'));
    const routes: Record<string, string> = {};
    for (const name of Object.keys(PARTS) as SubgraphName[]) {
      const proxy = await FaultProxy.start(hostAndPort(upstreams[name]));
      proxies.set(name, proxy);
      // The proxy passes TLS through as it is: the gateway and the subgraph still verify each other.
      routes[`${name.toUpperCase().replace('-', '_')}_SUBGRAPH_URL`] = `https://127.0.0.1:${proxy.port}/graphql`;
    }
    gateway = await startExtraGateway({
      ...routes,
      GATEWAY_SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS),
      GATEWAY_REQUEST_DEADLINE_MS: String(REQUEST_DEADLINE_MS),
    });
    // A youth whose every part the social worker sees while everything is up.
    const caseload = await queryGateway<{ caseload: Array<Record<string, unknown> & { id: string }> }>(
      '{ caseload { id name { givenName } childWelfare { clientId } probation { probationNumber } health { medicalRecordNumber } education { statewideStudentId } } }',
    );
    youthId = caseload.body.data!.caseload.find((youth) => Object.values(PARTS).every((part) => youth[part] !== null))!.id;
    await expect(resumed()).resolves.toBe(true);
  }, 120_000);

  afterAll(async () => {
    gateway?.stop();
    for (const child of processes) child.kill('SIGTERM');
    await Promise.all([...proxies.values()].map((proxy) => proxy.close()));
  });

  async function ask(): Promise<Answered> {
    const started = performance.now();
    try {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await headersFor()) },
        body: JSON.stringify({ query: PROFILE, variables: { id: youthId } }),
        signal: AbortSignal.timeout(REQUEST_DEADLINE_MS * 4),
      });
      const body = (await response.json()) as { data?: { youth?: Record<string, unknown> | null } | null };
      return {
        status: response.status,
        ms: performance.now() - started,
        requestId: response.headers.get('x-request-id'),
        youth: body.data?.youth,
      };
    } catch {
      return { status: 0, ms: performance.now() - started, requestId: null, youth: undefined };
    }
  }

  /** A few people asking over and over for LOAD_MS. */
  async function underLoad(): Promise<Answered[]> {
    const until = performance.now() + LOAD_MS;
    const answered: Answered[] = [];
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (performance.now() < until) answered.push(await ask());
      }),
    );
    return answered;
  }

  /** Whether a whole profile comes back again, without errors, within RECOVERY_MS. */
  async function resumed(): Promise<boolean> {
    const until = performance.now() + RECOVERY_MS;
    while (performance.now() < until) {
      const answer = await ask();
      if (answer.status === 200 && answer.youth && Object.values(PARTS).every((part) => answer.youth?.[part] !== null)) return true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return false;
  }

  async function readiness(): Promise<{ status: number; body: ReadyBody }> {
    const response = await fetch(gateway.url.replace('/graphql', '/ready'));
    return { status: response.status, body: (await response.json()) as ReadyBody };
  }

  /** The youth's accounting, newest first, as the privacy officer reads it (through the suite-wide gateway). */
  async function accounting(): Promise<AccountingEntry[]> {
    const answer = await queryGateway<{ accountingOfDisclosures: AccountingEntry[] }>(
      'query A($youthId: ID!) { accountingOfDisclosures(youthId: $youthId, first: 500) { requestId fields outcome } }',
      { youthId },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    return answer.body.data?.accountingOfDisclosures ?? [];
  }

  for (const { name, readiness: namesTheFailure, part: lost } of dependencies) {
    for (const fault of ['stopped', 'hung'] as const satisfies readonly Fault[]) {
      it(`${name} ${fault}: answers within the deadline, releases nothing unaudited, is reported not ready, and resumes by itself`, async () => {
        const proxy = proxies.get(name) as FaultProxy;
        proxy.set(fault);
        let load: Answered[];
        let ready: { status: number; body: ReadyBody };
        try {
          [load, ready] = await Promise.all([underLoad(), readiness()]);
        } finally {
          proxy.set('none');
        }

        expect(load.length).toBeGreaterThan(0);
        for (const answer of load) expect(answer.ms, `a request answered ${answer.status}`).toBeLessThan(REQUEST_DEADLINE_MS + SLACK_MS);
        expect(load.every((answer) => answer.status !== 0)).toBe(true);
        expect(ready.status).toBe(503);
        expect(namesTheFailure(ready.body), JSON.stringify(ready.body)).toBe(true);

        // Every answer that released anything about the youth has its audit record: the name it
        // shows, and each agency's part it shows, recorded as disclosed; a part it could not show is
        // never recorded as disclosed.
        const released = load.filter((answer) => answer.status === 200 && answer.youth);
        if (lost) expect(released.some((answer) => answer.youth?.[lost] === null && answer.youth?.['name'] !== null)).toBe(true);
        else expect(released).toEqual([]);
        const entries = await accounting();
        for (const answer of released) {
          const own = entries.filter((entry) => entry.requestId === answer.requestId);
          expect(own.length, `request ${answer.requestId}`).toBeGreaterThan(0);
          for (const part of ['name', ...Object.values(PARTS).slice(1)]) {
            const recorded = own.filter((entry) => entry.fields.includes(`Youth.${part}`)).map((entry) => entry.outcome);
            expect(recorded, `Youth.${part} of request ${answer.requestId}`).toEqual([
              answer.youth?.[part] === null ? 'NOT_DELIVERED' : 'DISCLOSED',
            ]);
          }
        }

        expect(await resumed()).toBe(true);
      }, 60_000);
    }
  }
});
