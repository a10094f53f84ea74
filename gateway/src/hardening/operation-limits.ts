import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxFields: number;
}

interface OperationShape {
  depth: number;
  aliases: number;
  fields: number;
}

/**
 * Refuses operations too large to be a person's question: too deep, too many aliases, too many
 * root fields, too many fields in all (fragments counted where they are spread). Introspection
 * fields are not counted; production turns introspection off.
 */
export function operationLimitsRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const rootFields = operation.selectionSet.selections.filter(
        (selection) => selection.kind === Kind.FIELD && !selection.name.value.startsWith('__'),
      ).length;
      const shape = measure(operation.selectionSet, context, new Map());
      const problems: string[] = [];
      if (shape.depth > limits.maxDepth) problems.push(`is ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed`);
      if (shape.aliases > limits.maxAliases) problems.push(`uses ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed`);
      if (rootFields > limits.maxRootFields) problems.push(`asks ${rootFields} top-level fields; at most ${limits.maxRootFields} are allowed`);
      if (shape.fields > limits.maxFields) problems.push(`selects ${shape.fields} fields; at most ${limits.maxFields} are allowed`);
      for (const problem of problems) {
        context.reportError(
          new GraphQLError(`The operation ${problem}. Ask for less, or split it into several requests.`, {
            nodes: [operation],
            extensions: { code: 'OPERATION_LIMIT_EXCEEDED' },
          }),
        );
      }
    },
  });
}

/** Depth below this selection set, aliases and fields; each fragment is measured once. */
function measure(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  fragments: Map<string, OperationShape | 'measuring'>,
): OperationShape {
  const shape: OperationShape = { depth: 0, aliases: 0, fields: 0 };
  for (const selection of selectionSet.selections) {
    let inner: OperationShape;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const below = selection.selectionSet ? measure(selection.selectionSet, context, fragments) : { depth: 0, aliases: 0, fields: 0 };
      inner = { depth: below.depth + 1, aliases: below.aliases + (selection.alias ? 1 : 0), fields: below.fields + 1 };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, context, fragments);
    } else {
      const name = selection.name.value;
      const known = fragments.get(name);
      // A cycle is reported by the standard NoFragmentCycles rule; do not follow it here.
      if (known === 'measuring') continue;
      if (known) {
        inner = known;
      } else {
        const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
        if (!fragment) continue;
        fragments.set(name, 'measuring');
        inner = measure(fragment.selectionSet, context, fragments);
        fragments.set(name, inner);
      }
    }
    shape.depth = Math.max(shape.depth, inner.depth);
    shape.aliases += inner.aliases;
    shape.fields += inner.fields;
  }
  return shape;
}
