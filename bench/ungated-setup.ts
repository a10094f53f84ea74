import { readFile } from 'node:fs/promises';
import { SUBGRAPH_NAMES, loadConfig, type SubgraphName, type SystemConfig } from '../runtime/config.ts';
import { OpenDisclosureCredentials } from './subgraph-credentials.ts';

/** The environment variables the bench adds to the services' environment for an ungated gateway process. */
export const UNGATED_PORT_VARIABLE = 'BENCH_GATEWAY_PORT';
export const OPEN_DISCLOSURE_PATH_VARIABLE = 'BENCH_OPEN_DISCLOSURE_PATH';

/** What every ungated configuration (baseline, peer, floor) starts from. */
export interface UngatedSetup {
  config: SystemConfig;
  port: number;
  supergraphSdl: string;
  credentials: OpenDisclosureCredentials;
  subgraphUrl: (name: string) => string;
}

export async function loadUngatedSetup(env: NodeJS.ProcessEnv = process.env): Promise<UngatedSetup> {
  const config = loadConfig(env);
  const port = Number(env[UNGATED_PORT_VARIABLE]);
  const disclosurePath = env[OPEN_DISCLOSURE_PATH_VARIABLE];
  if (!Number.isInteger(port) || port <= 0 || !disclosurePath) {
    throw new Error(`${UNGATED_PORT_VARIABLE} and ${OPEN_DISCLOSURE_PATH_VARIABLE} must be set (npm run bench sets them).`);
  }
  const supergraphSdl = await readFile(config.gateway.supergraphPath, 'utf8');
  return {
    config,
    port,
    supergraphSdl,
    credentials: await OpenDisclosureCredentials.load(
      disclosurePath,
      supergraphSdl,
      config.gateway.signingKeyPath,
      config.requesterTokens.lifetimeSeconds,
    ),
    subgraphUrl: (name) => {
      if (!(SUBGRAPH_NAMES as readonly string[]).includes(name))
        throw new Error(`The supergraph names a subgraph "${name}" that is not configured.`);
      return config.subgraphs[name as SubgraphName].url;
    },
  };
}

/** The supergraph with each subgraph's URL replaced by the configured one (the committed file names default ports). */
export function withConfiguredUrls(supergraphSdl: string, subgraphUrl: (name: string) => string): string {
  return supergraphSdl.replace(
    /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g,
    (_match, name: string) => `@join__graph(name: "${name}", url: "${subgraphUrl(name)}")`,
  );
}
