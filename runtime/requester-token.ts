import { readFile } from 'node:fs/promises';
import { createHash, createPrivateKey, createPublicKey, randomUUID, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { RequesterTokenClaims, RequesterTokenHeader } from './__generated__/requester-token.ts';
import { contractProblem, contractValidator } from './contracts.ts';
import { unauthenticated, type Requester } from './requester.ts';

/**
 * Requester tokens: the gateway forwards the verified requester to each subgraph in a short-lived
 * token it signs for that subgraph alone (audience) and for the one HTTP request it sends (method,
 * path and a SHA-256 digest of the body), which the subgraph accepts once. A token captured on the
 * way is no key to anything: it fits no other request, and its own request is refused a second
 * time. They are compact JWS (RFC 7515) JSON Web Tokens signed with ES256, made and checked with
 * Node's own crypto: the synchronous calls cost a third of going through WebCrypto. Their header
 * and claims are the contract schema/requester-token.schema.json says (its types generated from it).
 */
export const GATEWAY_ISSUER = 'urn:csec-mdt:gateway';
const ALGORITHM = 'ES256';
const TOKEN_TYPE = 'requester+jwt';
const tokenHeader = contractValidator<RequesterTokenHeader>('requester-token', 'header');
const tokenClaims = contractValidator<RequesterTokenClaims>('requester-token', 'claims');
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

/** The HTTP request a requester token is signed for. */
export interface SignedRequest {
  method: string;
  /** Path and query, as the request line has them (`/graphql`, `/disclosure-facts`). */
  path: string;
  body: string | Buffer;
}

function bodyDigest(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('base64url');
}

function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export class RequesterTokenSigner {
  private readonly key: KeyObject;
  private readonly keyId: string | undefined;
  private readonly lifetimeSeconds: number;

  private constructor(key: KeyObject, keyId: string | undefined, lifetimeSeconds: number) {
    this.key = key;
    this.keyId = keyId;
    this.lifetimeSeconds = lifetimeSeconds;
  }

  static async fromKeyFile(path: string, lifetimeSeconds: number): Promise<RequesterTokenSigner> {
    const jwk = JSON.parse(await readFile(path, 'utf8')) as KeyFile;
    return new RequesterTokenSigner(p256Key(jwk, 'private'), jwk.kid, lifetimeSeconds);
  }

  /** A token for one request to `subgraph`; `disclosureDigest` binds the disclosure context sent with it. */
  sign(requester: Requester, subgraph: string, request: SignedRequest, disclosureDigest?: string): string {
    return this.signNew(requester, subgraph, request, disclosureDigest, Math.floor(Date.now() / 1000));
  }

  private signNew(
    requester: Requester,
    subgraph: string,
    request: SignedRequest,
    disclosureDigest: string | undefined,
    issuedAt: number,
  ): string {
    const header: RequesterTokenHeader = { alg: ALGORITHM, typ: TOKEN_TYPE, ...(this.keyId ? { kid: this.keyId } : {}) };
    const claims: RequesterTokenClaims = {
      agency: requester.agency,
      roles: requester.roles,
      pou: requester.purposeOfUse,
      btg: requester.breakGlassReason,
      rid: requester.requestId,
      ...(disclosureDigest ? { dcx: disclosureDigest } : {}),
      htm: request.method,
      htu: request.path,
      bdg: bodyDigest(request.body),
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

/**
 * Token ids a subgraph remembers as used, each until its token expires: a token lives seconds, so
 * this holds every token of many thousand requests a second.
 */
const MAX_USED_TOKENS = 200_000;

/** What a token was signed for, kept until the request's body is read and compared. */
interface Binding {
  method: string;
  path: string;
  bodyDigest: string;
  tokenId: string;
  expiresAt: number;
}

export class RequesterTokenVerifier {
  /** The gateway's public keys by key id; a key without an id is found by its absence. */
  private readonly keys: Map<string | undefined, KeyObject>;
  private readonly audience: string;
  /** The request each verified requester's token was signed for, until `confirm`. */
  private readonly bindings = new WeakMap<Requester, Binding>();
  /** Ids of tokens already accepted, with their expiry (seconds): each is accepted once. */
  private readonly used = new Map<string, number>();

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
    const { requester, binding } = this.verifyAnew(token);
    this.bindings.set(requester, binding);
    return requester;
  }

  /**
   * Accepts the request `requester` was verified for only if it is the one its token was signed for
   * (method, path, body), and only the first time that token is seen; 401 otherwise.
   */
  confirm(requester: Requester, request: SignedRequest): void {
    const binding = this.bindings.get(requester);
    if (!binding) throw invalidToken();
    this.bindings.delete(requester);
    if (binding.method !== request.method || binding.path !== request.path || binding.bodyDigest !== bodyDigest(request.body)) {
      throw unauthenticated('GATEWAY_TOKEN_NOT_FOR_THIS_REQUEST', 'The gateway token was signed for another request.');
    }
    const now = Math.floor(Date.now() / 1000);
    if (this.used.has(binding.tokenId)) throw unauthenticated('GATEWAY_TOKEN_REPLAYED', 'The gateway token was already used.');
    this.forgetExpired(now);
    this.used.set(binding.tokenId, binding.expiresAt);
  }

  /** Ids are added in about the order their tokens expire, so the expired ones are at the front. */
  private forgetExpired(now: number): void {
    for (const [tokenId, expiresAt] of this.used) {
      if (expiresAt > now && this.used.size < MAX_USED_TOKENS) break;
      this.used.delete(tokenId);
    }
  }

  private verifyAnew(token: string): { requester: Requester; binding: Binding } {
    const segments = token.split('.');
    if (segments.length !== 3 || !segments.every((segment) => SEGMENT.test(segment))) throw invalidToken();
    const [encodedHeader, encodedClaims, encodedSignature] = segments as [string, string, string];

    const header = jsonSegment(encodedHeader);
    if (!tokenHeader(header)) throw invalidToken();
    const key = this.keys.get(header.kid);
    const signature = Buffer.from(encodedSignature, 'base64url');
    if (!key || signature.length !== SIGNATURE_BYTES) throw invalidToken();
    const signingInput = Buffer.from(`${encodedHeader}.${encodedClaims}`);
    if (!verify('sha256', signingInput, { key, dsaEncoding: 'ieee-p1363' }, signature)) throw invalidToken();

    // Signed by the gateway: what is wrong with its claims is the gateway's to know, so the error says.
    const claims = jsonSegment(encodedClaims);
    if (!tokenClaims(claims)) throw invalidToken(contractProblem(tokenClaims, 'its claims'));
    const now = Math.floor(Date.now() / 1000);
    const { aud, exp, nbf, sub, jti, agency, roles, pou, btg, rid, dcx, htm, htu, bdg } = claims;
    if (!(Array.isArray(aud) ? aud : [aud]).includes(this.audience) || (nbf !== undefined && nbf > now)) throw invalidToken();
    if (exp <= now) throw unauthenticated('GATEWAY_TOKEN_EXPIRED', 'The gateway token has expired.');
    const requester: Requester = {
      userId: sub,
      agency,
      roles,
      purposeOfUse: pou,
      breakGlassReason: btg,
      requestId: rid,
      disclosureDigest: dcx,
    };
    return { requester, binding: { method: htm, path: htu, bodyDigest: bdg, tokenId: jti, expiresAt: exp } };
  }
}

/** A base64url segment holding JSON; anything else makes the token invalid. */
function jsonSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw invalidToken();
  }
}

function invalidToken(problem?: string): Error {
  return unauthenticated(
    'GATEWAY_TOKEN_INVALID',
    problem ? `The gateway token is not valid: ${problem}` : 'The gateway token is not valid.',
  );
}
