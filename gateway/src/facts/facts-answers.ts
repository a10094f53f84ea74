import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type {
  ChildWelfareFactsAnswer,
  CsecFactsAnswer,
  JuvenileCourtFactsAnswer,
  ProbationFactsAnswer,
} from '../../../runtime/policy/__generated__/disclosure-facts.ts';

/**
 * The answers of `POST /disclosure-facts`, checked on receipt against their one contract
 * (schema/disclosure-facts.schema.json), whose types are generated from it. An answer that is not
 * the contract's, or names an id not asked about, decides nothing.
 */
const schema = JSON.parse(readFileSync(new URL('../../../schema/disclosure-facts.schema.json', import.meta.url), 'utf8')) as { $id: string };
const ajv = new Ajv2020({ strict: true });
ajv.addSchema(schema);

function validator<TAnswer>(definition: string): ValidateFunction<TAnswer> {
  const validate = ajv.getSchema<TAnswer>(`${schema.$id}#/$defs/${definition}`);
  if (!validate) throw new Error(`schema/disclosure-facts.schema.json has no $defs/${definition}.`);
  return validate;
}

export const FACTS_ANSWER_CONTRACTS = {
  csec: validator<CsecFactsAnswer>('csecFactsAnswer'),
  'child-welfare': validator<ChildWelfareFactsAnswer>('childWelfareFactsAnswer'),
  probation: validator<ProbationFactsAnswer>('probationFactsAnswer'),
  'juvenile-court': validator<JuvenileCourtFactsAnswer>('juvenileCourtFactsAnswer'),
} as const;

/** The answer breaks the contract: the message names where in the schema, never a value or an id. */
export class MalformedFactsAnswer extends Error {}

/**
 * The answer, if it is the contract's and its `field` names only ids in `asked` (when given). The
 * error cites the schema's path, not the answer's: the answer's would name youth.
 */
export function checkedFactsAnswer<TAnswer>(
  validate: ValidateFunction<TAnswer>,
  answer: unknown,
  field: keyof TAnswer & string,
  asked?: ReadonlySet<string>,
): TAnswer {
  if (!validate(answer)) {
    const [first] = validate.errors ?? [];
    throw new MalformedFactsAnswer(first ? `${first.schemaPath} ${first.message ?? ''}`.trim() : 'not as the contract says');
  }
  const ids = Object.keys(answer[field] as object);
  if (asked && ids.some((id) => !asked.has(id))) throw new MalformedFactsAnswer(`${field} has an id that was not asked about`);
  return answer;
}
