import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { DISCLOSURE_EXTENSION, disclosureDigest, type DisclosureContext } from '../../runtime/policy/disclosure-context.ts';
import type { Requester } from '../../runtime/requester.ts';
import type { RequesterTokenSigner } from '../../runtime/requester-token.ts';

/** What the gateway knows about one request while it plans and fetches. */
export interface GatewayContext {
  requester: Requester;
  /** The decisions the disclosure gate made for this request, for the subgraphs to enforce. */
  disclosure: DisclosureContext | undefined;
}

/**
 * Sends a subgraph its part of the plan with the requester in a short-lived token signed for
 * that subgraph only, and the request's disclosure decisions bound to that token by their digest;
 * the client's own access token never leaves the gateway.
 */
/** Each request's disclosure digest, hashed once however many fetches its plan makes. */
const digests = new WeakMap<DisclosureContext, string>();

function digestOf(disclosure: DisclosureContext): string {
  let digest = digests.get(disclosure);
  if (digest === undefined) {
    digest = disclosureDigest(disclosure);
    digests.set(disclosure, digest);
  }
  return digest;
}

export class RequesterForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly signer: RequesterTokenSigner;

  constructor(options: { subgraph: string; url: string; signer: RequesterTokenSigner }) {
    super({ url: options.url });
    this.subgraph = options.subgraph;
    this.signer = options.signer;
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const requester = 'context' in options ? options.context.requester : undefined;
    if (!requester) throw new Error('A subgraph request without a verified requester is never sent.');
    const disclosure = 'context' in options ? options.context.disclosure : undefined;
    let digest: string | undefined;
    if (disclosure) {
      options.request.extensions = { ...options.request.extensions, [DISCLOSURE_EXTENSION]: disclosure };
      digest = digestOf(disclosure);
    }
    options.request.http?.headers.set('authorization', `Bearer ${await this.signer.sign(requester, this.subgraph, digest)}`);
    options.request.http?.headers.set('x-request-id', requester.requestId);
  }
}
