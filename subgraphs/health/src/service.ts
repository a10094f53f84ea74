import { readFile } from 'node:fs/promises';
import { parse } from 'graphql';
import type { SystemConfig } from '../../../runtime/config.ts';
import type { RunningHttpServer } from '../../../runtime/graphql-http.ts';
import { startSubgraphServer } from '../../../runtime/subgraph-server.ts';
import { readServiceIdentity } from '../../../runtime/service-tls.ts';
import { registeredSubgraph, subgraphPath } from '../../registry.ts';
import type { HealthContext } from './context.ts';
import { FhirClient } from './fhir-client.ts';
import { EMBEDDED_FHIR_BASE_PATH } from './fhir-conventions.ts';
import { HealthClassifier } from './health-classification.ts';
import { createHealthLoaders } from './loaders.ts';
import { healthResolvers } from './resolvers.ts';
import { HealthSource } from './source.ts';

/** The health system's FHIR base URL: the configured one, else the embedded FHIR server's. */
export function healthFhirBaseUrl(config: SystemConfig): string {
  if (config.health.fhirBaseUrl) return config.health.fhirBaseUrl;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return `https://${host}:${config.health.embeddedFhirPort}${EMBEDDED_FHIR_BASE_PATH}`;
}

/**
 * Starts the health subgraph over the county health system's FHIR API. The FHIR server (the
 * embedded one by default) must already be running; the subgraph opens no store of its own.
 */
export async function startHealthSubgraph(config: SystemConfig): Promise<RunningHttpServer> {
  const tls = readServiceIdentity(config.tls, 'health');
  const client = new FhirClient(healthFhirBaseUrl(config));
  const source = new HealthSource(client);
  return startSubgraphServer<HealthContext>({
    name: 'health',
    typeDefs: parse(await readFile(subgraphPath('health', 'schema.graphql'), 'utf8')),
    resolvers: healthResolvers,
    host: config.host,
    port: config.subgraphs.health.port,
    // The same certificate answers the gateway and calls the FHIR server.
    tls,
    maxBodyBytes: config.maxBodyBytes,
    maxGatewayRouteBodyBytes: config.maxGatewayRouteBodyBytes,
    gatewayJwksPath: config.requesterTokens.gatewayJwksPath,
    youthKey: registeredSubgraph('health').youthKey,
    policy: config.policy,
    // Records are filed by the value sets of the policy revision the request is decided under.
    buildContext: async (requester, disclosure) => ({
      requester,
      loaders: createHealthLoaders(source, HealthClassifier.of(disclosure.policy)),
    }),
    sourceRoundTrips: () => source.roundTrips(),
    sourceReachable: () => client.capabilities(),
  });
}
