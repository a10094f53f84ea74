import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignJWT, generateKeyPair, importJWK, type JWK } from 'jose';
import { describe, expect, inject, it } from 'vitest';
import { DEVELOPMENT_ISSUER } from '../../runtime/config.ts';
import { accessTokenFor, queryGateway } from '../support/gateway.ts';

const CASELOAD = '{ caseload { id } }';

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A token signed with the development identity provider's key, with whatever claims a test needs. */
async function signedToken(claims: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> {
  const jwk = JSON.parse(await readFile(join(inject('keysDirectory'), 'identity-provider.private.jwk.json'), 'utf8')) as JWK;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: DEVELOPMENT_ISSUER,
    aud: 'csec-mdt-gateway',
    sub: 'sw.demo',
    iat: now,
    exp: now + 600,
    agency: 'CHILD_WELFARE',
    roles: ['SOCIAL_WORKER'],
    ...claims,
  })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid, ...header })
    .sign(await importJWK(jwk, 'ES256'));
}

async function askWith(headers: Record<string, string>) {
  return queryGateway(CASELOAD, {}, { headers });
}

async function expectUnauthorized(headers: Record<string, string>, code: string): Promise<void> {
  const response = await askWith({ 'x-purpose-of-use': 'CSEC-MDT', ...headers });
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors?.[0]?.extensions?.['code']).toBe(code);
  expect(JSON.stringify(response.body)).not.toMatch(/eyJ/);
}

describe(`authentication at the gateway (${inject('storeKind')} sources)`, () => {
  it('lets a signed-in MDT member with a stated purpose reach their caseload', async () => {
    const response = await queryGateway<{ caseload: Array<{ id: string }> }>(CASELOAD);
    expect(response.status).toBe(200);
    expect(response.body.data?.caseload).toHaveLength(50);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a request without an access token', async () => {
    await expectUnauthorized({}, 'AUTHENTICATION_REQUIRED');
  });

  it('refuses an Authorization header that is not a bearer JWT', async () => {
    await expectUnauthorized({ authorization: 'Basic c3cuZGVtbzpwYXNzd29yZA==' }, 'ACCESS_TOKEN_MALFORMED');
    await expectUnauthorized({ authorization: 'Bearer not-a-token' }, 'ACCESS_TOKEN_MALFORMED');
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
      iss: DEVELOPMENT_ISSUER,
      aud: 'csec-mdt-gateway',
      sub: 'sw.demo',
      agency: 'CHILD_WELFARE',
      roles: ['SOCIAL_WORKER'],
      exp: now + 600,
    })}.`;
    await expectUnauthorized({ authorization: `Bearer ${unsigned}` }, 'ACCESS_TOKEN_INVALID');
  });

  it('refuses an HMAC token keyed with the public key (algorithm confusion)', async () => {
    const jwks = await readFile(join(inject('keysDirectory'), 'identity-provider.jwks.json'), 'utf8');
    const now = Math.floor(Date.now() / 1000);
    const confused = await new SignJWT({ agency: 'CHILD_WELFARE', roles: ['SOCIAL_WORKER'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(DEVELOPMENT_ISSUER)
      .setAudience('csec-mdt-gateway')
      .setSubject('sw.demo')
      .setExpirationTime(now + 600)
      .sign(new TextEncoder().encode(jwks));
    await expectUnauthorized({ authorization: `Bearer ${confused}` }, 'ACCESS_TOKEN_INVALID');
  });

  it('refuses a token signed by a key the identity provider does not publish', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const kid = (JSON.parse(await readFile(join(inject('keysDirectory'), 'identity-provider.private.jwk.json'), 'utf8')) as JWK).kid;
    const forged = await new SignJWT({ agency: 'CHILD_WELFARE', roles: ['SOCIAL_WORKER'] })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setIssuer(DEVELOPMENT_ISSUER)
      .setAudience('csec-mdt-gateway')
      .setSubject('sw.demo')
      .setExpirationTime('10m')
      .sign(privateKey);
    await expectUnauthorized({ authorization: `Bearer ${forged}` }, 'ACCESS_TOKEN_INVALID');
  });

  it('refuses a token issued for another service', async () => {
    const token = await accessTokenFor('sw.demo', { audience: 'county-payroll' });
    await expectUnauthorized({ authorization: `Bearer ${token}` }, 'ACCESS_TOKEN_WRONG_AUDIENCE');
  });

  it('refuses a token from another issuer', async () => {
    const jwk = JSON.parse(await readFile(join(inject('keysDirectory'), 'identity-provider.private.jwk.json'), 'utf8')) as JWK;
    const token = await new SignJWT({ agency: 'CHILD_WELFARE', roles: ['SOCIAL_WORKER'] })
      .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
      .setIssuer('https://login.example.org')
      .setAudience('csec-mdt-gateway')
      .setSubject('sw.demo')
      .setExpirationTime('10m')
      .sign(await importJWK(jwk, 'ES256'));
    await expectUnauthorized({ authorization: `Bearer ${token}` }, 'ACCESS_TOKEN_WRONG_ISSUER');
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await signedToken({ exp: now - 120, iat: now - 720 });
    await expectUnauthorized({ authorization: `Bearer ${token}` }, 'ACCESS_TOKEN_EXPIRED');
  });

  it('refuses a token that is not valid yet', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await signedToken({ nbf: now + 600 });
    await expectUnauthorized({ authorization: `Bearer ${token}` }, 'ACCESS_TOKEN_NOT_YET_VALID');
  });

  it('refuses a token that does not say the agency and roles', async () => {
    const token = await signedToken({ agency: undefined, roles: [] });
    await expectUnauthorized({ authorization: `Bearer ${token}` }, 'ACCESS_TOKEN_INCOMPLETE');
  });

  it('asks for a purpose of use when none is stated', async () => {
    const response = await askWith({ authorization: `Bearer ${await accessTokenFor('sw.demo')}` });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_OF_USE_REQUIRED');
    expect(response.body.errors?.[0]?.message).toContain('X-Purpose-Of-Use');
  });

  it('refuses a purpose of use the county does not recognize', async () => {
    const response = await askWith({ authorization: `Bearer ${await accessTokenFor('sw.demo')}`, 'x-purpose-of-use': 'CURIOSITY' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_OF_USE_UNKNOWN');
  });

  it('requires a stated reason to break the glass', async () => {
    const response = await askWith({ authorization: `Bearer ${await accessTokenFor('sw.demo')}`, 'x-purpose-of-use': 'BTG' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('BREAK_GLASS_REASON_REQUIRED');
  });
});
