import { randomUUID } from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLRequest, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, type DocumentNode, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';
import {
  DISCLOSURE_EXTENSION,
  contextForSubgraph,
  disclosureDigest,
  type DisclosureContext,
  type SourceAgency,
  type SubgraphDisclosureScope,
} from '../../runtime/policy/disclosure-context.ts';
import { DISCLOSURE_AUDIT_EXTENSION, RECORD_FILINGS_EXTENSION, REPEATED_WRITES_EXTENSION } from '../../runtime/audit/disclosure-record.ts';
import type { Requester } from '../../runtime/requester.ts';
import type { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import { callService } from '../../runtime/service-http.ts';
import type { PendingAudit } from './audit/disclosure-audit-client.ts';
import { DOWNSTREAM_SERVICE_ERROR, isMeantForPeople } from './error-masking.ts';
import { steeringPeriodsOf, type SteeringFactsClient } from './facts/steering-facts-client.ts';
import { STEERING_FACTS_EXTENSION } from '../../runtime/steering-facts.ts';

/** The disclosure gate's decisions for one request; each subgraph is sent its own part. */
export interface RequestDisclosure {
  context: DisclosureContext;
  /** The operation asks for an answer computed from the facts (an explanation): every subgraph gets them. */
  answersFromFacts: boolean;
  /** The request's decisions for the audit, carried with the plan's first csec fetch when they fit. */
  audit: PendingAudit;
}

/** What the gateway knows about one request while it plans and fetches. */
export interface GatewayContext {
  requester: Requester;
  /** The decisions the disclosure gate made for this request, for the subgraphs to enforce. */
  disclosure: RequestDisclosure | undefined;
}

/**
 * The agency identifiers a subgraph may key `Youth` by, as the supergraph declares them: each
 * `Youth` field a subgraph marks `@agencyIdentifier(agency:)`, a composed directive.
 */
export function agencyOfYouthKeys(supergraph: Supergraph): Map<string, SourceAgency> {
  const youth = supergraph.schema.type('Youth');
  const agencies = new Map<string, SourceAgency>();
  if (youth?.kind !== 'ObjectType') return agencies;
  for (const field of youth.fields()) {
    const [marked] = field.appliedDirectivesOf('agencyIdentifier');
    const agency = marked?.arguments()['agency'];
    if (typeof agency === 'string') agencies.set(field.name, agency as SourceAgency);
  }
  return agencies;
}

/**
 * What each subgraph of the supergraph needs of a request's disclosure context:
 * - whether it decides records by their own labels (FHIR security labels): it defines record types
 *   carrying `confidentiality` and `sensitivity`, the shape the subgraph's enforcement decides one
 *   by one, and only these need the facts about each youth to decide with the same policy;
 * - the agency whose identifier it keys `Youth` by, unless it keys by the program's youth `id`;
 * - the coordinates it resolves.
 */
export function subgraphDisclosureScopes(supergraph: Supergraph): Map<string, SubgraphDisclosureScope> {
  const scopes = new Map<string, SubgraphDisclosureScope>();
  const agencyOfYouthKey = agencyOfYouthKeys(supergraph);
  for (const subgraph of supergraph.subgraphs().values()) {
    const objectTypes = subgraph.schema.objectTypes();
    const youth = objectTypes.find((type) => type.name === 'Youth');
    const keys = youth ? youth.appliedDirectivesOf(subgraph.metadata().keyDirective()).map((key) => key.arguments().fields as string) : [];
    const agencies = keys.flatMap((key) => agencyOfYouthKey.get(key) ?? []);
    if (keys.length > 0 && !keys.includes('id') && agencies.length !== 1) {
      throw new Error(
        `The ${subgraph.name} subgraph keys Youth by ${keys.join(', ')}: it must be the program's youth id or one field marked @agencyIdentifier (${[...agencyOfYouthKey.keys()].join(', ') || 'none in this supergraph'}).`,
      );
    }
    scopes.set(subgraph.name, {
      decidesRecords: objectTypes.some((type) => type.field('confidentiality') && type.field('sensitivity')),
      agency: keys.includes('id') ? undefined : agencies[0],
      coordinates: new Set(objectTypes.flatMap((type) => type.fields().map((field) => field.coordinate))),
    });
  }
  return scopes;
}

/**
 * Subgraph requests go through `callService` (runtime/service-http.ts), which costs a fraction of
 * the CPU of the gateway's default HTTP client or of `fetch`. The casts bridge the fetcher types,
 * whose answer `ServiceAnswer` is shaped like.
 */
type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;

/**
 * Header naming the token a fetch is to be signed with: the requester token is bound to the exact
 * body, which only the fetcher sees, so `willSendRequest` leaves a ticket the fetcher redeems.
 */
const SIGNING_TICKET_HEADER = 'x-csec-signing-ticket';

/** Each request's context for each subgraph and its digest, made once however many fetches its plan makes. */
const sentContexts = new WeakMap<RequestDisclosure, Map<string, { context: DisclosureContext; digest: string }>>();

function sentContext(
  disclosure: RequestDisclosure,
  subgraph: string,
  scope: SubgraphDisclosureScope,
): { context: DisclosureContext; digest: string } {
  let bySubgraph = sentContexts.get(disclosure);
  if (!bySubgraph) {
    bySubgraph = new Map();
    sentContexts.set(disclosure, bySubgraph);
  }
  let sent = bySubgraph.get(subgraph);
  if (!sent) {
    const context = contextForSubgraph(disclosure.context, scope, scope.decidesRecords || disclosure.answersFromFacts);
    sent = { context, digest: disclosureDigest(context) };
    bySubgraph.set(subgraph, sent);
  }
  return sent;
}

/**
 * Sends a subgraph its part of the plan with the requester in a short-lived token signed for
 * that subgraph only, and its part of the request's disclosure decisions bound to that token by
 * their digest; the client's own access token never leaves the gateway.
 */
export class RequesterForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly signer: RequesterTokenSigner;
  private readonly scope: SubgraphDisclosureScope;

  /** Whether this subgraph keeps the disclosure audit, and so takes a request's records with its fetch. */
  private readonly keepsAudit: boolean;

  /** Who each pending fetch is signed for, by its ticket, until it is sent. */
  private readonly tickets = new Map<string, { requester: Requester; digest: string | undefined; timeoutMs: number }>();

  /** Longest the subgraph may take to answer one fetch of a plan: its part is then reported unavailable. */
  private readonly timeoutMs: number;
  /** The same for a fetch that asks for a steering committee report. */
  private readonly reportTimeoutMs: number;

  /** Gathers the agencies' facts for a steering report this subgraph is asked for (the CSEC program's only). */
  private readonly steeringFacts: SteeringFactsClient | undefined;

  constructor(options: {
    subgraph: string;
    url: string;
    signer: RequesterTokenSigner;
    scope: SubgraphDisclosureScope;
    keepsAudit: boolean;
    timeoutMs: number;
    reportTimeoutMs: number;
    steeringFacts?: SteeringFactsClient;
  }) {
    super({ url: options.url, fetcher: (url, init) => this.fetchSigned(url, init) });
    this.steeringFacts = options.steeringFacts;
    this.subgraph = options.subgraph;
    this.signer = options.signer;
    this.scope = options.scope;
    this.timeoutMs = options.timeoutMs;
    this.reportTimeoutMs = options.reportTimeoutMs;
    this.keepsAudit = options.keepsAudit;
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const requester = 'context' in options ? options.context.requester : undefined;
    if (!requester) throw new Error('A subgraph request without a verified requester is never sent.');
    const disclosure = 'context' in options ? options.context.disclosure : undefined;
    let digest: string | undefined;
    let report = false;
    if (disclosure) {
      const sent = sentContext(disclosure, this.subgraph, this.scope);
      options.request.extensions = { ...options.request.extensions, [DISCLOSURE_EXTENSION]: sent.context };
      digest = sent.digest;
      report = await this.carrySteeringFacts(options, requester);
      const carried = this.keepsAudit ? disclosure.audit.carryWith(() => requestBytes(options.request)) : undefined;
      if (carried) options.request.extensions = { ...options.request.extensions, [DISCLOSURE_AUDIT_EXTENSION]: carried };
    }
    const ticket = randomUUID();
    this.tickets.set(ticket, { requester, digest, timeoutMs: report ? this.reportTimeoutMs : this.timeoutMs });
    options.request.http?.headers.set(SIGNING_TICKET_HEADER, ticket);
    options.request.http?.headers.set('x-request-id', requester.requestId);
  }

  /**
   * A fetch the disclosure gate let ask for a steering report carries what child welfare and
   * probation answer for it. Gathering that failed carries nothing, and the CSEC program then says
   * the report cannot be made. Resolves to whether the fetch asks for a report.
   */
  private async carrySteeringFacts(options: GraphQLDataSourceProcessOptions<GatewayContext>, requester: Requester): Promise<boolean> {
    const periods = this.steeringFacts ? steeringPeriodsOf(options.request) : [];
    if (!this.steeringFacts || periods.length === 0) return false;
    try {
      const gathered = await this.steeringFacts.gather(requester, periods);
      options.request.extensions = { ...options.request.extensions, [STEERING_FACTS_EXTENSION]: gathered };
    } catch (error) {
      const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext : undefined;
      incoming?.logger.warn(
        `steering report facts unavailable for request ${requester.requestId}: ${error instanceof Error ? error.message : typeof error}`,
      );
    }
    return true;
  }

  /** Sends one fetch with a requester token signed for exactly this request (method, path, body). */
  private fetchSigned(...[url, init]: Parameters<Fetcher>): ReturnType<Fetcher> {
    const { [SIGNING_TICKET_HEADER]: ticket, ...headers } = (init?.headers ?? {}) as Record<string, string>;
    const signing = ticket === undefined ? undefined : this.tickets.get(ticket);
    if (!signing || ticket === undefined)
      return Promise.reject(new Error('A subgraph request without a verified requester is never sent.')) as ReturnType<Fetcher>;
    this.tickets.delete(ticket);
    const target = new URL(String(url));
    const method = init?.method === 'GET' ? 'GET' : 'POST';
    const body = typeof init?.body === 'string' ? init.body : '';
    const token = this.signer.sign(
      signing.requester,
      this.subgraph,
      { method, path: `${target.pathname}${target.search}`, body },
      signing.digest,
    );
    return callService(target, {
      method,
      headers: { ...headers, authorization: `Bearer ${token}` },
      body,
      timeoutMs: signing.timeoutMs,
    }) as unknown as ReturnType<Fetcher>;
  }

  /**
   * A fetch that fails (unreachable, an HTTP error, an answer that is not GraphQL) is answered as
   * the subgraph's GraphQL errors at the paths of the parts it was asked for, instead of thrown: the
   * gateway places a thrown error at no path and without the subgraph's name, but remaps the paths
   * of returned errors into the client's answer (an entity's `_entities` index to where that entity
   * sits) and names the subgraph on each. An error the subgraph returned without a path is placed
   * the same way. `maskError` then says which agency's part is missing, and nothing of why.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    let response: GatewayGraphQLResponse;
    try {
      response = await super.process(options);
    } catch (error) {
      this.forgetTicket(options);
      const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext : undefined;
      const status = (error as { extensions?: { response?: { status?: unknown } } }).extensions?.response?.status;
      // The failure's name and status only: its message may hold a URL or a source's text.
      incoming?.logger.warn(
        `subgraph ${this.subgraph} failed for request ${incoming.context.requester.requestId}: ${error instanceof Error ? error.name : typeof error}${typeof status === 'number' ? ` (HTTP ${status})` : ''}`,
      );
      return { errors: unavailableParts(options) };
    }
    const pathless = response.errors?.filter((error) => !error.path && !isMeantForPeople(error.extensions?.['code'])) ?? [];
    if (pathless.length === 0) return response;
    return { ...response, errors: [...(response.errors ?? []).filter((error) => !pathless.includes(error)), ...unavailableParts(options)] };
  }

  /** A fetch that failed before it was sent leaves its ticket unredeemed. */
  private forgetTicket(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const ticket = options.request.http?.headers.get(SIGNING_TICKET_HEADER);
    if (ticket) this.tickets.delete(ticket);
  }

  override didReceiveResponse({
    response,
    context,
  }: {
    response: GatewayGraphQLResponse;
    context: GatewayContext;
  }): GatewayGraphQLResponse {
    if (this.keepsAudit) {
      context.disclosure?.audit.acknowledge(response.extensions?.[DISCLOSURE_AUDIT_EXTENSION]);
      context.disclosure?.audit.noteRepeatedWrites(response.extensions?.[REPEATED_WRITES_EXTENSION]);
    }
    const delivered = response.extensions?.[RECORD_FILINGS_EXTENSION];
    if (delivered !== undefined) context.disclosure?.audit.noteDeliveredRecords(delivered);
    return response;
  }
}

/** The size of a subgraph request body as the data source sends it, in bytes. */
function requestBytes(request: GatewayGraphQLRequest): number {
  const { query, operationName, variables, extensions } = request;
  return Buffer.byteLength(JSON.stringify({ query, operationName, variables, extensions }));
}

/** A subgraph response's error for each part a fetch asked for, at the path the gateway remaps into the client's answer. */
export function unavailableParts(
  options: Pick<GraphQLDataSourceProcessOptions<GatewayContext>, 'request'> & { document?: DocumentNode },
): GraphQLFormattedError[] {
  const error = (path: Array<string | number>): GraphQLFormattedError => ({
    message: 'This subgraph could not answer.',
    path,
    extensions: { code: DOWNSTREAM_SERVICE_ERROR },
  });
  const { request } = options;
  let document: DocumentNode | undefined = 'document' in options ? options.document : undefined;
  if (!document) {
    try {
      document = parse(request.query ?? '');
    } catch {
      return [{ message: 'This subgraph could not answer.', extensions: { code: DOWNSTREAM_SERVICE_ERROR } }];
    }
  }
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const roots = operation ? fieldsOf(operation.selectionSet) : [];
  const [entities] = roots;
  const representations = request.variables?.['representations'];
  if (roots.length === 1 && entities?.name === '_entities' && Array.isArray(representations)) {
    // Each entity's parts: the fields the fetch adds to it (`education` of a Youth).
    const parts = entities.selectionSet ? fieldsOf(entities.selectionSet).filter((field) => field.name !== '__typename') : [];
    return representations.flatMap((_representation, index) =>
      parts.length > 0 ? parts.map((part) => error(['_entities', index, part.key])) : [error(['_entities', index])],
    );
  }
  const parts = roots.filter((field) => field.name !== '__typename');
  if (parts.length === 0) return [{ message: 'This subgraph could not answer.', extensions: { code: DOWNSTREAM_SERVICE_ERROR } }];
  return parts.map((part) => error([part.key]));
}

/** The fields a selection set selects, through inline fragments, each response key once. */
function fieldsOf(selectionSet: SelectionSetNode): Array<{ key: string; name: string; selectionSet: SelectionSetNode | undefined }> {
  const fields = new Map<string, { key: string; name: string; selectionSet: SelectionSetNode | undefined }>();
  const visit = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!fields.has(key)) fields.set(key, { key, name: selection.name.value, selectionSet: selection.selectionSet });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return [...fields.values()];
}
