import { randomUUID } from 'node:crypto';
import {
  Kind,
  OperationTypeNode,
  getNamedType,
  getNullableType,
  isListType,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { MAX_FIELDS_PER_RECORD, MAX_YOUTH_PER_DECISION, type AuditRecordsRequest, type AuditedDecision } from '../../../runtime/audit/disclosure-record.ts';
import type { GraphQLParameters } from '../../../runtime/graphql-http.ts';
import type { Classification } from '../../../runtime/policy/classifications.ts';
import { groupAllowed, type DisclosureContext } from '../../../runtime/policy/disclosure-context.ts';
import { MAX_FACTS_ID_LENGTH } from '../../../runtime/policy/facts-request.ts';
import type { DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';
import { policyRequester, type Coordinate, type Decision, type Obligation, type YouthFacts } from '../../../runtime/policy/policy-input.ts';
import { RequestRejection, type Requester } from '../../../runtime/requester.ts';
import { DecisionsOutdatedError, type DisclosureAuditClient, type PendingAudit } from '../audit/disclosure-audit-client.ts';
import type { GateMetrics } from './gate-metrics.ts';
import { analyzeOperation, withoutFields, type AnalyzedOperation, type RootSelection, type SelectedField } from './operation-analysis.ts';
import { withholdInResponse, type GraphQLResponseBody, type WithheldPlacement } from './response-withholding.ts';
import {
  CsecFactsReading,
  EVERY_AGENCY_FACT,
  agencyFactsInPlay,
  assignmentAskedWhenDecisive,
  type AssigningAgency,
  type YouthFactsClient,
  type YouthFactsWithLinks,
} from './youth-facts-client.ts';

/** Aliases the gate adds to an operation and removes from the response. */
export const GATE_YOUTH_ID_ALIAS = 'csecGateYouthId';
export const GATE_PLACEHOLDER_ALIAS = 'csecGatePlaceholder';

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
}

export interface DisclosureGateOptions {
  apiSchema: GraphQLSchema;
  /** The gateway's own validation rules (operation limits): an operation they refuse is not gated but refused. */
  validationRules: ValidationRule[];
  classifications: ReadonlyMap<string, Classification>;
  policy: () => DisclosurePolicy;
  facts: YouthFactsClient;
  audit: DisclosureAuditClient;
  metrics: GateMetrics;
  now?: () => Date;
}

const YOUTH_ID_PATTERN = /^Y-\d{6}$/;
/** Operations whose parsed and validated form the gate keeps. */
const MAX_REMEMBERED_OPERATIONS = 500;
/** Different sets of removed fields remembered for one operation (roles and youth differ in what they may see). */
const MAX_REWRITES_PER_OPERATION = 32;
const GENERIC_REASON = 'Not available to you.';
const LABELLED_RECORDS_NOTICE = 'Records with restrictions of their own may be left out of lists; they are not counted.';

/** Which youth a root field is about: from an argument, or the requester's caseload. */
const ROOT_SCOPES: Record<string, { argument: string } | 'caseload'> = {
  youth: { argument: 'id' },
  accountingOfDisclosures: { argument: 'youthId' },
  disclosureExplanation: { argument: 'youthId' },
  recordConsentRevocation: { argument: 'youthId' },
  caseload: 'caseload',
};

/**
 * Root fields whose answer the subgraph computes from the facts about the youth (the policy's own
 * explanation), with the argument naming the person it decides for: the facts must carry that
 * person's MDT seats as well as the requester's.
 */
const FACTS_ROOTS: ReadonlyMap<string, { personArgument: string }> = new Map([['disclosureExplanation', { personArgument: 'userId' }]]);

/** The decision on one selected field for one youth, and the position of the coordinate evaluated for it. */
interface FieldDecision {
  youthId: string;
  field: string;
  category: string;
  position: number;
  decision: Decision;
}

interface Scope {
  facts: Map<string, YouthFactsWithLinks>;
  /** The version of the CSEC facts a query was decided on, for the audit to check; none for a mutation. */
  factsVersion: string | undefined;
  youthOf: (root: RootSelection) => string[];
  /** The agency whose assignment of the requester was left unasked until it decides something. */
  unaskedAssignment: AssigningAgency | undefined;
}

type Evaluation = ReturnType<DisclosureGate['evaluationOf']>;

/**
 * Request -> decisions -> plan: before the gateway plans a query, the policy decides every
 * (youth, field) coordinate it selects in one evaluation (and, when the requester's own assignment
 * may decide some, a second of those alone: `decide`). Fields withheld for every youth in scope
 * are removed, so no subgraph is asked for them; after execution each withheld path becomes null
 * with an UNAUTHORIZED_FIELD_OR_TYPE error, obligations travel in `extensions.disclosure`, and
 * every decision is recorded in the audit before the response leaves.
 */
export class DisclosureGate {
  private readonly options: DisclosureGateOptions;
  /**
   * Operations already parsed and validated, by their text (null: invalid). Clients send the same
   * few operations again and again; validating one against the whole schema costs more than
   * deciding a profile.
   */
  private readonly documents = new Map<string, DocumentNode | null>();
  /** The printed rewrites of each remembered operation, by the fields removed from it. */
  private readonly rewrittenTexts = new WeakMap<OperationDefinitionNode, Map<string, string>>();
  /** A number for each field node of a remembered operation, for the keys of `rewrittenTexts`. */
  private readonly fieldNumbers = new WeakMap<FieldNode, number>();
  private nextFieldNumber = 0;

  constructor(options: DisclosureGateOptions) {
    this.options = options;
  }

  async admit(requester: Requester, parameters: GraphQLParameters): Promise<GatedRequest | undefined> {
    const analyzed = this.analyze(parameters);
    if (!analyzed) return undefined;
    const policy = this.options.policy();
    const gathered = await this.scope(requester, analyzed, policy);
    const now = (this.options.now ?? (() => new Date()))();
    const { evaluation, scope } = await this.decide(requester, analyzed, gathered, policy, now);
    this.options.metrics.recordEvaluation(evaluation.policySeconds, evaluation.coordinateCount);

    const removed = new Set<FieldNode>();
    for (const field of analyzed.fields) {
      const youth = scope.youthOf(field.root);
      if (youth.every((youthId) => !evaluation.decisionFor(youthId, field.coordinate).allow)) removed.add(field.node);
    }
    const rewritten: GraphQLParameters = { ...parameters, query: this.rewrittenText(analyzed.operation, removed) };
    // Every decision is made before the plan runs, so its record can travel with the plan.
    const records = evaluation.auditRecords(requester, policy.revision, now);
    const audit = this.options.audit.prepare(requester, scope.factsVersion === undefined ? records : { ...records, factsVersion: scope.factsVersion });
    return {
      parameters: rewritten,
      disclosureContext: disclosureContextFor(scope, evaluation.decisions, now),
      answersFromFacts: analyzed.roots.some((root) => FACTS_ROOTS.has(root.fieldName)),
      audit,
      finish: async (responseBody) => {
        const withheld = this.placements(analyzed, scope, evaluation);
        const response = JSON.parse(responseBody) as GraphQLResponseBody;
        withholdInResponse(response, analyzed.roots, withheld, [GATE_YOUTH_ID_ALIAS, GATE_PLACEHOLDER_ALIAS], GATE_YOUTH_ID_ALIAS);
        await audit.settle().catch((error: unknown) => {
          // Decided on facts that changed since: the next decisions are made on facts read afresh.
          if (error instanceof DecisionsOutdatedError && scope.factsVersion !== undefined) this.options.facts.forgetRemembered(scope.factsVersion);
          throw error;
        });
        const notices = this.selectsLabelledRecords(analyzed, removed) ? [LABELLED_RECORDS_NOTICE] : [];
        return this.withDisclosureExtensions(response, evaluation.decisions, policy.revision, requester, notices);
      },
    };
  }

  /**
   * The operation as the plan gets it: without the removed fields, with the gate's own. The same
   * operation loses the same fields request after request, so each outcome is printed once.
   */
  private rewrittenText(operation: OperationDefinitionNode, removed: ReadonlySet<FieldNode>): string {
    let texts = this.rewrittenTexts.get(operation);
    if (!texts) this.rewrittenTexts.set(operation, (texts = new Map()));
    const key = [...removed].map((field) => this.fieldNumber(field)).sort((a, b) => a - b).join(',');
    let text = texts.get(key);
    if (text === undefined) {
      text = print({ kind: Kind.DOCUMENT, definitions: [withGateFields(withoutFields(operation, removed, GATE_PLACEHOLDER_ALIAS))] });
      if (texts.size >= MAX_REWRITES_PER_OPERATION) texts.delete(texts.keys().next().value as string);
      texts.set(key, text);
    }
    return text;
  }

  private fieldNumber(field: FieldNode): number {
    let number = this.fieldNumbers.get(field);
    if (number === undefined) this.fieldNumbers.set(field, (number = this.nextFieldNumber++));
    return number;
  }

  private analyze(parameters: GraphQLParameters): AnalyzedOperation | undefined {
    if (typeof parameters.query !== 'string') return undefined;
    if (parameters.operationName !== undefined && parameters.operationName !== null && typeof parameters.operationName !== 'string') return undefined;
    // An invalid operation is left to Apollo Server, which refuses it before anything runs.
    const document = this.validDocument(parameters.query);
    if (!document) return undefined;
    const variables = typeof parameters.variables === 'object' && parameters.variables !== null ? (parameters.variables as Record<string, unknown>) : {};
    const operationName = typeof parameters.operationName === 'string' ? parameters.operationName : undefined;
    try {
      return analyzeOperation(this.options.apiSchema, document, operationName, variables);
    } catch {
      return undefined;
    }
  }

  private validDocument(query: string): DocumentNode | null {
    let document = this.documents.get(query);
    if (document !== undefined) {
      // Most recently used last, so the oldest is the first to go.
      this.documents.delete(query);
      this.documents.set(query, document);
      return document;
    }
    try {
      document = parse(query, { noLocation: true });
      if (validate(this.options.apiSchema, document, [...specifiedRules, ...this.options.validationRules]).length > 0) document = null;
    } catch {
      document = null;
    }
    this.documents.set(query, document);
    if (this.documents.size > MAX_REMEMBERED_OPERATIONS) this.documents.delete(this.documents.keys().next().value as string);
    return document;
  }

  private async scope(requester: Requester, analyzed: AnalyzedOperation, policy: DisclosurePolicy): Promise<Scope> {
    const named = new Set<string>();
    const explainedFor = new Set<string>();
    let needsCaseload = false;
    let explains = false;
    for (const root of analyzed.roots) {
      const scope = ROOT_SCOPES[root.fieldName];
      if (scope === 'caseload') needsCaseload = true;
      else if (scope && typeof root.arguments[scope.argument] === 'string') named.add(root.arguments[scope.argument] as string);
      const explained = FACTS_ROOTS.get(root.fieldName);
      if (explained) explains = true;
      const person = explained && root.arguments[explained.personArgument];
      // An id longer than the facts route takes is no staff id: the explanation refuses it by name.
      if (typeof person === 'string' && person.length <= MAX_FACTS_ID_LENGTH) explainedFor.add(person);
    }
    for (const youthId of named) {
      if (!YOUTH_ID_PATTERN.test(youthId)) {
        throw new RequestRejection(400, 'BAD_USER_INPUT', 'A youth id is "Y-" followed by six digits, for example Y-000123.');
      }
    }
    // An explanation decides for another person, whose conditions in play are not the requester's.
    const inPlay = explains
      ? EVERY_AGENCY_FACT
      : agencyFactsInPlay(policy.conditionsInPlay(policyRequester(requester), this.categoriesOf(analyzed)), requester);
    // A subgraph that decides records by their own labels decides them on the facts it is sent, so
    // those must hold the assignment whenever it is in play.
    const unaskable = explains ? undefined : assignmentAskedWhenDecisive(inPlay);
    const unasked = unaskable && !this.reachesLabelledRecords(analyzed) ? unaskable : undefined;
    const gathered = unasked?.gathered ?? inPlay;
    const reading = new CsecFactsReading(analyzed.operation.operation === OperationTypeNode.QUERY);
    const [caseload, byId] = await Promise.all([
      needsCaseload ? this.options.facts.forCaseload(requester, gathered, reading) : new Map<string, YouthFactsWithLinks>(),
      named.size > 0 ? this.options.facts.forYouth(requester, [...named], [...explainedFor], gathered, reading) : new Map<string, YouthFactsWithLinks>(),
    ]);
    const facts = new Map([...caseload, ...byId]);
    const caseloadYouth = [...caseload.keys()];
    const youthOfRoot = new Map<RootSelection, string[]>();
    return {
      facts,
      factsVersion: reading.mayRemember ? reading.version : undefined,
      unaskedAssignment: unasked?.agency,
      youthOf: (root) => {
        let youth = youthOfRoot.get(root);
        if (!youth) {
          const scope = ROOT_SCOPES[root.fieldName];
          const id = scope && scope !== 'caseload' ? root.arguments[scope.argument] : undefined;
          youth = scope === 'caseload' ? caseloadYouth : typeof id === 'string' ? [id] : [];
          youthOfRoot.set(root, youth);
        }
        return youth;
      },
    };
  }

  /** The information categories of the fields an operation selects. */
  private categoriesOf(analyzed: AnalyzedOperation): string[] {
    const categories = new Set<string>();
    for (const field of analyzed.fields) {
      const classification = this.options.classifications.get(field.coordinate);
      if (classification) categories.add(classification.category);
    }
    return [...categories];
  }

  /**
   * Decides every (youth, field) coordinate the operation selects, in one evaluation. When the
   * requester's own assignment was left unasked, the coordinates of the linked youth whose category
   * lets a decision read it (`conditionsInPlay`) are evaluated a second time, as if the requester
   * were those youth's assigned worker. Rules read an assignment only as "the requester is the
   * youth's assigned worker" (membership.rego), so the two evaluations are every answer the agency
   * could give: a youth decided the same both ways needs no answer, and keeps facts without the
   * assignment. The agency is asked about the others alone, and each gets the decisions of the case
   * its answer is. `policySeconds` covers both evaluations.
   */
  private async decide(
    requester: Requester,
    analyzed: AnalyzedOperation,
    gathered: Scope,
    policy: DisclosurePolicy,
    now: Date,
  ): Promise<{ evaluation: Evaluation; scope: Scope }> {
    const listing = this.coordinatesOf(analyzed, gathered, requester);
    const evaluate = (scope: Scope, coordinates: Coordinate[]) => {
      if (coordinates.length === 0) return [];
      const youth: Record<string, YouthFacts> = {};
      for (const { youthId } of coordinates) {
        const facts = youthId === null ? undefined : scope.facts.get(youthId)?.facts;
        if (youthId !== null && facts) youth[youthId] = facts;
      }
      return policy.decide({ now: now.toISOString(), requester: policyRequester(requester), youth, coordinates });
    };
    const started = performance.now();
    const decisions = evaluate(gathered, listing.coordinates);
    const agency = gathered.unaskedAssignment;
    const linked = new Map(agency ? [...gathered.facts].filter(([, youth]) => youth.links[agency] !== undefined) : []);
    const readingAssignment = new Set(
      agency
        ? [...new Set(listing.coordinates.map(({ category }) => category))].filter(
            (category) => policy.conditionsInPlay(policyRequester(requester), [category])?.has('ASSIGNED_WORKER') ?? true,
          )
        : [],
    );
    const positions = listing.coordinates.flatMap(({ youthId, category }, position) =>
      youthId !== null && linked.has(youthId) && readingAssignment.has(category) ? [position] : [],
    );
    if (!agency || positions.length === 0) {
      return { evaluation: this.evaluationOf(listing, decisions, (performance.now() - started) / 1000), scope: gathered };
    }
    const asAssigned = evaluate(
      withAssignments(gathered, agency, new Map([...linked.keys()].map((youthId) => [youthId, requester.userId]))),
      positions.map((position) => listing.coordinates[position] as Coordinate),
    );
    const policySeconds = (performance.now() - started) / 1000;
    const youthAt = (index: number) => (listing.coordinates[positions[index] as number] as Coordinate).youthId as string;
    const decisive = new Set(asAssigned.flatMap((decision, index) => (sameDecision(decision, decisions[positions[index] as number] as Decision) ? [] : [youthAt(index)])));
    if (decisive.size === 0) return { evaluation: this.evaluationOf(listing, decisions, policySeconds), scope: gathered };
    const workers = await this.options.facts.assignedWorkers(requester, agency, new Map([...linked].filter(([youthId]) => decisive.has(youthId))));
    asAssigned.forEach((decision, index) => {
      if (workers.get(youthAt(index)) === requester.userId) decisions[positions[index] as number] = decision;
    });
    return { evaluation: this.evaluationOf(listing, decisions, policySeconds), scope: withAssignments(gathered, agency, workers) };
  }

  /**
   * The coordinates the policy decides for an operation: outside emergency access a decision depends
   * on the youth, the category and the labels, not on the field's name, so fields that share them
   * share one evaluated coordinate; and the position of each selected (youth, field)'s among them.
   */
  private coordinatesOf(analyzed: AnalyzedOperation, scope: Scope, requester: Requester) {
    const byFieldName = requester.breakGlassReason !== null;
    // Each distinct classification selected (with the field's name in emergency access), numbered,
    // and the youth each classified field is selected for, over every root that selects it.
    const classes = new Map<string, number>();
    const classOfField = new Map<string, number>();
    const classifications: Array<{ field: string; classification: Classification }> = [];
    const youthOfField = new Map<string, Set<string>>();
    for (const field of analyzed.fields) {
      if (!classOfField.has(field.coordinate)) {
        const classification = this.options.classifications.get(field.coordinate);
        if (!classification) continue;
        const shared = JSON.stringify([classification, byFieldName ? field.coordinate : '']);
        let number = classes.get(shared);
        if (number === undefined) {
          number = classifications.length;
          classes.set(shared, number);
          classifications.push({ field: field.coordinate, classification });
        }
        classOfField.set(field.coordinate, number);
        youthOfField.set(field.coordinate, new Set());
      }
      const youthIds = youthOfField.get(field.coordinate) as Set<string>;
      for (const youthId of scope.youthOf(field.root)) youthIds.add(youthId);
    }
    // Youth -> class -> position of its evaluated coordinate in `coordinates`.
    const evaluatedOf = new Map<string, number[]>();
    const coordinates: Coordinate[] = [];
    const perField: Array<{ youthId: string; field: string; position: number }> = [];
    for (const [field, youthIds] of youthOfField) {
      const number = classOfField.get(field) as number;
      for (const youthId of youthIds) {
        let evaluated = evaluatedOf.get(youthId);
        if (!evaluated) evaluatedOf.set(youthId, (evaluated = []));
        let position = evaluated[number];
        if (position === undefined) {
          position = coordinates.length;
          evaluated[number] = position;
          const { field: evaluatedField, classification } = classifications[number] as (typeof classifications)[number];
          coordinates.push({ youthId, field: evaluatedField, ...classification });
        }
        perField.push({ youthId, field, position });
      }
    }
    return { coordinates, perField, classOfField, evaluatedOf };
  }

  /** The evaluation of an operation from the decisions on its coordinates, in their order. */
  private evaluationOf(
    { coordinates, perField, classOfField, evaluatedOf }: ReturnType<DisclosureGate['coordinatesOf']>,
    decisions: readonly Decision[],
    policySeconds: number,
  ) {
    const unclassifiedDecision: Decision = {
      allow: false,
      rule: 'UNCLASSIFIED_FIELD',
      legal_basis: 'deny by default',
      reason: GENERIC_REASON,
      obligations: [],
      conceal: false,
      review: false,
    };
    const decisionAt = (position: number | undefined): Decision =>
      (position === undefined ? undefined : decisions[position]) ?? unclassifiedDecision;
    const decisionFor = (youthId: string, coordinate: string): Decision => {
      const number = classOfField.get(coordinate);
      return number === undefined ? unclassifiedDecision : decisionAt(evaluatedOf.get(youthId)?.[number]);
    };
    const fieldDecisions: FieldDecision[] = perField.map(({ youthId, field, position }) => ({
      youthId,
      field,
      category: (coordinates[position] as Coordinate).category,
      position,
      decision: decisionAt(position),
    }));
    // The classified fields withheld for at least one youth; an unclassified field is withheld for all.
    const withheldForSome = new Set<string>();
    for (const { field, decision } of fieldDecisions) if (!decision.allow) withheldForSome.add(field);
    return {
      decisions: fieldDecisions,
      policySeconds,
      coordinateCount: coordinates.length,
      decisionFor,
      mayWithhold: (coordinate: string) => withheldForSome.has(coordinate) || !classOfField.has(coordinate),
      auditRecords: (who: Requester, revision: string, at: Date): AuditRecordsRequest => auditRecordsFor(fieldDecisions, who, revision, at),
    };
  }

  /**
   * Where each withheld field sits for each youth: the highest withheld field of a path only. Only
   * the fields withheld for some youth are looked at: a caseload's fields are mostly disclosed to all.
   */
  private placements(
    analyzed: AnalyzedOperation,
    scope: Scope,
    { decisionFor, mayWithhold }: Pick<Evaluation, 'decisionFor' | 'mayWithhold'>,
  ): WithheldPlacement[] {
    const placements: WithheldPlacement[] = [];
    let byPath: Map<string, SelectedField> | undefined;
    for (const field of analyzed.fields) {
      if (!mayWithhold(field.coordinate)) continue;
      byPath ??= new Map(analyzed.fields.map((selected) => [selected.path.join('.'), selected]));
      const ancestors = ancestorsOf(field, byPath);
      for (const youthId of scope.youthOf(field.root)) {
        const decision = decisionFor(youthId, field.coordinate);
        if (decision.allow || ancestors.some((ancestor) => !decisionFor(youthId, ancestor.coordinate).allow)) continue;
        // Whether a youth exists is itself withheld: a root field always gets the generic reason.
        const reason = field.path.length === 1 ? GENERIC_REASON : decision.reason;
        placements.push({ youthId, path: field.path, reason, conceal: decision.conceal });
      }
    }
    return placements;
  }

  /**
   * Whether the query reaches a list of records that carry their own labels (health records): a
   * subgraph may leave some out, so the answer always says so, whether or not any were left out.
   */
  private selectsLabelledRecords(analyzed: AnalyzedOperation, removed: ReadonlySet<FieldNode>): boolean {
    return analyzed.fields.some((field) => {
      if (removed.has(field.node)) return false;
      const [typeName, fieldName] = field.coordinate.split('.') as [string, string];
      const type = this.options.apiSchema.getType(typeName);
      const definition = type && 'getFields' in type ? type.getFields()[fieldName] : undefined;
      return definition !== undefined && isListType(getNullableType(definition.type)) && isLabelledRecord(getNamedType(definition.type));
    });
  }

  /** Whether the query selects any field of a record that carries its own labels, which its subgraph decides with the policy. */
  private reachesLabelledRecords(analyzed: AnalyzedOperation): boolean {
    return analyzed.fields.some((field) => isLabelledRecord(this.options.apiSchema.getType(field.coordinate.slice(0, field.coordinate.indexOf('.')))));
  }

  private withDisclosureExtensions(
    response: GraphQLResponseBody,
    decisions: readonly FieldDecision[],
    revision: string,
    requester: Requester,
    notices: string[],
  ): string {
    const obligations = new Map<string, Obligation>();
    for (const { decision } of decisions) {
      if (!decision.allow) continue;
      for (const obligation of decision.obligations) obligations.set(`${obligation.kind}|${obligation.code}`, obligation);
    }
    const review = decisions.some(({ decision }) => decision.review);
    response.extensions = {
      ...response.extensions,
      disclosure: {
        policyRevision: revision,
        obligations: [...obligations.values()],
        ...(notices.length > 0 ? { notices } : {}),
        ...(review ? { review: { breakGlass: requester.breakGlassReason !== null, flaggedForReview: true } } : {}),
      },
    };
    return JSON.stringify(response);
  }
}

/** A type of records that carry their own labels (confidentiality and sensitivity). */
function isLabelledRecord(type: GraphQLNamedType | null | undefined): boolean {
  return type !== null && type !== undefined && 'getFields' in type && 'confidentiality' in type.getFields() && 'sensitivity' in type.getFields();
}

/** The scope with `agency`'s assigned worker set for each youth `workers` names. */
function withAssignments(scope: Scope, agency: AssigningAgency, workers: ReadonlyMap<string, string>): Scope {
  const facts = new Map(scope.facts);
  for (const [youthId, worker] of workers) {
    const youth = facts.get(youthId);
    if (youth) facts.set(youthId, { ...youth, facts: { ...youth.facts, assignedWorkers: { ...youth.facts.assignedWorkers, [agency]: worker } } });
  }
  return { ...scope, facts };
}

function sameDecision(first: Decision, second: Decision): boolean {
  return (
    first.allow === second.allow &&
    first.rule === second.rule &&
    first.legal_basis === second.legal_basis &&
    first.reason === second.reason &&
    first.conceal === second.conceal &&
    first.review === second.review &&
    JSON.stringify(first.obligations) === JSON.stringify(second.obligations)
  );
}

function disclosureContextFor(
  scope: Scope,
  decisions: readonly FieldDecision[],
  now: Date,
): DisclosureContext {
  const youth: DisclosureContext['youth'] = {};
  const links: DisclosureContext['links'] = {};
  for (const [youthId, entry] of scope.facts) {
    youth[youthId] = entry.facts;
    links[youthId] = entry.links;
  }
  const allowed = new Map<string, string[]>();
  for (const { youthId, field, decision } of decisions) {
    if (!decision.allow) continue;
    const fields = allowed.get(youthId) ?? [];
    fields.push(field);
    allowed.set(youthId, fields);
  }
  return { now: now.toISOString(), youth, links, allowed: groupAllowed(allowed) };
}

/**
 * One decision per distinct outcome about a youth in the request: the fields that got the same
 * category, outcome, rule, legal basis and review flag for that youth share it. The accounting
 * still says which information was disclosed or withheld under which rule, without a record for
 * every (youth, field) of a caseload. Youth who got the same decision on the same fields share one
 * entry and its id, so a caseload's body says each decision once rather than once per youth.
 */
function auditRecordsFor(
  decisions: readonly FieldDecision[],
  who: Requester,
  revision: string,
  at: Date,
): AuditRecordsRequest {
  type Group = { youthId: string; category: string; decision: Decision; fields: Set<string> };
  const groups = new Map<string, Group>();
  // The fields decided by one evaluated coordinate share its group, found once by its position.
  const groupAt = new Map<number, Group>();
  // The outcome part of a group's key, made once per decision object.
  const decisionKeys = new Map<Decision, string>();
  for (const { youthId, field, category, position, decision } of decisions) {
    let group = groupAt.get(position);
    if (!group) {
      let decisionKey = decisionKeys.get(decision);
      if (decisionKey === undefined) {
        // NUL never occurs in rules or legal bases, so the key is unambiguous.
        decisionKey = `${decision.allow}\u0000${decision.rule}\u0000${decision.legal_basis}\u0000${decision.review}`;
        decisionKeys.set(decision, decisionKey);
      }
      const key = `${youthId}\u0000${category}\u0000${decisionKey}`;
      group = groups.get(key);
      if (!group) groups.set(key, (group = { youthId, category, decision, fields: new Set() }));
      groupAt.set(position, group);
    }
    group.fields.add(field);
  }
  const audited: AuditedDecision[] = [];
  const shared = new Map<string, AuditedDecision>();
  for (const { youthId, category, decision, fields } of groups.values()) {
    const sorted = [...fields].sort();
    // A decision covering more fields than one record may list is recorded in several records.
    for (let start = 0; start < sorted.length; start += MAX_FIELDS_PER_RECORD) {
      const covered = sorted.slice(start, start + MAX_FIELDS_PER_RECORD);
      const key = `${category}\u0000${decisionKeys.get(decision)}\u0000${covered.join(' ')}`;
      let entry = shared.get(key);
      if (!entry || entry.youthIds.length === MAX_YOUTH_PER_DECISION) {
        entry = {
          decisionId: randomUUID(),
          youthIds: [],
          fields: covered,
          category,
          outcome: decision.allow ? 'DISCLOSED' : 'WITHHELD',
          rule: decision.rule,
          legalBasis: decision.legal_basis,
          review: decision.review,
        };
        // A full entry stays in `audited`; the next youth start a new one under the same key.
        audited.push(entry);
        shared.set(key, entry);
      }
      entry.youthIds.push(youthId);
    }
  }
  return {
    request: {
      requestId: who.requestId,
      requester: { userId: who.userId, agency: who.agency, roles: who.roles },
      purposeOfUse: who.purposeOfUse,
      breakGlassReason: who.breakGlassReason,
      recordedAt: at.toISOString(),
      policyRevision: revision,
    },
    decisions: audited,
  };
}

/** The selected fields above a field, nearest first. */
function ancestorsOf(field: SelectedField, byPath: Map<string, SelectedField>): SelectedField[] {
  const ancestors: SelectedField[] = [];
  for (let length = field.path.length - 1; length >= 1; length -= 1) {
    const ancestor = byPath.get(field.path.slice(0, length).join('.'));
    if (ancestor) ancestors.push(ancestor);
  }
  return ancestors;
}

/** Adds `csecGateYouthId: id` to every caseload item, so each item's youth is known. */
function withGateFields(operation: OperationDefinitionNode): OperationDefinitionNode {
  const selections = operation.selectionSet.selections.map((selection) => {
    if (selection.kind !== Kind.FIELD || ROOT_SCOPES[selection.name.value] !== 'caseload' || !selection.selectionSet) return selection;
    const youthId: FieldNode = {
      kind: Kind.FIELD,
      alias: { kind: Kind.NAME, value: GATE_YOUTH_ID_ALIAS },
      name: { kind: Kind.NAME, value: 'id' },
    };
    return { ...selection, selectionSet: { ...selection.selectionSet, selections: [...selection.selectionSet.selections, youthId] } };
  });
  return { ...operation, selectionSet: { ...operation.selectionSet, selections } };
}
