import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  Kind,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type DocumentNode,
  type GraphQLObjectType,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
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
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === 'Youth',
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
  const schema = buildSubgraphSchema({ typeDefs });
  const youth = schema.getType('Youth') as GraphQLObjectType;
  const coordinates = new Set<string>();
  // Key fields are answered whatever the decisions: the gateway joins the subgraphs' records by them.
  const selection = selectionOf(youth, 0, coordinates, new Set(keyFields));
  return { typeDefs, youthKey, agency: agencyValue?.kind === Kind.STRING ? agencyValue.value : undefined, coordinates: [...coordinates], selection };
}

function selectionOf(type: GraphQLObjectType, depth: number, coordinates: Set<string>, skip: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (skip.has(field.name) || field.args.some((argument) => isNonNullType(argument.type))) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(field.name);
      coordinates.add(`${type.name}.${field.name}`);
    } else if (isObjectType(named) && depth < MAX_DEPTH) {
      const inner = selectionOf(named, depth + 1, coordinates);
      parts.push(inner ? `${field.name} { ${inner} }` : `${field.name} { __typename }`);
      coordinates.add(`${type.name}.${field.name}`);
    } else {
      parts.push(`${field.name} { __typename }`);
      coordinates.add(`${type.name}.${field.name}`);
    }
  }
  return parts.join(' ');
}
