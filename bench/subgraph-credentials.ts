import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DISCLOSURE_EXTENSION, disclosureDigest, withoutFacts, type DisclosureContext } from '../runtime/policy/disclosure-context.ts';
import { RequesterTokenSigner } from '../runtime/requester-token.ts';
import type { OpenDisclosure } from './open-disclosure.ts';

/** What one subgraph request of an ungated configuration carries, exactly as our gateway sends it. */
export interface SubgraphCredentials {
  /** `Bearer <requester token>`, signed with the gateway key for this subgraph, bound to the context's digest. */
  authorization: string;
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
  /** Each scope's context with and without the facts, as our gateway sends them, with their digests. */
  private readonly contexts: Map<string, { withFacts: SignedContext; withoutFacts: SignedContext }>;
  private readonly decidingRecords: Set<string>;
  private readonly signer: RequesterTokenSigner;

  private constructor(disclosure: OpenDisclosure, signer: RequesterTokenSigner) {
    this.disclosure = disclosure;
    this.signer = signer;
    this.decidingRecords = new Set(disclosure.decidingRecords);
    const signed = (context: DisclosureContext): SignedContext => ({ context, digest: disclosureDigest(context) });
    this.contexts = new Map(
      Object.entries(disclosure.scopes).map(([scope, context]) => [scope, { withFacts: signed(context), withoutFacts: signed(withoutFacts(context)) }]),
    );
  }

  static async load(disclosurePath: string, signingKeyPath: string, lifetimeSeconds: number): Promise<OpenDisclosureCredentials> {
    const disclosure = JSON.parse(await readFile(disclosurePath, 'utf8')) as OpenDisclosure;
    return new OpenDisclosureCredentials(disclosure, await RequesterTokenSigner.fromKeyFile(signingKeyPath, lifetimeSeconds));
  }

  async forSubgraph(scope: string | null | undefined, subgraph: string): Promise<SubgraphCredentials> {
    const contexts = scope ? this.contexts.get(scope) : undefined;
    if (!contexts) throw new Error(`No disclosure context for scope "${scope ?? ''}".`);
    const { context, digest } = this.decidingRecords.has(subgraph) ? contexts.withFacts : contexts.withoutFacts;
    const token = this.signer.sign({ ...this.disclosure.requester, requestId: randomUUID() }, subgraph, digest);
    return { authorization: `Bearer ${token}`, extensions: { [DISCLOSURE_EXTENSION]: context } };
  }
}
