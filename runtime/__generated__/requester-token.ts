/* Generated from schema/requester-token.schema.json by `npm run codegen`. Do not edit. */

export interface RequesterTokenParts {
  header?: RequesterTokenHeader;
  claims?: RequesterTokenClaims;
}
/**
 * The token's protected header: ES256, the requester token type, and the id of the gateway key that signed it when the key has one. Nothing else (no critical extensions, no unencoded payload).
 */
export interface RequesterTokenHeader {
  alg: 'ES256';
  typ: 'requester+jwt';
  /**
   * The key id of the gateway's signing key (its JWK's kid).
   */
  kid?: string;
}
/**
 * Who asks, as the gateway verified them, and the one request the token is for. Times are seconds since the epoch.
 */
export interface RequesterTokenClaims {
  /**
   * The gateway.
   */
  iss: 'urn:csec-mdt:gateway';
  /**
   * The subgraph the token is for, urn:csec-mdt:subgraph:<name>, or a list that includes it.
   */
  aud: string | string[];
  /**
   * The requester's user id.
   */
  sub: string;
  /**
   * The token's id: a subgraph accepts each token once.
   */
  jti: string;
  /**
   * When the gateway issued it.
   */
  iat: number;
  /**
   * When it expires, seconds after it was issued.
   */
  exp: number;
  /**
   * Not before.
   */
  nbf?: number;
  /**
   * The requester's agency, as the CSEC program's staff directory gives it.
   */
  agency: string;
  /**
   * The requester's roles, as the staff directory gives them.
   */
  roles: string[];
  /**
   * The purpose of use the request stated: an HL7 v3 ActReason code or a local code of policies/csec/purposes.
   */
  pou: string;
  /**
   * The emergency given to break the glass; null otherwise.
   */
  btg: string | null;
  /**
   * The gateway's id of the request, carried into every log line and audit record.
   */
  rid: string;
  /**
   * The SHA-256 digest (base64url) of the disclosure context sent in the request's csecDisclosure extension (disclosure-context.schema.json), when one is sent.
   */
  dcx?: string;
  /**
   * The HTTP method of the request the token is for.
   */
  htm: string;
  /**
   * Its path and query, as the request line has them (/graphql, /disclosure-facts).
   */
  htu: string;
  /**
   * The SHA-256 digest (base64url) of its body.
   */
  bdg: string;
}
