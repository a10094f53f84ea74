import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignJWT, generateKeyPair, importJWK, type JWK } from 'jose';
import { describe, expect, inject, it } from 'vitest';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../runtime/config.ts';
import { GATEWAY_ISSUER, RequesterTokenSigner, subgraphAudience } from '../../runtime/requester-token.ts';
import type { Requester } from '../../runtime/requester.ts';
import { registeredSubgraph } from '../../subgraphs/registry.ts';

/** A query every subgraph answers: the federation service SDL. */
const SERVICE_QUERY = JSON.stringify({ query: '{ _service { sdl } }' });

const REQUESTER: Requester = {
  userId: 'sw.demo',
  agency: 'CHILD_WELFARE',
  roles: ['SOCIAL_WORKER'],
  purposeOfUse: 'CSEC-MDT',
  breakGlassReason: null,
  requestId: '00000000-0000-4000-8000-000000000000',
};

const gatewayKeyPath = () => join(inject('keysDirectory'), 'gateway.private.jwk.json');

async function askSubgraph(subgraph: SubgraphName, authorization?: string) {
  const response = await fetch(inject('subgraphUrls')[subgraph], {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: SERVICE_QUERY,
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> },
  };
}

async function requesterToken(subgraph: string, overrides: { expiresAt?: number; key?: 'gateway' | 'forged' } = {}): Promise<string> {
  const jwk = JSON.parse(await readFile(gatewayKeyPath(), 'utf8')) as JWK;
  const key = overrides.key === 'forged' ? (await generateKeyPair('ES256')).privateKey : await importJWK(jwk, 'ES256');
  const now = Math.floor(Date.now() / 1000);
  const bound = { htm: 'POST', htu: '/graphql', bdg: createHash('sha256').update(SERVICE_QUERY).digest('base64url') };
  return new SignJWT({
    agency: REQUESTER.agency,
    roles: REQUESTER.roles,
    pou: REQUESTER.purposeOfUse,
    btg: null,
    rid: REQUESTER.requestId,
    ...bound,
  })
    .setProtectedHeader({ alg: 'ES256', typ: 'requester+jwt', kid: jwk.kid })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(subgraphAudience(subgraph))
    .setSubject(REQUESTER.userId)
    .setJti(crypto.randomUUID())
    .setIssuedAt(now - 120)
    .setExpirationTime(overrides.expiresAt ?? now + 30)
    .sign(key);
}

describe(`zero-trust subgraphs (${inject('storeKind')} sources)`, () => {
  it.each(SUBGRAPH_NAMES)('the %s subgraph answers a request the gateway signed for it', async (subgraph) => {
    const signer = await RequesterTokenSigner.fromKeyFile(gatewayKeyPath(), 30);
    const response = await askSubgraph(
      subgraph,
      `Bearer ${signer.sign(REQUESTER, subgraph, { method: 'POST', path: '/graphql', body: SERVICE_QUERY })}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.data).toBeDefined();
  });

  it.each(SUBGRAPH_NAMES)('the %s subgraph refuses a direct request with no token', async (subgraph) => {
    const response = await askSubgraph(subgraph);
    expect(response.status).toBe(401);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GATEWAY_TOKEN_REQUIRED');
  });

  it.each(SUBGRAPH_NAMES)('the %s subgraph refuses a token forged with another key', async (subgraph) => {
    const response = await askSubgraph(subgraph, `Bearer ${await requesterToken(subgraph, { key: 'forged' })}`);
    expect(response.status).toBe(401);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GATEWAY_TOKEN_INVALID');
  });

  it.each(SUBGRAPH_NAMES)('the %s subgraph refuses a token the gateway signed for another subgraph', async (subgraph) => {
    const other = SUBGRAPH_NAMES.find((name) => name !== subgraph) as SubgraphName;
    const response = await askSubgraph(subgraph, `Bearer ${await requesterToken(other)}`);
    expect(response.status).toBe(401);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GATEWAY_TOKEN_INVALID');
  });

  it.each(SUBGRAPH_NAMES)('the %s subgraph refuses a gateway token replayed after it expired', async (subgraph) => {
    const expired = await requesterToken(subgraph, { expiresAt: Math.floor(Date.now() / 1000) - 5 });
    const response = await askSubgraph(subgraph, `Bearer ${expired}`);
    expect(response.status).toBe(401);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GATEWAY_TOKEN_EXPIRED');
  });
});

describe(`a captured gateway token (${inject('storeKind')} sources)`, () => {
  it.each(SUBGRAPH_NAMES)(
    'is refused by the %s subgraph when replayed within its lifetime, or sent with another body',
    async (subgraph) => {
      const signer = await RequesterTokenSigner.fromKeyFile(gatewayKeyPath(), 30);
      const token = `Bearer ${signer.sign(REQUESTER, subgraph, { method: 'POST', path: '/graphql', body: SERVICE_QUERY })}`;
      const other = `Bearer ${signer.sign(REQUESTER, subgraph, { method: 'POST', path: '/graphql', body: SERVICE_QUERY })}`;

      const first = await askSubgraph(subgraph, token);
      const replayed = await askSubgraph(subgraph, token);
      const elsewhere = await fetch(new URL('/disclosure-facts', inject('subgraphUrls')[subgraph]), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: other },
        body: JSON.stringify({ youthIds: ['Y-000001'] }),
      });

      expect(first.status).toBe(200);
      expect(replayed.status).toBe(401);
      expect(replayed.body.errors?.[0]?.extensions?.code).toBe('GATEWAY_TOKEN_REPLAYED');
      // Another route and another body: the token was signed for neither (only subgraphs holding facts have the route).
      expect(elsewhere.status).toBe(registeredSubgraph(subgraph).facts.length > 0 ? 401 : 404);
    },
  );
});
