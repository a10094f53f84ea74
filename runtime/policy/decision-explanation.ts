import type { Classification } from './classifications.ts';
import type { DisclosurePolicy } from './disclosure-policy.ts';
import type { Decision, ExplainedProblem, PolicyExplanation, PolicyRequester, YouthFacts } from './policy-input.ts';

/**
 * Why the policy in force would show or refuse one piece of information about one youth to one
 * person. Everything here is the policy's own answer (`csec/explanation/decisions_explained`): the
 * decision, the facts it read, and which agreement clauses and consents open the field and why
 * not. This module only puts that answer into words for a reader; it decides and judges nothing.
 */
export interface DecisionExplanation {
  youthId: string;
  field: string;
  requester: PolicyRequester;
  decidedAt: string;
  /** The county calendar date the decision was made on (Pacific time). */
  countyDate: string | null;
  decision: Decision;
  policyRevision: string;
  classification: Classification & { categoryTitle: string };
  facts: ExplainedFact[];
  agreementClauses: ClauseFinding[];
  consents: ConsentFinding[];
  /** The whole explanation in plain words, line by line. */
  plainWords: string[];
  /** The policy's answer as it gave it, for tools that read its structure (the access matrix). */
  policyExplanation: PolicyExplanation;
}

export interface ExplainedFact {
  name: string;
  finding: string;
}

export interface ClauseFinding {
  clause: string;
  legalBasis: string;
  opens: boolean;
  /** Why the clause does not open the field for this request; empty when it does. */
  problems: string[];
}

export interface ConsentFinding {
  consentId: string;
  form: string;
  signedBy: string;
  signedOn: string;
  expiresOn: string | null;
  revokedOn: string | null;
  applies: boolean;
  problems: string[];
}

export interface ExplanationRequest {
  youthId: string;
  facts: YouthFacts;
  field: string;
  classification: Classification;
  /** Who the decision is for; an emergency purpose is explained as asked with a stated reason. */
  requester: Omit<PolicyRequester, 'breakGlassReason'>;
  now: string;
}

/** The explanation cannot be given: no policy is in force, or it cannot explain. */
export class ExplanationUnavailableError extends Error {
  readonly code = 'EXPLANATION_UNAVAILABLE';
}

/**
 * Emergency purposes are decided only with a stated reason; an explanation of one states this,
 * so the explained decision is the one a person giving a reason would get.
 */
const EXPLAINED_EMERGENCY_REASON = 'Explanation of an emergency access decision.';

/** Asks the policy to decide one value and explain the decision, and puts its answer into words. */
export function explainDecision(policy: DisclosurePolicy, request: ExplanationRequest): DecisionExplanation {
  const vocabulary = policy.vocabulary;
  if (!vocabulary) throw new ExplanationUnavailableError('No disclosure policy is in force, so nothing can be explained.');
  const { youthId, facts, field, classification, now } = request;
  const requester: PolicyRequester = {
    ...request.requester,
    breakGlassReason: vocabulary.breakGlass.purposes.includes(request.requester.purposeOfUse) ? EXPLAINED_EMERGENCY_REASON : null,
  };
  const [explained] =
    policy.explain({ now, requester, youth: { [youthId]: facts }, coordinates: [{ youthId, field, ...classification }] }) ?? [];
  if (!explained) throw new ExplanationUnavailableError('The sharing policy in force cannot explain its decisions.');
  const words = {
    youthId,
    field,
    requester,
    decidedAt: now,
    countyDate: explained.county_date,
    decision: explained.decision,
    policyRevision: policy.revision,
    classification: { ...classification, categoryTitle: vocabulary.categories[classification.category]?.title ?? 'unknown category' },
    facts: factWords(explained, requester, classification.category),
    agreementClauses: explained.clauses.map((finding) => ({
      clause: finding.clause,
      legalBasis: finding.legal_basis,
      opens: finding.opens,
      problems: finding.problems.map(problemWords),
    })),
    consents: explained.consents.map((finding) => ({
      consentId: finding.id,
      form: finding.form,
      signedBy: finding.signed_by,
      signedOn: finding.signed_on,
      expiresOn: finding.expires_on,
      revokedOn: finding.revoked_on,
      applies: finding.applies,
      problems: finding.problems.map(problemWords),
    })),
    policyExplanation: explained,
  };
  return { ...words, plainWords: plainWords(words) };
}

/** A reason the policy gave, in words. */
export function problemWords(problem: ExplainedProblem): string {
  const list = (key: string) => ((problem[key] as unknown[] | undefined) ?? []).map(String).join(', ') || 'none';
  switch (problem.code) {
    case 'EMERGENCY_ACCESS':
      return 'not consulted under emergency access';
    case 'PART2_CONSENT_ONLY':
      return "42 CFR Part 2 records are opened only by the youth's consent, whatever an agreement says";
    case 'ROLE_NOT_NAMED':
      return `only for ${list('roles')}`;
    case 'AGENCY_NOT_NAMED':
      return `only for ${list('agencies')}`;
    case 'PURPOSE_NOT_NAMED':
      return `only for purposes ${list('purposes')}`;
    case 'CONDITIONS_UNMET':
      return `unmet: ${list('conditions')}`;
    case 'NOT_FOR_VERY_RESTRICTED':
      return 'the record is very restricted for this youth and the clause does not open very restricted records';
    case 'UNKNOWN_OBLIGATION':
      return 'it names an obligation the policy does not know';
    case 'UNKNOWN_FORM':
      return 'its form is not a form the policy knows';
    case 'NOT_YET_SIGNED':
      return `it is signed only on ${String(problem['on'])}`;
    case 'EXPIRED':
      return `it expired on ${String(problem['on'])}`;
    case 'REVOKED':
      return `it was revoked on ${String(problem['on'])}`;
    case 'CATEGORY_NOT_LISTED':
      return `it does not cover ${String(problem['category'])} (it covers ${list('listed')})`;
    case 'FORM_CANNOT_AUTHORIZE':
      return `its form cannot authorize ${String(problem['category'])}`;
    case 'PURPOSE_NOT_LISTED':
      return `it is for ${list('purposes')} only`;
    case 'FORM_NOT_FOR_PURPOSE':
      return `its form serves only ${list('purposes')}`;
    case 'RECIPIENT_ROLE_NOT_ALLOWED':
      return `its form opens records only to ${list('roles')}`;
    case 'RECIPIENT_NOT_NAMED': {
      const recipients = ((problem['recipients'] as Array<Record<string, string>> | undefined) ?? [])
        .map((recipient) => recipient['userId'] ?? recipient['role'] ?? recipient['agency'])
        .join(', ');
      return `it names ${recipients || 'no one'}, not this person (the form names recipients by ${list('recipients_by')})`;
    }
    case 'SIGNER_NOT_ALLOWED_BY_FORM':
      return `${String(problem['signed_by'])} may not sign this form`;
    case 'SIGNER_LACKS_AUTHORITY':
      return `${String(problem['signed_by'])}'s signature does not count: the youth was ${String(problem['age_at_signing'])} when it was signed and is ${String(problem['age_today'])} now; the youth alone signs from ${String(problem['youth_consents_from'])}`;
    case 'NOT_SIGNED_BY_YOUTH':
      return 'only the youth may authorize this (the youth consented to the care)';
    default:
      return problem.code;
  }
}

const yesNo = (value: boolean) => (value ? 'yes.' : 'no.');

function factWords(explained: PolicyExplanation, requester: PolicyRequester, category: string): ExplainedFact[] {
  const facts = explained.facts;
  const seat = facts.mdt_seats[0];
  return [
    {
      name: "Youth's age",
      finding: `${facts.age ?? 'unknown'} (born ${facts.birth_date ?? 'unknown'}); the youth alone consents for ${category} from ${facts.youth_consents_from ?? facts.adult_age}; adult at ${facts.adult_age}.`,
    },
    {
      name: 'MDT',
      finding: `${facts.mdt_status ?? 'none'}; ${requester.userId} ${seat ? `joined ${seat.joinedOn}${seat.leftOn ? `, left ${seat.leftOn}` : ''}` : 'has no seat'}: ${facts.active_member ? 'an active member today' : 'not an active member today'}.`,
    },
    {
      name: `Assigned worker in ${requester.agency}`,
      finding: `${facts.assigned_worker ?? 'none'}${facts.assigned_worker_is_requester ? ' (the requester)' : ''}.`,
    },
    ...(facts.proceedings.length === 0
      ? [{ name: 'Proceedings about the youth (juvenile court)', finding: `${requester.userId} takes part in none.` }]
      : facts.proceedings.map((participation) => ({
          name: `Proceeding ${participation.proceedingId} (${participation.kind})`,
          finding: `${participation.userId} ${participation.role} from ${participation.from}${participation.until ? ` until ${participation.until}` : ''}: ${participation.counts && participation.in_force ? 'actively participating today' : participation.counts ? 'not in force today' : 'a role that does not count as participating'}.`,
        }))),
    ...(facts.court_orders.length === 0
      ? [{ name: 'W&IC 827 orders (juvenile court)', finding: `none names ${requester.userId} or ${requester.agency}.` }]
      : facts.court_orders.map((order) => ({
          name: `W&IC 827 order ${order.id}`,
          finding: `names ${order.recipient.userId ?? order.recipient.agency ?? 'no one'} for ${order.categories.join(', ')}, ${order.grantedOn} to ${order.expiresOn}: ${order.in_force ? 'in force today' : 'not in force today'}.`,
        }))),
    ...(facts.investigations.length === 0
      ? [{ name: 'Investigations (W&IC 18961.7)', finding: 'none.' }]
      : facts.investigations.map((report) => ({
          name: `Investigation ${report.id}`,
          finding: `reported ${report.reportedOn}, window until ${report.window_until ?? 'unknown'}${report.goodCauseExtendedUntil ? ' (good cause)' : ''}: ${report.open ? 'open' : 'closed'} today.`,
        }))),
    { name: 'Youth missing', finding: yesNo(facts.missing) },
    { name: 'Exploiter is a threat', finding: yesNo(facts.exploiter_is_threat) },
    { name: 'Delinquency matter adjudicated', finding: facts.adjudicated === null ? 'not gathered.' : yesNo(facts.adjudicated) },
    {
      name: 'Conditions',
      finding: `${explained.conditions.map((entry) => `${entry.condition} ${entry.holds ? 'holds' : 'does not hold'}`).join('; ')}.`,
    },
  ];
}

type ExplanationWords = Omit<DecisionExplanation, 'plainWords'>;

function plainWords(explained: ExplanationWords): string[] {
  const { decision, requester, classification, policyExplanation } = explained;
  const emergency = policyExplanation.break_glass;
  return [
    `${decision.allow ? 'ALLOWED' : 'WITHHELD'}: ${explained.field} of youth ${explained.youthId} to ${requester.userId} (${requester.roles.join(', ')}, ${requester.agency}) for ${requester.purposeOfUse}.`,
    `Rule that decided: ${decision.rule}`,
    `Legal basis: ${decision.legal_basis}`,
    `Told to the requester: ${decision.reason || '(nothing: the value leaves no trace)'}`,
    `Obligations: ${decision.obligations.length === 0 ? 'none' : ''}`,
    ...decision.obligations.map((obligation) => `  ${obligation.kind} ${obligation.code}${obligation.text ? `: ${obligation.text}` : ''}`),
    ...(decision.review ? ['Flagged for review (emergency access).'] : []),
    `Policy revision: ${explained.policyRevision}; decided as of ${explained.decidedAt} (county date ${explained.countyDate ?? 'unknown'}).`,
    '',
    'Categories deciding the field (each must be opened):',
    ...policyExplanation.gates.map(
      (gate) =>
        `  ${gate.category} (${gate.title}; ${gate.legal_basis}): ${gate.opened_by.length === 0 ? 'no rule opens it' : `opened by ${gate.opened_by.join(', ')}`}.`,
    ),
    'Facts the decision depended on:',
    ...explained.facts.map((fact) => `  ${fact.name}: ${fact.finding}`),
    ...(emergency
      ? [
          '  Emergency access: only the emergency set opens fields, each only if every field on its path from Query.youth is open',
          '  too, and every decision is flagged for review.',
          `    Reason stated: ${emergency.reason_stated ? 'yes' : 'no'}; ${requester.roles.join(', ')} ${emergency.role_may_break_the_glass ? 'may' : 'may not'} break the glass${emergency.stricter_label ? '; a label of a stricter category keeps the field closed' : ''}.`,
          ...(emergency.entries.length === 0
            ? [`    No entry of the emergency set lists ${explained.field}: emergency access withholds it.`]
            : emergency.entries.map(
                (entry) =>
                  `    ${entry.id} (${entry.legal_basis}) lists ${explained.field}${entry.unmet_conditions.length === 0 ? ': opens it' : `; unmet: ${entry.unmet_conditions.join(', ')}`}.`,
              )),
        ]
      : []),
    `  Agreement clauses for ${classification.category}:`,
    ...(explained.agreementClauses.length === 0
      ? [`    No agreement clause names ${classification.category}.`]
      : explained.agreementClauses.map(
          (finding) => `    ${finding.clause} (${finding.legalBasis}): ${finding.opens ? 'opens it' : finding.problems.join('; ')}.`,
        )),
    `  Consents considered for ${classification.category}:`,
    ...(explained.consents.length === 0
      ? ['    No consent or authorization is on file.']
      : explained.consents.map((finding) => {
          const summary = `    ${finding.consentId} (${finding.form}, signed by ${finding.signedBy} on ${finding.signedOn}${finding.expiresOn ? `, expires ${finding.expiresOn}` : ''}${finding.revokedOn ? `, revoked ${finding.revokedOn}` : ''})`;
          return finding.applies ? `${summary}: applies.` : `${summary}: does not apply: ${finding.problems.join('; ')}.`;
        })),
  ];
}
