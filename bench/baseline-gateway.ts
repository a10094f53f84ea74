import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { runService } from '../runtime/service-main.ts';
import type { OpenDisclosureCredentials } from './subgraph-credentials.ts';
import { loadUngatedSetup } from './ungated-setup.ts';
import { SCOPE_HEADER } from './workloads.ts';

/**
 * Baseline: stock @apollo/gateway and @apollo/server (standalone) on the same supergraph and the
 * same running subgraphs, with no authentication and no disclosure gate. The only addition is what
 * the subgraphs require of any caller: a requester token signed with the gateway key and a
 * disclosure context, here one that allows every field of the workload (see open-disclosure.ts).
 */
interface BaselineContext {
  scope: string | undefined;
}

class OpenDisclosureDataSource extends RemoteGraphQLDataSource<BaselineContext> {
  private readonly subgraph: string;
  private readonly credentials: OpenDisclosureCredentials;

  constructor(options: { subgraph: string; url: string; credentials: OpenDisclosureCredentials }) {
    super({ url: options.url });
    this.subgraph = options.subgraph;
    this.credentials = options.credentials;
    // The stock client still sends; the token is signed for the exact body it is given, as ours does.
    const stock = this.fetcher;
    this.fetcher = async (url, init) => {
      const { [SCOPE_HEADER]: scope, ...headers } = (init?.headers ?? {}) as Record<string, string>;
      const { authorize } = await this.credentials.forSubgraph(scope, this.subgraph);
      const target = new URL(String(url));
      const authorization = authorize({ method: init?.method ?? 'POST', path: `${target.pathname}${target.search}`, body: String(init?.body ?? '') });
      return stock(url, { ...init, headers: { ...headers, authorization } });
    };
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<BaselineContext>): Promise<void> {
    const scope = 'context' in options ? options.context.scope : undefined;
    const { extensions } = await this.credentials.forSubgraph(scope, this.subgraph);
    options.request.extensions = { ...options.request.extensions, ...extensions };
    if (scope !== undefined) options.request.http?.headers.set(SCOPE_HEADER, scope);
  }
}

await runService('baseline gateway', async () => {
  const setup = await loadUngatedSetup();
  const gateway = new ApolloGateway({
    supergraphSdl: setup.supergraphSdl,
    buildService: ({ name }) => new OpenDisclosureDataSource({ subgraph: name, url: setup.subgraphUrl(name), credentials: setup.credentials }),
  });
  const server = new ApolloServer<BaselineContext>({ gateway, stopOnTerminationSignals: false });
  const { url } = await startStandaloneServer(server, {
    listen: { host: setup.config.host, port: setup.port },
    context: async ({ req }) => {
      const scope = req.headers[SCOPE_HEADER];
      return { scope: typeof scope === 'string' ? scope : undefined };
    },
  });
  return { url, port: setup.port, close: () => server.stop() };
});
