import type { ValidateFunction } from 'ajv/dist/2020.js';
import { contractValidator } from '../../../runtime/contracts.ts';
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
export const FACTS_ANSWER_CONTRACTS = {
  csec: contractValidator<CsecFactsAnswer>('disclosure-facts', 'csecFactsAnswer'),
  'child-welfare': contractValidator<ChildWelfareFactsAnswer>('disclosure-facts', 'childWelfareFactsAnswer'),
  probation: contractValidator<ProbationFactsAnswer>('disclosure-facts', 'probationFactsAnswer'),
  'juvenile-court': contractValidator<JuvenileCourtFactsAnswer>('disclosure-facts', 'juvenileCourtFactsAnswer'),
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
