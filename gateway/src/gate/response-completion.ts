import {
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type FieldNode,
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
export function completeResponse(response: GraphQLResponseBody, analyzed: AnalyzedOperation, scope: Scope, decide: Decide): void {
  if (!response.data) return;
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

class ResponseCompletion {
  readonly errors: Array<Record<string, unknown>> = [];
  itemsLeftOut = false;
  private readonly analyzed: AnalyzedOperation;
  private readonly decide: Decide;
  /** Sub-selections by concrete type and the field nodes they are collected from, as graphql-js execution memoizes them. */
  private readonly shownTypes = new Map<string, boolean>();
  private readonly subfields = new WeakMap<ReadonlyArray<FieldNode>, Map<GraphQLObjectType, Map<string, ReadonlyArray<FieldNode>>>>();

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

  private noteCut(origin: Array<string | number>): void {
    if (this.tracking) this.cut.add(JSON.stringify(origin));
  }

  private noteMove(origin: Array<string | number>, from: number, to: number | undefined): void {
    if (!this.tracking) return;
    const key = JSON.stringify(origin);
    let moves = this.moved.get(key);
    if (!moves) this.moved.set(key, (moves = new Map()));
    if (to !== undefined) moves.set(from, to);
  }

  root(data: Record<string, unknown>, scope: Scope): Record<string, unknown> | typeof NULLED {
    const { schema, rootType, variables, operation } = this.analyzed;
    const roots = new Map<string, RootSelection>(this.analyzed.roots.map((root) => [root.responseKey, root]));
    const completed: Record<string, unknown> = {};
    for (const [key, nodes] of collectFields(schema, {}, variables, rootType, operation.selectionSet)) {
      const fieldName = (nodes[0] as FieldNode).name.value;
      const root = roots.get(key);
      const definition = rootType.getFields()[fieldName];
      if (fieldName === '__typename' || !root || !definition) {
        completed[key] = fieldName === '__typename' ? rootType.name : data[sentKey(key, fieldName)] ?? null;
        continue;
      }
      const coordinate = `${rootType.name}.${fieldName}`;
      const value = scope.listsYouth(root)
        ? this.youthList(data[sentKey(key, fieldName)], definition.type, nodes, [key], [sentKey(key, fieldName)], new Set(scope.youthOf(root)), coordinate)
        : this.rootField(data[sentKey(key, fieldName)], definition.type, nodes, key, sentKey(key, fieldName), scope.youthOf(root)[0] ?? null, coordinate);
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
    key: string,
    sent: string,
    youthId: string | null,
    coordinate: string,
  ): unknown {
    const decision = this.decide(youthId, coordinate);
    if (!decision.allow) return this.withheld(type, [key], [sent], decision.conceal ? undefined : GENERIC_REASON);
    return this.value(value, type, nodes, [key], [sent], youthId);
  }

  /** A root list of youth, each item about its own youth (known by the gate's alias of its id). */
  private youthList(
    value: unknown,
    type: GraphQLOutputType,
    nodes: ReadonlyArray<FieldNode>,
    path: Array<string | number>,
    origin: Array<string | number>,
    inScope: ReadonlySet<string | null>,
    coordinate: string,
  ): unknown {
    const listType = isNonNullType(type) ? type.ofType : type;
    if (!isListType(listType)) return this.value(value, type, nodes, path, origin, null);
    if (value === null || value === undefined) {
      // Left out of the plan because every youth in scope is withheld from it.
      if (inScope.size > 0) this.itemsLeftOut = true;
      return [];
    }
    if (!Array.isArray(value)) return this.nulled(type);
    const itemType = listType.ofType as GraphQLOutputType;
    const items: unknown[] = [];
    value.forEach((item: unknown, index) => {
      const youthId = isRecord(item) ? item[GATE_YOUTH_ID_ALIAS] : undefined;
      const decision = typeof youthId === 'string' && inScope.has(youthId) ? this.decide(youthId, coordinate) : undefined;
      if (!decision?.allow) {
        if (!decision?.conceal) this.itemsLeftOut = true;
        this.noteMove(origin, index, undefined);
        return;
      }
      this.noteMove(origin, index, items.length);
      items.push(this.value(item, itemType, nodes, [...path, items.length], [...origin, index], youthId as string));
    });
    return items.includes(NULLED) ? this.nulled(type) : items;
  }

  /** `path` is where the value is in the completed answer; `origin`, where it was in the executed one. */
  private value(
    value: unknown,
    type: GraphQLOutputType,
    nodes: ReadonlyArray<FieldNode>,
    path: Array<string | number>,
    origin: Array<string | number>,
    youthId: string | null,
    inList = false,
  ): unknown {
    if (isNonNullType(type)) {
      const completed = this.value(value, type.ofType as GraphQLOutputType, nodes, path, origin, youthId, inList);
      return completed === null ? NULLED : completed;
    }
    if (value === null || value === undefined) return null;
    if (isLeafType(type)) return value;
    if (isListType(type)) {
      if (!Array.isArray(value)) return null;
      const items: unknown[] = [];
      let nulled = false;
      value.forEach((item: unknown, index) => {
        const completed = this.value(item, type.ofType as GraphQLOutputType, nodes, [...path, items.length], [...origin, index], youthId, true);
        if (completed === LEFT_OUT) {
          this.itemsLeftOut = true;
          this.noteMove(origin, index, undefined);
          return;
        }
        this.noteMove(origin, index, items.length);
        nulled ||= completed === NULLED;
        items.push(completed);
      });
      return nulled ? null : items;
    }
    if (!isRecord(value)) return null;
    const runtimeType = isAbstractType(type) ? this.concreteType(value) : type;
    if (!runtimeType || !isObjectType(runtimeType)) return this.withheld(type, path, origin, GENERIC_REASON);
    if (isAbstractType(type) && !this.shows(youthId, runtimeType)) {
      if (!inList) return this.withheld(type, path, origin, GENERIC_REASON);
      this.noteCut(origin);
      return LEFT_OUT;
    }
    const completed = this.object(value, runtimeType, nodes, path, origin, youthId);
    return completed === NULLED ? null : completed;
  }

  private object(
    value: Record<string, unknown>,
    type: GraphQLObjectType,
    nodes: ReadonlyArray<FieldNode>,
    path: Array<string | number>,
    origin: Array<string | number>,
    youthId: string | null,
  ): unknown {
    const completed: Record<string, unknown> = {};
    for (const [key, fieldNodes] of this.subfieldsOf(type, nodes)) {
      const fieldName = (fieldNodes[0] as FieldNode).name.value;
      if (fieldName === '__typename') {
        completed[key] = type.name;
        continue;
      }
      const definition = type.getFields()[fieldName];
      if (!definition) continue;
      const decision = this.decide(youthId, `${type.name}.${fieldName}`);
      const field = decision.allow
        ? this.value(value[sentKey(key, fieldName)], definition.type, fieldNodes, [...path, key], [...origin, sentKey(key, fieldName)], youthId)
        : this.withheld(definition.type, [...path, key], [...origin, sentKey(key, fieldName)], decision.conceal ? undefined : decision.reason);
      if (field === NULLED) return NULLED;
      completed[key] = field;
    }
    return completed;
  }

  /** A withheld value: null with its error (none when concealed), or, where the schema promises a value, null for the nearest nullable parent. */
  private withheld(type: GraphQLOutputType, path: Array<string | number>, origin: Array<string | number>, reason: string | undefined): null | typeof NULLED {
    this.noteCut(origin);
    if (reason !== undefined) this.errors.push({ message: reason, path, extensions: { code: WITHHELD_CODE } });
    return isNonNullType(type) ? NULLED : null;
  }

  private nulled(type: GraphQLOutputType): null | typeof NULLED {
    return isNonNullType(type) ? NULLED : null;
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

  private subfieldsOf(type: GraphQLObjectType, nodes: ReadonlyArray<FieldNode>): Map<string, ReadonlyArray<FieldNode>> {
    let byType = this.subfields.get(nodes);
    if (!byType) this.subfields.set(nodes, (byType = new Map()));
    let fields = byType.get(type);
    if (!fields) byType.set(type, (fields = collectSubfields(this.analyzed.schema, {}, this.analyzed.variables, type, nodes)));
    return fields;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
