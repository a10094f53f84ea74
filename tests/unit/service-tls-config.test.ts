import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, loadConfig } from '../../runtime/config.ts';
import { readServiceIdentity, TlsMaterialError } from '../../runtime/service-tls.ts';

const PRODUCTION = {
  CSEC_MODE: 'production',
  AUTH_JWKS_URL: 'https://login.county.example/jwks',
  AUTH_ISSUER: 'https://login.county.example',
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
}

describe('the certificates of TLS between the services', () => {
  it('in development are the ones setup generates in the keys folder, and the subgraphs are called over https', () => {
    const config = loadConfig({ CSEC_KEYS_DIR: '/srv/keys' });
    expect(config.tls).toEqual({
      directory: '/srv/keys/tls',
      caPath: '/srv/keys/tls/ca.pem',
      certificatePath: undefined,
      keyPath: undefined,
    });
    expect(config.subgraphs.csec.url).toBe('https://127.0.0.1:4001/graphql');
  });

  it("in production must be the county's, named explicitly, or the service does not start", () => {
    expect(problemsOf(PRODUCTION).join('\n')).toContain('CSEC_MODE=production needs TLS between the services: set CSEC_TLS_DIR');
    expect(problemsOf({ ...PRODUCTION, CSEC_TLS_DIR: '/etc/csec/tls' })).toEqual([]);
    expect(
      problemsOf({
        ...PRODUCTION,
        CSEC_TLS_CA_PATH: '/etc/csec/ca.pem',
        CSEC_TLS_CERT_PATH: '/etc/csec/gateway.pem',
        CSEC_TLS_KEY_PATH: '/etc/csec/gateway.key.pem',
      }),
    ).toEqual([]);
  });

  it('in production refuses a subgraph or FHIR server reached over plain http, naming the variable', () => {
    const problems = problemsOf({
      ...PRODUCTION,
      CSEC_TLS_DIR: '/etc/csec/tls',
      EDUCATION_SUBGRAPH_URL: 'http://education.county.internal/graphql',
      HEALTH_FHIR_BASE_URL: 'http://fhir.county.internal/R4',
    });
    expect(problems).toEqual([
      'CSEC_MODE=production calls other services over https only: HEALTH_FHIR_BASE_URL, EDUCATION_SUBGRAPH_URL must be an https URL.',
    ]);
  });

  it('takes a certificate only with its key', () => {
    expect(problemsOf({ CSEC_TLS_CERT_PATH: '/etc/csec/gateway.pem' })).toEqual([
      'CSEC_TLS_CERT_PATH and CSEC_TLS_KEY_PATH go together: a certificate and its private key.',
    ]);
  });

  it('a service whose certificate cannot be read says which file and which setting', () => {
    const { tls } = loadConfig({ CSEC_TLS_DIR: join(resolve('.'), 'no-such-folder') });
    expect(() => readServiceIdentity(tls, 'gateway')).toThrow(TlsMaterialError);
    expect(() => readServiceIdentity(tls, 'gateway')).toThrow(/no-such-folder\/ca\.pem \(CSEC_TLS_CA_PATH\)/);
  });
});
