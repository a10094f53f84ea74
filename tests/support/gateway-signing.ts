import { join } from 'node:path';
import { inject } from 'vitest';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import type { Requester } from '../../runtime/requester.ts';
import type { SubgraphName } from '../../runtime/config.ts';

const REQUESTER: Requester = {
  userId: 'privacy.demo',
  agency: 'COUNTY_ADMINISTRATION',
  roles: ['PRIVACY_OFFICER'],
  purposeOfUse: 'CSEC-MDT',
  breakGlassReason: null,
  requestId: '00000000-0000-4000-8000-000000000001',
};

/** Calls one of a subgraph's gateway-only routes as the gateway does: with a requester token signed for it. */
export async function signedAsGateway(subgraph: SubgraphName, path: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const signer = await RequesterTokenSigner.fromKeyFile(join(inject('keysDirectory'), 'gateway.private.jwk.json'), 30);
  const text = JSON.stringify(body);
  const response = await fetch(new URL(path, inject('subgraphUrls')[subgraph]), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${signer.sign(REQUESTER, subgraph, { method: 'POST', path, body: text })}`,
    },
    body: text,
  });
  return { status: response.status, body: await response.json() };
}
