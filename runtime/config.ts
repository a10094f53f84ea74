import { resolve } from 'node:path';

/**
 * All configuration, read from the environment once at start-up. docs/configuration.md lists
 * every variable; a bad value stops the process with a message naming the variable.
 */
export const SUBGRAPH_NAMES = ['csec', 'child-welfare', 'probation', 'health', 'education'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Subgraphs whose source is relational (embedded PGlite or PostgreSQL). */
export const RELATIONAL_SUBGRAPHS = ['csec', 'child-welfare', 'probation', 'education'] as const;
export type RelationalSubgraphName = (typeof RELATIONAL_SUBGRAPHS)[number];

export interface SubgraphConfig {
  name: SubgraphName;
  port: number;
  /** URL the gateway uses to reach this subgraph. */
  url: string;
}

export interface SystemConfig {
  host: string;
  dataDirectory: string;
  maxBodyBytes: number;
  gateway: { port: number; supergraphPath: string };
  subgraphs: Record<SubgraphName, SubgraphConfig>;
  /** PostgreSQL connection strings; a subgraph without one uses its embedded store. */
  databaseUrls: Partial<Record<RelationalSubgraphName, string>>;
  health: {
    /** FHIR R4 base URL of the health system; absent means the embedded FHIR server. */
    fhirBaseUrl: string | undefined;
    embeddedFhirPort: number;
  };
}

export class ConfigurationError extends Error {
  readonly code = 'INVALID_CONFIGURATION';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.problems = problems;
  }
}

const DEFAULT_PORTS: Record<SubgraphName, number> = {
  csec: 4001,
  'child-welfare': 4002,
  probation: 4003,
  health: 4004,
  education: 4005,
};

/** `child-welfare` -> `CHILD_WELFARE`, the prefix of that subgraph's variables. */
export function environmentPrefix(name: SubgraphName): string {
  return name.toUpperCase().replace(/-/g, '_');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): SystemConfig {
  const problems: string[] = [];
  const reader = new EnvironmentReader(env, problems);

  const host = reader.text('CSEC_HOST', '127.0.0.1');
  const subgraphs = {} as Record<SubgraphName, SubgraphConfig>;
  for (const name of SUBGRAPH_NAMES) {
    const prefix = environmentPrefix(name);
    const port = reader.port(`${prefix}_SUBGRAPH_PORT`, DEFAULT_PORTS[name]);
    const url = reader.url(`${prefix}_SUBGRAPH_URL`, `http://${host}:${port}/graphql`);
    subgraphs[name] = { name, port, url };
  }
  const databaseUrls: Partial<Record<RelationalSubgraphName, string>> = {};
  for (const name of RELATIONAL_SUBGRAPHS) {
    const value = reader.optionalPostgresUrl(`${environmentPrefix(name)}_DATABASE_URL`);
    if (value) databaseUrls[name] = value;
  }
  const config: SystemConfig = {
    host,
    dataDirectory: resolve(reader.text('CSEC_DATA_DIR', '.data')),
    maxBodyBytes: reader.integer('CSEC_MAX_BODY_BYTES', 100_000, 1_000, 10_000_000),
    gateway: {
      port: reader.port('GATEWAY_PORT', 4000),
      supergraphPath: resolve(reader.text('GATEWAY_SUPERGRAPH_PATH', 'schema/supergraph.graphql')),
    },
    subgraphs,
    databaseUrls,
    health: {
      fhirBaseUrl: reader.optionalUrl('HEALTH_FHIR_BASE_URL'),
      embeddedFhirPort: reader.port('HEALTH_EMBEDDED_FHIR_PORT', 4010),
    },
  };
  if (problems.length > 0) throw new ConfigurationError(problems);
  return config;
}

class EnvironmentReader {
  private readonly env: NodeJS.ProcessEnv;
  private readonly problems: string[];

  constructor(env: NodeJS.ProcessEnv, problems: string[]) {
    this.env = env;
    this.problems = problems;
  }

  text(name: string, fallback: string): string {
    const value = this.env[name];
    if (value === undefined || value === '') return fallback;
    return value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
      return fallback;
    }
    return value;
  }

  port(name: string, fallback: number): number {
    return this.integer(name, fallback, 0, 65_535);
  }

  url(name: string, fallback: string): string {
    return this.optionalUrl(name) ?? fallback;
  }

  optionalUrl(name: string): string | undefined {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return undefined;
    try {
      const url = new URL(raw);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
      return raw.replace(/\/+$/, '');
    } catch {
      this.problems.push(`${name} must be an http(s) URL; it is "${raw}".`);
      return undefined;
    }
  }

  optionalPostgresUrl(name: string): string | undefined {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return undefined;
    if (!/^postgres(ql)?:\/\//.test(raw)) {
      // The value may hold a password: name the variable, never echo the value.
      this.problems.push(`${name} must be a postgres:// or postgresql:// connection string.`);
      return undefined;
    }
    return raw;
  }
}
