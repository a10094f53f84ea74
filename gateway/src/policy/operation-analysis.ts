import {
  Kind,
  getNamedType,
  isObjectType,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values.js';

/** A root field of the operation (query or mutation) and the arguments it was given. */
export interface RootSelection {
  responseKey: string;
  fieldName: string;
  arguments: Record<string, unknown>;
}

/** One field the operation selects, where it sits in the response, and under which root field. */
export interface SelectedField {
  /** `Type.field` in the API schema. */
  coordinate: string;
  node: FieldNode;
  /** Response keys from the root field down, e.g. ['caseload', 'childWelfare', 'placements']. */
  path: string[];
  root: RootSelection;
}

export interface AnalyzedOperation {
  /** The operation with every fragment spread inlined, so each field node has exactly one path. */
  operation: OperationDefinitionNode;
  roots: RootSelection[];
  fields: SelectedField[];
}

/**
 * Lists every field a valid query or mutation selects, with its schema coordinate and response
 * path. Returns undefined for anything else: Apollo Server then reports the problem and executes
 * nothing.
 */
export function analyzeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): AnalyzedOperation | undefined {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const chosen = operationName ? operations.find((operation) => operation.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const rootType = chosen?.operation === 'query' ? schema.getQueryType() : chosen?.operation === 'mutation' ? schema.getMutationType() : undefined;
  if (!chosen || !rootType) return undefined;
  const coerced = getVariableValues(schema, chosen.variableDefinitions ?? [], variables);
  if (coerced.errors) return undefined;

  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  let operation = inlined.get(chosen);
  if (!operation) inlined.set(chosen, (operation = inlineFragments(chosen, fragments)));
  const roots: RootSelection[] = [];
  const fields: SelectedField[] = [];
  for (const node of fieldNodes(operation.selectionSet, rootType, schema)) {
    if (node.field.name.value.startsWith('__')) continue;
    const definition = rootType.getFields()[node.field.name.value];
    if (!definition) return undefined;
    const root: RootSelection = {
      responseKey: responseKey(node.field),
      fieldName: node.field.name.value,
      arguments: getArgumentValues(definition, node.field, coerced.coerced),
    };
    roots.push(root);
    collect(schema, node.field, rootType, [root.responseKey], root, fields);
  }
  return { operation, roots, fields };
}

function collect(
  schema: GraphQLSchema,
  field: FieldNode,
  parentType: GraphQLObjectType,
  path: string[],
  root: RootSelection,
  fields: SelectedField[],
): void {
  fields.push({ coordinate: `${parentType.name}.${field.name.value}`, node: field, path, root });
  const definition = parentType.getFields()[field.name.value];
  const type = definition && getNamedType(definition.type);
  if (!field.selectionSet || !type || !isObjectType(type)) return;
  for (const child of fieldNodes(field.selectionSet, type, schema)) {
    if (child.field.name.value.startsWith('__')) continue;
    collect(schema, child.field, child.type, [...path, responseKey(child.field)], root, fields);
  }
}

/** Fields of a selection set with the object type each is selected on (through inline fragments). */
function fieldNodes(selectionSet: SelectionSetNode, type: GraphQLObjectType, schema: GraphQLSchema): Array<{ field: FieldNode; type: GraphQLObjectType }> {
  const found: Array<{ field: FieldNode; type: GraphQLObjectType }> = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      found.push({ field: selection, type });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
      if (condition && isObjectType(condition)) found.push(...fieldNodes(selection.selectionSet, condition, schema));
    }
  }
  return found;
}

export function responseKey(field: FieldNode): string {
  return field.alias?.value ?? field.name.value;
}

/**
 * Each operation of a remembered document with its fragments inlined, made once: its field nodes
 * then stay the same objects from one request to the next. An operation belongs to one document,
 * which is never changed, so its fragments are always the same.
 */
const inlined = new WeakMap<OperationDefinitionNode, OperationDefinitionNode>();

/** Replaces each fragment spread by an inline fragment with the same type condition (documents parsed without locations). */
function inlineFragments(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): OperationDefinitionNode {
  return visit(operation, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value);
      if (!fragment) return null;
      return {
        kind: Kind.INLINE_FRAGMENT,
        typeCondition: fragment.typeCondition,
        directives: [...(spread.directives ?? []), ...(fragment.directives ?? [])],
        // A copy per spread: a fragment spread in two places must be decided twice.
        selectionSet: structuredClone(fragment.selectionSet),
      };
    },
  });
}

/**
 * The operation without the given field nodes. A selection set left empty gets an aliased
 * `__typename` (removed again from the response), so the parent stays valid and is still answered.
 */
export function withoutFields(
  operation: OperationDefinitionNode,
  removed: ReadonlySet<FieldNode>,
  placeholderAlias: string,
): OperationDefinitionNode {
  const pruned = pruneFields(operation, removed, placeholderAlias);
  // A variable only a removed field used must go too, or the operation is no longer valid.
  const used = new Set<string>();
  visit(pruned.selectionSet, { Variable: (variable) => void used.add(variable.name.value) });
  return { ...pruned, variableDefinitions: (pruned.variableDefinitions ?? []).filter((definition) => used.has(definition.variable.name.value)) };
}

function pruneFields(operation: OperationDefinitionNode, removed: ReadonlySet<FieldNode>, placeholderAlias: string): OperationDefinitionNode {
  return visit(operation, {
    Field: {
      enter(node) {
        return removed.has(node) ? null : undefined;
      },
    },
    SelectionSet: {
      leave(node) {
        const selections = node.selections.filter(
          (selection) => selection.kind !== Kind.INLINE_FRAGMENT || selection.selectionSet.selections.length > 0,
        );
        if (selections.length > 0) return { ...node, selections };
        return {
          ...node,
          selections: [{ kind: Kind.FIELD, alias: { kind: Kind.NAME, value: placeholderAlias }, name: { kind: Kind.NAME, value: '__typename' } }],
        };
      },
    },
  });
}
