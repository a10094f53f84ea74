import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerOptions } from 'node:https';
import type { TlsConfig } from './config.ts';

/**
 * TLS between the services of the system. Each service has one certificate, for its listener and
 * for the calls it makes, signed by the certificate authority every service trusts (in development
 * the one `npm start` generates; in production the county's). The subgraphs and the embedded FHIR
 * server ask every caller for its certificate (mutual TLS): only the system's own services reach
 * them. The gateway's listener serves people's clients, who prove who they are with an access token.
 */

/** The operator's tools on the services' network (start-up and readiness checks, seeding, tests, the bench). */
export const OPERATOR_IDENTITY = 'operator';

export interface ServiceIdentity {
  /** The certificate authorities the peer's certificate must be signed by (PEM). */
  ca: Buffer;
  /** This service's certificate chain and private key (PEM). */
  cert: Buffer;
  key: Buffer;
}

/** A certificate, key or authority that cannot be read: the service does not start without it. */
export class TlsMaterialError extends Error {
  readonly code = 'TLS_MATERIAL_MISSING';
}

/**
 * Where a service's certificate and key are: set for this process, or by its name in the TLS
 * folder (`gateway`, a subgraph's name, `embedded-fhir-server`, `operator`).
 */
function identityPaths(tls: TlsConfig, service: string): { certificatePath: string; keyPath: string } {
  return {
    certificatePath: tls.certificatePath ?? join(tls.directory, `${service}.pem`),
    keyPath: tls.keyPath ?? join(tls.directory, `${service}.key.pem`),
  };
}

/** Reads a service's certificate, key and the trusted authorities, naming the file and its variable when one is missing. */
export function readServiceIdentity(tls: TlsConfig, service: string): ServiceIdentity {
  const { certificatePath, keyPath } = identityPaths(tls, service);
  return {
    ca: readPem(tls.caPath, 'CSEC_TLS_CA_PATH'),
    cert: readPem(certificatePath, 'CSEC_TLS_CERT_PATH or CSEC_TLS_DIR'),
    key: readPem(keyPath, 'CSEC_TLS_KEY_PATH or CSEC_TLS_DIR'),
  };
}

/**
 * Options of a service's https listener. `clients: 'certificate-required'` refuses, during the
 * handshake, every caller without a certificate from the trusted authorities.
 */
export function tlsServerOptions(identity: ServiceIdentity, clients: 'certificate-required' | 'any'): ServerOptions {
  const mutual = clients === 'certificate-required';
  return { ca: identity.ca, cert: identity.cert, key: identity.key, requestCert: mutual, rejectUnauthorized: mutual };
}

function readPem(path: string, variable: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new TlsMaterialError(
      `No TLS file at ${path} (${variable}): services talk to each other over TLS only. In development npm start generates the certificates; see docs/configuration.md, "TLS between the services".`,
    );
  }
}
