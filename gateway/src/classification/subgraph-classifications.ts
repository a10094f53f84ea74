import { readFile } from 'node:fs/promises';
import { Kind, type ConstDirectiveNode, type DocumentNode } from 'graphql';
import { parse as parseYaml } from 'yaml';

/** The information categories privacy officers maintain, beside the policies that decide them. */
export const CATEGORIES_PATH = 'policies/csec/categories/data.yaml';

export async function readCategoryNames(path = CATEGORIES_PATH): Promise<Set<string>> {
  const document = parseYaml(await readFile(path, 'utf8')) as { categories?: Record<string, unknown> } | null;
  return new Set(Object.keys(document?.categories ?? {}));
}

/**
 * Every field an agency exposes must say what it discloses. Returns one line per field whose
 * `@classified` directive is missing, incomplete or names a category the policies do not know.
 */
export function classificationProblems(
  subgraphs: ReadonlyArray<{ name: string; typeDefs: DocumentNode }>,
  knownCategories: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const { name, typeDefs } of subgraphs) {
    for (const definition of typeDefs.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      for (const field of definition.fields ?? []) {
        const coordinate = `${name}: ${definition.name.value}.${field.name.value}`;
        const classified = field.directives?.find((directive) => directive.name.value === 'classified');
        if (!classified) {
          problems.push(`${coordinate} has no @classified directive`);
          continue;
        }
        const category = stringArgument(classified, 'category');
        if (!category || !knownCategories.has(category)) {
          problems.push(`${coordinate} is classified with unknown category "${category ?? ''}"`);
        }
        if (!stringArgument(classified, 'confidentiality')) {
          problems.push(`${coordinate} has no confidentiality code`);
        }
      }
    }
  }
  return problems;
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const argument = directive.arguments?.find((candidate) => candidate.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}
