import DataLoader from 'dataloader';
import {
  Kind,
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { DeliveredRecord } from '../audit/disclosure-record.ts';
import { contractProblem, contractValidator } from '../contracts.ts';
import { createLogger } from '../logger.ts';
import type { Requester } from '../requester.ts';
import type { Classification } from './classifications.ts';
import { DISCLOSURE_EXTENSION, disclosureDigest, type DisclosureContext, type SourceAgency } from './disclosure-context.ts';
import type { DisclosurePolicy } from './disclosure-policy.ts';
import { policyRequester, type Coordinate, type Decision, type YouthFacts } from './policy-input.ts';

/**
 * How a subgraph knows which youth a `Youth` entity is: by the program's youth id (csec), or by
 * its own agency identifier, mapped through the links the gateway sent.
 */
export type YouthKey = { field: 'id' } | { field: string; agency: SourceAgency };

/** A record carrying its own labels (FHIR meta.security), decided on its own. */
interface LabelledRecord {
  confidentiality: string;
  sensitivity: string[];
}

/** A record that says what it is and how its source filed it (health records do, labelled or not), for the audit. */
interface FiledRecord {
  reference: string;
  classification: { area: string; basis: string; rule: string };
}

/**
 * One request's enforcement at the source: the decisions the gateway made (verified against the
 * digest in the signed requester token) for every field, and the same policy bundle for records
 * that carry their own labels. Without a verified context everything is withheld.
 */
export class SourceDisclosure {
  private readonly context: DisclosureContext | undefined;
  private readonly allowed: Map<string, Set<string>>;
  private readonly youthByAgencyId: Map<string, string>;
  private readonly recordDecisions: DataLoader<string, boolean>;
  private readonly delivered: DeliveredRecord[] = [];
  /** The policy revision in force when the request arrived. */
  readonly policy: DisclosurePolicy;

  constructor(requester: Requester, extensions: unknown, policy: DisclosurePolicy) {
    this.policy = policy;
    this.context = verifiedContext(requester, extensions);
    this.allowed = new Map();
    for (const group of this.context?.allowed ?? []) {
      const fields = new Set(group.fields);
      for (const youthId of group.youth) this.allowed.set(youthId, fields);
    }
    this.youthByAgencyId = new Map();
    for (const [youthId, links] of Object.entries(this.context?.links ?? {})) {
      for (const [agency, identifier] of Object.entries(links)) this.youthByAgencyId.set(`${agency}|${identifier}`, youthId);
    }
    const context = this.context;
    this.recordDecisions = new DataLoader<string, boolean>(async (keys) => {
      if (!context) return keys.map(() => false);
      const coordinates = keys.map((key) => JSON.parse(key) as Coordinate);
      const decisions: Decision[] = policy.decide({
        now: context.now,
        requester: policyRequester(requester),
        youth: context.youth,
        coordinates,
      });
      return decisions.map((decision) => decision.allow);
    });
  }

  youthOf(key: YouthKey, entity: Record<string, unknown>): string | undefined {
    const value = entity[key.field];
    if (typeof value !== 'string') return undefined;
    return 'agency' in key ? this.youthByAgencyId.get(`${key.agency}|${value}`) : value;
  }

  /** The facts the gateway decided a youth on, and when; none without a verified context. */
  decidedOn(youthId: string): { facts: YouthFacts; now: string } | undefined {
    const facts = this.context?.youth[youthId];
    return facts && this.context ? { facts, now: this.context.now } : undefined;
  }

  /** The classification the gateway sent for a field an explanation asks about; none without a verified context. */
  explainedClassification(field: string): Classification | undefined {
    return this.context?.explained?.[field];
  }

  allows(youthId: string, coordinate: string): boolean {
    return this.allowed.get(youthId)?.has(coordinate) ?? false;
  }

  /** Keeps the records whose own labels the policy allows for this field and youth, noting how each filed record was filed and whether it went. */
  async keepAllowedRecords(youthId: string, field: string, classification: Classification, records: unknown[]): Promise<unknown[]> {
    const verdicts = await Promise.all(
      records.map((record) => {
        if (!isLabelled(record)) return true;
        const coordinate: Coordinate = {
          youthId,
          field,
          category: classification.category,
          confidentiality: record.confidentiality,
          sensitivity: record.sensitivity,
        };
        return this.recordDecisions.load(JSON.stringify(coordinate));
      }),
    );
    records.forEach((record, index) => {
      if (!isFiled(record)) return;
      const { area, basis, rule } = record.classification;
      this.delivered.push({ youthId, field, record: record.reference, area, basis, filedBy: rule, sent: verdicts[index] === true });
    });
    return records.filter((_record, index) => verdicts[index]);
  }

  /** The filed records this request's fields listed, and whether each was sent: reported to the gateway's audit. */
  deliveredRecords(): readonly DeliveredRecord[] {
    return this.delivered;
  }
}

/**
 * Wraps every field resolver of the subgraph schema so a value leaves the agency only if the
 * request's decisions allow it for that youth: a withheld field resolves to null without touching
 * the source, and labelled records are filtered one by one. Objects remember which youth they
 * belong to as they resolve, starting from the `Youth` entity.
 */
export function enforceDisclosureAtSource(
  schema: GraphQLSchema,
  classifications: ReadonlyMap<string, Classification>,
  youthKey: YouthKey,
  disclosureOf: (context: unknown) => SourceDisclosure | undefined,
): void {
  const keyFields = youthKeyFields(schema);
  const youthOfObject = new WeakMap<object, string>();
  // Objects under a de-identified root (aggregate counts, no youth) carry the category decided there.
  const deidentifiedCategoryOf = new WeakMap<object, string>();
  const rememberDeidentified = (value: unknown, category: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => rememberDeidentified(item, category));
    if (typeof value === 'object' && value !== null) deidentifiedCategoryOf.set(value, category);
    return value;
  };
  // Rows can be shared between youth (a worker on many MDTs), so each youth gets its own copy.
  const remember = (value: unknown, youthId: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => remember(item, youthId));
    if (!isPlainObject(value)) return value;
    const copy = { ...value };
    youthOfObject.set(copy, youthId);
    return copy;
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectTypeOfAnyRealm(type) || type.name.startsWith('__') || type.name.startsWith('_')) continue;
    const isRoot = type === schema.getQueryType() || type === schema.getMutationType();
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const classification = classifications.get(coordinate);
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      // Entity keys (agency identifiers) are how the gateway joins agencies; the gate decided the youth.
      const isKey = type.name === 'Youth' && keyFields.has(field.name);
      field.resolve = (parent, args, context, info) => {
        const disclosure = disclosureOf(context);
        if (!disclosure) return null;
        if (isRoot) {
          // The gateway decided the root field; its results belong to the youth it names.
          const named = (args as Record<string, unknown>)['id'] ?? (args as Record<string, unknown>)['youthId'];
          const result = resolve(parent, args, context, info);
          if (typeof named === 'string') return then(result, (value) => remember(value, named));
          const category = classification && isDeidentified(disclosure.policy, classification) ? classification.category : undefined;
          return category ? then(result, (value) => rememberDeidentified(value, category)) : result;
        }
        const aggregate = typeof parent === 'object' && parent !== null ? deidentifiedCategoryOf.get(parent) : undefined;
        if (aggregate !== undefined) {
          // Only fields of the same de-identified category the root was decided for.
          if (classification?.category !== aggregate || !isDeidentified(disclosure.policy, classification)) return null;
          return then(resolve(parent, args, context, info), (value) => rememberDeidentified(value, aggregate));
        }
        const youthId =
          typeof parent === 'object' && parent !== null
            ? (youthOfObject.get(parent) ??
              (type.name === 'Youth' ? disclosure.youthOf(youthKey, parent as Record<string, unknown>) : undefined))
            : undefined;
        if (isKey) return resolve(parent, args, context, info);
        if (!youthId || !classification || !disclosure.allows(youthId, coordinate)) return null;
        if (type.name === 'Youth' && typeof parent === 'object' && parent !== null) youthOfObject.set(parent, youthId);
        return then(resolve(parent, args, context, info), (value) => {
          if (Array.isArray(value)) {
            return disclosure.keepAllowedRecords(youthId, coordinate, classification, value).then((kept) => remember(kept, youthId));
          }
          return remember(value, youthId);
        });
      };
    }
  }
}

/** Whether a field's confidentiality is one the policy bundle calls de-identified (csec.labels.labels.deidentified). */
function isDeidentified(policy: DisclosurePolicy, classification: Classification): boolean {
  const data = policy.data as { csec?: { labels?: { labels?: { deidentified?: unknown } } } } | undefined;
  const labels = data?.csec?.labels?.labels?.deidentified;
  return Array.isArray(labels) && labels.includes(classification.confidentiality);
}

/** Fields named in the `@key` directives of `Youth` (federation keeps them on the type's AST). */
function youthKeyFields(schema: GraphQLSchema): Set<string> {
  const youth = schema.getType('Youth');
  const nodes = youth ? [youth.astNode, ...(youth.extensionASTNodes ?? [])] : [];
  const fields = new Set<string>();
  for (const node of nodes) {
    for (const directive of node?.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      for (const argument of directive.arguments ?? []) {
        if (argument.name.value === 'fields' && argument.value.kind === Kind.STRING) {
          for (const name of argument.value.value.split(/\s+/).filter(Boolean)) fields.add(name);
        }
      }
    }
  }
  return fields;
}

/**
 * `isObjectType` by its string tag: the subgraph library may load graphql as CommonJS while this
 * module loads it as ESM, and instanceof checks fail across the two copies.
 */
function isObjectTypeOfAnyRealm(type: GraphQLNamedType): type is GraphQLObjectType {
  return Object.prototype.toString.call(type) === '[object GraphQLObjectType]';
}

function then(value: unknown, next: (resolved: unknown) => unknown): unknown {
  return value instanceof Promise ? value.then(next) : next(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function isLabelled(record: unknown): record is LabelledRecord {
  if (typeof record !== 'object' || record === null) return false;
  const { confidentiality, sensitivity } = record as Partial<LabelledRecord>;
  return typeof confidentiality === 'string' && Array.isArray(sensitivity);
}

function isFiled(record: unknown): record is FiledRecord {
  if (typeof record !== 'object' || record === null) return false;
  const { reference, classification } = record as Partial<FiledRecord>;
  return (
    typeof reference === 'string' &&
    typeof classification === 'object' &&
    classification !== null &&
    typeof classification.rule === 'string'
  );
}

const disclosureContext = contractValidator<DisclosureContext>('disclosure-context', 'disclosureContext');
const logger = createLogger('source-disclosure');

/**
 * The request's disclosure context, if the gateway signed its digest and it is the contract's
 * (schema/disclosure-context.schema.json); otherwise none, and everything is withheld. A context
 * the gateway signed that breaks the contract is a fault between the two, logged by where it is.
 */
function verifiedContext(requester: Requester, extensions: unknown): DisclosureContext | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const context = (extensions as Record<string, unknown>)[DISCLOSURE_EXTENSION];
  if (context === undefined || !requester.disclosureDigest) return undefined;
  if (disclosureDigest(context as DisclosureContext) !== requester.disclosureDigest) return undefined;
  if (disclosureContext(context)) return context;
  logger.error(
    { requestId: requester.requestId, problem: contractProblem(disclosureContext, 'The context') },
    'the disclosure context the gateway signed breaks its contract; every field is withheld',
  );
  return undefined;
}
