import { readFile } from 'node:fs/promises';
import { createPrivateKey, createPublicKey, randomUUID, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { unauthenticated, type Requester } from './requester.ts';
import { VerifiedTokens } from './verified-tokens.ts';

/**
 * Requester tokens: the gateway forwards the verified requester to each subgraph in a short-lived
 * token it signs for that subgraph alone (audience), so a subgraph trusts nothing else. They are
 * compact JWS (RFC 7515) JSON Web Tokens signed with ES256, made and checked with Node's own
 * crypto: a gateway request signs several and every subgraph request checks one, and the
 * synchronous calls cost a third of going through WebCrypto.
 */
export const GATEWAY_ISSUER = 'urn:csec-mdt:gateway';
const ALGORITHM = 'ES256';
const TOKEN_TYPE = 'requester+jwt';
/** An ES256 signature: r and s, 32 bytes each (RFC 7518 section 3.4). */
const SIGNATURE_BYTES = 64;
const SEGMENT = /^[A-Za-z0-9_-]+$/;

export function subgraphAudience(subgraph: string): string {
  return `urn:csec-mdt:subgraph:${subgraph}`;
}

type KeyFile = JsonWebKey & { kid?: string };

/** A P-256 key of a JWK, or an error naming what is wrong with it (never its contents). */
function p256Key(jwk: KeyFile, kind: 'private' | 'public'): KeyObject {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || (kind === 'private' && typeof jwk.d !== 'string')) {
    throw new Error(`The gateway's ${kind} key must be a P-256 (ES256) ${kind} key in JWK form.`);
  }
  return kind === 'private' ? createPrivateKey({ key: jwk, format: 'jwk' }) : createPublicKey({ key: jwk, format: 'jwk' });
}

function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export class RequesterTokenSigner {
  private readonly key: KeyObject;
  private readonly keyId: string | undefined;
  private readonly lifetimeSeconds: number;
  /**
   * Tokens already signed for a request, by subgraph and disclosure digest: a plan fetches from the
   * same subgraph several times, and the gateway asks the same subgraph for facts and the audit.
   */
  private readonly signedForRequest = new WeakMap<Requester, Map<string, { token: string; reuseUntil: number }>>();

  private constructor(key: KeyObject, keyId: string | undefined, lifetimeSeconds: number) {
    this.key = key;
    this.keyId = keyId;
    this.lifetimeSeconds = lifetimeSeconds;
  }

  static async fromKeyFile(path: string, lifetimeSeconds: number): Promise<RequesterTokenSigner> {
    const jwk = JSON.parse(await readFile(path, 'utf8')) as KeyFile;
    return new RequesterTokenSigner(p256Key(jwk, 'private'), jwk.kid, lifetimeSeconds);
  }

  /**
   * `disclosureDigest` binds the disclosure context sent with the request to this token. The same
   * request gets the same token again while at least half its lifetime is left.
   */
  sign(requester: Requester, subgraph: string, disclosureDigest?: string): string {
    const now = Date.now();
    let tokens = this.signedForRequest.get(requester);
    if (!tokens) {
      tokens = new Map();
      this.signedForRequest.set(requester, tokens);
    }
    const key = `${subgraph}|${disclosureDigest ?? ''}`;
    const signed = tokens.get(key);
    if (signed && signed.reuseUntil > now) return signed.token;
    const token = this.signNew(requester, subgraph, disclosureDigest, Math.floor(now / 1000));
    tokens.set(key, { token, reuseUntil: now + (this.lifetimeSeconds * 1000) / 2 });
    return token;
  }

  private signNew(requester: Requester, subgraph: string, disclosureDigest: string | undefined, issuedAt: number): string {
    const header = { alg: ALGORITHM, typ: TOKEN_TYPE, ...(this.keyId ? { kid: this.keyId } : {}) };
    const claims = {
      agency: requester.agency,
      roles: requester.roles,
      pou: requester.purposeOfUse,
      btg: requester.breakGlassReason,
      rid: requester.requestId,
      ...(disclosureDigest ? { dcx: disclosureDigest } : {}),
      iss: GATEWAY_ISSUER,
      aud: subgraphAudience(subgraph),
      sub: requester.userId,
      jti: randomUUID(),
      iat: issuedAt,
      exp: issuedAt + this.lifetimeSeconds,
    };
    const signingInput = `${base64urlJson(header)}.${base64urlJson(claims)}`;
    const signature = sign('sha256', Buffer.from(signingInput), { key: this.key, dsaEncoding: 'ieee-p1363' });
    return `${signingInput}.${signature.toString('base64url')}`;
  }
}

/** Tokens a subgraph keeps verified; each lives a few seconds, so this covers many requests in flight. */
const MAX_REMEMBERED_TOKENS = 2_000;

export class RequesterTokenVerifier {
  /** The gateway's public keys by key id; a key without an id is found by its absence. */
  private readonly keys: Map<string | undefined, KeyObject>;
  private readonly audience: string;
  /**
   * Tokens already verified, until they expire: the gateway sends one token with every call a
   * request makes to this subgraph (its facts, its plan's fetches, its audit).
   */
  private readonly verified = new VerifiedTokens<Requester>(MAX_REMEMBERED_TOKENS);

  private constructor(keys: Map<string | undefined, KeyObject>, audience: string) {
    this.keys = keys;
    this.audience = audience;
  }

  static async fromJwksFile(path: string, subgraph: string): Promise<RequesterTokenVerifier> {
    const jwks = JSON.parse(await readFile(path, 'utf8')) as { keys?: KeyFile[] };
    const keys = new Map<string | undefined, KeyObject>();
    for (const jwk of jwks.keys ?? []) {
      if (jwk.kty === 'EC' && jwk.crv === 'P-256') keys.set(jwk.kid, p256Key(jwk, 'public'));
    }
    if (keys.size === 0) throw new Error(`The gateway key set ${path} holds no P-256 (ES256) public key.`);
    return new RequesterTokenVerifier(keys, subgraphAudience(subgraph));
  }

  /**
   * The requester of a request from the gateway; anything else is refused with 401. Checked in
   * this order: the form, the header (ES256, the requester token type, a known key, no critical
   * extensions), the signature, then the claims (issuer, this subgraph as audience, expiry, not
   * before, and every claim a requester needs).
   */
  verify(authorization: string | undefined): Requester {
    const token = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('GATEWAY_TOKEN_REQUIRED', 'This subgraph answers only the gateway.');
    // Each call gets a requester object of its own: services keep per-call state by it.
    const remembered = this.verified.recall(token);
    if (remembered) return { ...remembered };
    const { requester, expiresAt } = this.verifyAnew(token);
    this.verified.remember(token, { ...requester, roles: Object.freeze([...requester.roles]) as string[] }, expiresAt * 1000);
    return { ...requester };
  }

  private verifyAnew(token: string): { requester: Requester; expiresAt: number } {
    const segments = token.split('.');
    if (segments.length !== 3 || !segments.every((segment) => SEGMENT.test(segment))) throw invalidToken();
    const [encodedHeader, encodedClaims, encodedSignature] = segments as [string, string, string];

    const header = jsonSegment(encodedHeader);
    if (header['alg'] !== ALGORITHM || header['typ'] !== TOKEN_TYPE || 'crit' in header || 'b64' in header) throw invalidToken();
    const keyId = header['kid'];
    if (keyId !== undefined && typeof keyId !== 'string') throw invalidToken();
    const key = this.keys.get(keyId);
    const signature = Buffer.from(encodedSignature, 'base64url');
    if (!key || signature.length !== SIGNATURE_BYTES) throw invalidToken();
    const signingInput = Buffer.from(`${encodedHeader}.${encodedClaims}`);
    if (!verify('sha256', signingInput, { key, dsaEncoding: 'ieee-p1363' }, signature)) throw invalidToken();

    const claims = jsonSegment(encodedClaims);
    const now = Math.floor(Date.now() / 1000);
    const { iss, aud, exp, nbf, iat, sub, jti, agency, roles, pou, btg, rid, dcx } = claims;
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (
      iss !== GATEWAY_ISSUER ||
      !audiences.includes(this.audience) ||
      typeof exp !== 'number' ||
      typeof iat !== 'number' ||
      (nbf !== undefined && (typeof nbf !== 'number' || nbf > now)) ||
      typeof sub !== 'string' ||
      typeof jti !== 'string' ||
      typeof agency !== 'string' ||
      !Array.isArray(roles) ||
      !roles.every((role) => typeof role === 'string') ||
      typeof pou !== 'string' ||
      typeof rid !== 'string'
    ) {
      throw invalidToken();
    }
    if (exp <= now) throw unauthenticated('GATEWAY_TOKEN_EXPIRED', 'The gateway token has expired.');
    const requester: Requester = {
      userId: sub,
      agency,
      roles: roles as string[],
      purposeOfUse: pou,
      breakGlassReason: typeof btg === 'string' ? btg : null,
      requestId: rid,
      disclosureDigest: typeof dcx === 'string' ? dcx : undefined,
    };
    return { requester, expiresAt: exp };
  }
}

/** A base64url segment holding a JSON object; anything else makes the token invalid. */
function jsonSegment(segment: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw invalidToken();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidToken();
  return value as Record<string, unknown>;
}

function invalidToken(): Error {
  return unauthenticated('GATEWAY_TOKEN_INVALID', 'The gateway token is not valid.');
}
