import {
  Kind,
  parse,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeNode,
} from 'graphql';

/** What the kit reads from a subgraph's SDL: how it keys `Youth`, and what it can answer about a youth. */
export interface SubgraphShape {
  typeDefs: DocumentNode;
  /** The field `Youth` is keyed by (the first `@key`). */
  youthKey: string;
  /** The agency its key field names with `@agencyIdentifier`; none when keyed by the program's youth id. */
  agency: string | undefined;
  /** Every field selected under `Youth` but its keys, as `Type.field`: what a decision may allow or withhold. */
  coordinates: string[];
  /** A selection of every field of `Youth` but its keys, leaves included, a few levels deep. */
  selection: string;
}

const MAX_DEPTH = 4;

export function subgraphShape(sdl: string): SubgraphShape {
  const typeDefs = parse(sdl);
  const youthDefinition = typeDefs.definitions.find(
    (definition): definition is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value === 'Youth',
  );
  if (!youthDefinition) throw new Error('The subgraph defines no Youth entity.');
  const keyFields = (youthDefinition.directives ?? [])
    .filter((directive) => directive.name.value === 'key')
    .flatMap((directive) => {
      const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value;
      return fields?.kind === Kind.STRING ? [fields.value.trim()] : [];
    });
  const [youthKey] = keyFields;
  if (!youthKey) throw new Error('The subgraph\'s Youth has no @key(fields: "...").');
  const keyField = youthDefinition.fields?.find((field) => field.name.value === youthKey);
  const marked = keyField?.directives?.find((directive) => directive.name.value === 'agencyIdentifier');
  const agencyValue = marked?.arguments?.find((argument) => argument.name.value === 'agency')?.value;
  const types = objectTypes(typeDefs);
  const leaves = new Set(['ID', 'String', 'Int', 'Float', 'Boolean']);
  for (const definition of typeDefs.definitions) {
    if (definition.kind === Kind.SCALAR_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_DEFINITION) leaves.add(definition.name.value);
  }
  const coordinates = new Set<string>();
  // Key fields are answered whatever the decisions: the gateway joins the subgraphs' records by them.
  const selection = selectionOf({ types, leaves, coordinates }, 'Youth', 0, new Set(keyFields));
  return {
    typeDefs,
    youthKey,
    agency: agencyValue?.kind === Kind.STRING ? agencyValue.value : undefined,
    coordinates: [...coordinates],
    selection,
  };
}

/** Each object type's fields, its definition and extensions together. */
function objectTypes(typeDefs: DocumentNode): Map<string, FieldDefinitionNode[]> {
  const types = new Map<string, FieldDefinitionNode[]>();
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    types.set(definition.name.value, [...(types.get(definition.name.value) ?? []), ...(definition.fields ?? [])]);
  }
  return types;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

interface Walk {
  types: ReadonlyMap<string, FieldDefinitionNode[]>;
  leaves: ReadonlySet<string>;
  coordinates: Set<string>;
}

function selectionOf(walk: Walk, typeName: string, depth: number, skip: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  for (const field of walk.types.get(typeName) ?? []) {
    const name = field.name.value;
    if (skip.has(name) || field.arguments?.some((argument) => argument.type.kind === Kind.NON_NULL_TYPE)) continue;
    const named = namedType(field.type);
    walk.coordinates.add(`${typeName}.${name}`);
    if (walk.leaves.has(named)) {
      parts.push(name);
    } else {
      const inner = walk.types.has(named) && depth < MAX_DEPTH ? selectionOf(walk, named, depth + 1) : '';
      parts.push(`${name} { ${inner || '__typename'} }`);
    }
  }
  return parts.join(' ');
}
