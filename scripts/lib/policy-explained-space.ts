import { PROBED_AGES, situation, type ConsentState, type CourtOrderState, type Situation } from '../../runtime/policy/access-space.ts';
import type { PolicyExplanation } from '../../runtime/policy/policy-input.ts';
import type { PolicyVocabulary } from '../../runtime/policy/policy-vocabulary.ts';

/**
 * The cell of the access matrix's space (runtime/policy/access-space.ts) a real request falls in,
 * judged by the facts as the policy's own explanation of the request reads them; the toolkit checks
 * the matrix against the running system with it.
 */

/**
 * The situation of the space a real request falls in: what the requester is to the youth and the
 * youth's situation, as the policy's own explanation of the request reads them. Undefined when the
 * facts have no counterpart in the space: a youth without an open team, an age the space does not
 * probe, consents for the category other than one that fails only by its dates, or W&IC 827 orders
 * listing it other than one in force or expired.
 */
export function situationOf(explained: PolicyExplanation, vocabulary: PolicyVocabulary): Situation | undefined {
  const facts = explained.facts;
  if (facts.mdt_status !== 'OPEN' || facts.age === null) return undefined;
  const age = probedAge(facts.age, vocabulary);
  const consent = consentStateOf(explained);
  const courtOrder = courtOrderStateOf(explained);
  if (age === undefined || consent === undefined || courtOrder === undefined) return undefined;
  return situation({
    member: facts.active_member,
    assigned: facts.assigned_worker_is_requester,
    age,
    consent,
    investigation: facts.investigations.length === 0 ? 'NONE' : facts.investigation_window_open ? 'OPEN' : 'CLOSED',
    inProceedings: facts.in_proceedings,
    courtOrder,
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

/**
 * The court order state of the space, from the orders naming the requester (or the requester's
 * agency) that list a category deciding the coordinate: none, one in force, or one that has expired.
 */
function courtOrderStateOf(explained: PolicyExplanation): CourtOrderState | undefined {
  const categories = new Set(explained.gates.map((gate) => gate.category));
  const listing = explained.facts.court_orders.filter((order) => order.categories.some((category) => categories.has(category)));
  const [order] = listing;
  if (!order) return 'NONE';
  if (listing.length > 1) return undefined;
  if (order.in_force) return 'IN_FORCE';
  return explained.county_date !== null && order.expiresOn < explained.county_date ? 'EXPIRED' : undefined;
}
