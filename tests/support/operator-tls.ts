import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, setGlobalDispatcher } from 'undici';
import type { TlsConfig } from '../../runtime/config.ts';
import { callServicesWith } from '../../runtime/service-http.ts';
import { OPERATOR_IDENTITY, readServiceIdentity, type ServiceIdentity } from '../../runtime/service-tls.ts';
import { ensureDevelopmentCertificates } from '../../scripts/lib/development-certificates.ts';

/**
 * Makes this test process call the services as the operator does: `fetch` and `callService` trust
 * the services' certificate authority and present the operator's certificate, which the subgraphs
 * and the FHIR server ask for. A test proving a refusal builds its own client.
 */
export function callServicesAsOperator(tls: TlsConfig): ServiceIdentity {
  const identity = readServiceIdentity(tls, OPERATOR_IDENTITY);
  callServicesWith(identity);
  setGlobalDispatcher(new Agent({ connect: { ca: identity.ca, cert: identity.cert, key: identity.key } }));
  return identity;
}

/** Development certificates in a folder of their own, for a test that serves in-process and calls as the operator. */
export async function testCertificates(): Promise<{ tls: TlsConfig; remove: () => Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), 'csec-test-tls-'));
  await ensureDevelopmentCertificates(directory);
  const tls: TlsConfig = { directory, caPath: join(directory, 'ca.pem'), certificatePath: undefined, keyPath: undefined };
  callServicesAsOperator(tls);
  return { tls, remove: () => rm(directory, { recursive: true, force: true }) };
}
