import { addDays, ageOn, countyDate } from '../calendar.ts';
import type { Classification } from './classifications.ts';
import type { DisclosurePolicy } from './disclosure-policy.ts';
import type { Decision, PolicyRequester, ProceedingParticipation, YouthFacts } from './policy-input.ts';
import type { PolicyVocabulary } from './policy-vocabulary.ts';

/**
 * Why the policy in force would show or refuse one piece of information about one youth to one
 * person: the decision itself (evaluated by the compiled policy, never re-derived), and, in the
 * policy's own words, the facts it depended on: the field's classification, the youth's age, MDT
 * seat, assignment, investigations, and which agreement clauses and consents could have opened it.
 * The findings restate the policy's data for a reader; the decision is always the policy's.
 */
export interface DecisionExplanation {
  youthId: string;
  field: string;
  requester: PolicyRequester;
  decidedAt: string;
  /** The county calendar date the decision was made on (Pacific time). */
  countyDate: string;
  decision: Decision;
  policyRevision: string;
  classification: Classification & { categoryTitle: string };
  facts: ExplainedFact[];
  agreementClauses: ClauseFinding[];
  consents: ConsentFinding[];
  /** The whole explanation in plain words, line by line. */
  plainWords: string[];
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

/** The explanation cannot be given: the policy in force has no vocabulary to explain with. */
export class ExplanationUnavailableError extends Error {
  readonly code = 'EXPLANATION_UNAVAILABLE';
}

/**
 * Emergency purposes are decided only with a stated reason; an explanation of one states this,
 * so the explained decision is the one a person giving a reason would get.
 */
const EXPLAINED_EMERGENCY_REASON = 'Explanation of an emergency access decision.';

/** Decides one value with the policy and explains the decision. */
export function explainDecision(policy: DisclosurePolicy, request: ExplanationRequest): DecisionExplanation {
  const vocabulary = policy.vocabulary;
  if (!vocabulary) throw new ExplanationUnavailableError('No disclosure policy is in force, so nothing can be explained.');
  const { youthId, facts, field, classification, now } = request;
  const requester: PolicyRequester = {
    ...request.requester,
    breakGlassReason: vocabulary.breakGlass.purposes.includes(request.requester.purposeOfUse) ? EXPLAINED_EMERGENCY_REASON : null,
  };
  const [decision] = policy.decide({ now, requester, youth: { [youthId]: facts }, coordinates: [{ youthId, field, ...classification }] }) as [Decision];
  const today = countyDate(now);
  const category = classification.category;
  const agreementClauses = clauseFindings(facts, category, requester, today, vocabulary);
  const consents = consentFindings(facts, category, requester, today, vocabulary);
  const explained: ExplainedFacts = {
    youthId,
    field,
    requester,
    decidedAt: now,
    countyDate: today,
    decision,
    policyRevision: policy.revision,
    classification: { ...classification, categoryTitle: vocabulary.categories[category]?.title ?? 'unknown category' },
    facts: factFindings(facts, category, requester, today, vocabulary),
    agreementClauses,
    consents,
  };
  const emergency = vocabulary.breakGlass.purposes.includes(requester.purposeOfUse)
    ? emergencyFindings(facts, field, requester, today, vocabulary)
    : undefined;
  return { ...explained, plainWords: plainWords(explained, emergency) };
}

/**
 * Under emergency access the agreement clauses and consents are not consulted: only the emergency
 * set (policies/csec/break_glass/data.yaml) opens anything, field by field.
 */
function emergencyFindings(facts: YouthFacts, field: string, requester: PolicyRequester, today: string, vocabulary: PolicyVocabulary): string[] {
  const { breakGlass } = vocabulary;
  const lines = [
    '  Emergency access: agreement clauses and consents are not consulted; only the emergency set opens fields, each',
    '  only if every field on its path from Query.youth is open too, and every decision is flagged for review.',
  ];
  if (!requester.roles.some((role) => breakGlass.roles.includes(role))) lines.push(`    ${requester.roles.join(', ')} may not break the glass.`);
  const entries = breakGlass.opens.filter((entry) => entry.fields.includes(field));
  if (entries.length === 0) lines.push(`    No entry of the emergency set lists ${field}: emergency access withholds it.`);
  for (const entry of entries) {
    const unmet = (entry.conditions ?? []).filter((condition) => !conditionHolds(condition, facts, requester, today, vocabulary));
    lines.push(`    ${entry.id} (${entry.legal_basis}) lists ${field}${unmet.length === 0 ? ': opens it' : `; unmet: ${unmet.join(', ')}`}.`);
  }
  return lines;
}

type ExplainedFacts = Omit<DecisionExplanation, 'plainWords'>;

function plainWords(explained: ExplainedFacts, emergency?: string[]): string[] {
  const { decision, requester, classification } = explained;
  return [
    `${decision.allow ? 'ALLOWED' : 'WITHHELD'}: ${explained.field} of youth ${explained.youthId} to ${requester.userId} (${requester.roles.join(', ')}, ${requester.agency}) for ${requester.purposeOfUse}.`,
    `Rule that decided: ${decision.rule}`,
    `Legal basis: ${decision.legal_basis}`,
    `Told to the requester: ${decision.allow ? decision.reason : decision.reason || '(nothing: the value leaves no trace)'}`,
    `Obligations: ${decision.obligations.length === 0 ? 'none' : ''}`,
    ...decision.obligations.map((obligation) => `  ${obligation.kind} ${obligation.code}${obligation.text ? `: ${obligation.text}` : ''}`),
    ...(decision.review ? ['Flagged for review (emergency access).'] : []),
    `Policy revision: ${explained.policyRevision}; decided as of ${explained.decidedAt} (county date ${explained.countyDate}).`,
    '',
    'Facts the decision depended on:',
    ...explained.facts.map((fact) => `  ${fact.name}: ${fact.finding}`),
    ...(emergency ?? []),
    `  Agreement clauses for ${classification.category}${emergency ? ' (not consulted under emergency access)' : ''}:`,
    ...(classification.category === 'SUBSTANCE_USE' ? ["  (none can open 42 CFR Part 2 records, whatever they say; only the youth's consent can)"] : []),
    ...(explained.agreementClauses.length === 0
      ? [`    No agreement clause opens ${classification.category}.`]
      : explained.agreementClauses.map(
          (finding) => `    ${finding.clause} (${finding.legalBasis}): ${finding.opens ? 'opens it' : finding.problems.join('; ')}.`,
        )),
    `  Consents considered for ${classification.category}${emergency ? ' (not consulted under emergency access)' : ''}:`,
    ...(explained.consents.length === 0
      ? ['    No consent or authorization is on file.']
      : explained.consents.map((finding) => {
          const summary = `    ${finding.consentId} (${finding.form}, signed by ${finding.signedBy} on ${finding.signedOn}${finding.expiresOn ? `, expires ${finding.expiresOn}` : ''}${finding.revokedOn ? `, revoked ${finding.revokedOn}` : ''})`;
          return finding.applies ? `${summary}: applies.` : `${summary}: does not apply: ${finding.problems.join('; ')}.`;
        })),
  ];
}

function factFindings(facts: YouthFacts, category: string, requester: PolicyRequester, today: string, vocabulary: PolicyVocabulary): ExplainedFact[] {
  const seat = facts.mdt?.members.find((member) => member.userId === requester.userId);
  const assigned = facts.assignedWorkers[requester.agency];
  return [
    {
      name: "Youth's age",
      finding: `${ageOn(facts.birthDate, today)} (born ${facts.birthDate}); the youth alone consents for ${category} from ${vocabulary.minorConsent[category]?.min_age ?? vocabulary.adultAge}; adult at ${vocabulary.adultAge}.`,
    },
    {
      name: 'MDT',
      finding: `${facts.mdt ? facts.mdt.status : 'none'}; ${requester.userId} ${seat ? `joined ${seat.joinedOn}${seat.leftOn ? `, left ${seat.leftOn}` : ''}` : 'has no seat'}: ${isActiveMember(facts, requester.userId, today) ? 'an active member today' : 'not an active member today'}.`,
    },
    { name: `Assigned worker in ${requester.agency}`, finding: `${assigned ?? 'none'}${assigned === requester.userId ? ' (the requester)' : ''}.` },
    ...(facts.proceedingParticipations.length === 0
      ? [{ name: 'Proceedings about the youth (juvenile court)', finding: `${requester.userId} takes part in none.` }]
      : facts.proceedingParticipations.map((participation) => ({
          name: `Proceeding ${participation.proceedingId} (${participation.kind})`,
          finding: `${participation.userId} ${participation.role} from ${participation.from}${participation.until ? ` until ${participation.until}` : ''}: ${participates(participation, requester.userId, today, vocabulary) ? 'actively participating today' : 'not actively participating today'}.`,
        }))),
    ...(facts.investigations.length === 0
      ? [{ name: 'Investigations (W&IC 18961.7)', finding: 'none.' }]
      : facts.investigations.map((report) => ({
          name: `Investigation ${report.id}`,
          finding: `reported ${report.reportedOn}, window until ${windowEnd(report, vocabulary)}${report.goodCauseExtendedUntil ? ' (good cause)' : ''}: ${windowOpen(report, today, vocabulary) ? 'open' : 'closed'} today.`,
        }))),
    { name: 'Youth missing', finding: facts.missing ? 'yes.' : 'no.' },
    { name: 'Exploiter is a threat', finding: facts.exploiterIsThreat ? 'yes.' : 'no.' },
    { name: 'Delinquency matter adjudicated', finding: facts.adjudicated === undefined ? 'not gathered.' : facts.adjudicated ? 'yes.' : 'no.' },
  ];
}

/** A condition of policies/csec/agreements/conditions.rego, as the policy reads it. */
function conditionHolds(condition: string, facts: YouthFacts, requester: PolicyRequester, today: string, vocabulary: PolicyVocabulary): boolean {
  const holds: Record<string, () => boolean> = {
    ACTIVE_MDT_MEMBER: () => isActiveMember(facts, requester.userId, today),
    ASSIGNED_WORKER: () => facts.assignedWorkers[requester.agency] === requester.userId,
    LAW_ENFORCEMENT_ACTIVE_MATTER: () =>
      isInProceedings(facts, requester.userId, today, vocabulary) || facts.investigations.some((report) => windowOpen(report, today, vocabulary)),
    YOUTH_MISSING: () => facts.missing,
    BEFORE_ADJUDICATION: () => facts.adjudicated === false,
  };
  return holds[condition]?.() ?? false;
}

function clauseFindings(facts: YouthFacts, category: string, requester: PolicyRequester, today: string, vocabulary: PolicyVocabulary): ClauseFinding[] {
  return vocabulary.clauses
    .filter((clause) => clause.categories.includes(category))
    .map((clause) => {
      const problems: string[] = [];
      if (!clause.roles.some((role) => requester.roles.includes(role))) problems.push(`not for ${requester.roles.join(', ')}`);
      if (clause.agencies && !clause.agencies.includes(requester.agency)) problems.push(`only for ${clause.agencies.join(', ')}`);
      if (!clause.purposes.includes(requester.purposeOfUse)) problems.push(`not for purpose ${requester.purposeOfUse}`);
      const unmet = clause.conditions.filter((condition) => !conditionHolds(condition, facts, requester, today, vocabulary));
      if (unmet.length > 0) problems.push(`unmet: ${unmet.join(', ')}`);
      return { clause: clause.id, legalBasis: clause.legal_basis, opens: problems.length === 0, problems };
    });
}

/** Whether each consent on file opens the category for the requester today, and why not. */
export function consentFindings(facts: YouthFacts, category: string, requester: PolicyRequester, today: string, vocabulary: PolicyVocabulary): ConsentFinding[] {
  return facts.consents.map((consent) => {
    const problems: string[] = [];
    const form = vocabulary.forms[consent.form];
    if (!form) problems.push(`its form ${consent.form} is not a form the policy knows`);
    if (consent.signedOn > today) problems.push(`it is signed only on ${consent.signedOn}`);
    if (consent.expiresOn && consent.expiresOn <= today) problems.push(`it expired on ${consent.expiresOn}`);
    if (consent.revokedOn && consent.revokedOn <= today) problems.push(`it was revoked on ${consent.revokedOn}`);
    if (!consent.categories.includes(category)) problems.push(`it does not cover ${category} (it covers ${consent.categories.join(', ') || 'nothing'})`);
    else if (form && !form.categories.includes(category)) problems.push(`a ${consent.form} cannot authorize ${category}`);
    if (!consent.purposes.includes(requester.purposeOfUse)) problems.push(`it is for ${consent.purposes.join(', ')}, not ${requester.purposeOfUse}`);
    const names = consent.recipients.some(
      (recipient) =>
        (form?.recipients_by.includes('userId') && recipient.userId === requester.userId) ||
        (form?.recipients_by.includes('role') && recipient.role !== undefined && requester.roles.includes(recipient.role)) ||
        (form?.recipients_by.includes('agency') && recipient.agency === requester.agency),
    );
    if (!names) {
      const named = consent.recipients.map((recipient) => recipient.userId ?? recipient.role ?? recipient.agency).join(', ');
      problems.push(`it names ${named}, not this requester${form ? ` (the form names recipients by ${form.recipients_by.join(', ')})` : ''}`);
    }
    if (form && !form.signers.includes(consent.signedBy)) problems.push(`${consent.signedBy} may not sign a ${consent.form}`);
    const youthAge = vocabulary.minorConsent[category]?.min_age ?? vocabulary.adultAge;
    const ageToday = ageOn(facts.birthDate, today);
    if (consent.signedBy === 'YOUTH') {
      const atSigning = ageOn(facts.birthDate, consent.signedOn);
      if (atSigning < youthAge) problems.push(`the youth was ${atSigning} when signing; the youth signs for ${category} from ${youthAge}`);
    } else if (consent.signedBy === 'PARENT_OR_GUARDIAN' && (ageToday >= vocabulary.adultAge || ageToday >= youthAge)) {
      problems.push(`a parent's signature no longer counts for ${category}: the youth is ${ageToday}`);
    } else if (consent.signedBy === 'EDUCATION_RIGHTS_HOLDER' && ageToday >= vocabulary.adultAge) {
      problems.push(`the education rights holder's release no longer counts: the youth is ${ageToday}`);
    }
    return {
      consentId: consent.id,
      form: consent.form,
      signedBy: consent.signedBy,
      signedOn: consent.signedOn,
      expiresOn: consent.expiresOn,
      revokedOn: consent.revokedOn,
      applies: problems.length === 0,
      problems,
    };
  });
}

export function isActiveMember(facts: YouthFacts, userId: string, today: string): boolean {
  return (
    facts.mdt?.status === 'OPEN' &&
    facts.mdt.members.some((member) => member.userId === userId && member.joinedOn <= today && !(member.leftOn && member.leftOn <= today))
  );
}

/** W&IC 827(a)(1)(E): a participation of a counting role, in force today (policies/csec/law_enforcement). */
function participates(participation: ProceedingParticipation, userId: string, today: string, vocabulary: PolicyVocabulary): boolean {
  return (
    participation.userId === userId &&
    vocabulary.participatingRoles.includes(participation.role) &&
    participation.from <= today &&
    (participation.until === null || today <= participation.until)
  );
}

export function isInProceedings(facts: YouthFacts, userId: string, today: string, vocabulary: PolicyVocabulary): boolean {
  return facts.proceedingParticipations.some((participation) => participates(participation, userId, today, vocabulary));
}

function windowEnd(report: YouthFacts['investigations'][number], vocabulary: PolicyVocabulary): string {
  const standard = addDays(report.reportedOn, vocabulary.investigationWindowDays);
  return report.goodCauseExtendedUntil && report.goodCauseExtendedUntil > standard ? report.goodCauseExtendedUntil : standard;
}

export function windowOpen(report: YouthFacts['investigations'][number], today: string, vocabulary: PolicyVocabulary): boolean {
  return report.reportedOn <= today && today <= windowEnd(report, vocabulary);
}
