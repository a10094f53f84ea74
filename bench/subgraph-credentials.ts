import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { subgraphDisclosureScopes } from '../gateway/src/subgraph-requests.ts';
import { DISCLOSURE_EXTENSION, contextForSubgraph, disclosureDigest, type DisclosureContext } from '../runtime/policy/disclosure-context.ts';
import { RequesterTokenSigner, type SignedRequest } from '../runtime/requester-token.ts';
import type { OpenDisclosure } from './open-disclosure.ts';

/** What one subgraph request of an ungated configuration carries, exactly as our gateway sends it. */
export interface SubgraphCredentials {
  /**
   * `Bearer <requester token>` for one request (method, path, exact body), signed with the gateway
   * key for this subgraph and bound to the context's digest, as our gateway signs each fetch.
   */
  authorize: (request: SignedRequest) => string;
  /** The request's `extensions`, holding the disclosure context under `csecDisclosure`. */
  extensions: Record<string, DisclosureContext>;
}

interface SignedContext {
  context: DisclosureContext;
  digest: string;
}

/**
 * Signs the requester token and attaches the precomputed disclosure context for a scope, so that
 * the subgraphs answer a gateway without a gate and do the same work as for ours. A token is
 * signed for every subgraph request, as our gateway does.
 */
export class OpenDisclosureCredentials {
  private readonly disclosure: OpenDisclosure;
  /** Each scope's context for each subgraph, its own part as our gateway sends it, with its digest. */
  private readonly contexts: Map<string, Map<string, SignedContext>>;
  private readonly signer: RequesterTokenSigner;

  private constructor(disclosure: OpenDisclosure, supergraphSdl: string, signer: RequesterTokenSigner) {
    this.disclosure = disclosure;
    this.signer = signer;
    const subgraphScopes = [...subgraphDisclosureScopes(Supergraph.build(supergraphSdl))];
    const signed = (context: DisclosureContext): SignedContext => ({ context, digest: disclosureDigest(context) });
    this.contexts = new Map(
      Object.entries(disclosure.scopes).map(([scope, context]) => [
        scope,
        new Map(subgraphScopes.map(([subgraph, needs]) => [subgraph, signed(contextForSubgraph(context, needs, needs.decidesRecords))])),
      ]),
    );
  }

  static async load(disclosurePath: string, supergraphSdl: string, signingKeyPath: string, lifetimeSeconds: number): Promise<OpenDisclosureCredentials> {
    const disclosure = JSON.parse(await readFile(disclosurePath, 'utf8')) as OpenDisclosure;
    return new OpenDisclosureCredentials(disclosure, supergraphSdl, await RequesterTokenSigner.fromKeyFile(signingKeyPath, lifetimeSeconds));
  }

  async forSubgraph(scope: string | null | undefined, subgraph: string): Promise<SubgraphCredentials> {
    const signed = scope ? this.contexts.get(scope)?.get(subgraph) : undefined;
    if (!signed) throw new Error(`No disclosure context for scope "${scope ?? ''}" and subgraph "${subgraph}".`);
    const { context, digest } = signed;
    const requester = { ...this.disclosure.requester, requestId: randomUUID() };
    return {
      authorize: (request) => `Bearer ${this.signer.sign(requester, subgraph, request, digest)}`,
      extensions: { [DISCLOSURE_EXTENSION]: context },
    };
  }
}
