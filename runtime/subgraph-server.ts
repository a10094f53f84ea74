import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { OperationTypeNode, print, type DocumentNode } from 'graphql';
import type { SubgraphReadinessAnswer } from './__generated__/subgraph-readiness.ts';
import { RECORD_FILINGS_EXTENSION } from './audit/disclosure-record.ts';
import { classificationsFromSdl } from './policy/classifications.ts';
import type { PolicyConfig } from './config.ts';
import { PolicySource } from './policy/policy-source.ts';
import { SourceDisclosure, enforceDisclosureAtSource, type YouthKey } from './policy/subgraph-enforcement.ts';
import { serveGraphQL, type AuthenticatedRoute, type RunningHttpServer } from './graphql-http.ts';
import { createLogger } from './logger.ts';
import { Counter, type Registry } from 'prom-client';
import { metricsAnswer, serviceRegistry } from './metrics.ts';
import type { Requester } from './requester.ts';
import { RequesterTokenVerifier } from './requester-token.ts';
import { callServicesWith } from './service-http.ts';
import type { ServiceIdentity } from './service-tls.ts';

/**
 * Resolvers as the generated `Resolvers` type declares them. Their federation-aware signatures
 * are checked there; buildSubgraphSchema takes them as a plain resolver map.
 */
export type SubgraphResolvers = object;

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: SubgraphResolvers;
  host: string;
  port: number;
  /** This subgraph's certificate: its listener asks every caller for one from the same authorities, and its own calls present it. */
  tls: ServiceIdentity;
  maxBodyBytes: number;
  /** Largest body of a gateway-only route. */
  maxGatewayRouteBodyBytes: number;
  /** The gateway's public keys (JWKS file): the only signer this subgraph trusts. */
  gatewayJwksPath: string;
  /** How this subgraph's `Youth` entity names the youth. */
  youthKey: YouthKey;
  /** The signed disclosure policy bundle, the same one the gateway decides with, kept current. */
  policy: PolicyConfig;
  /**
   * Builds a request's context for the requester the gateway vouched for, the decisions it sent, and
   * the request's extensions (covered by the requester token's body digest, as the decisions are).
   */
  buildContext: (requester: Requester, disclosure: SourceDisclosure, extensions: Readonly<Record<string, unknown>>) => Promise<TContext>;
  /** JSON routes only the gateway may call (POST, requester token required), such as `/disclosure-facts`. */
  gatewayRoutes?: Record<string, AuthenticatedRoute<Requester>>;
  /**
   * Gateway routes the gateway may call with a GraphQL request instead, saving an exchange: request
   * extension -> route path. The extension's value is answered as the route answers its body, while
   * the operation runs, in the response extension of the same name; refused, it gets no answer.
   */
  carriedRoutes?: Record<string, string>;
  /**
   * Carried routes whose body a mutation's writes take instead of the route (request extension -> how
   * the request's context takes it), so what the route would record is written in the writes' own
   * transactions. The function it returns gives, once the operation ran, the response extensions
   * that answer the body.
   */
  carriedWithWrites?: Record<string, CarriedWithWrites<TContext>>;
  /** Source round trips so far, reported at `/metrics` so batching can be observed. */
  sourceRoundTrips: () => number;
  /** Resolves once the agency's source (database, FHIR server) answers a trivial request: readiness at `/ready`. */
  sourceReachable: () => Promise<unknown>;
}

/** How a mutation's writes take a carried body. */
export interface CarriedWithWrites<TContext> {
  /** Hands the body to the request's context; returns the response extensions that answer it once the operation ran. */
  take(context: TContext, requester: Requester, body: unknown): () => Record<string, unknown>;
}

/** Longest a readiness check waits for the source: a hung source is not ready. */
const READINESS_TIMEOUT_MS = 2_000;

const SOURCE_DISCLOSURE = Symbol('source disclosure');
const CALLER = Symbol('requester');

/**
 * Starts one agency's Apollo Federation 2 subgraph over HTTPS, with `/health` and `/metrics`.
 * A caller without a certificate from the services' authorities is refused in the TLS handshake;
 * GraphQL requests are answered only with a valid requester token signed by the gateway for
 * this subgraph; anything else gets 401 before any resolver runs.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningHttpServer> {
  const logger = createLogger(`${options.name}-subgraph`);
  callServicesWith(options.tls);
  const schema = buildSubgraphSchema({
    typeDefs: options.typeDefs,
    resolvers: options.resolvers as GraphQLResolverMap<unknown>,
  });
  const policies = await PolicySource.start({
    ...options.policy,
    onChange: ({ revision, previousRevision }) =>
      logger.info({ policyRevision: revision, previousRevision }, 'disclosure policy revision in force'),
    onFailure: (reason) => logger.error({ reason }, 'a disclosure policy bundle was refused'),
  });
  if (!policies.current().available) logger.error('no disclosure policy could be loaded; every field is withheld');
  enforceDisclosureAtSource(schema, classificationsFromSdl(print(options.typeDefs)), options.youthKey, (context) =>
    typeof context === 'object' && context !== null
      ? (context as { [SOURCE_DISCLOSURE]?: SourceDisclosure })[SOURCE_DISCLOSURE]
      : undefined,
  );
  const apollo = new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // runService closes the HTTP server, the server and the store in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    // Traces would go to Apollo's hosted service; nothing leaves the county.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      carriedRoutesPlugin(options.gatewayRoutes ?? {}, options.carriedRoutes ?? {}, options.carriedWithWrites ?? {}),
      deliveredRecordsPlugin(),
    ],
  });
  await apollo.start();
  const verifier = await RequesterTokenVerifier.fromJwksFile(options.gatewayJwksPath, options.name);
  const metrics = subgraphMetrics(options.name, options.sourceRoundTrips);
  const server = await serveGraphQL<TContext, Requester>({
    apollo,
    host: options.host,
    port: options.port,
    tls: { identity: options.tls, clients: 'certificate-required' },
    // Only the gateway gets past authentication, and its requests carry the disclosure context.
    maxBodyBytes: options.maxGatewayRouteBodyBytes,
    logger,
    authenticate: async (request) => verifier.verify(request.headers.authorization),
    confirmRequest: (requester, request) => verifier.confirm(requester, request),
    buildContext: async (requester, parameters) => {
      const disclosure = new SourceDisclosure(requester, parameters.extensions, policies.current());
      const extensions =
        typeof parameters.extensions === 'object' && parameters.extensions !== null
          ? (parameters.extensions as Record<string, unknown>)
          : {};
      const context = await options.buildContext(requester, disclosure, extensions);
      // Symbol-keyed properties survive Apollo Server's per-operation copy of the context.
      return Object.assign(context, { [SOURCE_DISCLOSURE]: disclosure, [CALLER]: requester });
    },
    authenticatedRoutes: options.gatewayRoutes ?? {},
    maxAuthenticatedRouteBodyBytes: options.maxGatewayRouteBodyBytes,
    routes: {
      // Liveness: the process answers.
      '/health': () => ({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ status: 'ok', subgraph: options.name }),
      }),
      // Readiness: each dependency a request needs, by name only (never an address or a credential).
      '/ready': async () => {
        const dependencies: SubgraphReadinessAnswer['dependencies'] = {
          source: (await answersWithin(options.sourceReachable, READINESS_TIMEOUT_MS)) ? 'ok' : 'unavailable',
          policy: policies.current().available ? 'ok' : 'unavailable',
        };
        const ready = Object.values(dependencies).every((status) => status === 'ok');
        const answer: SubgraphReadinessAnswer = { status: ready ? 'ready' : 'unavailable', subgraph: options.name, dependencies };
        return { status: ready ? 200 : 503, contentType: 'application/json', body: JSON.stringify(answer) };
      },
      '/metrics': () => metricsAnswer(metrics),
    },
  });
  return {
    ...server,
    close: async () => {
      policies.stop();
      await server.close();
      await apollo.stop();
    },
  };
}

async function answersWithin(check: () => Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      check().then(
        () => true,
        () => false,
      ),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Answers the carried routes of each GraphQL request (see `carriedRoutes`), once its operation is
 * known: a mutation's writes take the bodies of `carriedWithWrites` instead. A refusal or failure
 * leaves its answer out: the gateway then calls the route itself, which says why.
 */
function carriedRoutesPlugin<TContext extends BaseContext>(
  routes: Record<string, AuthenticatedRoute<Requester>>,
  carried: Record<string, string>,
  withWrites: Record<string, CarriedWithWrites<TContext>>,
): ApolloServerPlugin<TContext> {
  const carriedRoutes = Object.entries(carried).map(([extension, path]) => {
    const route = routes[path];
    if (!route) throw new Error(`The carried route ${path} (extension ${extension}) is not one of the subgraph's gateway routes.`);
    return { extension, route, takenByWrites: withWrites[extension] };
  });
  return {
    async requestDidStart({ request, contextValue }) {
      const extensions = request.extensions as Record<string, unknown> | undefined;
      const requester = (contextValue as { [CALLER]?: Requester })[CALLER];
      if (!extensions || !requester || carriedRoutes.every(({ extension }) => extensions[extension] === undefined)) return undefined;
      // Each carried body's answer, as response extensions: a route's as it comes, the writes' once they ran.
      let answers: Array<() => Promise<Record<string, unknown> | undefined>> = [];
      return {
        async didResolveOperation({ operation }) {
          const isMutation = operation?.operation === OperationTypeNode.MUTATION;
          answers = carriedRoutes.flatMap(({ extension, route, takenByWrites }) => {
            const body = extensions[extension];
            if (body === undefined) return [];
            if (takenByWrites && isMutation) {
              const answer = takenByWrites.take(contextValue, requester, body);
              return [async () => answer()];
            }
            const answered = route(requester, body).then(
              (answer) => ({ [extension]: answer }),
              () => undefined,
            );
            return [() => answered];
          });
        },
        async willSendResponse({ response }) {
          // Writes' answers are read only now, after every write of the operation ran.
          const answered = (await Promise.all(answers.map((answer) => answer().catch(() => undefined)))).filter(
            (answer) => answer !== undefined,
          );
          if (answered.length === 0 || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, ...Object.assign({}, ...answered) };
        },
      };
    },
  };
}

/** Tells the gateway which filed records the answer's lists held and which it sent, for the audit (RECORD_FILINGS_EXTENSION). */
function deliveredRecordsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const delivered = (contextValue as { [SOURCE_DISCLOSURE]?: SourceDisclosure })[SOURCE_DISCLOSURE]?.deliveredRecords() ?? [];
          if (delivered.length === 0 || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, [RECORD_FILINGS_EXTENSION]: delivered };
        },
      };
    },
  };
}

/** The subgraph's metrics: its process, and the round trips to its source that batching keeps down. */
function subgraphMetrics(subgraph: string, roundTrips: () => number): Registry {
  const registry = serviceRegistry();
  let reported = 0;
  new Counter({
    name: 'csec_source_round_trips_total',
    help: 'Queries or HTTP requests this subgraph has sent to its source system.',
    labelNames: ['subgraph'],
    registers: [registry],
    // The source counts its own round trips; each scrape adds what it counted since the last.
    collect() {
      const now = roundTrips();
      this.inc({ subgraph }, now - reported);
      reported = now;
    },
  });
  return registry;
}
