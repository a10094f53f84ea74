import { readFile } from 'node:fs/promises';
import { createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import type { AuthenticationConfig } from '../../../runtime/config.ts';
import { unauthenticated } from '../../../runtime/requester.ts';
import { VerifiedTokens } from '../../../runtime/verified-tokens.ts';

/** Who an OpenID Connect access token says the requester is. */
export interface VerifiedIdentity {
  userId: string;
  agency: string;
  roles: string[];
  /** A purpose of use the identity provider put in the token, if any. */
  purposeOfUse: string | undefined;
}

type KeySet = Parameters<typeof jwtVerify>[1];

/**
 * How long a verified token is taken at its word without checking its signature again: a client
 * sends the same access token with every request, and checking an asymmetric signature costs more
 * than deciding a profile. Short, so that a key the identity provider withdraws stops counting
 * within minutes; never past the token's own expiry.
 */
const REMEMBER_VERIFIED_MS = 5 * 60_000;
/** Verified tokens remembered at once (about a kilobyte each); the oldest goes first. */
const MAX_REMEMBERED_TOKENS = 10_000;

/**
 * Verifies access tokens from the county's identity provider: signature (asymmetric algorithms
 * only), issuer, audience, expiry and not-before. Every failure is a 401 whose message says what
 * to fix without echoing the token or its claims.
 */
export class AccessTokenVerifier {
  private readonly config: AuthenticationConfig;
  private readonly keySet: KeySet;
  private readonly verified = new VerifiedTokens<VerifiedIdentity>(MAX_REMEMBERED_TOKENS);

  private constructor(config: AuthenticationConfig, keySet: KeySet) {
    this.config = config;
    this.keySet = keySet;
  }

  static async create(config: AuthenticationConfig): Promise<AccessTokenVerifier> {
    if (config.jwksUrl) return new AccessTokenVerifier(config, createRemoteJWKSet(new URL(config.jwksUrl)));
    if (!config.jwksPath) throw new Error('No identity provider keys are configured (AUTH_JWKS_URL or AUTH_JWKS_PATH).');
    const jwks = JSON.parse(await readFile(config.jwksPath, 'utf8')) as JSONWebKeySet;
    return new AccessTokenVerifier(config, createLocalJWKSet(jwks));
  }

  async verify(authorization: string | undefined): Promise<VerifiedIdentity> {
    if (!authorization) {
      throw unauthenticated('AUTHENTICATION_REQUIRED', 'Sign in first: send your access token as "Authorization: Bearer <token>".');
    }
    const token = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(authorization)?.[1];
    if (!token) {
      throw unauthenticated('ACCESS_TOKEN_MALFORMED', 'The Authorization header must be "Bearer <access token>" with a JSON Web Token.');
    }
    const remembered = this.verified.recall(token);
    if (remembered) return remembered;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keySet, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.config.algorithms,
        clockTolerance: this.config.clockToleranceSeconds,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw rejectionFor(error);
    }
    const identity = this.identityFrom(payload);
    this.remember(token, identity, payload.exp as number);
    return identity;
  }

  /** Only a token complete enough to be accepted gets here; `exp` is a required claim. */
  private remember(token: string, identity: VerifiedIdentity, expiresAt: number): void {
    const acceptUntil = Math.min((expiresAt + this.config.clockToleranceSeconds) * 1000, Date.now() + REMEMBER_VERIFIED_MS);
    // Shared by every request that sends the token, so nobody may change it.
    this.verified.remember(token, Object.freeze({ ...identity, roles: Object.freeze([...identity.roles]) as string[] }), acceptUntil);
  }

  private identityFrom(payload: JWTPayload): VerifiedIdentity {
    const { claims } = this.config;
    const userId = payload[claims.userId];
    const agency = payload[claims.agency];
    const rawRoles = payload[claims.roles];
    const roles = typeof rawRoles === 'string' ? rawRoles.split(' ').filter(Boolean) : rawRoles;
    if (
      typeof userId !== 'string' ||
      userId === '' ||
      typeof agency !== 'string' ||
      agency === '' ||
      !Array.isArray(roles) ||
      roles.length === 0 ||
      !roles.every((role) => typeof role === 'string')
    ) {
      throw unauthenticated(
        'ACCESS_TOKEN_INCOMPLETE',
        'The access token does not say who you are, your agency and your roles; ask your administrator to check the identity provider claims.',
      );
    }
    const purpose = payload['purpose_of_use'];
    return { userId, agency, roles: roles as string[], purposeOfUse: typeof purpose === 'string' ? purpose : undefined };
  }
}

function rejectionFor(error: unknown): Error {
  if (error instanceof joseErrors.JWTExpired) {
    return unauthenticated('ACCESS_TOKEN_EXPIRED', 'The access token has expired; sign in again.');
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return unauthenticated('ACCESS_TOKEN_WRONG_AUDIENCE', 'The access token was issued for another service.');
    if (error.claim === 'nbf')
      return unauthenticated('ACCESS_TOKEN_NOT_YET_VALID', 'The access token is not valid yet; check the clock of the issuing system.');
    if (error.claim === 'iss')
      return unauthenticated('ACCESS_TOKEN_WRONG_ISSUER', "The access token was not issued by the county's identity provider.");
    return unauthenticated('ACCESS_TOKEN_INVALID', 'The access token is not valid.');
  }
  if (error instanceof joseErrors.JOSEError) {
    return unauthenticated('ACCESS_TOKEN_INVALID', 'The access token is not valid.');
  }
  return error instanceof Error ? error : new Error('Access token verification failed.');
}
