import { resolve } from 'node:path';
import { auditCheckpointKeyPaths } from './audit/audit-checkpoints.ts';
import { SUBGRAPH_REGISTRY, type RelationalSubgraphName, type SubgraphName } from '../subgraphs/registry.ts';

export type { RelationalSubgraphName, SubgraphName };

/**
 * All configuration, read from the environment once at start-up. docs/configuration.md lists
 * every variable; a bad value stops the process with a message naming the variable.
 */
export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPH_REGISTRY.map((entry) => entry.name);

/** Subgraphs whose source is relational (embedded PGlite or PostgreSQL). */
export const RELATIONAL_SUBGRAPHS = SUBGRAPH_REGISTRY.flatMap((entry) => (entry.source === 'relational' ? [entry.name] : []));

export interface SubgraphConfig {
  name: SubgraphName;
  port: number;
  /** URL the gateway uses to reach this subgraph. */
  url: string;
}

export interface AuthenticationConfig {
  /** Expected `iss` of access tokens: one issuer, or several (AUTH_ISSUER lists them comma-separated). */
  issuer: string | string[];
  /** Expected `aud` of access tokens. */
  audience: string;
  /** Where the identity provider publishes its keys (production). */
  jwksUrl: string | undefined;
  /** A local JWKS file (development identity provider). */
  jwksPath: string | undefined;
  algorithms: string[];
  clockToleranceSeconds: number;
  /** Claim names of the county's identity provider. */
  claims: { userId: string; agency: string; roles: string };
}

export interface PolicyConfig {
  /** A bundle file, or the http(s) URL of a bundle server (polled with If-None-Match). */
  location: string;
  /** Public key (SPKI PEM) every bundle must be signed for. */
  publicKeyPath: string;
  /** How often to look for a new revision; 0 loads once at start. */
  pollIntervalMs: number;
}

/**
 * TLS between the services: every service presents its own certificate and trusts only the
 * certificate authority of `caPath` (docs/configuration.md, "TLS between the services").
 */
export interface TlsConfig {
  /** Folder of `ca.pem` and, per service, `<service>.pem` and `<service>.key.pem`. */
  directory: string;
  /** The certificate authorities (PEM) the services' certificates are signed by. */
  caPath: string;
  /** This process's own certificate and key, when set for it alone rather than found by name in `directory`. */
  certificatePath: string | undefined;
  keyPath: string | undefined;
}

export interface SystemConfig {
  /** `production` turns off introspection and requires a real identity provider. */
  mode: 'development' | 'production';
  host: string;
  dataDirectory: string;
  maxBodyBytes: number;
  /** Largest body of a gateway-only route (policy facts, audit records), which grows with a request's decisions. */
  maxGatewayRouteBodyBytes: number;
  gateway: {
    port: number;
    supergraphPath: string;
    /** Private key (JWK) the gateway signs requester tokens for subgraphs with. */
    signingKeyPath: string;
    operationLimits: { maxDepth: number; maxAliases: number; maxRootFields: number; maxFields: number };
    /** Most lexical tokens an operation may have: parsing stops there, before any other work. */
    maxTokens: number;
    /** Requests one person may make per second before being answered 429. */
    requestsPerSecondPerUser: number;
    /** Longest one subgraph fetch of a plan may take; the part it was asked for is then unavailable. */
    subgraphTimeoutMs: number;
    /** Longest a request may take from its arrival to its answer; past it, nothing is sent but a 503. */
    requestDeadlineMs: number;
    /**
     * A steering committee report's deadline and its CSEC fetch's timeout, instead of the two above:
     * it counts and suppresses the county's whole cohort in one answer.
     */
    reportTimeoutMs: number;
    /** Largest answer the gateway sends a client, in bytes; a larger one is refused whole. */
    maxResponseBytes: number;
    /**
     * URLs of subgraphs the system does not run itself, by variable prefix (`<NAME>_SUBGRAPH_URL`,
     * see `environmentPrefix`): they override the supergraph's own URL for that subgraph.
     */
    subgraphUrlOverrides: Record<string, string>;
  };
  authentication: AuthenticationConfig;
  /** Public keys (JWKS) of the gateway, which subgraphs trust; and how long a requester token lives. */
  requesterTokens: { gatewayJwksPath: string; lifetimeSeconds: number };
  /** Folder of development keys, generated at setup and never committed. */
  keysDirectory: string;
  /** The certificates of TLS between the services. */
  tls: TlsConfig;
  /** Where `npm start` writes the disclosure policy bundle it compiles (`opa build -t wasm`). */
  policyBundlePath: string;
  /** Private key (PEM) `npm start` signs that bundle with; the services never need it. */
  policySigningKeyPath: string;
  /** The signed bundle the gateway and every subgraph decide with, and how they keep it current. */
  policy: PolicyConfig;
  subgraphs: Record<SubgraphName, SubgraphConfig>;
  /** PostgreSQL connection strings; a subgraph without one uses its embedded store. */
  databaseUrls: Partial<Record<RelationalSubgraphName, string>>;
  /**
   * PostgreSQL connection strings of the role that owns each subgraph's database: migrations run as
   * it, and it grants the service role of `databaseUrls` only what the service needs.
   */
  databaseOwnerUrls: Partial<Record<RelationalSubgraphName, string>>;
  /** The anchored audit: signed checkpoints of the csec audit's hash chain, kept outside the database. */
  audit: {
    /** Ed25519 private key (JWK) the csec subgraph signs checkpoints with; the database never holds it. */
    checkpointKeyPath: string;
    /** Its public key (JWKS), which `npm run audit:verify` checks checkpoints with. */
    checkpointPublicKeyPath: string;
    /** The append-only file the checkpoints are added to, one per line. */
    checkpointsPath: string;
    /** How often a checkpoint is made while the chain grows. */
    checkpointIntervalMs: number;
  };
  health: {
    /** FHIR R4 base URL of the health system; absent means the embedded FHIR server. */
    fhirBaseUrl: string | undefined;
    embeddedFhirPort: number;
  };
  /** Notices telling MDT members of a triggering event and its deadline (docs/mdt-records.md); no e-mail without an SMTP URL. */
  notices: {
    /** The county's SMTP relay, `smtp://` or `smtps://` (in development, the local server `npm start` runs). */
    smtpUrl: string | undefined;
    /** The sender the messages come from. */
    from: string;
    /** Where members sign in to read what happened: the web application. */
    signInUrl: string;
    /** How often the csec subgraph looks for reconvening deadlines approaching or passed. */
    checkIntervalMs: number;
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

/** Issuer of the development identity provider (`npm run token`). */
export const DEVELOPMENT_ISSUER = 'urn:csec-mdt:development-identity-provider';

/** Only asymmetric algorithms: an HMAC key would let anyone who can verify also forge. */
const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

/** `child-welfare` -> `CHILD_WELFARE`, the prefix of a subgraph's variables. */
export function environmentPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): SystemConfig {
  const problems: string[] = [];
  const reader = new EnvironmentReader(env, problems);

  const host = reader.text('CSEC_HOST', '127.0.0.1');
  const mode = reader.choice('CSEC_MODE', ['development', 'production'] as const, 'development');
  const keysDirectory = resolve(reader.text('CSEC_KEYS_DIR', '.keys'));
  const subgraphs = {} as Record<SubgraphName, SubgraphConfig>;
  for (const { name, port: defaultPort } of SUBGRAPH_REGISTRY) {
    const prefix = environmentPrefix(name);
    const port = reader.port(`${prefix}_SUBGRAPH_PORT`, defaultPort);
    const url = reader.url(`${prefix}_SUBGRAPH_URL`, `https://${host}:${port}/graphql`);
    subgraphs[name] = { name, port, url };
  }
  const databaseUrls: Partial<Record<RelationalSubgraphName, string>> = {};
  const databaseOwnerUrls: Partial<Record<RelationalSubgraphName, string>> = {};
  for (const name of RELATIONAL_SUBGRAPHS) {
    const value = reader.optionalPostgresUrl(`${environmentPrefix(name)}_DATABASE_URL`);
    if (value) databaseUrls[name] = value;
    const owner = reader.optionalPostgresUrl(`${environmentPrefix(name)}_DATABASE_OWNER_URL`);
    if (owner && !value)
      problems.push(
        `${environmentPrefix(name)}_DATABASE_OWNER_URL needs ${environmentPrefix(name)}_DATABASE_URL, the service's own connection.`,
      );
    if (owner) databaseOwnerUrls[name] = owner;
  }
  const jwksUrl = reader.optionalUrl('AUTH_JWKS_URL');
  const configuredIssuer = env['AUTH_ISSUER'];
  if (mode === 'production' && (!jwksUrl || !configuredIssuer)) {
    problems.push('CSEC_MODE=production needs AUTH_JWKS_URL and AUTH_ISSUER: the identity provider of the county.');
  }
  const authentication: AuthenticationConfig = {
    issuer: oneOrMany(reader.text('AUTH_ISSUER', DEVELOPMENT_ISSUER)),
    audience: reader.text('AUTH_AUDIENCE', 'csec-mdt-gateway'),
    jwksUrl,
    jwksPath: jwksUrl ? undefined : resolve(reader.text('AUTH_JWKS_PATH', `${keysDirectory}/identity-provider.jwks.json`)),
    algorithms: reader.list('AUTH_ALGORITHMS', ['RS256', 'PS256', 'ES256'], ASYMMETRIC_ALGORITHMS),
    clockToleranceSeconds: reader.integer('AUTH_CLOCK_TOLERANCE_SECONDS', 30, 0, 300),
    claims: {
      userId: reader.text('AUTH_CLAIM_USER_ID', 'sub'),
      agency: reader.text('AUTH_CLAIM_AGENCY', 'agency'),
      roles: reader.text('AUTH_CLAIM_ROLES', 'roles'),
    },
  };
  const { policyBundlePath, policy } = policyConfigFrom(reader);
  const tls = tlsConfigFrom(reader, env, problems);
  const gatewayOverrides = otherSubgraphUrls(env, reader);
  const fhirBaseUrl = reader.optionalUrl('HEALTH_FHIR_BASE_URL');
  if (mode === 'production') {
    const calledUrls: Record<string, string | undefined> = { HEALTH_FHIR_BASE_URL: fhirBaseUrl };
    for (const subgraph of Object.values(subgraphs)) calledUrls[`${environmentPrefix(subgraph.name)}_SUBGRAPH_URL`] = subgraph.url;
    for (const [prefix, url] of Object.entries(gatewayOverrides)) calledUrls[`${prefix}_SUBGRAPH_URL`] = url;
    problems.push(...productionTlsProblems(env, calledUrls));
  }
  const config: SystemConfig = {
    mode,
    host,
    keysDirectory,
    tls,
    policyBundlePath,
    policySigningKeyPath: resolve(reader.text('CSEC_POLICY_SIGNING_KEY_PATH', `${keysDirectory}/policy-signing.private.pem`)),
    policy,
    authentication,
    requesterTokens: {
      gatewayJwksPath: resolve(reader.text('SUBGRAPH_TRUSTED_GATEWAY_JWKS_PATH', `${keysDirectory}/gateway.jwks.json`)),
      lifetimeSeconds: reader.integer('REQUESTER_TOKEN_LIFETIME_SECONDS', 30, 5, 300),
    },
    dataDirectory: resolve(reader.text('CSEC_DATA_DIR', '.data')),
    maxBodyBytes: reader.integer('CSEC_MAX_BODY_BYTES', 100_000, 1_000, 10_000_000),
    maxGatewayRouteBodyBytes: reader.integer('CSEC_MAX_GATEWAY_ROUTE_BODY_BYTES', 16_000_000, 100_000, 256_000_000),
    gateway: {
      port: reader.port('GATEWAY_PORT', 4000),
      supergraphPath: resolve(reader.text('GATEWAY_SUPERGRAPH_PATH', 'schema/supergraph.graphql')),
      signingKeyPath: resolve(reader.text('GATEWAY_SIGNING_KEY_PATH', `${keysDirectory}/gateway.private.jwk.json`)),
      operationLimits: {
        maxDepth: reader.integer('GATEWAY_MAX_DEPTH', 12, 2, 50),
        maxAliases: reader.integer('GATEWAY_MAX_ALIASES', 30, 0, 1_000),
        maxRootFields: reader.integer('GATEWAY_MAX_ROOT_FIELDS', 5, 1, 100),
        maxFields: reader.integer('GATEWAY_MAX_FIELDS', 500, 10, 10_000),
      },
      maxTokens: reader.integer('GATEWAY_MAX_TOKENS', 5_000, 100, 1_000_000),
      requestsPerSecondPerUser: reader.integer('GATEWAY_REQUESTS_PER_SECOND_PER_USER', 20, 1, 1_000_000),
      subgraphTimeoutMs: reader.integer('GATEWAY_SUBGRAPH_TIMEOUT_MS', 10_000, 100, 120_000),
      requestDeadlineMs: reader.integer('GATEWAY_REQUEST_DEADLINE_MS', 20_000, 500, 300_000),
      reportTimeoutMs: reader.integer('GATEWAY_REPORT_TIMEOUT_MS', 120_000, 1_000, 600_000),
      maxResponseBytes: reader.integer('GATEWAY_MAX_RESPONSE_BYTES', 5_000_000, 1_000, 1_000_000_000),
      subgraphUrlOverrides: gatewayOverrides,
    },
    subgraphs,
    databaseUrls,
    databaseOwnerUrls,
    audit: {
      checkpointKeyPath: resolve(reader.text('CSEC_AUDIT_CHECKPOINT_KEY_PATH', auditCheckpointKeyPaths(keysDirectory).privateKeyPath)),
      checkpointPublicKeyPath: resolve(
        reader.text('CSEC_AUDIT_CHECKPOINT_PUBLIC_KEY_PATH', auditCheckpointKeyPaths(keysDirectory).publicKeyPath),
      ),
      checkpointsPath: resolve(
        reader.text('CSEC_AUDIT_CHECKPOINTS_PATH', `${resolve(reader.text('CSEC_DATA_DIR', '.data'))}/audit/checkpoints.jws`),
      ),
      checkpointIntervalMs: reader.integer('CSEC_AUDIT_CHECKPOINT_SECONDS', 60, 1, 86_400) * 1_000,
    },
    health: {
      fhirBaseUrl,
      embeddedFhirPort: reader.port('HEALTH_EMBEDDED_FHIR_PORT', 4010),
    },
    notices: {
      smtpUrl: reader.optionalSmtpUrl('CSEC_NOTICES_SMTP_URL'),
      from: reader.text('CSEC_NOTICES_FROM', 'CSEC MDT <mdt-notices@county.example>'),
      signInUrl: reader.url('CSEC_NOTICES_SIGN_IN_URL', `http://${host}:4200/`),
      checkIntervalMs: reader.integer('CSEC_NOTICES_CHECK_SECONDS', 60, 1, 3_600) * 1_000,
    },
  };
  if (problems.length > 0) throw new ConfigurationError(problems);
  return config;
}

/** The services' certificates: by default those `npm start` generates in `<CSEC_KEYS_DIR>/tls`. */
export function tlsConfigFrom(reader: EnvironmentReader, env: NodeJS.ProcessEnv, problems: string[]): TlsConfig {
  const keysDirectory = resolve(reader.text('CSEC_KEYS_DIR', '.keys'));
  const directory = resolve(reader.text('CSEC_TLS_DIR', `${keysDirectory}/tls`));
  const certificatePath = env['CSEC_TLS_CERT_PATH'] ? resolve(env['CSEC_TLS_CERT_PATH']) : undefined;
  const keyPath = env['CSEC_TLS_KEY_PATH'] ? resolve(env['CSEC_TLS_KEY_PATH']) : undefined;
  if (Boolean(certificatePath) !== Boolean(keyPath))
    problems.push('CSEC_TLS_CERT_PATH and CSEC_TLS_KEY_PATH go together: a certificate and its private key.');
  return { directory, caPath: resolve(reader.text('CSEC_TLS_CA_PATH', `${directory}/ca.pem`)), certificatePath, keyPath };
}

/**
 * Production names the county's certificates explicitly, so the development authority is never
 * trusted there, and calls other services over https only.
 */
function productionTlsProblems(env: NodeJS.ProcessEnv, calledUrls: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (!env['CSEC_TLS_DIR'] && !(env['CSEC_TLS_CA_PATH'] && env['CSEC_TLS_CERT_PATH'])) {
    problems.push(
      'CSEC_MODE=production needs TLS between the services: set CSEC_TLS_DIR to the folder of the county\'s certificates, or CSEC_TLS_CA_PATH, CSEC_TLS_CERT_PATH and CSEC_TLS_KEY_PATH (docs/configuration.md, "TLS between the services").',
    );
  }
  const plain = Object.entries(calledUrls)
    .filter(([, url]) => url?.startsWith('http:'))
    .map(([variable]) => variable);
  if (plain.length > 0)
    problems.push(`CSEC_MODE=production calls other services over https only: ${plain.join(', ')} must be an https URL.`);
  return problems;
}

/** `a` -> `a`; `a,b` -> `['a', 'b']`: in development the gateway accepts both `npm run token` and the OpenID Provider. */
function oneOrMany(value: string): string | string[] {
  const values = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return values.length === 1 ? (values[0] as string) : values;
}

/** `<NAME>_SUBGRAPH_URL` for every subgraph the system does not run, keyed by its variable prefix (`COURT_CALENDAR` for `court-calendar`). */
function otherSubgraphUrls(env: NodeJS.ProcessEnv, reader: EnvironmentReader): Record<string, string> {
  const known = new Set<string>(SUBGRAPH_NAMES.map(environmentPrefix));
  const urls: Record<string, string> = {};
  for (const variable of Object.keys(env)) {
    const match = /^([A-Z0-9_]+)_SUBGRAPH_URL$/.exec(variable);
    if (!match || known.has(match[1] as string)) continue;
    const url = reader.optionalUrl(variable);
    if (url) urls[match[1] as string] = url;
  }
  return urls;
}

/** Where the signed policy bundle comes from: every process that reads the policy reads these settings. */
export function policyConfigFrom(reader: EnvironmentReader): { policyBundlePath: string; policy: PolicyConfig } {
  const keysDirectory = resolve(reader.text('CSEC_KEYS_DIR', '.keys'));
  const policyBundlePath = resolve(
    reader.text('CSEC_POLICY_BUNDLE_PATH', `${resolve(reader.text('CSEC_DATA_DIR', '.data'))}/policy/bundle.tar.gz`),
  );
  return {
    policyBundlePath,
    policy: {
      location: reader.optionalUrl('CSEC_POLICY_BUNDLE_URL') ?? policyBundlePath,
      publicKeyPath: resolve(reader.text('CSEC_POLICY_PUBLIC_KEY_PATH', `${keysDirectory}/policy-signing.public.pem`)),
      pollIntervalMs: reader.integer('CSEC_POLICY_POLL_SECONDS', 30, 0, 3_600) * 1_000,
    },
  };
}

export class EnvironmentReader {
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

  choice<TValue extends string>(name: string, values: readonly TValue[], fallback: TValue): TValue {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if ((values as readonly string[]).includes(raw)) return raw as TValue;
    this.problems.push(`${name} must be one of ${values.join(', ')}; it is "${raw}".`);
    return fallback;
  }

  list(name: string, fallback: string[], allowed: readonly string[]): string[] {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const values = raw
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean);
    const unknown = values.filter((value) => !allowed.includes(value));
    if (values.length === 0 || unknown.length > 0) {
      this.problems.push(`${name} must list some of ${allowed.join(', ')}; "${unknown.join(', ') || raw}" is not allowed.`);
      return fallback;
    }
    return values;
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

  optionalSmtpUrl(name: string): string | undefined {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return undefined;
    if (!/^smtps?:\/\/[^/]+/.test(raw)) {
      // The value may hold a password: name the variable, never echo the value.
      this.problems.push(`${name} must be an smtp:// or smtps:// URL.`);
      return undefined;
    }
    return raw;
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
