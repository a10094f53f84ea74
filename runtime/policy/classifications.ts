import { Kind, parse, type ConstDirectiveNode } from 'graphql';
import type { Classification } from './__generated__/disclosure-context.ts';

/** What a field discloses, from its `@classified` directive: the gateway tells subgraphs in these words (disclosure-context.schema.json). */
export type { Classification };

/**
 * Classifications by `Type.field`, read from schema SDL (the supergraph at the gateway, the
 * subgraph's own schema in a subgraph). A field missing here is withheld.
 */
export function classificationsFromSdl(sdl: string): Map<string, Classification> {
  return fieldDirectivesFromSdl(sdl, 'classified', readClassification);
}

/**
 * What a directive of `name` says on each object type field of schema SDL, by `Type.field`, as
 * `read` makes of it (undefined: nothing it understands, left out).
 */
export function fieldDirectivesFromSdl<T>(
  sdl: string,
  name: string,
  read: (directive: ConstDirectiveNode) => T | undefined,
): Map<string, T> {
  const found = new Map<string, T>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((candidate) => candidate.name.value === name);
      const value = directive && read(directive);
      if (value !== undefined) found.set(`${definition.name.value}.${field.name.value}`, value);
    }
  }
  return found;
}

function readClassification(directive: ConstDirectiveNode): Classification | undefined {
  let category: string | undefined;
  let confidentiality: string | undefined;
  let sensitivity: string[] = [];
  for (const argument of directive.arguments ?? []) {
    const { value } = argument;
    if (argument.name.value === 'category' && value.kind === Kind.STRING) category = value.value;
    if (argument.name.value === 'confidentiality' && value.kind === Kind.STRING) confidentiality = value.value;
    if (argument.name.value === 'sensitivity' && value.kind === Kind.LIST) {
      sensitivity = value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : []));
    }
  }
  return category && confidentiality ? { category, confidentiality, sensitivity } : undefined;
}
