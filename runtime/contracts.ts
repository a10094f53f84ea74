import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/**
 * The contracts of the messages between processes: one JSON Schema each under `schema/`, its
 * TypeScript types generated from it (`npm run codegen`), and here its validators, compiled once
 * when a module first asks for them and then used on every message received.
 */
export type ContractFile =
  | 'conformance-plant'
  | 'disclosure-audit'
  | 'disclosure-context'
  | 'disclosure-facts'
  | 'disclosure-facts-changes'
  | 'disclosure-facts-requests'
  | 'mdt-notice-changes'
  | 'requester-token'
  | 'staff-directory'
  | 'steering-facts'
  | 'subgraph-readiness';

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, verbose: true });
(addFormatsModule as unknown as (instance: Ajv2020) => void)(ajv);

/** A contract's JSON Schema, as read. */
export interface ContractSchema {
  $id: string;
  $defs: Record<string, Record<string, unknown>>;
}

const loaded = new Map<ContractFile, ContractSchema>();

/** The contract's schema, read and added once (with the contracts it refers to). */
export function contractSchema(file: ContractFile): ContractSchema {
  const known = loaded.get(file);
  if (known) return known;
  const schema = JSON.parse(readFileSync(new URL(`../schema/${file}.schema.json`, import.meta.url), 'utf8')) as ContractSchema;
  loaded.set(file, schema);
  for (const referred of referredContracts(schema)) contractSchema(referred);
  ajv.addSchema(schema);
  return schema;
}

/** The compiled validator of one `$defs` entry of a contract. */
export function contractValidator<T>(file: ContractFile, definition: string): ValidateFunction<T> {
  const { $id } = contractSchema(file);
  const validate = ajv.getSchema<T>(`${$id}#/$defs/${definition}`);
  if (!validate) throw new Error(`schema/${file}.schema.json has no $defs/${definition}.`);
  return validate;
}

/**
 * What is wrong with the message the validator last refused, for the sender's developer: where (a
 * path such as `decisions[1].fields[0]`, from `subject` for the whole message) and what the
 * contract wants there. A schema whose description starts in lower case names what a value must be
 * ("a UUID ..."), and the message quotes it up to its first colon and space. Never the value itself.
 */
export function contractProblem(validate: ValidateFunction, subject: string): string {
  const error = firstProblem(validate.errors ?? []);
  if (!error) return `${subject} is not as the contract says.`;
  return `${pathOf(error.instancePath, subject)} ${expectation(error)}.`;
}

const KEY_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

function expectation(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `must have "${String(params['missingProperty'])}"`;
    case 'additionalProperties':
      // A key is named only when it looks like one: a key can be made of a value.
      return KEY_NAME.test(String(params['additionalProperty']))
        ? `must not have "${String(params['additionalProperty'])}"`
        : 'must not have a key the contract does not list';
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).map(String).join(', ')}`;
    case 'uniqueItems':
      return 'must list each entry once';
    case 'oneOf':
      return `must have exactly one of ${oneOfRequired(error.parentSchema)}`;
  }
  const description = (error.parentSchema as { description?: unknown } | undefined)?.description;
  if (typeof description === 'string' && /^[a-z]/.test(description)) return `must be ${description.split(': ')[0]?.replace(/\.$/, '')}`;
  if (error.keyword === 'const') return `must be ${JSON.stringify(params['allowedValue'])}`;
  return error.message ?? 'is not as the contract says';
}

/**
 * The error to report. Where the message is one of several forms (`oneOf`), the errors of each
 * form come first: the one of the form whose keys the message has, else the forms' keys.
 */
function firstProblem(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const last = errors.at(-1);
  if (last?.keyword !== 'oneOf') return errors[0];
  return errors.slice(0, -1).find((error) => error.keyword !== 'required' && error.keyword !== 'additionalProperties') ?? last;
}

/** The keys that tell a `oneOf`'s forms apart: what each form requires. */
function oneOfRequired(schema: unknown): string {
  const forms = (schema as { oneOf?: Array<{ required?: string[] }> } | undefined)?.oneOf ?? [];
  return forms.map((form) => (form.required ?? []).map((key) => `"${key}"`).join(' and ')).join(', ');
}

/** `/decisions/1/fields/0` as `decisions[1].fields[0]`. */
function pathOf(pointer: string, subject: string): string {
  if (pointer === '') return subject;
  let path = /^\/\d+(\/|$)/.test(pointer) ? subject : '';
  for (const segment of pointer.slice(1).split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    path += /^\d+$/.test(key) ? `[${key}]` : path === '' ? key : `.${key}`;
  }
  return path;
}

/** The other contracts a schema refers to (`"$ref": "<file>.schema.json#..."`). */
function referredContracts(schema: unknown): ContractFile[] {
  const found = new Set<ContractFile>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        const file = key === '$ref' && typeof inner === 'string' ? /^([a-z-]+)\.schema\.json#/.exec(inner)?.[1] : undefined;
        if (file) found.add(file as ContractFile);
        else visit(inner);
      }
    }
  };
  visit(schema);
  return [...found];
}
