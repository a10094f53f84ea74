import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Requester } from '../../runtime/requester.ts';
import type { RequesterTokenSigner } from '../../runtime/requester-token.ts';

/** What the gateway knows about one request while it plans and fetches. */
export interface GatewayContext {
  requester: Requester;
}

/**
 * Sends a subgraph its part of the plan with the requester in a short-lived token signed for
 * that subgraph only; the client's own access token never leaves the gateway.
 */
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
    options.request.http?.headers.set('authorization', `Bearer ${await this.signer.sign(requester, this.subgraph)}`);
    options.request.http?.headers.set('x-request-id', requester.requestId);
  }
}
