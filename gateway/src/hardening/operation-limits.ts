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

export interface OperationLimitsOptions {
  /**
   * Aliases the gateway itself adds to the operations it rewrites (the disclosure gate's), which
   * the rewritten operation is validated with again. They are not counted as aliases, nor is the
   * field they name counted as a field (what is below it is): one response key cannot multiply a
   * field, since every selection under it merges into one answer.
   */
  uncountedAliases?: Iterable<string>;
}

/** What a selection set selects once its fragments are expanded. */
interface SelectionShape {
  /** Levels of fields below it. */
  depth: number;
  aliases: number;
  fields: number;
  /** Fields selected directly in it, through its fragments included: the root fields, at the root. */
  ownFields: number;
}

const NOTHING: SelectionShape = { depth: 0, aliases: 0, fields: 0, ownFields: 0 };

/** Introspection's entry points: their answer is the schema's, and production turns them off. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Refuses operations too large to be a person's question: too deep, too many aliases, too many
 * root fields, too many fields in all. Everything is counted as selected, after fragments are
 * expanded: a fragment spread ten times counts ten times, root fields selected through a fragment
 * on the root type are root fields, and `__typename` is a field like any other. Aliases are
 * counted everywhere, introspection included; the depth and fields below `__schema` and `__type`
 * are not (the standard introspection query is deeper than any person's question).
 *
 * Each fragment is measured once per document and its shape multiplied where it is spread, so
 * the work stays linear in the document's size however often fragments spread one another.
 */
export function operationLimitsRule(limits: OperationLimits, options: OperationLimitsOptions = {}): ValidationRule {
  const uncountedAliases: ReadonlySet<string> = new Set(options.uncountedAliases ?? []);
  return (context: ValidationContext) => {
    // Shared by the document's operations: a fragment is measured once however many spread it.
    const fragments = new Map<string, SelectionShape | 'measuring'>();
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const shape = measure(operation.selectionSet, context, fragments, uncountedAliases);
        const problems: string[] = [];
        if (shape.depth > limits.maxDepth) problems.push(`is ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed`);
        if (shape.aliases > limits.maxAliases)
          problems.push(`uses ${count(shape.aliases)} aliases; at most ${limits.maxAliases} are allowed`);
        if (shape.ownFields > limits.maxRootFields)
          problems.push(`asks ${count(shape.ownFields)} top-level fields; at most ${limits.maxRootFields} are allowed`);
        if (shape.fields > limits.maxFields)
          problems.push(`selects ${count(shape.fields)} fields; at most ${limits.maxFields} are allowed`);
        for (const problem of problems) {
          context.reportError(
            new GraphQLError(`The operation ${problem}. Ask for less, or split it into several requests.`, {
              nodes: [operation],
              extensions: { code: 'OPERATION_LIMIT_EXCEEDED' },
            }),
          );
        }
      },
    };
  };
}

/** A count as people read it; fragments multiplied past what a number holds exactly are "more than" it. */
function count(value: number): string {
  return Number.isSafeInteger(value) ? String(value) : `more than ${Number.MAX_SAFE_INTEGER}`;
}

/** The shape of a selection set with its fragments expanded; each named fragment is measured once. */
function measure(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  fragments: Map<string, SelectionShape | 'measuring'>,
  uncountedAliases: ReadonlySet<string>,
): SelectionShape {
  const shape: SelectionShape = { depth: 0, aliases: 0, fields: 0, ownFields: 0 };
  for (const selection of selectionSet.selections) {
    let inner: SelectionShape;
    if (selection.kind === Kind.FIELD) {
      const below = selection.selectionSet ? measure(selection.selectionSet, context, fragments, uncountedAliases) : NOTHING;
      const uncounted = selection.alias !== undefined && uncountedAliases.has(selection.alias.value);
      const alias = selection.alias && !uncounted ? 1 : 0;
      if (INTROSPECTION_ROOTS.has(selection.name.value)) {
        // Only its aliases count: an alias multiplies the schema's answer like any other.
        inner = { depth: 0, aliases: below.aliases + alias, fields: 0, ownFields: 1 };
      } else {
        inner = { depth: below.depth + 1, aliases: below.aliases + alias, fields: below.fields + (uncounted ? 0 : 1), ownFields: 1 };
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, context, fragments, uncountedAliases);
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
        inner = measure(fragment.selectionSet, context, fragments, uncountedAliases);
        fragments.set(name, inner);
      }
    }
    shape.depth = Math.max(shape.depth, inner.depth);
    shape.aliases += inner.aliases;
    shape.fields += inner.fields;
    shape.ownFields += inner.ownFields;
  }
  return shape;
}
