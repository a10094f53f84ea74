import { readFile } from 'node:fs/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { SUBGRAPH_NAMES, type SubgraphName, type SystemConfig } from '../../runtime/config.ts';
import { serveGraphQL, type RunningHttpServer } from '../../runtime/graphql-http.ts';
import { maskError } from './error-masking.ts';

/**
 * The federation gateway: plans each query over the composed supergraph and sends each
 * subgraph its part. Subgraphs are routed by name to the configured URLs, not the URLs
 * recorded in the committed supergraph.
 */
export async function startGateway(config: SystemConfig): Promise<RunningHttpServer> {
  const supergraphSdl = await readFile(config.gateway.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new RemoteGraphQLDataSource({ url: subgraphUrl(config, name) }),
  });
  const apollo = new ApolloServer({
    gateway,
    includeStacktraceInErrorResponses: false,
    // runService closes the HTTP server, the server and the store in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    formatError: maskError,
  });
  await apollo.start();
  const server = await serveGraphQL({
    apollo,
    host: config.host,
    port: config.gateway.port,
    maxBodyBytes: config.maxBodyBytes,
    buildContext: async () => ({}),
    routes: {
      '/health': async () => {
        const subgraphs = await subgraphHealth(config);
        const healthy = Object.values(subgraphs).every((status) => status === 'ok');
        return {
          status: healthy ? 200 : 503,
          contentType: 'application/json',
          body: JSON.stringify({ status: healthy ? 'ok' : 'degraded', subgraphs }),
        };
      },
    },
  });
  return {
    ...server,
    close: async () => {
      await server.close();
      await apollo.stop();
    },
  };
}

function subgraphUrl(config: SystemConfig, name: string): string {
  if (!(SUBGRAPH_NAMES as readonly string[]).includes(name)) {
    throw new Error(`The supergraph names a subgraph "${name}" that is not configured.`);
  }
  return config.subgraphs[name as SubgraphName].url;
}

async function subgraphHealth(config: SystemConfig): Promise<Record<SubgraphName, 'ok' | 'unreachable'>> {
  const entries = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const url = new URL('/health', config.subgraphs[name].url);
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        return [name, response.ok ? 'ok' : 'unreachable'] as const;
      } catch {
        return [name, 'unreachable'] as const;
      }
    }),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, 'ok' | 'unreachable'>;
}
