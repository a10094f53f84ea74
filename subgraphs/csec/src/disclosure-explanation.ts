import { GraphQLError } from 'graphql';
import { explainDecision, ExplanationUnavailableError, type DecisionExplanation } from '../../../runtime/policy/decision-explanation.ts';
import type { DisclosureExplanation, QueryDisclosureExplanationArgs } from './__generated__/resolvers-types.ts';
import type { CsecContext } from './context.ts';

const YOUTH_ID_PATTERN = /^Y-\d{6}$/;

/**
 * `Query.disclosureExplanation`: asks the policy revision this request arrived under, with the facts
 * the gateway gathered for the youth, what the named person would be shown for the purpose and why
 * (the policy's explanation entrypoint), and puts its answer into words. The person's agency and roles come from the program's staff directory.
 */
export async function explainDisclosure(
  { youthId, userId, field, purposeOfUse }: QueryDisclosureExplanationArgs,
  { disclosure, loaders }: CsecContext,
): Promise<DisclosureExplanation> {
  if (!YOUTH_ID_PATTERN.test(youthId)) {
    throw badInput('youthId', 'A youth id is "Y-" followed by six digits, for example Y-000123.');
  }
  const decided = disclosure.decidedOn(youthId);
  if (!decided) {
    throw new GraphQLError(`No youth with id ${youthId} is available to you.`, { extensions: { code: 'YOUTH_NOT_FOUND' } });
  }
  // A privacy officer asks about any agency's field: the gateway sends its classification in the composed schema.
  const classification = disclosure.explainedClassification(field);
  if (!classification) {
    throw badInput('field', `"${field}" is not a field of the youth profile. Name it as type and field, for example Youth.missingSince.`);
  }
  const vocabulary = disclosure.policy.vocabulary;
  if (!vocabulary) {
    throw new GraphQLError('No sharing policy is in force right now, so nothing can be explained. Try again shortly.', {
      extensions: { code: 'EXPLANATION_UNAVAILABLE' },
    });
  }
  if (!vocabulary.purposes.includes(purposeOfUse)) {
    throw badInput('purposeOfUse', `"${purposeOfUse}" is not a purpose of use. Use one of: ${vocabulary.purposes.join(', ')}.`);
  }
  const person = await loaders.person.load(userId);
  if (!person) throw badInput('userId', `No one with user id "${userId}" is in the program's staff directory.`);

  let explanation: DecisionExplanation;
  try {
    explanation = explainDecision(disclosure.policy, {
      youthId,
      facts: decided.facts,
      field,
      classification,
      now: decided.now,
      requester: { userId: person.userId, agency: person.agency, roles: person.roles, purposeOfUse },
    });
  } catch (error) {
    if (!(error instanceof ExplanationUnavailableError)) throw error;
    throw new GraphQLError('The sharing policy in force cannot explain its decisions right now. Try again shortly.', {
      extensions: { code: 'EXPLANATION_UNAVAILABLE' },
    });
  }
  const { decision, requester } = explanation;
  return {
    youthId,
    field,
    requesterUserId: requester.userId,
    requesterAgency: requester.agency,
    requesterRoles: requester.roles,
    purposeOfUse,
    decidedAt: explanation.decidedAt,
    outcome: decision.allow ? 'DISCLOSED' : 'WITHHELD',
    rule: decision.rule,
    legalBasis: decision.legal_basis,
    toldToRequester: decision.reason || null,
    obligations: decision.obligations.map((obligation) => (obligation.text ? `${obligation.code}: ${obligation.text}` : obligation.code)),
    flaggedForReview: decision.review,
    policyRevision: explanation.policyRevision,
    category: explanation.classification.category,
    categoryTitle: explanation.classification.categoryTitle,
    fieldConfidentiality: explanation.classification.confidentiality,
    fieldSensitivity: explanation.classification.sensitivity,
    facts: explanation.facts,
    agreementClauses: explanation.agreementClauses,
    consents: explanation.consents,
    plainWords: explanation.plainWords,
  };
}

function badInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}
