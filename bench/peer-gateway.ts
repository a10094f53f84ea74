import { randomUUID } from 'node:crypto';
import { createServer } from 'node:https';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { closeServer, listen } from '../runtime/http-listen.ts';
import { runService } from '../runtime/service-main.ts';
import { tlsServerOptions } from '../runtime/service-tls.ts';
import { benchCallsAs } from './service-tls.ts';
import type { OpenDisclosureCredentials } from './subgraph-credentials.ts';
import { loadUngatedSetup, withConfiguredUrls } from './ungated-setup.ts';
import { SCOPE_HEADER } from './workloads.ts';

/** Carries the subgraph's name from the execution hook to the fetch hook, which signs for it. */
const SUBGRAPH_HEADER = 'x-bench-subgraph';
/**
 * A header of its own for every subgraph request, as the requester token of each is: executor-http
 * shares one fetch between identical requests in flight, which ours never does.
 */
const REQUEST_HEADER = 'x-bench-request';

/**
 * Peer: Hive Gateway's runtime on the same supergraph and the same running subgraphs, served by
 * node:https with the gateway's certificate, with no authentication and no disclosure gate; it
 * reaches the subgraphs with the gateway's certificate (Node's https agent, see service-tls.ts). A plugin gives each subgraph request the
 * same disclosure context as the baseline, and a requester token signed for its exact body.
 */
function openDisclosurePlugin(credentials: OpenDisclosureCredentials): GatewayPlugin {
  return {
    async onSubgraphExecute({ subgraphName, executionRequest, setExecutionRequest }) {
      const request = (executionRequest.context as { request?: Request } | undefined)?.request;
      const scope = request?.headers.get(SCOPE_HEADER) ?? '';
      const { extensions } = await credentials.forSubgraph(scope, subgraphName);
      // executor-http sends `extensions.headers` as HTTP headers and the rest in the body.
      setExecutionRequest({
        ...executionRequest,
        extensions: {
          ...executionRequest.extensions,
          ...extensions,
          headers: { [SCOPE_HEADER]: scope, [SUBGRAPH_HEADER]: subgraphName, [REQUEST_HEADER]: randomUUID() },
        },
      });
    },
    async onFetch({ url, options, setOptions }) {
      const headers = new Headers(options.headers as HeadersInit | undefined);
      const subgraph = headers.get(SUBGRAPH_HEADER);
      if (!subgraph) return;
      const { authorize } = await credentials.forSubgraph(headers.get(SCOPE_HEADER), subgraph);
      headers.delete(SUBGRAPH_HEADER);
      headers.delete(REQUEST_HEADER);
      headers.delete(SCOPE_HEADER);
      const target = new URL(url);
      headers.set(
        'authorization',
        authorize({ method: options.method ?? 'POST', path: `${target.pathname}${target.search}`, body: String(options.body ?? '') }),
      );
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}

await runService('peer gateway', async () => {
  const setup = await loadUngatedSetup();
  const tls = benchCallsAs(setup.config, 'gateway');
  const gateway = createGatewayRuntime({
    supergraph: withConfiguredUrls(setup.supergraphSdl, setup.subgraphUrl),
    logging: 'warn',
    landingPage: false,
    graphiql: false,
    plugins: () => [openDisclosurePlugin(setup.credentials)],
  });
  const server = createServer(tlsServerOptions(tls, 'any'), gateway);
  server.keepAliveTimeout = 65_000;
  await listen(server, setup.config.host, setup.port);
  return {
    url: `https://${setup.config.host}:${setup.port}/graphql`,
    port: setup.port,
    close: async () => {
      await closeServer(server);
      await gateway.dispose();
    },
  };
});
