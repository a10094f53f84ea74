import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import {
  SignJWT,
  createLocalJWKSet,
  errors as joseErrors,
  importJWK,
  jwtVerify,
  type JSONWebKeySet,
  type JWK,
  type CryptoKey,
} from 'jose';
import { unauthenticated, type Requester } from './requester.ts';

/**
 * Requester tokens: the gateway forwards the verified requester to each subgraph in a short-lived
 * token it signs for that subgraph alone (audience), so a subgraph trusts nothing else.
 */
export const GATEWAY_ISSUER = 'urn:csec-mdt:gateway';
const ALGORITHM = 'ES256';

export function subgraphAudience(subgraph: string): string {
  return `urn:csec-mdt:subgraph:${subgraph}`;
}

export class RequesterTokenSigner {
  private readonly key: CryptoKey | Uint8Array;
  private readonly keyId: string | undefined;
  private readonly lifetimeSeconds: number;
  /**
   * Tokens already signed for a request, by subgraph and disclosure digest: a plan fetches from the
   * same subgraph several times, and each ES256 signature costs about as much as planning.
   */
  private readonly signedForRequest = new WeakMap<Requester, Map<string, { token: Promise<string>; reuseUntil: number }>>();

  private constructor(key: CryptoKey | Uint8Array, keyId: string | undefined, lifetimeSeconds: number) {
    this.key = key;
    this.keyId = keyId;
    this.lifetimeSeconds = lifetimeSeconds;
  }

  static async fromKeyFile(path: string, lifetimeSeconds: number): Promise<RequesterTokenSigner> {
    const jwk = JSON.parse(await readFile(path, 'utf8')) as JWK;
    return new RequesterTokenSigner(await importJWK(jwk, ALGORITHM), jwk.kid, lifetimeSeconds);
  }

  /**
   * `disclosureDigest` binds the disclosure context sent with the request to this token. The same
   * request gets the same token again while at least half its lifetime is left.
   */
  sign(requester: Requester, subgraph: string, disclosureDigest?: string): Promise<string> {
    const now = Date.now();
    let tokens = this.signedForRequest.get(requester);
    if (!tokens) {
      tokens = new Map();
      this.signedForRequest.set(requester, tokens);
    }
    const key = `${subgraph}|${disclosureDigest ?? ''}`;
    const signed = tokens.get(key);
    if (signed && signed.reuseUntil > now) return signed.token;
    const token = this.signNew(requester, subgraph, disclosureDigest);
    // A failed signature is not kept: the next fetch tries again.
    token.catch(() => tokens.delete(key));
    tokens.set(key, { token, reuseUntil: now + (this.lifetimeSeconds * 1000) / 2 });
    return token;
  }

  private signNew(requester: Requester, subgraph: string, disclosureDigest: string | undefined): Promise<string> {
    return new SignJWT({
      agency: requester.agency,
      roles: requester.roles,
      pou: requester.purposeOfUse,
      btg: requester.breakGlassReason,
      rid: requester.requestId,
      ...(disclosureDigest ? { dcx: disclosureDigest } : {}),
    })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'requester+jwt', ...(this.keyId ? { kid: this.keyId } : {}) })
      .setIssuer(GATEWAY_ISSUER)
      .setAudience(subgraphAudience(subgraph))
      .setSubject(requester.userId)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${this.lifetimeSeconds}s`)
      .sign(this.key);
  }
}

export class RequesterTokenVerifier {
  private readonly keySet: ReturnType<typeof createLocalJWKSet>;
  private readonly audience: string;

  private constructor(keySet: ReturnType<typeof createLocalJWKSet>, audience: string) {
    this.keySet = keySet;
    this.audience = audience;
  }

  static async fromJwksFile(path: string, subgraph: string): Promise<RequesterTokenVerifier> {
    const jwks = JSON.parse(await readFile(path, 'utf8')) as JSONWebKeySet;
    return new RequesterTokenVerifier(createLocalJWKSet(jwks), subgraphAudience(subgraph));
  }

  /** The requester of a request from the gateway; anything else is refused with 401. */
  async verify(authorization: string | undefined): Promise<Requester> {
    const token = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('GATEWAY_TOKEN_REQUIRED', 'This subgraph answers only the gateway.');
    try {
      const { payload } = await jwtVerify(token, this.keySet, {
        issuer: GATEWAY_ISSUER,
        audience: this.audience,
        algorithms: [ALGORITHM],
        typ: 'requester+jwt',
        requiredClaims: ['sub', 'exp', 'iat', 'jti'],
      });
      const roles = payload['roles'];
      if (
        typeof payload.sub !== 'string' ||
        typeof payload['agency'] !== 'string' ||
        !Array.isArray(roles) ||
        !roles.every((role) => typeof role === 'string') ||
        typeof payload['pou'] !== 'string' ||
        typeof payload['rid'] !== 'string'
      ) {
        throw unauthenticated('GATEWAY_TOKEN_INVALID', 'The gateway token is not valid.');
      }
      return {
        userId: payload.sub,
        agency: payload['agency'],
        roles: roles as string[],
        purposeOfUse: payload['pou'],
        breakGlassReason: typeof payload['btg'] === 'string' ? payload['btg'] : null,
        requestId: payload['rid'],
        disclosureDigest: typeof payload['dcx'] === 'string' ? payload['dcx'] : undefined,
      };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw unauthenticated('GATEWAY_TOKEN_EXPIRED', 'The gateway token has expired.');
      }
      if (error instanceof joseErrors.JOSEError) {
        throw unauthenticated('GATEWAY_TOKEN_INVALID', 'The gateway token is not valid.');
      }
      throw error;
    }
  }
}
