import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

const SCHEMA_FILE = 'csec-policy.schema.json';
const SCHEMA_LINE = /^# Schema: policies\/schema\/csec-policy\.schema\.json#\/\$defs\/([A-Za-z]+)$/m;

export class PolicyDataError extends Error {
  readonly code = 'POLICY_DATA_INVALID';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The policy data does not follow its schema (policies/schema/${SCHEMA_FILE}):\n  - ${problems.join('\n  - ')}`);
    this.problems = problems;
  }
}

/**
 * Checks every policy data file (`policies/**\/data.yaml`) against the part of the policy data schema
 * its `# Schema:` line names, before a bundle is built: a mistyped agreement or consent form is
 * refused with the file and the place in it, instead of silently deciding nothing.
 */
export async function checkPolicyData(policiesDirectory: string): Promise<void> {
  const files = await dataFiles(policiesDirectory);
  // A policy of rules alone (a test's allow-all bundle) has no data to check.
  if (files.length === 0) return;
  const schemaText = await readFile(join(policiesDirectory, 'schema', SCHEMA_FILE), 'utf8').catch(() => undefined);
  if (schemaText === undefined) throw new PolicyDataError([`schema/${SCHEMA_FILE} is missing: the policy data cannot be checked`]);
  const schema = JSON.parse(schemaText) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema(schema, SCHEMA_FILE);
  const problems: string[] = [];
  for (const file of files) {
    const name = relative(policiesDirectory, file);
    const text = await readFile(file, 'utf8');
    const part = SCHEMA_LINE.exec(text)?.[1];
    if (!part) {
      problems.push(`${name}: names no schema (a line "# Schema: policies/schema/${SCHEMA_FILE}#/$defs/<part>")`);
      continue;
    }
    const validate = ajv.getSchema(`${SCHEMA_FILE}#/$defs/${part}`);
    if (!validate) {
      problems.push(`${name}: the schema has no part ${part}`);
      continue;
    }
    if (!validate(parseYaml(text))) {
      for (const error of validate.errors ?? [])
        problems.push(
          `${name}${error.instancePath ? ` at ${error.instancePath}` : ''}: ${error.message ?? 'is not allowed'}${error.params && 'additionalProperty' in error.params ? ` (${String(error.params['additionalProperty'])})` : ''}`,
        );
    }
  }
  if (problems.length > 0) throw new PolicyDataError(problems);
}

async function dataFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'data.yaml')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
