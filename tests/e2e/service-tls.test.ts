import { spawnSync } from 'node:child_process';
import { request as plainRequest } from 'node:http';
import { request as tlsRequest, type RequestOptions } from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { environmentPrefix, loadConfig } from '../../runtime/config.ts';
import { readServiceIdentity, type ServiceIdentity } from '../../runtime/service-tls.ts';
import { ensureDevelopmentCertificates } from '../../scripts/lib/development-certificates.ts';

/**
 * Traffic between the services is TLS with certificates of the services' authority, and a subgraph
 * answers only a caller that shows one (mutual TLS). Each call here is a client of its own, with
 * or without a certificate, straight to the service's port (not through the tests' capturing proxy).
 */
type Answer = { status: number } | { refused: string };

function call(url: string, tls?: Partial<ServiceIdentity>): Promise<Answer> {
  const send = url.startsWith('https:') ? tlsRequest : plainRequest;
  const options: RequestOptions = { agent: false, timeout: 5_000, ...tls };
  return new Promise((resolve) => {
    const outgoing = send(url, options, (incoming) => {
      incoming.resume();
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0 }));
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ refused: error.code ?? error.message }));
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
    outgoing.end();
  });
}

const environment = () => inject('serviceEnvironment');
const port = (name: string) => environment()[`${environmentPrefix(name)}_SUBGRAPH_PORT`];

describe('TLS between the services', () => {
  const { tls } = loadConfig(inject('serviceEnvironment'));
  const gateway = readServiceIdentity(tls, 'gateway');
  let otherAuthority: string;
  let stranger: ServiceIdentity;

  beforeAll(async () => {
    otherAuthority = await mkdtemp(join(tmpdir(), 'csec-other-authority-'));
    await ensureDevelopmentCertificates(otherAuthority, ['gateway']);
    stranger = readServiceIdentity(
      { directory: otherAuthority, caPath: join(otherAuthority, 'ca.pem'), certificatePath: undefined, keyPath: undefined },
      'gateway',
    );
  });

  afterAll(() => rm(otherAuthority, { recursive: true, force: true }));

  describe.each(['csec', 'health', 'education'])('the %s subgraph', (name) => {
    it('refuses a request in plain http', async () => {
      expect(await call(`http://127.0.0.1:${port(name)}/health`)).toHaveProperty('refused');
    });

    it("refuses a TLS client that shows no certificate, though it trusts the subgraph's", async () => {
      expect(await call(`https://127.0.0.1:${port(name)}/health`, { ca: gateway.ca })).toHaveProperty('refused');
    });

    it('refuses a certificate another authority signed, even one named for the gateway', async () => {
      expect(
        await call(`https://127.0.0.1:${port(name)}/health`, { ca: gateway.ca, cert: stranger.cert, key: stranger.key }),
      ).toHaveProperty('refused');
    });

    it("answers the gateway, whose certificate the services' authority signed", async () => {
      expect(await call(`https://127.0.0.1:${port(name)}/health`, gateway)).toEqual({ status: 200 });
      expect(await call(`https://localhost:${port(name)}/health`, gateway)).toEqual({ status: 200 });
    });
  });

  it("the embedded FHIR server answers only a caller with a certificate of the services' authority", async () => {
    const metadata = `https://127.0.0.1:${environment()['HEALTH_EMBEDDED_FHIR_PORT']}/fhir/R4/metadata`;
    expect(await call(metadata, { ca: gateway.ca })).toHaveProperty('refused');
    expect(await call(metadata.replace('https:', 'http:'))).toHaveProperty('refused');
    expect(await call(metadata, readServiceIdentity(tls, 'health'))).toEqual({ status: 200 });
  });

  it("the gateway serves https that a client trusting the services' authority accepts, and nothing in plain http", async () => {
    const health = new URL('/health', inject('gatewayUrl')).href;
    expect(health.startsWith('https://')).toBe(true);
    expect(await call(health, { ca: gateway.ca })).toEqual({ status: 200 });
    expect(await call(health, { ca: stranger.ca })).toHaveProperty('refused');
    expect(await call(health.replace('https:', 'http:'))).toHaveProperty('refused');
  });

  it("a service in production refuses to start without the county's certificates named, and says which settings", () => {
    const started = spawnSync(process.execPath, ['gateway/src/main.ts'], {
      env: {
        ...environment(),
        CSEC_MODE: 'production',
        AUTH_JWKS_URL: 'https://login.county.example/jwks',
        AUTH_ISSUER: 'https://login.county.example',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain('CSEC_MODE=production needs TLS between the services: set CSEC_TLS_DIR');
  });
});
