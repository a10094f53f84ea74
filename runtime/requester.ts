/**
 * Who is asking, as verified at the gateway: every policy decision starts here. Subgraphs read
 * it only from the requester token the gateway signed for them.
 */
export interface Requester {
  userId: string;
  agency: string;
  roles: string[];
  /** HL7 v3 ActReason code or a local code from policies/csec/purposes. */
  purposeOfUse: string;
  /** Required for break-the-glass purposes; null otherwise. */
  breakGlassReason: string | null;
  /** The gateway's id of the request, carried into every log line and audit record. */
  requestId: string;
  /** At a subgraph: the digest of the disclosure context the gateway sent with the request. */
  disclosureDigest?: string | undefined;
}

/** A request refused before it reaches GraphQL execution: 400, 401 or 413, with a stable code. */
export class RequestRejection extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export function unauthenticated(code: string, message: string): RequestRejection {
  return new RequestRejection(401, code, message, { 'www-authenticate': 'Bearer error="invalid_token"' });
}
