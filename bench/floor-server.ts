import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import { closeServer, listen } from '../runtime/http-listen.ts';
import { runService } from '../runtime/service-main.ts';
import { tlsServerOptions } from '../runtime/service-tls.ts';
import { benchCallsAs } from './service-tls.ts';
import { planOperation, runFloorPlan, type FloorPlan, type SubgraphAnswer, type SubgraphCaller } from './floor-plan.ts';
import type { OpenDisclosureCredentials } from './subgraph-credentials.ts';
import { loadUngatedSetup } from './ungated-setup.ts';
import { SCOPE_HEADER, WORKLOADS } from './workloads.ts';

/**
 * Floor: the workload's data fetched from the subgraphs with no gateway in between, only the
 * planner's subgraph calls (planned once at start-up) with the same requester tokens and
 * disclosure contexts as the baseline. It answers only the bench's own operations, and its
 * answer keeps the key fields and `__typename` the plan fetched.
 */
await runService('floor', async () => {
  const setup = await loadUngatedSetup();
  // Served and fetched over TLS with the gateway's certificate, as the gateways are.
  const tls = benchCallsAs(setup.config, 'gateway');
  const plans = new Map<string, FloorPlan>();
  for (const workload of WORKLOADS) {
    if (!workload.configurations.includes('floor')) continue;
    if (!plans.has(workload.query)) plans.set(workload.query, planOperation(setup.supergraphSdl, workload.query));
  }
  const server = createServer(tlsServerOptions(tls, 'any'), (request, response) => {
    answer(request, response, plans, setup.credentials, setup.subgraphUrl).catch((error: unknown) => {
      respond(response, 500, { errors: [{ message: error instanceof Error ? error.message : 'floor failure' }] });
    });
  });
  server.keepAliveTimeout = 65_000;
  await listen(server, setup.config.host, setup.port);
  return { url: `https://${setup.config.host}:${setup.port}/graphql`, port: setup.port, close: () => closeServer(server) };
});

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  plans: ReadonlyMap<string, FloorPlan>,
  credentials: OpenDisclosureCredentials,
  subgraphUrl: (name: string) => string,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query?: unknown; variables?: unknown };
  const plan = typeof body.query === 'string' ? plans.get(body.query) : undefined;
  if (!plan) {
    respond(response, 400, { errors: [{ message: 'The floor answers only the bench operations.' }] });
    return;
  }
  const scope = request.headers[SCOPE_HEADER];
  const call: SubgraphCaller = async (subgraph, operation) => {
    const { authorize, extensions } = await credentials.forSubgraph(typeof scope === 'string' ? scope : undefined, subgraph);
    const url = new URL(subgraphUrl(subgraph));
    const sent = JSON.stringify({ ...operation, extensions });
    const reply = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: authorize({ method: 'POST', path: `${url.pathname}${url.search}`, body: sent }),
      },
      body: sent,
    });
    return (await reply.json()) as SubgraphAnswer;
  };
  const variables = typeof body.variables === 'object' && body.variables !== null ? (body.variables as Record<string, unknown>) : {};
  respond(response, 200, await runFloorPlan(plan, variables, call));
}

function respond(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
