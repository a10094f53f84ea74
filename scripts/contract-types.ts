import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

/**
 * Writes the TypeScript types of each contract between processes (schema/*.schema.json), one
 * named type per `$defs` entry with a title, for the process that sends and the one that receives.
 * A contract may refer to another's definitions (`"$ref": "<file>.schema.json#/$defs/<name>"`): its
 * types then import them from the other's generated module rather than repeat them.
 */
const CONTRACTS = [
  { file: 'disclosure-facts', root: 'DisclosureFactsAnswers', output: 'runtime/policy/__generated__/disclosure-facts.ts' },
  {
    file: 'disclosure-facts-requests',
    root: 'DisclosureFactsRequests',
    output: 'runtime/policy/__generated__/disclosure-facts-requests.ts',
  },
  { file: 'disclosure-facts-changes', root: 'DisclosureFactsChanges', output: 'runtime/policy/__generated__/disclosure-facts-changes.ts' },
  { file: 'disclosure-context', root: 'DisclosureContextMessages', output: 'runtime/policy/__generated__/disclosure-context.ts' },
  { file: 'disclosure-audit', root: 'DisclosureAuditMessages', output: 'runtime/audit/__generated__/disclosure-audit.ts' },
  { file: 'staff-directory', root: 'StaffDirectoryMessages', output: 'runtime/__generated__/staff-directory.ts' },
  { file: 'subgraph-readiness', root: 'SubgraphReadiness', output: 'runtime/__generated__/subgraph-readiness.ts' },
  { file: 'conformance-plant', root: 'ConformancePlant', output: 'runtime/__generated__/conformance-plant.ts' },
  { file: 'requester-token', root: 'RequesterTokenParts', output: 'runtime/__generated__/requester-token.ts' },
  { file: 'mdt-notice-changes', root: 'MdtNoticeChanges', output: 'runtime/__generated__/mdt-notice-changes.ts' },
  { file: 'steering-facts', root: 'SteeringFactsMessages', output: 'runtime/__generated__/steering-facts.ts' },
] as const;

type Schema = JSONSchema & { $defs: Record<string, JSONSchema & { title?: string }> };

const schemas = new Map<string, Schema>();
for (const { file } of CONTRACTS) schemas.set(file, JSON.parse(await readFile(`schema/${file}.schema.json`, 'utf8')) as Schema);

for (const { file, root, output } of CONTRACTS) {
  const schema = schemas.get(file) as Schema;
  const imported = new Map<string, Set<string>>();
  // Another contract's definition becomes a reference to its generated type, imported below.
  const local = JSON.parse(JSON.stringify(schema.$defs), (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || !('$ref' in value)) return value;
    const match = /^([a-z-]+)\.schema\.json#\/\$defs\/(\w+)$/.exec(String(value.$ref));
    if (!match) return value;
    const [, other, definition] = match as unknown as [string, string, string];
    const title = schemas.get(other)?.$defs[definition]?.title;
    if (!title) throw new Error(`schema/${file}.schema.json refers to ${other}#/$defs/${definition}, which has no title.`);
    const titles = imported.get(other) ?? new Set<string>();
    imported.set(other, titles.add(title));
    return { ...(value as object), $ref: undefined, tsType: title };
  }) as Record<string, JSONSchema>;
  const every = Object.fromEntries(Object.keys(local).map((name) => [name, { $ref: `#/$defs/${name}` }]));
  const types = await compile({ type: 'object', properties: every, additionalProperties: false, $defs: local } as JSONSchema, root, {
    bannerComment: `/* Generated from schema/${file}.schema.json by \`npm run codegen\`. Do not edit. */`,
    additionalProperties: false,
    // Lists are arrays to their builders; the validators hold them to their lengths.
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  const imports = [...imported].map(([other, titles]) => {
    const module = relative(dirname(output), CONTRACTS.find((contract) => contract.file === other)?.output ?? '');
    return `import type { ${[...titles].sort().join(', ')} } from '${module.startsWith('.') ? module : `./${module}`}';\n`;
  });
  await writeFile(output, imports.length > 0 ? types.replace(/\*\/\n/, `*/\n\n${imports.join('')}`) : types);
}
