import { randomUUID } from 'node:crypto';
import { createServer, type ServerOptions } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { closeServer, listen, readBodyBytes } from '../runtime/http-listen.ts';
import { runService } from '../runtime/service-main.ts';
import { tlsServerOptions, type ServiceIdentity } from '../runtime/service-tls.ts';
import { benchCallsAs } from './service-tls.ts';
import type { OpenDisclosureCredentials } from './subgraph-credentials.ts';
import { loadUngatedSetup } from './ungated-setup.ts';
import { SCOPE_HEADER } from './workloads.ts';

/**
 * Baseline: stock @apollo/gateway and @apollo/server on the same supergraph and the same running
 * subgraphs, with no authentication and no disclosure gate. The only addition is what the
 * subgraphs require of any caller: the gateway's certificate, a requester token signed with the
 * gateway key and a disclosure context, here one that allows every field of the workload (see
 * open-disclosure.ts). It serves https with the gateway's certificate, as ours does, from Node's
 * https server in the standalone server's place (which serves plain http only).
 */
/** Carries a fetch's request id from `willSendRequest` to the fetcher that signs its token. */
const REQUEST_ID_HEADER = 'x-bench-request-id';

interface BaselineContext {
  scope: string | undefined;
}

class OpenDisclosureDataSource extends RemoteGraphQLDataSource<BaselineContext> {
  private readonly subgraph: string;
  private readonly credentials: OpenDisclosureCredentials;

  constructor(options: { subgraph: string; url: string; credentials: OpenDisclosureCredentials; tls: ServiceIdentity }) {
    super({ url: options.url });
    this.subgraph = options.subgraph;
    this.credentials = options.credentials;
    // The stock client still sends; the token is signed for the exact body it is given, as ours does.
    const stock = this.fetcher;
    this.fetcher = async (url, init) => {
      const { [SCOPE_HEADER]: scope, [REQUEST_ID_HEADER]: requestId, ...headers } = (init?.headers ?? {}) as Record<string, string>;
      const { authorize } = await this.credentials.forSubgraph(scope, this.subgraph, requestId);
      const target = new URL(String(url));
      const authorization = authorize({
        method: init?.method ?? 'POST',
        path: `${target.pathname}${target.search}`,
        body: String(init?.body ?? ''),
      });
      // make-fetch-happen, the stock client, takes the TLS settings of its agent with each request.
      const tls = { ca: options.tls.ca, cert: options.tls.cert, key: options.tls.key };
      return stock(url, { ...init, headers: { ...headers, authorization }, ...tls } as typeof init);
    };
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<BaselineContext>): Promise<void> {
    const scope = 'context' in options ? options.context.scope : undefined;
    // The token signed when the fetch is sent names the same request as the extensions made now.
    const requestId = randomUUID();
    const { extensions } = await this.credentials.forSubgraph(scope, this.subgraph, requestId);
    options.request.extensions = { ...options.request.extensions, ...extensions };
    if (scope !== undefined) options.request.http?.headers.set(SCOPE_HEADER, scope);
    options.request.http?.headers.set(REQUEST_ID_HEADER, requestId);
  }
}

await runService('baseline gateway', async () => {
  const setup = await loadUngatedSetup();
  const tls = benchCallsAs(setup.config, 'gateway');
  const gateway = new ApolloGateway({
    supergraphSdl: setup.supergraphSdl,
    buildService: ({ name }) =>
      new OpenDisclosureDataSource({ subgraph: name, url: setup.subgraphUrl(name), credentials: setup.credentials, tls }),
  });
  const apollo = new ApolloServer<BaselineContext>({ gateway, stopOnTerminationSignals: false });
  await apollo.start();
  const options: ServerOptions = tlsServerOptions(tls, 'any');
  const server = createServer(options, (request, response) => {
    serve(apollo, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await listen(server, setup.config.host, setup.port);
  return {
    url: `https://${setup.config.host}:${setup.port}/graphql`,
    port: setup.port,
    close: async () => {
      await closeServer(server);
      await apollo.stop();
    },
  };
});

/** What the standalone server does with a request: its JSON body and headers to Apollo Server, the answer back. */
async function serve(apollo: ApolloServer<BaselineContext>, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const text = (await readBodyBytes(request, 50 * 1024 * 1024)).toString('utf8');
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const scope = request.headers[SCOPE_HEADER];
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method ?? 'POST',
      headers,
      search: new URL(request.url ?? '/', 'https://localhost').search,
      body: text ? JSON.parse(text) : undefined,
    },
    context: async () => ({ scope: typeof scope === 'string' ? scope : undefined }),
  });
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    response.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}
