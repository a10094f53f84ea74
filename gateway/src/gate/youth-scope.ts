import { OperationTypeNode } from 'graphql';
import type { Classification } from '../../../runtime/policy/classifications.ts';
import type { DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';
import { MAX_FACTS_ID_LENGTH } from '../../../runtime/policy/facts-request.ts';
import { policyRequester } from '../../../runtime/policy/policy-input.ts';
import type { YouthScope } from '../../../runtime/policy/youth-scopes.ts';
import { RequestRejection, type Requester } from '../../../runtime/requester.ts';
import {
  CsecFactsReading,
  EVERY_AGENCY_FACT,
  agencyFactsInPlay,
  assignmentAskedWhenDecisive,
  type AssigningAgency,
  type YouthFactsClient,
  type YouthFactsWithLinks,
} from '../facts/youth-facts-client.ts';
import { isLabelledRecord } from './labelled-records.ts';
import type { AnalyzedOperation, RootSelection } from './selection-analysis.ts';

/** The youth each part of a request is about, and the facts the policy decides them on. */
export interface Scope {
  facts: Map<string, YouthFactsWithLinks>;
  /** The version of the CSEC facts a query was decided on, for the audit to check; none for a mutation. */
  factsVersion: string | undefined;
  /** How the request reads facts: an assignment asked later is remembered only for a query, as the rest. */
  reading: CsecFactsReading;
  /** The youth a root field is about: one, each of a caseload, or none (`null`: decided without a youth). */
  youthOf: (root: RootSelection) => ReadonlyArray<string | null>;
  /** Whether a root field lists youth, each item about its own. */
  listsYouth: (root: RootSelection) => boolean;
  /** The agency whose assignment of the requester was left unasked until it decides something. */
  unaskedAssignment: AssigningAgency | undefined;
  /** Whether the operation asks for an answer computed from the facts themselves (an explanation). */
  answersFromFacts: boolean;
  /** The classification of every profile field an explanation names in its arguments. */
  explained: Record<string, Classification>;
}

export interface YouthScopeOptions {
  /** Youth scopes of root fields by `Type.field`, from the supergraph. */
  scopes: ReadonlyMap<string, YouthScope>;
  classifications: ReadonlyMap<string, Classification>;
  facts: YouthFactsClient;
}

const YOUTH_ID_PATTERN = /^Y-\d{6}$/;
const NO_YOUTH: ReadonlyArray<string | null> = [null];

/**
 * Scopes each root field to its youth and gathers the facts about them: the CSEC program's, and an
 * agency's only when a condition in play for this requester and these categories reads it.
 */
export async function scopeToYouth(
  options: YouthScopeOptions,
  requester: Requester,
  analyzed: AnalyzedOperation,
  policy: DisclosurePolicy,
): Promise<Scope> {
  const scopeOf = (root: RootSelection) => options.scopes.get(`${analyzed.rootType.name}.${root.fieldName}`);
  const named = new Set<string>();
  const explainedFor = new Set<string>();
  const explained: Record<string, Classification> = {};
  let needsCaseload = false;
  let explains = false;
  for (const root of analyzed.roots) {
    const scope = scopeOf(root);
    if (!scope) continue;
    if ('caseload' in scope) {
      needsCaseload = true;
      continue;
    }
    const youthId = root.arguments[scope.argument];
    if (typeof youthId === 'string') named.add(youthId);
    explains ||= scope.decidesFor !== undefined;
    const person = scope.decidesFor === undefined ? undefined : root.arguments[scope.decidesFor];
    // An id longer than the facts route takes is no staff id: the explanation refuses it by name.
    if (typeof person === 'string' && person.length <= MAX_FACTS_ID_LENGTH) explainedFor.add(person);
    if (scope.decidesFor === undefined) continue;
    for (const value of Object.values(root.arguments)) {
      const classification = typeof value === 'string' ? options.classifications.get(value) : undefined;
      if (classification) explained[value as string] = classification;
    }
  }
  for (const youthId of named) {
    if (!YOUTH_ID_PATTERN.test(youthId)) {
      throw new RequestRejection(400, 'BAD_USER_INPUT', 'A youth id is "Y-" followed by six digits, for example Y-000123.');
    }
  }
  // An explanation decides for another person, whose conditions in play are not the requester's.
  const inPlay = explains
    ? EVERY_AGENCY_FACT
    : agencyFactsInPlay(policy.conditionsInPlay(policyRequester(requester), categoriesOf(analyzed, options.classifications)), requester);
  // A subgraph that decides records by their own labels decides them on the facts it is sent, so
  // those must hold the assignment whenever it is in play.
  const unaskable = explains ? undefined : assignmentAskedWhenDecisive(inPlay);
  const unasked = unaskable && !reachesLabelledRecords(analyzed) ? unaskable : undefined;
  const gathered = unasked?.gathered ?? inPlay;
  const reading = new CsecFactsReading(analyzed.operation.operation === OperationTypeNode.QUERY);
  const empty = new Map<string, YouthFactsWithLinks>();
  const [caseload, byId] = await Promise.all([
    needsCaseload ? options.facts.forCaseload(requester, gathered, reading) : empty,
    named.size > 0 ? options.facts.forYouth(requester, [...named], [...explainedFor], gathered, reading) : empty,
  ]);
  const caseloadYouth = [...caseload.keys()];
  const youthOfRoot = new Map<RootSelection, ReadonlyArray<string | null>>();
  return {
    facts: new Map([...caseload, ...byId]),
    factsVersion: reading.mayRemember ? reading.version : undefined,
    reading,
    unaskedAssignment: unasked?.agency,
    answersFromFacts: explains,
    explained,
    listsYouth: (root) => {
      const scope = scopeOf(root);
      return scope !== undefined && 'caseload' in scope;
    },
    youthOf: (root) => {
      let youth = youthOfRoot.get(root);
      if (!youth) {
        const scope = scopeOf(root);
        if (!scope) youth = NO_YOUTH;
        else if ('caseload' in scope) youth = caseloadYouth;
        else {
          const id = root.arguments[scope.argument];
          youth = typeof id === 'string' ? [id] : NO_YOUTH;
        }
        youthOfRoot.set(root, youth);
      }
      return youth;
    },
  };
}

/** The information categories of the fields an operation selects. */
function categoriesOf(analyzed: AnalyzedOperation, classifications: ReadonlyMap<string, Classification>): string[] {
  const categories = new Set<string>();
  for (const field of analyzed.fields) {
    for (const coordinate of field.coordinates) {
      const classification = classifications.get(coordinate);
      if (classification) categories.add(classification.category);
    }
  }
  return [...categories];
}

/** Whether the query selects any field of a record that carries its own labels, which its subgraph decides with the policy. */
function reachesLabelledRecords(analyzed: AnalyzedOperation): boolean {
  return analyzed.fields.some((field) =>
    field.coordinates.some((coordinate) => isLabelledRecord(analyzed.schema.getType(coordinate.slice(0, coordinate.indexOf('.'))))),
  );
}
