import {
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
import type { Decision } from '../../../runtime/policy/policy-input.ts';
import { GENERIC_REASON } from './coordinate-listing.ts';
import { GATE_TYPENAME_ALIAS, GATE_YOUTH_ID_ALIAS, SENT_ALIAS_PREFIX, sentKey } from './operation-rewrite.ts';
import type { AnalyzedOperation, RootSelection } from './selection-analysis.ts';
import type { Scope } from './youth-scope.ts';

export interface GraphQLResponseBody {
  data?: Record<string, unknown> | null;
  errors?: Array<Record<string, unknown>>;
  extensions?: Record<string, unknown>;
}

/** The code Apollo Router and Hive Gateway use for a withheld field, which clients already handle. */
export const WITHHELD_CODE = 'UNAUTHORIZED_FIELD_OR_TYPE';
export const WITHHELD_ITEMS_NOTICE = 'Some items are not shown to you.';

/** A null where the schema promises a value: the nearest nullable parent becomes null instead. */
const NULLED = Symbol('null in a non-null position');
/** A list item whose very type the person may not know: left out of its list. */
const LEFT_OUT = Symbol('list item left out');

type Decide = (youthId: string | null, coordinate: string) => Decision;

/**
 * Rebuilds the executed answer along the operation as the person sent it, as GraphQL execution
 * completes values: every field they selected is present, in order, and every field withheld for the
 * youth it is about is `null` with one UNAUTHORIZED_FIELD_OR_TYPE error at its path (a concealed one
 * leaves no error; a list item whose youth is withheld is left out, with a notice that does not
 * count). A value the gate never decided (an unknown concrete type, a youth not in scope) is
 * withheld. The gate's own fields are not copied. Changes `response` in place.
 */
export function completeResponse(
  response: GraphQLResponseBody,
  analyzed: AnalyzedOperation,
  scope: Scope,
  decide: Decide,
  disclosesAll: boolean,
): void {
  if (!response.data) return;
  if (disclosesAll && takeAsExecuted(response.data, analyzed, scope)) return;
  // A subgraph's error is placed in the executed answer: it must follow its value, or go with it.
  const placed = (response.errors ?? []).filter((error) => Array.isArray(error['path']));
  const completion = new ResponseCompletion(analyzed, decide, placed.length > 0);
  const data = completion.root(response.data, scope);
  response.data = data === NULLED ? null : data;
  if (placed.length > 0) response.errors = (response.errors ?? []).flatMap((error) => completion.replaced(error));
  if (completion.errors.length > 0) response.errors = [...(response.errors ?? []), ...completion.errors];
  if (response.errors?.length === 0) delete response.errors;
  if (completion.itemsLeftOut) response.extensions = { ...response.extensions, notices: [WITHHELD_ITEMS_NOTICE] };
}

/**
 * Whether an answer needs no completion, and if so strips the gate's youth ids from it: when every
 * field selected is disclosed for every youth in scope, the operation has no alias and no abstract
 * type, and each listed youth is one the gate decided for, the executed answer already has the
 * operation's shape. A screen that shows what its person may see is the common case, and copying
 * its every value costs more than deciding it.
 */
function takeAsExecuted(data: Record<string, unknown>, analyzed: AnalyzedOperation, scope: Scope): boolean {
  const listed = analyzed.roots.filter((root) => scope.listsYouth(root));
  for (const root of listed) {
    const items = data[root.responseKey];
    if (items === null || items === undefined) continue;
    if (!Array.isArray(items)) return false;
    const inScope = new Set(scope.youthOf(root));
    if (!items.every((item) => isRecord(item) && inScope.has(item[GATE_YOUTH_ID_ALIAS] as string))) return false;
  }
  for (const root of listed) {
    const items = data[root.responseKey];
    if (Array.isArray(items)) for (const item of items) delete (item as Record<string, unknown>)[GATE_YOUTH_ID_ALIAS];
  }
  return true;
}

/**
 * A position in an answer, from the leaf up: made for every value, turned into a path only when an
 * error or a note needs it (a caseload holds thousands of values and few errors).
 */
interface Step {
  up: Step | undefined;
  key: string | number;
}

function pathOf(step: Step): Array<string | number> {
  const path: Array<string | number> = [];
  for (let at: Step | undefined = step; at; at = at.up) path.push(at.key);
  return path.reverse();
}

/** One field of an object's selection, worked out once per concrete type and selection. */
interface PlannedField {
  key: string;
  /** The key the executed answer has it under (the gate sends aliases under names of its own). */
  sent: string;
  nodes: ReadonlyArray<FieldNode>;
  /** Undefined for `__typename`. */
  definition: GraphQLField<unknown, unknown> | undefined;
  coordinate: string;
}

class ResponseCompletion {
  readonly errors: Array<Record<string, unknown>> = [];
  itemsLeftOut = false;
  private readonly analyzed: AnalyzedOperation;
  private readonly decide: Decide;
  private readonly shownTypes = new Map<string, boolean>();
  /** Each object selection's fields by concrete type, as graphql-js execution memoizes its sub-selections. */
  private readonly plans = new WeakMap<ReadonlyArray<FieldNode>, Map<GraphQLObjectType, PlannedField[]>>();
  /** Whether to note where values moved or went (only when an error must follow them). */
  private readonly tracking: boolean;
  /** By the executed answer's path of a list: where each item now is (absent: left out). */
  private readonly moved = new Map<string, Map<number, number>>();
  /** The executed answer's paths of the values withheld or left out. */
  private readonly cut = new Set<string>();

  constructor(analyzed: AnalyzedOperation, decide: Decide, tracking: boolean) {
    this.analyzed = analyzed;
    this.decide = decide;
    this.tracking = tracking;
  }

  /** An error of the executed answer at the path of the completed one; none when its value was withheld or left out. */
  replaced(error: Record<string, unknown>): Array<Record<string, unknown>> {
    const path = error['path'];
    if (!Array.isArray(path)) return [error];
    const placed: Array<string | number> = [];
    for (let index = 0; index < path.length; index += 1) {
      const prefix = JSON.stringify(path.slice(0, index));
      if (this.cut.has(prefix)) return [];
      const step = path[index] as string | number;
      const moves = typeof step === 'number' ? this.moved.get(prefix) : undefined;
      if (typeof step !== 'number' || !moves) {
        placed.push(typeof step === 'string' && step.startsWith(SENT_ALIAS_PREFIX) ? step.slice(SENT_ALIAS_PREFIX.length) : step);
        continue;
      }
      const to = moves.get(step);
      if (to === undefined) return [];
      placed.push(to);
    }
    return this.cut.has(JSON.stringify(path)) ? [] : [{ ...error, path: placed }];
  }

  root(data: Record<string, unknown>, scope: Scope): Record<string, unknown> | typeof NULLED {
    const { schema, rootType, variables, operation } = this.analyzed;
    const roots = new Map<string, RootSelection>(this.analyzed.roots.map((root) => [root.responseKey, root]));
    const completed: Record<string, unknown> = {};
    for (const [key, nodes] of collectFields(schema, {}, variables, rootType, operation.selectionSet)) {
      const fieldName = (nodes[0] as FieldNode).name.value;
      const sent = sentKey(key, fieldName);
      const root = roots.get(key);
      const definition = rootType.getFields()[fieldName];
      if (fieldName === '__typename' || !root || !definition) {
        completed[key] = fieldName === '__typename' ? rootType.name : (data[sent] ?? null);
        continue;
      }
      const coordinate = `${rootType.name}.${fieldName}`;
      const at: Step = { up: undefined, key };
      const from: Step = { up: undefined, key: sent };
      const value = scope.listsYouth(root)
        ? this.youthList(data[sent], definition.type, nodes, at, from, new Set(scope.youthOf(root)), coordinate)
        : this.rootField(data[sent], definition.type, nodes, at, from, scope.youthOf(root)[0] ?? null, coordinate);
      if (value === NULLED) return NULLED;
      completed[key] = value;
    }
    return completed;
  }

  /** A root field about one youth (or none): whether that youth exists is itself withheld, so the reason is always the generic one. */
  private rootField(
    value: unknown,
    type: GraphQLOutputType,
    nodes: ReadonlyArray<FieldNode>,
    at: Step,
    from: Step,
    youthId: string | null,
    coordinate: string,
  ): unknown {
    const decision = this.decide(youthId, coordinate);
    if (!decision.allow) return this.withheld(type, at, from, decision.conceal ? undefined : GENERIC_REASON);
    return this.value(value, type, nodes, at, from, youthId);
  }

  /** A root list of youth, each item about its own youth (known by the gate's alias of its id). */
  private youthList(
    value: unknown,
    type: GraphQLOutputType,
    nodes: ReadonlyArray<FieldNode>,
    at: Step,
    from: Step,
    inScope: ReadonlySet<string | null>,
    coordinate: string,
  ): unknown {
    const listType = isNonNullType(type) ? type.ofType : type;
    if (!isListType(listType)) return this.value(value, type, nodes, at, from, null);
    if (value === null || value === undefined) {
      // Left out of the plan because every youth in scope is withheld from it.
      if (inScope.size > 0) this.itemsLeftOut = true;
      return [];
    }
    if (!Array.isArray(value)) return this.nulled(type);
    const itemType = listType.ofType as GraphQLOutputType;
    const moves = this.movesOf(from);
    const items: unknown[] = [];
    value.forEach((item: unknown, index) => {
      const youthId = isRecord(item) ? item[GATE_YOUTH_ID_ALIAS] : undefined;
      const decision = typeof youthId === 'string' && inScope.has(youthId) ? this.decide(youthId, coordinate) : undefined;
      if (!decision?.allow) {
        if (!decision?.conceal) this.itemsLeftOut = true;
        return;
      }
      moves?.set(index, items.length);
      items.push(this.value(item, itemType, nodes, { up: at, key: items.length }, { up: from, key: index }, youthId as string));
    });
    return items.includes(NULLED) ? this.nulled(type) : items;
  }

  /** `at` is where the value is in the completed answer; `from`, where it was in the executed one. */
  private value(
    value: unknown,
    type: GraphQLOutputType,
    nodes: ReadonlyArray<FieldNode>,
    at: Step,
    from: Step,
    youthId: string | null,
    inList = false,
  ): unknown {
    if (isNonNullType(type)) {
      const completed = this.value(value, type.ofType as GraphQLOutputType, nodes, at, from, youthId, inList);
      return completed === null ? NULLED : completed;
    }
    if (value === null || value === undefined) return null;
    if (isLeafType(type)) return value;
    if (isListType(type)) {
      if (!Array.isArray(value)) return null;
      const moves = this.movesOf(from);
      const items: unknown[] = [];
      let nulled = false;
      value.forEach((item: unknown, index) => {
        const completed = this.value(
          item,
          type.ofType as GraphQLOutputType,
          nodes,
          { up: at, key: items.length },
          { up: from, key: index },
          youthId,
          true,
        );
        if (completed === LEFT_OUT) {
          this.itemsLeftOut = true;
          return;
        }
        moves?.set(index, items.length);
        nulled ||= completed === NULLED;
        items.push(completed);
      });
      return nulled ? null : items;
    }
    if (!isRecord(value)) return null;
    const runtimeType = isAbstractType(type) ? this.concreteType(value) : type;
    if (!runtimeType || !isObjectType(runtimeType)) return this.withheld(type, at, from, GENERIC_REASON);
    if (isAbstractType(type) && !this.shows(youthId, runtimeType)) {
      if (!inList) return this.withheld(type, at, from, GENERIC_REASON);
      this.noteCut(from);
      return LEFT_OUT;
    }
    const completed = this.object(value, runtimeType, nodes, at, from, youthId);
    return completed === NULLED ? null : completed;
  }

  private object(
    value: Record<string, unknown>,
    type: GraphQLObjectType,
    nodes: ReadonlyArray<FieldNode>,
    at: Step,
    from: Step,
    youthId: string | null,
  ): unknown {
    const completed: Record<string, unknown> = {};
    for (const field of this.planOf(type, nodes)) {
      if (!field.definition) {
        completed[field.key] = type.name;
        continue;
      }
      const decision = this.decide(youthId, field.coordinate);
      const here: Step = { up: at, key: field.key };
      const there: Step = { up: from, key: field.sent };
      const completedField = decision.allow
        ? this.value(value[field.sent], field.definition.type, field.nodes, here, there, youthId)
        : this.withheld(field.definition.type, here, there, decision.conceal ? undefined : decision.reason);
      if (completedField === NULLED) return NULLED;
      completed[field.key] = completedField;
    }
    return completed;
  }

  /** A withheld value: null with its error (none when concealed), or, where the schema promises a value, null for the nearest nullable parent. */
  private withheld(type: GraphQLOutputType, at: Step, from: Step, reason: string | undefined): null | typeof NULLED {
    this.noteCut(from);
    if (reason !== undefined) this.errors.push({ message: reason, path: pathOf(at), extensions: { code: WITHHELD_CODE } });
    return isNonNullType(type) ? NULLED : null;
  }

  private nulled(type: GraphQLOutputType): null | typeof NULLED {
    return isNonNullType(type) ? NULLED : null;
  }

  private noteCut(from: Step): void {
    if (this.tracking) this.cut.add(JSON.stringify(pathOf(from)));
  }

  /** Where a list's items go, noted only when an error may have to follow them. */
  private movesOf(from: Step): Map<number, number> | undefined {
    if (!this.tracking) return undefined;
    const moves = new Map<number, number>();
    this.moved.set(JSON.stringify(pathOf(from)), moves);
    return moves;
  }

  /** Whether the person may see any field of the type, for this youth: only then may they learn the type. */
  private shows(youthId: string | null, type: GraphQLObjectType): boolean {
    const key = `${youthId ?? ''}\u0000${type.name}`;
    let shown = this.shownTypes.get(key);
    if (shown === undefined) {
      shown = Object.keys(type.getFields()).some((field) => this.decide(youthId, `${type.name}.${field}`).allow);
      this.shownTypes.set(key, shown);
    }
    return shown;
  }

  private concreteType(value: Record<string, unknown>) {
    const name = value[GATE_TYPENAME_ALIAS] ?? value['__typename'];
    return typeof name === 'string' ? this.analyzed.schema.getType(name) : undefined;
  }

  private planOf(type: GraphQLObjectType, nodes: ReadonlyArray<FieldNode>): PlannedField[] {
    let byType = this.plans.get(nodes);
    if (!byType) this.plans.set(nodes, (byType = new Map()));
    let plan = byType.get(type);
    if (!plan) {
      plan = [];
      for (const [key, fieldNodes] of collectSubfields(this.analyzed.schema, {}, this.analyzed.variables, type, nodes)) {
        const fieldName = (fieldNodes[0] as FieldNode).name.value;
        const definition = fieldName === '__typename' ? undefined : type.getFields()[fieldName];
        if (fieldName !== '__typename' && !definition) continue;
        plan.push({ key, sent: sentKey(key, fieldName), nodes: fieldNodes, definition, coordinate: `${type.name}.${fieldName}` });
      }
      byType.set(type, plan);
    }
    return plan;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
