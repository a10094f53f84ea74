import { writeFile } from 'node:fs/promises';
import { compileFromFile } from 'json-schema-to-typescript';

/** Writes the TypeScript types of the scenario format from its JSON Schema. */
const types = await compileFromFile('schema/scenario.schema.json', {
  bannerComment: '/* Generated from schema/scenario.schema.json by `npm run codegen`. Do not edit. */',
  additionalProperties: false,
  style: { singleQuote: true, printWidth: 120 },
});
await writeFile('scenario/__generated__/scenario-types.ts', types);
