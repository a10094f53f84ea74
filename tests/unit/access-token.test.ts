import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuthenticationConfig } from '../../runtime/config.ts';
import { RequestRejection } from '../../runtime/requester.ts';
import { AccessTokenVerifier } from '../../gateway/src/authentication/access-token.ts';

const ISSUER = 'https://identity.county.example';
const CLOCK_TOLERANCE_SECONDS = 30;

interface SigningKey {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

function accessToken(key: SigningKey, lifetimeSeconds: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ agency: 'CHILD_WELFARE', roles: ['SOCIAL_WORKER'] })
    .setProtectedHeader({ alg: 'ES256', kid: key.publicJwk.kid as string })
    .setIssuer(ISSUER)
    .setAudience('csec-mdt-gateway')
    .setSubject('sw.demo')
    .setIssuedAt(now)
    .setExpirationTime(now + lifetimeSeconds)
    .sign(key.privateKey);
}

/** The county's identity provider as the gateway sees it: a JWKS URL whose keys can be rotated. */
let published: JWK[] = [];
let identityProvider: Server;
let jwksUrl: string;

beforeAll(async () => {
  identityProvider = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published }));
  });
  await new Promise<void>((resolve) => identityProvider.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(identityProvider.address() as AddressInfo).port}/jwks.json`;
});

afterAll(async () => {
  await new Promise((resolve) => identityProvider.close(resolve));
});

afterEach(() => {
  vi.useRealTimers();
});

function verifier(): Promise<AccessTokenVerifier> {
  const config: AuthenticationConfig = {
    issuer: ISSUER,
    audience: 'csec-mdt-gateway',
    jwksUrl,
    jwksPath: undefined,
    algorithms: ['ES256'],
    clockToleranceSeconds: CLOCK_TOLERANCE_SECONDS,
    claims: { userId: 'sub', agency: 'agency', roles: 'roles' },
  };
  return AccessTokenVerifier.create(config);
}

async function refusal(verifying: Promise<unknown>): Promise<string | undefined> {
  const error = await verifying.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RequestRejection);
  return (error as RequestRejection).code;
}

describe('access tokens the gateway has verified before', () => {
  it('accept a token sent again, with the same identity, which no request can change', async () => {
    const key = await signingKey('k-2026-11');
    published = [key.publicJwk];
    const tokens = await verifier();
    const token = await accessToken(key, 600);
    const first = await tokens.verify(`Bearer ${token}`);
    const again = await tokens.verify(`Bearer ${token}`);
    expect(again).toEqual({ userId: 'sw.demo', agency: 'CHILD_WELFARE', roles: ['SOCIAL_WORKER'], purposeOfUse: undefined });
    expect(again).toEqual(first);
    expect(() => again.roles.push('PROBATION_OFFICER')).toThrow(TypeError);
  });

  it('refuse a remembered token as expired once its expiry and the clock tolerance have passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const key = await signingKey('k-2026-11');
    published = [key.publicJwk];
    const tokens = await verifier();
    const token = await accessToken(key, 60);
    await tokens.verify(`Bearer ${token}`);
    vi.setSystemTime(Date.now() + (60 + CLOCK_TOLERANCE_SECONDS - 1) * 1000);
    await expect(tokens.verify(`Bearer ${token}`)).resolves.toMatchObject({ userId: 'sw.demo' });
    vi.setSystemTime(Date.now() + 2_000);
    expect(await refusal(tokens.verify(`Bearer ${token}`))).toBe('ACCESS_TOKEN_EXPIRED');
  });

  it('stop counting within minutes once the identity provider withdraws the key that signed them', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const withdrawn = await signingKey('k-2026-10');
    const current = await signingKey('k-2026-11');
    published = [withdrawn.publicJwk];
    const tokens = await verifier();
    const token = await accessToken(withdrawn, 3600);
    await tokens.verify(`Bearer ${token}`);
    published = [current.publicJwk];
    // The gateway's copy of the key set is older than jose's ten minutes by then, so it is fetched again.
    vi.setSystemTime(Date.now() + 11 * 60_000);
    expect(await refusal(tokens.verify(`Bearer ${token}`))).toBe('ACCESS_TOKEN_INVALID');
  });

  it('never remember a refused token', async () => {
    const withdrawn = await signingKey('k-2026-10');
    const current = await signingKey('k-2026-11');
    published = [current.publicJwk];
    const tokens = await verifier();
    const token = await accessToken(withdrawn, 600);
    expect(await refusal(tokens.verify(`Bearer ${token}`))).toBe('ACCESS_TOKEN_INVALID');
    expect(await refusal(tokens.verify(`Bearer ${token}`))).toBe('ACCESS_TOKEN_INVALID');
  });
});
