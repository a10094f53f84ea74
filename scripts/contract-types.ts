import { readFile, writeFile } from 'node:fs/promises';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

/**
 * Writes the TypeScript types of the disclosure facts answers (schema/disclosure-facts.schema.json),
 * one named type per `$defs` entry, for the subgraphs that answer and the gateway that asks.
 */
const SCHEMA = 'schema/disclosure-facts.schema.json';
const schema = JSON.parse(await readFile(SCHEMA, 'utf8')) as { $defs: Record<string, JSONSchema> };
const every = Object.fromEntries(Object.keys(schema.$defs).map((name) => [name, { $ref: `#/$defs/${name}` }]));
const types = await compile({ type: 'object', properties: every, additionalProperties: false, $defs: schema.$defs } as JSONSchema, 'DisclosureFactsAnswers', {
  bannerComment: `/* Generated from ${SCHEMA} by \`npm run codegen\`. Do not edit. */`,
  additionalProperties: false,
  style: { singleQuote: true, printWidth: 120 },
});
await writeFile('runtime/policy/__generated__/disclosure-facts.ts', types);
