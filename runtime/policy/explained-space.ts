import { spaceInputs, type EvaluatedCell, type PolicySpace } from './access-space.ts';
import { problemWords } from './decision-explanation.ts';
import type { DisclosurePolicy } from './disclosure-policy.ts';
import type { PolicyExplanation } from './policy-input.ts';

/** The policy in force cannot explain its decisions (no bundle, or one built without the entrypoint). */
export class SpaceUnexplainedError extends Error {
  readonly code = 'POLICY_CANNOT_EXPLAIN';
}

/**
 * Explains every cell of the access matrix's space with the policy's explanation entrypoint
 * (csec/explanation/decisions_explained), one evaluation per batch: the decision and its reasons
 * both come from the policy.
 */
export function explainSpace(policy: DisclosurePolicy, space: PolicySpace): EvaluatedCell[] {
  const evaluated: EvaluatedCell[] = [];
  for (const { cells, input } of spaceInputs(space)) {
    const explanations = policy.explain(input);
    if (!explanations) throw new SpaceUnexplainedError('The policy bundle cannot explain its decisions.');
    cells.forEach((cell, index) => {
      const explained = explanations[index] as PolicyExplanation;
      evaluated.push({ cell, decision: explained.decision, why: whyOf(explained) });
    });
  }
  return evaluated;
}

/**
 * One line for a cell: under emergency access the emergency set's entries; otherwise, for an
 * allowed cell the rules that opened each deciding category, for a withheld one every clause and
 * consent that names the requester's role and why it does not open the cell.
 */
function whyOf(explained: PolicyExplanation): string {
  const emergency = explained.break_glass;
  if (emergency) {
    if (!emergency.reason_stated) return 'no reason stated';
    if (!emergency.role_may_break_the_glass) return 'role may not break the glass';
    if (emergency.entries.length === 0) return 'not in the emergency set';
    return emergency.entries
      .map((entry) => `${entry.id}: ${entry.unmet_conditions.length === 0 ? 'opens' : `unmet ${entry.unmet_conditions.join(', ')}`}`)
      .join('; ');
  }
  if (explained.decision.allow) return explained.gates.map((gate) => `${gate.category} opened by ${gate.opened_by.join(', ')}`).join('; ');
  const relevant = explained.clauses.filter((finding) => !finding.problems.some((problem) => problem.code === 'ROLE_NOT_NAMED'));
  const clauses = relevant.map((finding) => `${finding.clause}: ${finding.problems.map(problemWords).join(', ')}`);
  const consents = explained.consents.map((finding) => `consent ${finding.id}: ${finding.problems.map(problemWords).join(', ')}`);
  return [...clauses, ...consents].join('; ') || 'no clause or consent for this role';
}
