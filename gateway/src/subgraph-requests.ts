import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Supergraph } from '@apollo/federation-internals';
import { DISCLOSURE_EXTENSION, disclosureDigest, type DisclosureContext } from '../../runtime/policy/disclosure-context.ts';
import type { Requester } from '../../runtime/requester.ts';
import type { RequesterTokenSigner } from '../../runtime/requester-token.ts';

/** The disclosure gate's decisions for one request, in the two forms subgraphs are sent. */
export interface RequestDisclosure {
  /** With the facts about each youth, for a subgraph that decides records by their own labels. */
  withFacts: DisclosureContext;
  /** Without them, for every other subgraph. */
  withoutFacts: DisclosureContext;
  /** The operation asks for an answer computed from the facts (an explanation): every subgraph gets them. */
  answersFromFacts: boolean;
}

/** What the gateway knows about one request while it plans and fetches. */
export interface GatewayContext {
  requester: Requester;
  /** The decisions the disclosure gate made for this request, for the subgraphs to enforce. */
  disclosure: RequestDisclosure | undefined;
}

/**
 * The subgraphs that decide records by their own labels (FHIR security labels): they define record
 * types carrying `confidentiality` and `sensitivity`, the shape the subgraph's enforcement decides
 * one by one. Only these need the facts about each youth to decide with the same policy.
 */
export function subgraphsDecidingRecords(supergraph: Supergraph): Set<string> {
  const deciding = new Set<string>();
  for (const subgraph of supergraph.subgraphs().values()) {
    if (subgraph.schema.objectTypes().some((type) => type.field('confidentiality') && type.field('sensitivity'))) deciding.add(subgraph.name);
  }
  return deciding;
}

/**
 * Node's own fetch, for subgraph requests: it costs less CPU per fetch than the gateway's default
 * HTTP client. The gateway sends string bodies only; the cast bridges the Buffer in the fetcher type.
 */
type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;
const nodeFetch: Fetcher = (url, init) => fetch(url, init as RequestInit) as ReturnType<Fetcher>;

/** Each request's disclosure digests, hashed once however many fetches its plan makes. */
const digests = new WeakMap<DisclosureContext, string>();

function digestOf(disclosure: DisclosureContext): string {
  let digest = digests.get(disclosure);
  if (digest === undefined) {
    digest = disclosureDigest(disclosure);
    digests.set(disclosure, digest);
  }
  return digest;
}

/**
 * Sends a subgraph its part of the plan with the requester in a short-lived token signed for
 * that subgraph only, and the request's disclosure decisions bound to that token by their digest;
 * the client's own access token never leaves the gateway.
 */
export class RequesterForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly signer: RequesterTokenSigner;
  private readonly decidesRecords: boolean;

  constructor(options: { subgraph: string; url: string; signer: RequesterTokenSigner; decidesRecords: boolean }) {
    super({ url: options.url, fetcher: nodeFetch });
    this.subgraph = options.subgraph;
    this.signer = options.signer;
    this.decidesRecords = options.decidesRecords;
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const requester = 'context' in options ? options.context.requester : undefined;
    if (!requester) throw new Error('A subgraph request without a verified requester is never sent.');
    const disclosure = 'context' in options ? options.context.disclosure : undefined;
    let digest: string | undefined;
    if (disclosure) {
      const context = this.decidesRecords || disclosure.answersFromFacts ? disclosure.withFacts : disclosure.withoutFacts;
      options.request.extensions = { ...options.request.extensions, [DISCLOSURE_EXTENSION]: context };
      digest = digestOf(context);
    }
    options.request.http?.headers.set('authorization', `Bearer ${this.signer.sign(requester, this.subgraph, digest)}`);
    options.request.http?.headers.set('x-request-id', requester.requestId);
  }
}
