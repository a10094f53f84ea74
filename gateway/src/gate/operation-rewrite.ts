import {
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  print,
  visit,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { RESERVED_ALIAS_PREFIX } from './reserved-aliases.ts';

/** Aliases the gate adds to an operation; the answer is rebuilt from the operation as sent, without them. */
export const GATE_YOUTH_ID_ALIAS = `${RESERVED_ALIAS_PREFIX}YouthId`;
export const GATE_TYPENAME_ALIAS = `${RESERVED_ALIAS_PREFIX}Typename`;
export const GATE_PLACEHOLDER_ALIAS = `${RESERVED_ALIAS_PREFIX}Placeholder`;
/**
 * Each alias the person wrote is sent under this prefix: the query planner adds the entity keys it
 * joins by to a fetch under their own names, and a person's alias of the same name (`probationNumber:
 * id` beside `probation`) would be taken for the key (apollographql/federation#3036).
 */
export const SENT_ALIAS_PREFIX = `${RESERVED_ALIAS_PREFIX}As_`;

/** The response key a selection is sent under. */
export function sentKey(responseKey: string, fieldName: string): string {
  return responseKey === fieldName ? responseKey : `${SENT_ALIAS_PREFIX}${responseKey}`;
}

/** The gate's own aliases, which the operation limits do not count against the person's operation. */
export const GATE_ALIASES: readonly string[] = [GATE_YOUTH_ID_ALIAS, GATE_TYPENAME_ALIAS, GATE_PLACEHOLDER_ALIAS];

/** Different sets of removed fields remembered for one operation (roles and youth differ in what they may see). */
const MAX_REWRITES_PER_OPERATION = 32;

/**
 * The operation as the plan gets it: without the fields withheld for everyone it is about, with the
 * gate's own fields (each listed youth's id, each abstract value's concrete type). The same
 * operation loses the same fields request after request, so each outcome is printed once.
 */
export class OperationRewriter {
  private readonly schema: GraphQLSchema;
  private readonly texts = new WeakMap<OperationDefinitionNode, Map<string, string>>();
  /** A number for each field node of a remembered operation, for the keys of `texts`. */
  private readonly fieldNumbers = new WeakMap<FieldNode, number>();
  private nextFieldNumber = 0;

  constructor(schema: GraphQLSchema) {
    this.schema = schema;
  }

  /** `listingYouth`: the root field nodes whose items are each about their own youth. */
  rewrite(
    operation: OperationDefinitionNode,
    rootType: GraphQLCompositeType,
    removed: ReadonlySet<FieldNode>,
    listingYouth: ReadonlySet<FieldNode>,
  ): string {
    let texts = this.texts.get(operation);
    if (!texts) this.texts.set(operation, (texts = new Map()));
    const key = [...removed]
      .map((field) => this.fieldNumber(field))
      .sort((a, b) => a - b)
      .join(',');
    let text = texts.get(key);
    if (text === undefined) {
      const selectionSet = new SelectionRewrite(this.schema, removed, listingYouth).selectionSet(operation.selectionSet, rootType);
      text = print({ kind: Kind.DOCUMENT, definitions: [withUsedVariables({ ...operation, selectionSet })] });
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
}

class SelectionRewrite {
  private readonly schema: GraphQLSchema;
  private readonly removed: ReadonlySet<FieldNode>;
  private readonly listingYouth: ReadonlySet<FieldNode>;

  constructor(schema: GraphQLSchema, removed: ReadonlySet<FieldNode>, listingYouth: ReadonlySet<FieldNode>) {
    this.schema = schema;
    this.removed = removed;
    this.listingYouth = listingYouth;
  }

  selectionSet(selectionSet: SelectionSetNode, type: GraphQLCompositeType): SelectionSetNode {
    return this.rewritten(selectionSet, type).selectionSet;
  }

  /** The rewritten selection set, and whether any of the operation's own selections are left in it. */
  private rewritten(selectionSet: SelectionSetNode, type: GraphQLCompositeType): { selectionSet: SelectionSetNode; keepsAny: boolean } {
    const selections: SelectionNode[] = [];
    for (const selection of selectionSet.selections) {
      const kept = this.selection(selection, type);
      if (kept) selections.push(kept);
    }
    const keepsAny = selections.length > 0;
    // A selection set left empty keeps its parent valid and answered with an aliased `__typename`.
    if (!keepsAny) selections.push(gateField(GATE_PLACEHOLDER_ALIAS, '__typename'));
    if (isAbstractType(type)) selections.push(gateField(GATE_TYPENAME_ALIAS, '__typename'));
    return { selectionSet: { ...selectionSet, selections }, keepsAny };
  }

  private selection(selection: SelectionNode, type: GraphQLCompositeType): SelectionNode | undefined {
    if (selection.kind === Kind.FIELD) {
      return this.removed.has(selection) ? undefined : this.field(selection, type);
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type;
      if (!condition || !isCompositeType(condition)) return selection;
      const below = this.rewritten(selection.selectionSet, condition);
      return below.keepsAny ? { ...selection, selectionSet: below.selectionSet } : undefined;
    }
    return selection;
  }

  /** A field as it is sent: its alias under the sent prefix, its own selection rewritten. */
  private field(field: FieldNode, type: GraphQLCompositeType): FieldNode {
    const sent: FieldNode = field.alias
      ? { ...field, alias: { kind: Kind.NAME, value: sentKey(field.alias.value, field.name.value) } }
      : field;
    if (!field.selectionSet) return sent;
    const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[field.name.value] : undefined;
    const named = definition && getNamedType(definition.type);
    if (!named || !isCompositeType(named)) return sent;
    const below = this.selectionSet(field.selectionSet, named);
    const withYouth = this.listingYouth.has(field)
      ? { ...below, selections: [...below.selections, gateField(GATE_YOUTH_ID_ALIAS, 'id')] }
      : below;
    return { ...sent, selectionSet: withYouth };
  }
}

function gateField(alias: string, name: string): FieldNode {
  return { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: alias }, name: { kind: Kind.NAME, value: name } };
}

/** A variable only a removed field used must go too, or the operation is no longer valid. */
function withUsedVariables(operation: OperationDefinitionNode): OperationDefinitionNode {
  const used = new Set<string>();
  visit(operation.selectionSet, { Variable: (variable) => void used.add(variable.name.value) });
  return {
    ...operation,
    variableDefinitions: (operation.variableDefinitions ?? []).filter((definition) => used.has(definition.variable.name.value)),
  };
}
