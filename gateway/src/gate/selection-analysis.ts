import {
  BREAK,
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getDirectiveValues, getVariableValues } from 'graphql/execution/values.js';
import { GraphQLIncludeDirective, GraphQLSkipDirective } from 'graphql/type/directives.js';

/** A root field of the operation (query or mutation) and the arguments it was given. */
export interface RootSelection {
  responseKey: string;
  fieldName: string;
  arguments: Record<string, unknown>;
}

/**
 * One field node the operation selects, where it sits in the response, and every `Type.field`
 * coordinate it can resolve: one per concrete type it may be selected on, so a field selected on an
 * interface or a union is decided for each possible type.
 */
export interface SelectedField {
  coordinates: string[];
  node: FieldNode;
  /** Response keys from the root field down, e.g. ['caseload', 'childWelfare', 'placements']. */
  path: string[];
  root: RootSelection;
}

export interface AnalyzedOperation {
  /** The API schema the operation was analysed against. */
  schema: GraphQLSchema;
  /** The operation with every fragment spread inlined, so each field node has exactly one path. */
  operation: OperationDefinitionNode;
  rootType: GraphQLObjectType;
  /** Whether the operation gives any field an alias (`__typename` included). */
  aliased: boolean;
  /** The variables as the operation's definitions coerce them, for `@include` and `@skip`. */
  variables: Record<string, unknown>;
  roots: RootSelection[];
  fields: SelectedField[];
  /**
   * The concrete types a value can be where the schema promises only an interface or a union, by
   * root: the answer names such a value's type, which can tell what it is about, so the type itself
   * is shown only to someone who may see one of its fields.
   */
  namedTypes: Array<{ type: GraphQLObjectType; root: RootSelection }>;
}

/**
 * Lists every field a valid query or mutation selects, whatever its shape: named and inline
 * fragments are expanded, `@include`/`@skip` applied, and fields of abstract types listed for every
 * concrete type they can be selected on. Returns undefined for anything else: Apollo Server then
 * reports the problem and executes nothing.
 */
export function analyzeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): AnalyzedOperation | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const chosen = operationName
    ? operations.find((operation) => operation.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  const rootType =
    chosen?.operation === 'query' ? schema.getQueryType() : chosen?.operation === 'mutation' ? schema.getMutationType() : undefined;
  if (!chosen || !rootType) return undefined;
  const coerced = getVariableValues(schema, chosen.variableDefinitions ?? [], variables);
  if (coerced.errors) return undefined;

  let operation = inlined.get(chosen);
  if (!operation) inlined.set(chosen, (operation = inlineFragments(chosen, fragmentsOf(document))));
  const walker = new SelectionWalker(schema, coerced.coerced);
  const roots = new Map<string, RootSelection>();
  const fields: SelectedField[] = [];
  const namedTypes: AnalyzedOperation['namedTypes'] = [];
  for (const { node, types } of walker.fieldsOf(operation.selectionSet, [rootType])) {
    if (node.name.value.startsWith('__')) continue;
    const definition = rootType.getFields()[node.name.value];
    if (!definition) return undefined;
    const key = responseKey(node);
    // Validation makes every root field under one response key the same field with the same arguments.
    let root = roots.get(key);
    if (!root)
      roots.set(
        key,
        (root = { responseKey: key, fieldName: node.name.value, arguments: getArgumentValues(definition, node, coerced.coerced) }),
      );
    walker.collect(node, types, [key], root, fields, namedTypes);
  }
  return {
    schema,
    operation,
    rootType,
    aliased: aliasedIn(operation),
    variables: coerced.coerced,
    roots: [...roots.values()],
    fields,
    namedTypes,
  };
}

/** A field node and the concrete types it applies to, where it is selected. */
interface FieldOnTypes {
  node: FieldNode;
  types: GraphQLObjectType[];
}

class SelectionWalker {
  private readonly schema: GraphQLSchema;
  private readonly variables: Record<string, unknown>;

  constructor(schema: GraphQLSchema, variables: Record<string, unknown>) {
    this.schema = schema;
    this.variables = variables;
  }

  collect(
    node: FieldNode,
    types: GraphQLObjectType[],
    path: string[],
    root: RootSelection,
    fields: SelectedField[],
    namedTypes: AnalyzedOperation['namedTypes'],
  ): void {
    const name = node.name.value;
    fields.push({ coordinates: types.map((type) => `${type.name}.${name}`), node, path, root });
    if (!node.selectionSet) return;
    const { below, abstract } = this.concreteTypesBelow(types, name);
    if (below.length === 0) return;
    if (abstract) for (const type of below) namedTypes.push({ type, root });
    for (const child of this.fieldsOf(node.selectionSet, below)) {
      if (child.node.name.value.startsWith('__')) continue;
      this.collect(child.node, child.types, [...path, responseKey(child.node)], root, fields, namedTypes);
    }
  }

  /** The field nodes of a selection set, each with the concrete types among `types` it applies to. */
  fieldsOf(selectionSet: SelectionSetNode, types: readonly GraphQLObjectType[]): FieldOnTypes[] {
    const found: FieldOnTypes[] = [];
    for (const selection of selectionSet.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        found.push({ node: selection, types: [...types] });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : undefined;
        const narrowed = condition ? types.filter((type) => matches(this.schema, type, condition)) : [...types];
        if (narrowed.length > 0) found.push(...this.fieldsOf(selection.selectionSet, narrowed));
      }
    }
    return found;
  }

  /** The concrete types a field of these types can return objects of, and whether the schema names them only abstractly. */
  private concreteTypesBelow(types: readonly GraphQLObjectType[], fieldName: string): { below: GraphQLObjectType[]; abstract: boolean } {
    const below = new Set<GraphQLObjectType>();
    let abstract = false;
    for (const type of types) {
      const definition = type.getFields()[fieldName];
      const named = definition && getNamedType(definition.type);
      if (!named || !isCompositeType(named)) continue;
      abstract ||= isAbstractType(named);
      for (const concrete of concreteTypesOf(this.schema, named)) below.add(concrete);
    }
    return { below: [...below], abstract };
  }

  private included(selection: SelectionSetNode['selections'][number]): boolean {
    if (selection.kind === Kind.FRAGMENT_SPREAD) return false;
    const skip = getDirectiveValues(GraphQLSkipDirective, selection, this.variables);
    if (skip?.['if'] === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, selection, this.variables);
    return include?.['if'] !== false;
  }
}

/** The object types a value of a composite type can be. */
export function concreteTypesOf(schema: GraphQLSchema, type: GraphQLCompositeType): readonly GraphQLObjectType[] {
  return isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
}

function matches(schema: GraphQLSchema, type: GraphQLObjectType, condition: ReturnType<GraphQLSchema['getType']>): boolean {
  if (!condition) return false;
  if (isObjectType(condition)) return condition === type;
  return isAbstractType(condition) && schema.isSubType(condition, type);
}

const aliasedOperations = new WeakMap<OperationDefinitionNode, boolean>();

function aliasedIn(operation: OperationDefinitionNode): boolean {
  let aliased = aliasedOperations.get(operation);
  if (aliased === undefined) {
    aliased = false;
    visit(operation, {
      Field(field) {
        if (!field.alias) return undefined;
        aliased = true;
        return BREAK;
      },
    });
    aliasedOperations.set(operation, aliased);
  }
  return aliased;
}

export function responseKey(field: FieldNode): string {
  return field.alias?.value ?? field.name.value;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

/**
 * Each operation of a remembered document with its fragments inlined, made once: its field nodes
 * then stay the same objects from one request to the next. An operation belongs to one document,
 * which is never changed, so its fragments are always the same.
 */
const inlined = new WeakMap<OperationDefinitionNode, OperationDefinitionNode>();

/**
 * Replaces each fragment spread by an inline fragment with the same type condition and directives
 * (documents parsed without locations). Validation has refused cycles, so this ends.
 */
function inlineFragments(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): OperationDefinitionNode {
  // The visitor goes on into each inline fragment it puts in place, so nested spreads are inlined too.
  return visit(operation, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value);
      if (!fragment) return null;
      return {
        kind: Kind.INLINE_FRAGMENT,
        typeCondition: fragment.typeCondition,
        directives: [...(spread.directives ?? []), ...(fragment.directives ?? [])],
        // A copy per spread: a fragment spread in two places is decided in both.
        selectionSet: structuredClone(fragment.selectionSet),
      };
    },
  });
}
