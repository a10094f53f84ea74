import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, createLocalJWKSet, generateKeyPair, importJWK, jwtVerify, type JSONWebKeySet, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type SystemConfig } from '../../runtime/config.ts';
import {
  GATEWAY_ISSUER,
  RequesterTokenSigner,
  RequesterTokenVerifier,
  subgraphAudience,
  type SignedRequest,
} from '../../runtime/requester-token.ts';
import type { Requester } from '../../runtime/requester.ts';
import { ensureDevelopmentKeys } from '../../scripts/lib/development-identity-provider.ts';

const REQUESTER: Requester = {
  userId: 'sw.garcia',
  agency: 'CHILD_WELFARE',
  roles: ['SOCIAL_WORKER'],
  purposeOfUse: 'CSEC-MDT',
  breakGlassReason: 'Youth missing since last night.',
  requestId: '6f1c1f57-9b61-4c1e-9d0e-2d1b3c4a5e6f',
};

let keysDirectory: string;
let signer: RequesterTokenSigner;
let verifier: RequesterTokenVerifier;
let gatewayJwk: JWK;
let config: SystemConfig;

beforeAll(async () => {
  keysDirectory = await mkdtemp(join(tmpdir(), 'requester-token-'));
  await ensureDevelopmentKeys(keysDirectory);
  config = loadConfig({ CSEC_KEYS_DIR: keysDirectory, CSEC_DATA_DIR: keysDirectory });
  signer = await RequesterTokenSigner.fromKeyFile(config.gateway.signingKeyPath, 30);
  verifier = await RequesterTokenVerifier.fromJwksFile(config.requesterTokens.gatewayJwksPath, 'health');
  gatewayJwk = JSON.parse(await readFile(config.gateway.signingKeyPath, 'utf8')) as JWK;
});

afterAll(async () => {
  await rm(keysDirectory, { recursive: true, force: true });
});

/** The request the tokens of these tests are signed for. */
const SENT: SignedRequest = { method: 'POST', path: '/graphql', body: '{"query":"{ _service { sdl } }"}' };

/** A token made by an independent JOSE implementation, with the claims a requester token carries, changed as given. */
async function joseToken(
  options: {
    header?: Record<string, unknown>;
    claims?: Record<string, unknown>;
    audience?: string;
    issuer?: string;
    expiresAt?: number;
    notBefore?: number;
    key?: 'gateway' | 'stranger';
  } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const key = options.key === 'stranger' ? (await generateKeyPair('ES256')).privateKey : await importJWK(gatewayJwk, 'ES256');
  const bound = { htm: SENT.method, htu: SENT.path, bdg: createHash('sha256').update(SENT.body).digest('base64url') };
  const token = new SignJWT({
    agency: REQUESTER.agency,
    roles: REQUESTER.roles,
    pou: REQUESTER.purposeOfUse,
    btg: null,
    rid: REQUESTER.requestId,
    ...bound,
    ...options.claims,
  })
    .setProtectedHeader({ alg: 'ES256', typ: 'requester+jwt', kid: gatewayJwk.kid, ...options.header })
    .setIssuer(options.issuer ?? GATEWAY_ISSUER)
    .setAudience(options.audience ?? subgraphAudience('health'))
    .setSubject(REQUESTER.userId)
    .setJti(crypto.randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(options.expiresAt ?? now + 30);
  if (options.notBefore !== undefined) token.setNotBefore(options.notBefore);
  return token.sign(key);
}

function refusal(authorization: string | undefined): string | undefined {
  try {
    verifier.verify(authorization);
    return undefined;
  } catch (error) {
    return (error as { extensions?: { code?: string }; code?: string }).extensions?.code ?? (error as { code?: string }).code;
  }
}

describe('requester tokens', () => {
  it('carry the requester and the disclosure digest to the subgraph they are signed for', () => {
    const token = signer.sign(REQUESTER, 'health', SENT, 'digest-1');
    const requester = verifier.verify(`Bearer ${token}`);
    expect(requester).toEqual({ ...REQUESTER, disclosureDigest: 'digest-1' });
    expect(() => verifier.confirm(requester, SENT)).not.toThrow();
    expect(signer.sign(REQUESTER, 'health', SENT, 'digest-1')).not.toBe(token);
  });

  it('are standard ES256 JSON Web Tokens another JOSE implementation verifies, and accepts', async () => {
    const jwks = JSON.parse(await readFile(config.requesterTokens.gatewayJwksPath, 'utf8')) as JSONWebKeySet;
    const { payload, protectedHeader } = await jwtVerify(signer.sign(REQUESTER, 'health', SENT), createLocalJWKSet(jwks), {
      issuer: GATEWAY_ISSUER,
      audience: subgraphAudience('health'),
      typ: 'requester+jwt',
      algorithms: ['ES256'],
      requiredClaims: ['sub', 'exp', 'iat', 'jti', 'htm', 'htu', 'bdg'],
    });
    expect(protectedHeader).toMatchObject({ alg: 'ES256', kid: gatewayJwk.kid });
    expect(payload).toMatchObject({
      sub: REQUESTER.userId,
      rid: REQUESTER.requestId,
      btg: REQUESTER.breakGlassReason,
      htm: 'POST',
      htu: '/graphql',
    });
    expect(verifier.verify(`Bearer ${await joseToken()}`)).toMatchObject({ userId: REQUESTER.userId, breakGlassReason: null });
  });

  it('are refused as expired once their time is up', async () => {
    expect(refusal(`Bearer ${await joseToken({ expiresAt: Math.floor(Date.now() / 1000) - 1 })}`)).toBe('GATEWAY_TOKEN_EXPIRED');
  });

  it('are accepted once, for the one request they were signed for: a captured token is no key to anything', () => {
    const token = `Bearer ${signer.sign(REQUESTER, 'health', SENT)}`;
    const confirmation = (request: SignedRequest) => {
      try {
        verifier.confirm(verifier.verify(token), request);
        return 'accepted';
      } catch (error) {
        return (error as { code?: string }).code;
      }
    };

    expect(confirmation({ ...SENT, body: '{"query":"{ youth(id: \\"Y-000002\\") { id } }"}' })).toBe('GATEWAY_TOKEN_NOT_FOR_THIS_REQUEST');
    expect(confirmation({ ...SENT, path: '/disclosure-facts' })).toBe('GATEWAY_TOKEN_NOT_FOR_THIS_REQUEST');
    expect(confirmation({ ...SENT, method: 'GET' })).toBe('GATEWAY_TOKEN_NOT_FOR_THIS_REQUEST');
    expect(confirmation(SENT)).toBe('accepted');
    expect(confirmation(SENT)).toBe('GATEWAY_TOKEN_REPLAYED');
  });

  it('without a binding to a request are refused', async () => {
    expect(refusal(`Bearer ${await joseToken({ claims: { bdg: undefined } })}`)).toBe('GATEWAY_TOKEN_INVALID');
  });

  it.each([
    ['signed with another key', { key: 'stranger' as const }],
    ['signed for another subgraph', { audience: subgraphAudience('probation') }],
    ['issued by someone else', { issuer: 'urn:someone-else' }],
    ['of another token type', { header: { typ: 'JWT' } }],
    ['naming an unknown key', { header: { kid: 'unknown' } }],
    ['with a critical extension', { header: { crit: ['b64'], b64: true } }],
    ['not valid yet', { notBefore: Math.floor(Date.now() / 1000) + 60 }],
    ['without the requester agency', { claims: { agency: undefined } }],
    ['with roles that are not a list of names', { claims: { roles: 'SOCIAL_WORKER' } }],
    ['without a request id', { claims: { rid: 7 } }],
  ])('are refused when %s', async (_case, options) => {
    expect(refusal(`Bearer ${await joseToken(options)}`)).toBe('GATEWAY_TOKEN_INVALID');
  });

  it('signed by the gateway with claims its contract does not describe are refused naming the claim', async () => {
    const refusedWith = async (claims: Record<string, unknown>) => {
      try {
        verifier.verify(`Bearer ${await joseToken({ claims })}`);
        return undefined;
      } catch (error) {
        return [(error as { code?: string }).code, (error as Error).message];
      }
    };
    expect(await refusedWith({ roles: 'SOCIAL_WORKER' })).toEqual([
      'GATEWAY_TOKEN_INVALID',
      'The gateway token is not valid: roles must be array.',
    ]);
    expect(await refusedWith({ name: 'Maria Garcia' })).toEqual([
      'GATEWAY_TOKEN_INVALID',
      'The gateway token is not valid: its claims must not have "name".',
    ]);
  });

  it('are refused when changed, unsigned, or signed with a shared secret', async () => {
    const [header, claims, signature] = signer.sign(REQUESTER, 'health', SENT).split('.') as [string, string, string];
    const tampered = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(claims, 'base64url').toString()), sub: 'someone.else' }),
    ).toString('base64url');
    const unsigned = Buffer.from(JSON.stringify({ alg: 'none', typ: 'requester+jwt' })).toString('base64url');
    const hmac = await new SignJWT({ agency: 'X', roles: [], pou: 'CSEC-MDT', rid: 'r' })
      .setProtectedHeader({ alg: 'HS256', typ: 'requester+jwt' })
      .setIssuer(GATEWAY_ISSUER)
      .setAudience(subgraphAudience('health'))
      .setSubject('someone.else')
      .setJti('j')
      .setIssuedAt()
      .setExpirationTime('30s')
      .sign(new TextEncoder().encode(await readFile(config.requesterTokens.gatewayJwksPath, 'utf8')));

    expect(refusal(`Bearer ${header}.${tampered}.${signature}`)).toBe('GATEWAY_TOKEN_INVALID');
    expect(refusal(`Bearer ${unsigned}.${claims}.`)).toBe('GATEWAY_TOKEN_INVALID');
    expect(refusal(`Bearer ${unsigned}.${claims}.${signature}`)).toBe('GATEWAY_TOKEN_INVALID');
    expect(refusal(`Bearer ${hmac}`)).toBe('GATEWAY_TOKEN_INVALID');
    expect(refusal(`Bearer ${header}.${claims}.${signature.slice(0, -4)}`)).toBe('GATEWAY_TOKEN_INVALID');
    expect(refusal(`Bearer ${header}.${claims}`)).toBe('GATEWAY_TOKEN_INVALID');
    expect(refusal(`Bearer ${header}.${claims}.${signature}.x`)).toBe('GATEWAY_TOKEN_INVALID');
    expect(refusal(`Bearer ${header}.e30.${signature}`)).toBe('GATEWAY_TOKEN_INVALID');
  });

  it('are required', () => {
    expect(refusal(undefined)).toBe('GATEWAY_TOKEN_REQUIRED');
    expect(refusal('Basic c3c6cHc=')).toBe('GATEWAY_TOKEN_REQUIRED');
  });
});
