import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Scenario } from './__generated__/scenario-types.ts';
import { ReferentialChecks } from './scenario-checks.ts';

export type { Agency, Role, Scenario } from './__generated__/scenario-types.ts';

const SCHEMA_PATH = fileURLToPath(new URL('../schema/scenario.schema.json', import.meta.url));
const MAX_PROBLEMS_SHOWN = 20;

/** A scenario file that cannot be loaded; `problems` says where and why, one line each. */
export class ScenarioError extends Error {
  readonly code = 'INVALID_SCENARIO';
  readonly problems: string[];
  constructor(source: string, problems: string[]) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
    const more = problems.length > shown.length ? `\n  ... and ${problems.length - shown.length} more` : '';
    super(`The scenario ${source} cannot be loaded:\n  - ${shown.join('\n  - ')}${more}`);
    this.problems = problems;
  }
}

/** Reads and validates a scenario file; nothing is loaded anywhere unless it is entirely valid. */
export async function readScenarioFile(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ScenarioError(path, [`the file cannot be read (does it exist?)`]);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(path, [`it is not valid JSON: ${(error as Error).message}`]);
  }
  return validateScenario(document, path);
}

export async function validateScenario(document: unknown, source = 'document'): Promise<Scenario> {
  const validate = await schemaValidator();
  if (!validate(document)) {
    throw new ScenarioError(source, (validate.errors ?? []).map(describeSchemaError));
  }
  const scenario = document as Scenario;
  const problems = referentialProblems(scenario);
  if (problems.length > 0) throw new ScenarioError(source, problems);
  return scenario;
}

type Validator = ReturnType<Ajv2020['compile']>;
let compiled: Ajv2020 | undefined;

async function scenarioSchema(): Promise<Ajv2020> {
  if (compiled) return compiled;
  const schema = JSON.parse(await readFile(SCHEMA_PATH, 'utf8')) as { $id: string };
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const addFormats = addFormatsModule as unknown as (instance: Ajv2020) => void;
  addFormats(ajv);
  ajv.addSchema(schema, 'scenario');
  compiled = ajv;
  return ajv;
}

async function schemaValidator(): Promise<Validator> {
  const ajv = await scenarioSchema();
  return ajv.getSchema('scenario') as Validator;
}

/**
 * Validates one part of a scenario against the schema: the whole document (pointer `''`), or one record of
 * a list by its definition (`#/$defs/csecYouth`). Problems are located under `at`, the record's path.
 */
export async function partValidator(pointer: string): Promise<(value: unknown, at: string) => string[]> {
  const ajv = await scenarioSchema();
  const validate = ajv.getSchema(`scenario${pointer}`) as Validator;
  return (value, at) =>
    validate(value)
      ? []
      : (validate.errors ?? []).map((error) => describeSchemaError({ ...error, instancePath: `${at}${error.instancePath}` }));
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the top level' : error.instancePath;
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown property "${String(error.params['additionalProperty'])}"`;
  }
  if (error.keyword === 'enum') {
    return `${where}: must be one of ${(error.params['allowedValues'] as unknown[]).join(', ')}`;
  }
  return `${where}: ${error.message ?? 'is invalid'}`;
}

/** Checks the schema cannot express: unique identifiers and links that point at real records. */
function referentialProblems(scenario: Scenario): string[] {
  const checks = new ReferentialChecks();
  for (const user of scenario.users) checks.user(user);
  checks.usersComplete();
  scenario.csec.youth.forEach((youth, index) => checks.youth(youth, index));
  scenario.childWelfare.clients.forEach((client, index) => checks.client(client, index));
  scenario.probation.juveniles.forEach((juvenile, index) => checks.juvenile(juvenile, index));
  for (const resource of scenario.health.resources) checks.resource(resource);
  for (const student of scenario.education.students) checks.student(student);
  scenario.juvenileCourt.parties.forEach((party, index) => checks.party(party, index));
  return checks.finish();
}
