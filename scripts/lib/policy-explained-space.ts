import { problemWords } from '../../runtime/policy/decision-explanation.ts';
import type { DisclosurePolicy } from '../../runtime/policy/disclosure-policy.ts';
import type { PolicyExplanation } from '../../runtime/policy/policy-input.ts';
import type { PolicyVocabulary } from '../../runtime/policy/policy-vocabulary.ts';
import { PROBED_AGES, PolicyToolkitError, situation, spaceInputs, type ConsentState, type EvaluatedCell, type PolicySpace, type Situation } from './policy-space.ts';

/**
 * The evaluation space read through the policy's own explanations (csec/explanation/decisions_explained):
 * every cell with its reasons, and the cell a real request falls in, judged by the facts as the policy
 * reads them.
 */

/**
 * Explains every cell of the space with the policy's explanation entrypoint, one call per batch:
 * the decision and its reasons both come from the policy.
 */
export function explainSpace(policy: DisclosurePolicy, space: PolicySpace): EvaluatedCell[] {
  const evaluated: EvaluatedCell[] = [];
  for (const { cells, input } of spaceInputs(space)) {
    const explanations = policy.explain(input);
    if (!explanations) throw new PolicyToolkitError('POLICY_CANNOT_EXPLAIN', 'The policy bundle cannot explain its decisions.');
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
    return emergency.entries.map((entry) => `${entry.id}: ${entry.unmet_conditions.length === 0 ? 'opens' : `unmet ${entry.unmet_conditions.join(', ')}`}`).join('; ');
  }
  if (explained.decision.allow) return explained.gates.map((gate) => `${gate.category} opened by ${gate.opened_by.join(', ')}`).join('; ');
  const relevant = explained.clauses.filter((finding) => !finding.problems.some((problem) => problem.code === 'ROLE_NOT_NAMED'));
  const clauses = relevant.map((finding) => `${finding.clause}: ${finding.problems.map(problemWords).join(', ')}`);
  const consents = explained.consents.map((finding) => `consent ${finding.id}: ${finding.problems.map(problemWords).join(', ')}`);
  return [...clauses, ...consents].join('; ') || 'no clause or consent for this role';
}

/**
 * The situation of the space a real request falls in: what the requester is to the youth and the
 * youth's situation, as the policy's own explanation of the request reads them. Undefined when the
 * facts have no counterpart in the space: a youth without an open team, an age the space does not
 * probe, or consents for the category other than one that fails only by its dates.
 */
export function situationOf(explained: PolicyExplanation, vocabulary: PolicyVocabulary): Situation | undefined {
  const facts = explained.facts;
  if (facts.mdt_status !== 'OPEN' || facts.age === null) return undefined;
  const age = probedAge(facts.age, vocabulary);
  const consent = consentStateOf(explained);
  if (age === undefined || consent === undefined) return undefined;
  return situation({
    member: facts.active_member,
    assigned: facts.assigned_worker_is_requester,
    age,
    consent,
    investigation: facts.investigations.length === 0 ? 'NONE' : facts.investigation_window_open ? 'OPEN' : 'CLOSED',
    inProceedings: facts.in_proceedings,
    missing: facts.missing,
    adjudicated: facts.adjudicated === true,
    exploiterThreat: facts.exploiter_is_threat,
    sealed: false,
  });
}

/** The probed age on the same side of every age the policy names (minor consent ages, adulthood). */
function probedAge(age: number, vocabulary: PolicyVocabulary): number | undefined {
  const thresholds = [...new Set([...Object.values(vocabulary.minorConsent).map((entry) => entry.min_age), vocabulary.adultAge])];
  const band = (value: number) => thresholds.filter((threshold) => value >= threshold).length;
  return PROBED_AGES.find((probe) => band(probe) === band(age));
}

/** Reasons a consent fails that the space probes as its consent state; emergency access consults none. */
const DATED: Record<string, ConsentState> = { REVOKED: 'REVOKED', EXPIRED: 'EXPIRED' };

/** The consent state of the space, from the policy's findings on the consents covering the category. */
function consentStateOf(explained: PolicyExplanation): ConsentState | undefined {
  const covering = explained.consents.filter((finding) => !finding.problems.some((problem) => problem.code === 'CATEGORY_NOT_LISTED'));
  if (covering.length === 0) return 'NONE';
  const [finding] = covering;
  if (covering.length > 1 || !finding) return undefined;
  const codes = finding.problems.map((problem) => problem.code).filter((code) => code !== 'EMERGENCY_ACCESS');
  if (codes.some((code) => !(code in DATED))) return undefined;
  return codes.includes('REVOKED') ? 'REVOKED' : codes.includes('EXPIRED') ? 'EXPIRED' : 'IN_FORCE';
}
