import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaseContext } from '@apollo/server';
import { parse } from 'graphql';
import type { RelationalSubgraphName, SystemConfig } from './config.ts';
import type { AuthenticatedRoute, RunningHttpServer } from './graphql-http.ts';
import { openRelationalStore, type RelationalStore } from './relational-store.ts';
import type { Requester } from './requester.ts';
import type { SourceDisclosure } from './policy/subgraph-enforcement.ts';
import { registeredSubgraph, subgraphPath } from '../subgraphs/registry.ts';
import { startSubgraphServer, type CarriedWithWrites, type SubgraphResolvers } from './subgraph-server.ts';
import { readServiceIdentity } from './service-tls.ts';
import { FACTS_CHANGES_MIGRATIONS, factsChangesRoute } from './facts-changes/feed.ts';
import { FACTS_CHANGES_PATH } from './policy/facts-request.ts';

/** What a subgraph over a relational source provides; the runtime does the rest. */
export interface RelationalSubgraphDefinition<TContext extends BaseContext> {
  /** Its name in the registry (subgraphs/registry.ts), which gives its folder, port and `Youth` key. */
  name: RelationalSubgraphName;
  resolvers: SubgraphResolvers;
  /**
   * Builds the per-request context (fresh DataLoaders, the requester, the decisions the gateway
   * sent) over the opened store.
   */
  createContext: (
    store: RelationalStore,
    config: SystemConfig,
  ) => (requester: Requester, disclosure: SourceDisclosure, extensions: Readonly<Record<string, unknown>>) => TContext;
  /** JSON routes only the gateway may call, over the opened store (for example `/disclosure-facts`). */
  gatewayRoutes?: (store: RelationalStore, config: SystemConfig) => Record<string, AuthenticatedRoute<Requester>>;
  /** Gateway routes the gateway may also call by a GraphQL request extension (see SubgraphServerOptions). */
  carriedRoutes?: Record<string, string>;
  /** Carried routes whose body a mutation's writes take instead (see SubgraphServerOptions). */
  carriedWithWrites?: Record<string, CarriedWithWrites<TContext>>;
  /** Work the subgraph does beside answering requests, started with it and stopped before its store closes. */
  background?: (store: RelationalStore, config: SystemConfig) => Promise<{ stop: () => Promise<void> }>;
}

/**
 * The subgraph's store, as its service (its own role, after the owner ran the migrations) or as the
 * database's owner (loading a scenario, which replaces whole tables).
 */
/** The folders of a subgraph's migrations: its own, after the change feed's when its registry entry says it keeps one. */
export function subgraphMigrations(name: RelationalSubgraphName): string[] {
  return [...(registeredSubgraph(name).factsChanges ? [FACTS_CHANGES_MIGRATIONS] : []), fileURLToPath(subgraphPath(name, 'migrations/'))];
}

export function openSubgraphStore(
  definition: Pick<RelationalSubgraphDefinition<BaseContext>, 'name'>,
  config: SystemConfig,
  as: 'service' | 'owner' = 'service',
): Promise<RelationalStore> {
  const ownerUrl = config.databaseOwnerUrls[definition.name];
  return openRelationalStore({
    databaseUrl: as === 'owner' ? (ownerUrl ?? config.databaseUrls[definition.name]) : config.databaseUrls[definition.name],
    ownerUrl: as === 'owner' ? undefined : ownerUrl,
    embeddedDirectory: join(config.dataDirectory, definition.name, 'pgdata'),
    migrationsDirectories: subgraphMigrations(definition.name),
  });
}

export async function startRelationalSubgraph<TContext extends BaseContext>(
  definition: RelationalSubgraphDefinition<TContext>,
  config: SystemConfig,
): Promise<RunningHttpServer> {
  const tls = readServiceIdentity(config.tls, definition.name);
  const store = await openSubgraphStore(definition as RelationalSubgraphDefinition<BaseContext>, config);
  const background = await definition.background?.(store, config).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const createContext = definition.createContext(store, config);
  const server = await startSubgraphServer<TContext>({
    name: definition.name,
    typeDefs: parse(await readFile(subgraphPath(definition.name, 'schema.graphql'), 'utf8')),
    resolvers: definition.resolvers,
    host: config.host,
    port: config.subgraphs[definition.name].port,
    tls,
    maxBodyBytes: config.maxBodyBytes,
    maxGatewayRouteBodyBytes: config.maxGatewayRouteBodyBytes,
    gatewayJwksPath: config.requesterTokens.gatewayJwksPath,
    youthKey: registeredSubgraph(definition.name).youthKey,
    policy: config.policy,
    buildContext: async (requester, disclosure, extensions) => createContext(requester, disclosure, extensions),
    gatewayRoutes: { ...factsChangesRoutes(definition.name, store), ...definition.gatewayRoutes?.(store, config) },
    carriedRoutes: definition.carriedRoutes ?? {},
    carriedWithWrites: definition.carriedWithWrites ?? {},
    sourceRoundTrips: () => store.roundTrips(),
    sourceReachable: () => store.query('SELECT 1'),
  });
  return {
    ...server,
    close: async () => {
      await server.close();
      await background?.stop();
      await store.close();
    },
  };
}

/** The change feed of the subgraph's facts, when its registry entry says its store keeps one (`factsChanges`). */
function factsChangesRoutes(name: RelationalSubgraphName, store: RelationalStore): Record<string, AuthenticatedRoute<Requester>> {
  return registeredSubgraph(name).factsChanges ? { [FACTS_CHANGES_PATH]: factsChangesRoute(store) } : {};
}
