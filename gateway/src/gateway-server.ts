import { readFile } from 'node:fs/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import type { SubgraphReadinessAnswer } from '../../runtime/__generated__/subgraph-readiness.ts';
import type { SubgraphName, SystemConfig } from '../../runtime/config.ts';
import { contractValidator } from '../../runtime/contracts.ts';
import { DecideAgain, serveGraphQL, type RunningHttpServer } from '../../runtime/graphql-http.ts';
import { createLogger } from '../../runtime/logger.ts';
import type { Requester } from '../../runtime/requester.ts';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import { callService, callServicesWith } from '../../runtime/service-http.ts';
import { readServiceIdentity } from '../../runtime/service-tls.ts';
import { AccessTokenVerifier } from './authentication/access-token.ts';
import { requestAuthenticator } from './authentication/authenticate-request.ts';
import { StaffDirectory } from './authentication/staff-directory.ts';
import { NoticeChangesWatcher } from './notices/notice-changes-watcher.ts';
import { NoticeListeners } from './notices/notice-listeners.ts';
import { NOTICE_STREAM_PATH, noticeStream } from './notices/notice-stream.ts';
import { PurposeOfUseReader } from './authentication/purpose-of-use.ts';
import { Supergraph } from '@apollo/federation-internals';
import { classificationsFromSdl } from '../../runtime/policy/classifications.ts';
import type { SubgraphDisclosureScope } from '../../runtime/policy/disclosure-context.ts';
import { PolicySource } from '../../runtime/policy/policy-source.ts';
import { RequestRejection } from '../../runtime/requester.ts';
import { AuditUnavailableError, DecisionsOutdatedError, DisclosureAuditClient } from './audit/disclosure-audit-client.ts';
import { maskError } from './error-masking.ts';
import { DisclosureGate } from './gate/disclosure-gate.ts';
import { GATE_ALIASES } from './gate/operation-rewrite.ts';
import { factsChangeFeeds, factsSubgraphUrls, subgraphRoutes } from './subgraph-routing.ts';
import { youthScopesFromSdl } from '../../runtime/policy/youth-scopes.ts';
import { GateMetrics } from './gate/gate-metrics.ts';
import { metricsAnswer, serviceRegistry } from '../../runtime/metrics.ts';
import { FactsVersionWatcher } from './facts/facts-version-watcher.ts';
import { YouthFactsClient, YouthFactsUnavailableError } from './facts/youth-facts-client.ts';
import { asksForSteeringReport, SteeringFactsClient } from './facts/steering-facts-client.ts';
import { operationLimitsRule } from './hardening/operation-limits.ts';
import { clientMistakesPlugin, withoutSuggestions } from './hardening/client-mistakes.ts';
import { RequesterRateLimit } from './hardening/requester-rate-limit.ts';
import {
  RequesterForwardingDataSource,
  subgraphDisclosureScopes,
  type GatewayContext,
  type RequestDisclosure,
} from './subgraph-requests.ts';

/** Longest the readiness check waits for one subgraph; its own check of its source takes at most 2 s. */
const READINESS_TIMEOUT_MS = 3_000;

/** The subgraph that keeps the disclosure audit: the CSEC program's own. */
const AUDIT_SUBGRAPH = 'csec' satisfies SubgraphName;

/**
 * The federation gateway: authenticates each request, passes it through the disclosure gate, plans
 * it over the supergraph and sends each subgraph its part with a requester token. Any supergraph
 * works: its subgraphs are routed as `subgraphRoutes` says.
 */
export async function startGateway(config: SystemConfig): Promise<RunningHttpServer> {
  const logger = createLogger('gateway');
  const supergraphSdl = await readFile(config.gateway.supergraphPath, 'utf8');
  // One certificate: the subgraphs ask the gateway for it, and people's clients check it.
  const tls = readServiceIdentity(config.tls, 'gateway');
  callServicesWith(tls);
  const signer = await RequesterTokenSigner.fromKeyFile(config.gateway.signingKeyPath, config.requesterTokens.lifetimeSeconds);
  const supergraph = Supergraph.build(supergraphSdl);
  const disclosureScopes = subgraphDisclosureScopes(supergraph);
  const routes = subgraphRoutes(supergraph, config);
  const youthScopes = youthScopesFromSdl(supergraphSdl);
  const csecRoute = routes.get(AUDIT_SUBGRAPH);
  const steeringFacts =
    csecRoute === undefined
      ? undefined
      : new SteeringFactsClient({ csec: csecRoute, childWelfare: routes.get('child-welfare'), probation: routes.get('probation'), signer });
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    buildService: ({ name }) =>
      new RequesterForwardingDataSource({
        subgraph: name,
        url: routeOf(routes, name),
        signer,
        scope: disclosureScopeOf(disclosureScopes, name),
        keepsAudit: name === AUDIT_SUBGRAPH,
        timeoutMs: config.gateway.subgraphTimeoutMs,
        reportTimeoutMs: config.gateway.reportTimeoutMs,
        ...(name === AUDIT_SUBGRAPH ? { steeringFacts } : {}),
      }),
  });
  const validationRules = [operationLimitsRule(config.gateway.operationLimits, { uncountedAliases: GATE_ALIASES })];
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    includeStacktraceInErrorResponses: false,
    introspection: config.mode !== 'production',
    csrfPrevention: true,
    // runService closes the HTTP server, then this server, on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    formatError: config.mode === 'production' ? (formatted) => withoutSuggestions(maskError(formatted)) : maskError,
    // Every operation passes the disclosure gate as text; a stored query would bypass it.
    persistedQueries: false,
    validationRules,
    plugins: [ApolloServerPluginLandingPageDisabled(), clientMistakesPlugin()],
  });
  await apollo.start();
  const factsUrls = factsSubgraphUrls(supergraph, routes, youthScopes, disclosureScopes);
  // One watcher of each subgraph that serves a change feed of its facts (subgraphs/registry.ts).
  const factsVersions = factsChangeFeeds(factsUrls).map(
    ({ subgraph, url }) =>
      new FactsVersionWatcher({
        subgraph,
        url,
        signer,
        onNewer: (version) => {
          facts.heardOf(subgraph, version);
          // The staff directory is the CSEC program's.
          if (subgraph === 'csec') directory.forgetEverything();
        },
      }),
  );
  const knownCurrent = Object.fromEntries(factsVersions.map((watcher) => [watcher.subgraph, () => watcher.live]));
  const metrics = serviceRegistry();
  const gateMetrics = new GateMetrics(metrics);
  const facts = new YouthFactsClient({
    subgraphUrls: factsUrls,
    signer,
    knownCurrent,
    onAnswer: (subgraph, remembered) => gateMetrics.factsAnswered(subgraph, remembered),
  });
  const directory = new StaffDirectory({
    csecUrl: config.subgraphs[AUDIT_SUBGRAPH].url,
    signer,
    knownCurrent: knownCurrent['csec'] ?? (() => false),
  });
  for (const watcher of factsVersions) watcher.start();
  // The push channel: each member hears when a notice is given to them (docs/mdt-records.md).
  const listeners = new NoticeListeners();
  const noticeChanges =
    csecRoute === undefined
      ? undefined
      : new NoticeChangesWatcher({
          csecUrl: csecRoute,
          signer,
          onChanged: (userIds) => listeners.touch(userIds),
          onReset: () => listeners.touchEveryone(),
        });
  noticeChanges?.start();
  const policies = await PolicySource.start({
    ...config.policy,
    onChange: ({ revision, previousRevision }) =>
      logger.info({ policyRevision: revision, previousRevision }, 'disclosure policy revision in force'),
    onFailure: (reason) => logger.error({ reason }, 'a disclosure policy bundle was refused'),
  });
  if (!policies.current().available) logger.error('no disclosure policy could be loaded; every field is withheld');
  const authenticate = requestAuthenticator(
    await AccessTokenVerifier.create(config.authentication),
    directory,
    new PurposeOfUseReader(() => policies.current().vocabulary),
  );
  const gate = new DisclosureGate({
    metrics: gateMetrics,
    apiSchema: supergraph.apiSchema().toGraphQLJSSchema(),
    validationRules,
    maxTokens: config.gateway.maxTokens,
    classifications: classificationsFromSdl(supergraphSdl),
    youthScopes,
    // Taken once per request: a new revision applies from the next request on.
    policy: () => policies.current(),
    facts,
    audit: new DisclosureAuditClient({
      csecUrl: config.subgraphs[AUDIT_SUBGRAPH].url,
      signer,
      maxBodyBytes: config.maxGatewayRouteBodyBytes,
    }),
  });
  const rateLimit = new RequesterRateLimit(config.gateway.requestsPerSecondPerUser);
  // Each request's decisions, kept by its verified requester object until the request ends.
  const disclosures = new WeakMap<Requester, RequestDisclosure>();
  const server = await serveGraphQL<GatewayContext, Requester>({
    apollo,
    host: config.host,
    port: config.gateway.port,
    // People's clients (the web application, integrators) prove who they are with an access token, not a certificate.
    tls: { identity: tls, clients: 'any' },
    maxBodyBytes: config.maxBodyBytes,
    maxResponseBytes: config.gateway.maxResponseBytes,
    requestDeadlineMs: config.gateway.requestDeadlineMs,
    longerDeadlineMs: (parameters) => (asksForSteeringReport(parameters.query) ? config.gateway.reportTimeoutMs : undefined),
    logger,
    authenticate,
    buildContext: async (requester) => ({ requester, disclosure: disclosures.get(requester) }),
    gate: async (requester, parameters) => {
      await rateLimit.admit(requester);
      try {
        const gated = await gate.admit(requester, parameters);
        if (!gated) return undefined;
        disclosures.set(requester, { context: gated.disclosureContext, answersFromFacts: gated.answersFromFacts, audit: gated.audit });
        return {
          parameters: gated.parameters,
          finish: (responseBody: string) =>
            gated.finish(responseBody).catch((error: unknown) => {
              if (!(error instanceof DecisionsOutdatedError)) return Promise.reject(unavailable(error));
              gateMetrics.decidedAgain();
              return Promise.reject(new DecideAgain());
            }),
          unsent: () => gated.unsent(),
        };
      } catch (error) {
        throw unavailable(error);
      }
    },
    streamRoutes: { [NOTICE_STREAM_PATH]: noticeStream(listeners) },
    routes: {
      '/metrics': () => metricsAnswer(metrics),
      // Liveness: the process answers, and which policy revision it decides with.
      '/health': () => ({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ status: 'ok', policyRevision: policies.revision }),
      }),
      // Readiness: whether a request can be answered now, and which dependency stands in the way.
      '/ready': async () => {
        const subgraphs = await subgraphReadiness(routes);
        const policy = policies.current().available ? 'ok' : 'unavailable';
        const ready = policy === 'ok' && Object.values(subgraphs).every((subgraph) => subgraph.status === 'ready');
        return {
          status: ready ? 200 : 503,
          contentType: 'application/json',
          body: JSON.stringify({ status: ready ? 'ready' : 'unavailable', policyRevision: policies.revision, policy, subgraphs }),
        };
      },
    },
  });
  return {
    ...server,
    close: async () => {
      await Promise.all(factsVersions.map((watcher) => watcher.stop()));
      noticeChanges?.stop();
      policies.stop();
      await server.close();
      await apollo.stop();
    },
  };
}

/** Without facts to decide on, or without a place to record the decisions, nothing is disclosed. */
function unavailable(error: unknown): unknown {
  if (error instanceof YouthFactsUnavailableError || error instanceof AuditUnavailableError) {
    return new RequestRejection(
      503,
      error.code,
      'Access decisions cannot be made or recorded right now, so nothing was disclosed. Try again shortly.',
    );
  }
  return error;
}

function disclosureScopeOf(scopes: ReadonlyMap<string, SubgraphDisclosureScope>, name: string): SubgraphDisclosureScope {
  const scope = scopes.get(name);
  if (!scope) throw new Error(`The gateway was asked for a subgraph "${name}" that the supergraph does not define.`);
  return scope;
}

function routeOf(routes: ReadonlyMap<string, string>, name: string): string {
  const url = routes.get(name);
  if (!url) throw new Error(`The gateway was asked for a subgraph "${name}" that the supergraph does not define.`);
  return url;
}

/** A subgraph's `/ready` answer, checked against its contract (schema/subgraph-readiness.schema.json): dependencies are listed only from one that is. */
const subgraphReadinessAnswer = contractValidator<SubgraphReadinessAnswer>('subgraph-readiness', 'subgraphReadiness');

interface SubgraphReadiness {
  status: 'ready' | 'unavailable' | 'unreachable';
  /** Each dependency the subgraph reports (source, policy), by name. */
  dependencies?: Record<string, string>;
}

/** Each subgraph's own readiness; a subgraph without `/ready` (another county service) counts as ready when `/health` answers. */
async function subgraphReadiness(routes: ReadonlyMap<string, string>): Promise<Record<string, SubgraphReadiness>> {
  const entries = await Promise.all(
    [...routes].map(async ([name, route]): Promise<[string, SubgraphReadiness]> => {
      try {
        const ready = await callService(new URL('/ready', route), { timeoutMs: READINESS_TIMEOUT_MS });
        if (ready.status === 404) {
          const health = await callService(new URL('/health', route), { timeoutMs: READINESS_TIMEOUT_MS });
          return [name, { status: health.ok ? 'ready' : 'unavailable' }];
        }
        const body: unknown = await ready.json().catch(() => undefined);
        return [
          name,
          { status: ready.ok ? 'ready' : 'unavailable', ...(subgraphReadinessAnswer(body) ? { dependencies: body.dependencies } : {}) },
        ];
      } catch {
        return [name, { status: 'unreachable' }];
      }
    }),
  );
  return Object.fromEntries(entries);
}
