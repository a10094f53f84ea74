import { readFile, writeFile } from 'node:fs/promises';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

/**
 * Writes the TypeScript types of the policy's explanation entrypoint
 * (`csec/explanation/decisions_explained`) from its JSON Schema in policies/schema, which the policy's
 * own tests check its answers against.
 */
const SCHEMA = 'policies/schema/csec-policy.schema.json';
const schema = JSON.parse(await readFile(SCHEMA, 'utf8')) as { $defs: Record<string, JSONSchema> };
const types = await compile({ $ref: '#/$defs/explanation', $defs: schema.$defs } as JSONSchema, 'PolicyExplanation', {
  bannerComment: `/* Generated from ${SCHEMA} (#/$defs/explanation) by \`npm run codegen\`. Do not edit. */`,
  additionalProperties: false,
  style: { singleQuote: true, printWidth: 120 },
});
await writeFile('runtime/policy/__generated__/policy-explanation.ts', types);
