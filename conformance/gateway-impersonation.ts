import { createHash, createPrivateKey, generateKeyPairSync, randomUUID, sign, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DISCLOSURE_EXTENSION, disclosureDigest, type DisclosureContext } from '../runtime/policy/disclosure-context.ts';
import { RequesterTokenSigner, subgraphAudience, GATEWAY_ISSUER } from '../runtime/requester-token.ts';
import type { Requester } from '../runtime/requester.ts';
import { callService } from '../runtime/service-http.ts';

/**
 * The conformance kit speaks to a subgraph as the gateway does (requester tokens signed with the
 * gateway's key, disclosure decisions in the request's extensions), and also as the gateway never
 * would (no token, a forged, expired, replayed or misdirected one), to see what the subgraph does.
 */
export const KIT_REQUESTER: Requester = {
  userId: 'conformance.kit',
  agency: 'CHILD_WELFARE',
  roles: ['SOCIAL_WORKER'],
  purposeOfUse: 'CSEC-MDT',
  breakGlassReason: null,
  requestId: '00000000-0000-4000-8000-00000000c0de',
};

export interface SubgraphAnswer {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> } | undefined;
}

export type TokenKind = 'gateway' | 'none' | 'forged' | 'expired' | 'other-audience';

/** The gateway's signing key, as the kit reads it from the gateway's key file (JWK). */
interface GatewayKey {
  key: KeyObject;
  keyId: string | undefined;
}

export class GatewayImpersonation {
  private readonly signer: RequesterTokenSigner;
  private readonly gatewayKey: GatewayKey;
  private readonly url: URL;
  private readonly subgraph: string;

  private constructor(signer: RequesterTokenSigner, gatewayKey: GatewayKey, url: URL, subgraph: string) {
    this.signer = signer;
    this.gatewayKey = gatewayKey;
    this.url = url;
    this.subgraph = subgraph;
  }

  static async fromKeyFile(path: string, url: URL, subgraph: string): Promise<GatewayImpersonation> {
    const jwk = JSON.parse(await readFile(path, 'utf8')) as JsonWebKey & { kid?: string };
    const gatewayKey = { key: createPrivateKey({ key: jwk, format: 'jwk' }), keyId: jwk.kid };
    return new GatewayImpersonation(await RequesterTokenSigner.fromKeyFile(path, 30), gatewayKey, url, subgraph);
  }

  /** A GraphQL request with the given decisions and the given kind of token; `token` reuses one (a replay). */
  async graphql(
    query: string,
    variables: Record<string, unknown>,
    context: DisclosureContext | undefined,
    kind: TokenKind = 'gateway',
    token?: string,
  ): Promise<SubgraphAnswer & { token: string | undefined }> {
    const body = JSON.stringify({ query, variables, ...(context ? { extensions: { [DISCLOSURE_EXTENSION]: context } } : {}) });
    const used = token ?? this.token(kind, this.url.pathname, body, context ? disclosureDigest(context) : undefined);
    return { ...(await this.post(this.url, body, used)), token: used };
  }

  /** A gateway-only JSON route of the subgraph (its test hook), signed as the gateway signs. */
  route(path: string, payload: unknown): Promise<SubgraphAnswer> {
    const body = JSON.stringify(payload);
    return this.post(new URL(path, this.url), body, this.token('gateway', path, body, undefined));
  }

  private token(kind: TokenKind, path: string, body: string, digest: string | undefined): string | undefined {
    const request = { method: 'POST', path, body };
    switch (kind) {
      case 'none':
        return undefined;
      case 'gateway':
        return this.signer.sign(KIT_REQUESTER, this.subgraph, request, digest);
      case 'other-audience':
        return this.signer.sign(KIT_REQUESTER, `${this.subgraph}-elsewhere`, request, digest);
      case 'forged':
        return handSigned(
          request,
          digest,
          this.subgraph,
          { key: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, keyId: this.gatewayKey.keyId },
          0,
        );
      case 'expired':
        return handSigned(request, digest, this.subgraph, this.gatewayKey, -120);
    }
  }

  private async post(url: URL, body: string, token: string | undefined): Promise<SubgraphAnswer> {
    const response = await callService(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
      timeoutMs: 20_000,
    });
    const text = await response.text();
    let parsed: SubgraphAnswer['body'];
    try {
      parsed = JSON.parse(text) as SubgraphAnswer['body'];
    } catch {
      parsed = undefined;
    }
    return { status: response.status, text, body: parsed };
  }
}

/**
 * A requester token in the gateway's form, issued `ageSeconds` ago for 30 seconds: with another key
 * (forged), or with the gateway's key but past its expiry (an old token replayed).
 */
function handSigned(
  request: { method: string; path: string; body: string },
  digest: string | undefined,
  subgraph: string,
  { key, keyId }: GatewayKey,
  ageSeconds: number,
): string {
  const now = Math.floor(Date.now() / 1000) + ageSeconds;
  const lifetimeSeconds = 30;
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'ES256', typ: 'requester+jwt', ...(keyId ? { kid: keyId } : {}) });
  const claims = encode({
    iss: GATEWAY_ISSUER,
    aud: subgraphAudience(subgraph),
    sub: KIT_REQUESTER.userId,
    agency: KIT_REQUESTER.agency,
    roles: KIT_REQUESTER.roles,
    pou: KIT_REQUESTER.purposeOfUse,
    btg: null,
    rid: KIT_REQUESTER.requestId,
    ...(digest ? { dcx: digest } : {}),
    htm: request.method,
    htu: request.path,
    bdg: createHash('sha256').update(request.body).digest('base64url'),
    jti: randomUUID(),
    iat: now,
    exp: now + lifetimeSeconds,
  });
  const signature = sign('sha256', Buffer.from(`${header}.${claims}`), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url');
  return `${header}.${claims}.${signature}`;
}
