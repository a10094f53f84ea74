import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { DEVELOPMENT_ISSUER } from '../../runtime/config.ts';

/**
 * Development keys, generated at setup and never committed: the development identity provider's
 * key pair (it signs access tokens for `npm run token`) and the gateway's key pair (it signs
 * requester tokens for the subgraphs). Production uses the county's identity provider and a
 * gateway key from the county's key management.
 */
const KEY_PAIRS = ['identity-provider', 'gateway'] as const;
const ALGORITHM = 'ES256';

export async function ensureDevelopmentKeys(keysDirectory: string): Promise<void> {
  await mkdir(keysDirectory, { recursive: true, mode: 0o700 });
  for (const name of KEY_PAIRS) {
    const privatePath = join(keysDirectory, `${name}.private.jwk.json`);
    if (existsSync(privatePath)) continue;
    const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    await writeFile(privatePath, JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: ALGORITHM }), { mode: 0o600 });
    await chmod(privatePath, 0o600);
    await writeFile(join(keysDirectory, `${name}.jwks.json`), JSON.stringify({ keys: [{ ...publicJwk, kid, alg: ALGORITHM, use: 'sig' }] }, null, 2));
  }
}

export interface DevelopmentTokenRequest {
  userId: string;
  agency: string;
  roles: string[];
  purposeOfUse?: string | undefined;
  audience?: string;
  lifetimeSeconds?: number;
}

/** An access token as the county's identity provider would issue it, for development and tests. */
export async function issueDevelopmentToken(keysDirectory: string, request: DevelopmentTokenRequest): Promise<string> {
  const jwk = JSON.parse(await readFile(join(keysDirectory, 'identity-provider.private.jwk.json'), 'utf8')) as JWK;
  return new SignJWT({
    agency: request.agency,
    roles: request.roles,
    ...(request.purposeOfUse ? { purpose_of_use: request.purposeOfUse } : {}),
  })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT', ...(jwk.kid ? { kid: jwk.kid } : {}) })
    .setIssuer(DEVELOPMENT_ISSUER)
    .setAudience(request.audience ?? 'csec-mdt-gateway')
    .setSubject(request.userId)
    .setIssuedAt()
    .setExpirationTime(`${request.lifetimeSeconds ?? 3_600}s`)
    .sign(await importJWK(jwk, ALGORITHM));
}
