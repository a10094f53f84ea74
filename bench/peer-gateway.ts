import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { closeServer, listen } from '../runtime/http-listen.ts';
import { runService } from '../runtime/service-main.ts';
import type { OpenDisclosureCredentials } from './subgraph-credentials.ts';
import { loadUngatedSetup, withConfiguredUrls } from './ungated-setup.ts';
import { SCOPE_HEADER } from './workloads.ts';

/**
 * Peer: Hive Gateway's runtime on the same supergraph and the same running subgraphs, served by
 * node:http, with no authentication and no disclosure gate. A plugin with one hook gives each
 * subgraph request the same requester token and disclosure context as the baseline.
 */
function openDisclosurePlugin(credentials: OpenDisclosureCredentials): GatewayPlugin {
  return {
    async onSubgraphExecute({ subgraphName, executionRequest, setExecutionRequest }) {
      const request = (executionRequest.context as { request?: Request } | undefined)?.request;
      const { authorization, extensions } = await credentials.forSubgraph(request?.headers.get(SCOPE_HEADER), subgraphName);
      // executor-http sends `extensions.headers` as HTTP headers and the rest in the body.
      setExecutionRequest({
        ...executionRequest,
        extensions: { ...executionRequest.extensions, ...extensions, headers: { authorization } },
      });
    },
  };
}

await runService('peer gateway', async () => {
  const setup = await loadUngatedSetup();
  const gateway = createGatewayRuntime({
    supergraph: withConfiguredUrls(setup.supergraphSdl, setup.subgraphUrl),
    logging: 'warn',
    landingPage: false,
    graphiql: false,
    plugins: () => [openDisclosurePlugin(setup.credentials)],
  });
  const server = createServer(gateway);
  server.keepAliveTimeout = 65_000;
  await listen(server, setup.config.host, setup.port);
  return {
    url: `http://${setup.config.host}:${setup.port}/graphql`,
    port: setup.port,
    close: async () => {
      await closeServer(server);
      await gateway.dispose();
    },
  };
});
