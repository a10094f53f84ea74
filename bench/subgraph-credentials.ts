import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { subgraphDisclosureScopes } from '../gateway/src/subgraph-requests.ts';
import { DISCLOSURE_AUDIT_EXTENSION, type AuditRecordsRequest } from '../runtime/audit/disclosure-record.ts';
import {
  DISCLOSURE_EXTENSION,
  contextForSubgraph,
  disclosureDigest,
  type DisclosureContext,
} from '../runtime/policy/disclosure-context.ts';
import { RequesterTokenSigner, type SignedRequest } from '../runtime/requester-token.ts';
import type { Requester } from '../runtime/requester.ts';
import type { OpenDisclosure } from './open-disclosure.ts';
import { WRITE_SCOPE_PREFIX } from './workloads.ts';

/** What one subgraph request of an ungated configuration carries, exactly as our gateway sends it. */
export interface SubgraphCredentials {
  /**
   * `Bearer <requester token>` for one request (method, path, exact body), signed with the gateway
   * key for this subgraph and bound to the context's digest, as our gateway signs each fetch.
   */
  authorize: (request: SignedRequest) => string;
  /**
   * The request's `extensions`, holding the disclosure context under `csecDisclosure`, and for a
   * write to the csec subgraph the audit record it requires under `csecDisclosureAudit`.
   */
  extensions: Record<string, DisclosureContext | AuditRecordsRequest>;
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

  static async load(
    disclosurePath: string,
    supergraphSdl: string,
    signingKeyPath: string,
    lifetimeSeconds: number,
  ): Promise<OpenDisclosureCredentials> {
    const disclosure = JSON.parse(await readFile(disclosurePath, 'utf8')) as OpenDisclosure;
    return new OpenDisclosureCredentials(
      disclosure,
      supergraphSdl,
      await RequesterTokenSigner.fromKeyFile(signingKeyPath, lifetimeSeconds),
    );
  }

  /** With `requestId`, the credentials of that request (its token and its audit record name the same request). */
  async forSubgraph(scope: string | null | undefined, subgraph: string, requestId: string = randomUUID()): Promise<SubgraphCredentials> {
    const signed = scope ? this.contexts.get(scope)?.get(subgraph) : undefined;
    if (!signed) throw new Error(`No disclosure context for scope "${scope ?? ''}" and subgraph "${subgraph}".`);
    const { context, digest } = signed;
    const requester = { ...this.disclosure.requester, requestId };
    const writes = subgraph === 'csec' && scope?.startsWith(WRITE_SCOPE_PREFIX) ? scope.slice(WRITE_SCOPE_PREFIX.length) : undefined;
    return {
      authorize: (request) => `Bearer ${this.signer.sign(requester, subgraph, request, digest)}`,
      extensions: {
        [DISCLOSURE_EXTENSION]: context,
        ...(writes ? { [DISCLOSURE_AUDIT_EXTENSION]: openWriteRecord(requester, writes) } : {}),
      },
    };
  }
}

/**
 * What the csec subgraph requires with every write, from any gateway: the audit record of the
 * decision allowing it, written in the write's transaction. Without a policy there is no rule to
 * name, so it says so; the subgraph appends it to the chain like ours.
 */
function openWriteRecord(requester: Requester, youthId: string): AuditRecordsRequest {
  return {
    request: {
      requestId: requester.requestId,
      requester: { userId: requester.userId, agency: requester.agency, roles: requester.roles },
      purposeOfUse: requester.purposeOfUse,
      breakGlassReason: requester.breakGlassReason,
      recordedAt: new Date().toISOString(),
      policyRevision: 'none',
    },
    decisions: [
      {
        decisionId: randomUUID(),
        youthIds: [youthId],
        fields: ['Mutation.recordTriggeringEvent'],
        category: 'WRITE_TRIGGERING_EVENT',
        outcome: 'DISCLOSED',
        rule: 'NO_POLICY',
        legalBasis: 'none: the bench baseline, a gateway without a policy',
        review: false,
      },
    ],
  };
}
