import { Kind, parse, type ConstDirectiveNode } from 'graphql';

/** What a field discloses, from its `@classified` directive. */
export interface Classification {
  category: string;
  confidentiality: string;
  sensitivity: string[];
}

/**
 * Classifications by `Type.field`, read from schema SDL (the supergraph at the gateway, the
 * subgraph's own schema in a subgraph). A field missing here is withheld.
 */
export function classificationsFromSdl(sdl: string): Map<string, Classification> {
  const classifications = new Map<string, Classification>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((candidate) => candidate.name.value === 'classified');
      const classification = directive && readClassification(directive);
      if (classification) classifications.set(`${definition.name.value}.${field.name.value}`, classification);
    }
  }
  return classifications;
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
