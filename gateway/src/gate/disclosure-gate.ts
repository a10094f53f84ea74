import { type FieldNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { GraphQLParameters } from '../../../runtime/graphql-http.ts';
import type { Classification } from '../../../runtime/policy/classifications.ts';
import { groupAllowed, type DisclosureContext } from '../../../runtime/policy/disclosure-context.ts';
import type { DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';
import type { YouthScope } from '../../../runtime/policy/youth-scopes.ts';
import { RequestRejection, type Requester } from '../../../runtime/requester.ts';
import { DecisionsOutdatedError, type DisclosureAuditClient, type PendingAudit } from '../audit/disclosure-audit-client.ts';
import type { YouthFactsClient } from '../facts/youth-facts-client.ts';
import { auditRecordsFor, withDeliveredRecords } from './audit-records.ts';
import { undeliveredOf, withRepeatedWrites } from './delivery.ts';
import { classificationLookup, listCoordinates, type Evaluation, type FieldDecision } from './coordinate-listing.ts';
import { labelledRecordNotices, withDisclosureExtensions } from './disclosure-notices.ts';
import type { GateMetrics } from './gate-metrics.ts';
import { OperationDocuments } from './operation-documents.ts';
import { OperationRewriter } from './operation-rewrite.ts';
import { evaluatePolicy } from './policy-evaluation.ts';
import { completeResponse, type GraphQLResponseBody } from './response-completion.ts';
import { analyzeOperation, type AnalyzedOperation } from './selection-analysis.ts';
import { refuseReservedAliases } from './reserved-aliases.ts';
import { scopeToYouth, type Scope } from './youth-scope.ts';

export interface GatedRequest {
  parameters: GraphQLParameters;
  /** What each subgraph is told, so it enforces the same decisions at its source. */
  disclosureContext: DisclosureContext;
  /** Whether the operation asks for an answer computed from the facts themselves (an explanation). */
  answersFromFacts: boolean;
  /** The decisions for the audit: a subgraph fetch may carry them; `finish` makes sure they are recorded. */
  audit: PendingAudit;
  /** Applies the decisions to the executed response and records them, before it is sent. */
  finish: (responseBody: string) => Promise<string>;
  /** Records that nothing of the answer was delivered: it was not sent after all (too large, past its deadline). */
  unsent: () => Promise<void>;
}

export interface DisclosureGateOptions {
  apiSchema: GraphQLSchema;
  /** The gateway's own validation rules (operation limits): an operation they refuse is not gated but refused. */
  validationRules: ValidationRule[];
  /** Most lexical tokens an operation may have (graphql-js stops parsing there). */
  maxTokens: number;
  classifications: ReadonlyMap<string, Classification>;
  /** Which youth each root field is about, by `Type.field`, from the supergraph. */
  youthScopes: ReadonlyMap<string, YouthScope>;
  policy: () => DisclosurePolicy;
  facts: YouthFactsClient;
  audit: DisclosureAuditClient;
  metrics: GateMetrics;
  now?: () => Date;
}

/**
 * The disclosure gate, in stages: analyse the operation against the API schema (every field it can
 * select, for every concrete type) -> scope each root field to its youth and gather their facts ->
 * list the coordinates and decide them with the policy -> rewrite the operation without what is
 * withheld from everyone it is about -> (the gateway plans and executes) -> complete the answer along
 * the operation, withholding per youth -> record every decision as delivered -> annotate obligations
 * and notices.
 */
export class DisclosureGate {
  private readonly options: DisclosureGateOptions;
  private readonly documents: OperationDocuments;
  private readonly rewriter: OperationRewriter;
  private readonly classify: (coordinate: string) => Classification | undefined;

  constructor(options: DisclosureGateOptions) {
    this.options = options;
    this.documents = new OperationDocuments({
      schema: options.apiSchema,
      limitRules: options.validationRules,
      maxTokens: options.maxTokens,
    });
    this.rewriter = new OperationRewriter(options.apiSchema);
    this.classify = classificationLookup(options.apiSchema, options.classifications);
  }

  /** Undefined for an operation that cannot run (invalid, no operation chosen): Apollo Server refuses it and executes nothing. */
  async admit(requester: Requester, parameters: GraphQLParameters): Promise<GatedRequest | undefined> {
    const analyzed = this.analyze(parameters);
    if (!analyzed) return undefined;
    const policy = this.options.policy();
    const gathered = await scopeToYouth(
      { scopes: this.options.youthScopes, classifications: this.options.classifications, facts: this.options.facts },
      requester,
      analyzed,
      policy,
    );
    const now = (this.options.now ?? (() => new Date()))();
    const listing = listCoordinates(analyzed, gathered, this.classify, requester.breakGlassReason !== null);
    const { evaluation, scope } = await evaluatePolicy(requester, listing, gathered, policy, this.options.facts, now);
    this.options.metrics.recordEvaluation(evaluation.policyTime, evaluation.coordinateCount);

    const removed = withheldFromEveryone(analyzed, scope, evaluation);
    const disclosesAll =
      removed.size === 0 &&
      !analyzed.aliased &&
      analyzed.namedTypes.length === 0 &&
      analyzed.fields.every((field) => field.coordinates.every((coordinate) => !evaluation.mayWithhold(coordinate)));
    const listingYouth = new Set(
      analyzed.fields.filter((field) => field.path.length === 1 && scope.listsYouth(field.root)).map((field) => field.node),
    );
    const query = this.rewriter.rewrite(analyzed.operation, analyzed.rootType, removed, listingYouth);
    // Every decision is made before the plan runs, so its record can travel with the plan.
    const records = auditRecordsFor(evaluation.decisions, requester, policy.revision, now);
    const audit = this.options.audit.prepare(
      requester,
      scope.factsVersion === undefined ? records : { ...records, factsVersion: scope.factsVersion },
    );
    return {
      parameters: { ...parameters, query },
      disclosureContext: disclosureContextFor(scope, evaluation.decisions, now),
      answersFromFacts: scope.answersFromFacts,
      audit,
      finish: async (responseBody) => {
        const response = JSON.parse(responseBody) as GraphQLResponseBody;
        // What the plan failed to deliver is read from the executed answer, before completion moves it.
        const undelivered = withRepeatedWrites(undeliveredOf(response, analyzed, scope), audit.repeatedWrites());
        completeResponse(response, analyzed, scope, evaluation.decisionFor, disclosesAll);
        // Records filed and decided at their source are known only now: they amend the records made before.
        const deliveredRecords = audit.deliveredRecords();
        const asDelivered =
          undelivered || deliveredRecords.length > 0
            ? withDeliveredRecords(auditRecordsFor(evaluation.decisions, requester, policy.revision, now, undelivered), deliveredRecords)
            : undefined;
        await audit
          .settle(asDelivered && (scope.factsVersion === undefined ? asDelivered : { ...asDelivered, factsVersion: scope.factsVersion }))
          .catch((error: unknown) => {
            // Decided on facts that changed since: the next decisions are made on facts read afresh.
            if (error instanceof DecisionsOutdatedError && scope.factsVersion !== undefined)
              this.options.facts.forgetRemembered(scope.factsVersion);
            throw error;
          });
        const notices = labelledRecordNotices(this.options.apiSchema, analyzed, removed);
        return withDisclosureExtensions(response, evaluation.decisions, policy.revision, requester, notices);
      },
      // Nothing is disclosed by recording that nothing was delivered, so the facts need not be current.
      unsent: () => audit.settleUndelivered(auditRecordsFor(evaluation.decisions, requester, policy.revision, now, 'EVERYTHING')),
    };
  }

  private analyze(parameters: GraphQLParameters): AnalyzedOperation | undefined {
    if (typeof parameters.query !== 'string') return undefined;
    if (parameters.operationName !== undefined && parameters.operationName !== null && typeof parameters.operationName !== 'string')
      return undefined;
    const document = this.documents.valid(parameters.query);
    if (!document) return undefined;
    refuseReservedAliases(document);
    const variables =
      typeof parameters.variables === 'object' && parameters.variables !== null ? (parameters.variables as Record<string, unknown>) : {};
    const operationName = typeof parameters.operationName === 'string' ? parameters.operationName : undefined;
    try {
      return analyzeOperation(this.options.apiSchema, document, operationName, variables);
    } catch {
      // A valid operation the gate cannot read is refused, never executed undecided.
      throw new RequestRejection(400, 'BAD_REQUEST', 'The operation could not be read. Check its variables and try again.');
    }
  }
}

/**
 * The field nodes withheld for every youth their root field is about, under every concrete type they
 * can resolve: no subgraph is asked for them. A root list of youth is still asked for when it holds
 * none the gate knows of, so the answer is an empty list rather than a missing field.
 */
function withheldFromEveryone(analyzed: AnalyzedOperation, scope: Scope, { decisionFor }: Pick<Evaluation, 'decisionFor'>): Set<FieldNode> {
  const removed = new Set<FieldNode>();
  for (const field of analyzed.fields) {
    const youth = scope.youthOf(field.root);
    if (youth.length === 0 && field.path.length === 1) continue;
    if (youth.every((youthId) => field.coordinates.every((coordinate) => !decisionFor(youthId, coordinate).allow))) removed.add(field.node);
  }
  return removed;
}

/** What the subgraphs are told: each youth's facts and links, and the coordinates allowed for each youth. */
function disclosureContextFor(scope: Scope, decisions: readonly FieldDecision[], now: Date): DisclosureContext {
  const youth: DisclosureContext['youth'] = {};
  const links: DisclosureContext['links'] = {};
  for (const [youthId, entry] of scope.facts) {
    youth[youthId] = entry.facts;
    links[youthId] = entry.links;
  }
  const allowed = new Map<string, string[]>();
  for (const { youthId, field, decision } of decisions) {
    if (!decision.allow || youthId === null) continue;
    const fields = allowed.get(youthId) ?? [];
    fields.push(field);
    allowed.set(youthId, fields);
  }
  const context: DisclosureContext = { now: now.toISOString(), youth, links, allowed: groupAllowed(allowed) };
  return Object.keys(scope.explained).length > 0 ? { ...context, explained: scope.explained } : context;
}
