import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { ensureAuditCheckpointKey } from '../../runtime/audit/audit-checkpoints.ts';
import { DEVELOPMENT_ISSUER } from '../../runtime/config.ts';
import { ensureDevelopmentCertificates } from './development-certificates.ts';

/**
 * Development keys, generated at setup and never committed: the development identity provider's
 * key pair (it signs access tokens for `npm run token`), the gateway's key pair (it signs
 * requester tokens for the subgraphs), the policy signing key pair (it signs the policy
 * bundle, which the gateway and every subgraph verify) and the audit checkpoint key pair (the csec
 * subgraph signs checkpoints of the audit's chain with it), and the certificate authority and
 * certificates of TLS between the services (`tls/`, the default CSEC_TLS_DIR). Production uses the
 * county's identity provider, keys from the county's key management and the county's certificates.
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
    await writeFile(
      join(keysDirectory, `${name}.jwks.json`),
      JSON.stringify({ keys: [{ ...publicJwk, kid, alg: ALGORITHM, use: 'sig' }] }, null, 2),
    );
  }
  await ensurePolicySigningKeys(keysDirectory);
  await ensureAuditCheckpointKey(keysDirectory);
  await ensureDevelopmentCertificates(join(keysDirectory, 'tls'));
}

/** Where the development policy signing key pair is kept: PEM files, which `opa build` reads. */
export function policySigningKeyPaths(keysDirectory: string): { privateKeyPath: string; publicKeyPath: string } {
  return {
    privateKeyPath: join(keysDirectory, 'policy-signing.private.pem'),
    publicKeyPath: join(keysDirectory, 'policy-signing.public.pem'),
  };
}

/** A P-256 (ES256) key pair: the private key as PKCS#8 PEM for `opa build --signing-key`, the public key as SPKI PEM. */
async function ensurePolicySigningKeys(keysDirectory: string): Promise<void> {
  const { privateKeyPath, publicKeyPath } = policySigningKeyPaths(keysDirectory);
  if (existsSync(privateKeyPath) && existsSync(publicKeyPath)) return;
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await writeFile(privateKeyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  await chmod(privateKeyPath, 0o600);
  await writeFile(publicKeyPath, publicKey.export({ type: 'spki', format: 'pem' }));
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
