import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * A graphql-codegen plugin: for every path from a `Youth` that the web application's fragments
 * select, the classification categories (the supergraph's `@classified`) of the fields at or under
 * it. A page shows the obligations that came with those categories beside the part of the profile
 * the path is, so the notices follow the policy and the schema, never a list kept in the page.
 */
export function plugin(schema: GraphQLSchema, documents: ReadonlyArray<{ document?: DocumentNode }>): string {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const file of documents) {
    for (const definition of file.document?.definitions ?? []) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  const youth = schema.getType('Youth');
  if (!youth) throw new Error('The supergraph has no Youth type.');
  const categories = new Map<string, Set<string>>();
  const byFragment = new Map<string, Set<string>>();
  for (const fragment of fragments.values()) {
    if (fragment.typeCondition.name.value !== 'Youth') continue;
    const own = new Map<string, Set<string>>();
    collect(schema, fragments, fragment.selectionSet, youth, [], own, new Set([fragment.name.value]));
    byFragment.set(fragment.name.value, new Set([...own.values()].flatMap((found) => [...found])));
    for (const [path, found] of own) categories.set(path, new Set([...(categories.get(path) ?? []), ...found]));
  }
  const entries = (map: ReadonlyMap<string, ReadonlySet<string>>) =>
    [...map.entries()]
      .sort(([first], [second]) => first.localeCompare(second))
      .map(([key, found]) => `  ${JSON.stringify(key)}: ${JSON.stringify([...found].sort())},`);
  return [
    '/** The categories of the fields the web application selects at or under each path from a youth (`@classified` in the supergraph). */',
    'export const YOUTH_PATH_CATEGORIES: Readonly<Record<string, readonly string[]>> = {',
    ...entries(categories),
    '};',
    '',
    '/** The categories of every field each fragment on a youth selects. */',
    'export const FRAGMENT_CATEGORIES: Readonly<Record<string, readonly string[]>> = {',
    ...entries(byFragment),
    '};',
    '',
  ].join('\n');
}

function collect(
  schema: GraphQLSchema,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  path: readonly string[],
  categories: Map<string, Set<string>>,
  spread: ReadonlySet<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      const fieldPath = [...path, selection.name.value];
      const category = classifiedCategory(field);
      if (category) {
        for (let length = 1; length <= fieldPath.length; length += 1) {
          const key = fieldPath.slice(0, length).join('.');
          categories.set(key, (categories.get(key) ?? new Set()).add(category));
        }
      }
      if (selection.selectionSet) {
        collect(schema, fragments, selection.selectionSet, getNamedType(field.type), fieldPath, categories, spread);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      if (type) collect(schema, fragments, selection.selectionSet, type, path, categories, spread);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      const type = fragment && schema.getType(fragment.typeCondition.name.value);
      if (fragment && type && !spread.has(name)) {
        collect(schema, fragments, fragment.selectionSet, type, path, categories, new Set([...spread, name]));
      }
    }
  }
}

function classifiedCategory(field: GraphQLField<unknown, unknown>): string | undefined {
  const directive = field.astNode?.directives?.find((node) => node.name.value === 'classified');
  const argument = directive?.arguments?.find((node) => node.name.value === 'category');
  const value = argument ? valueFromASTUntyped(argument.value) : undefined;
  return typeof value === 'string' ? value : undefined;
}
