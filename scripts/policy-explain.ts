import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { classificationsFromSdl, type Classification } from '../runtime/policy/classifications.ts';
import type { Decision, PolicyInput, PolicyRequester, YouthFacts } from '../runtime/policy/policy-input.ts';
import { readScenarioFile, type Scenario } from '../scenario/load-scenario.ts';
import { buildPolicyBundle } from './lib/policy-bundle.ts';
import { PolicyToolkitError, loadBundle, readPolicyVocabulary, type PolicyVocabulary } from './lib/policy-space.ts';

/**
 * `npm run policy:explain -- --user <id> --youth <id> --field <Type.field> [--purpose <code>]
 * [--scenario <file>] [--now <RFC 3339>]`: decides one value with the compiled policy, from the facts
 * the gateway would gather for that youth in the scenario, and says in plain words why.
 */

const REPOSITORY_ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_SCENARIO = join(REPOSITORY_ROOT, '.data/default-scenario.json');
const DEFAULT_PURPOSE = 'CSEC-MDT';
const COUNTY_TIME_ZONE = 'America/Los_Angeles';

export interface ExplainOptions {
  user: string;
  youth: string;
  field: string;
  purpose: string;
  scenario: string;
  now: string;
}

export function readExplainArguments(args: readonly string[]): ExplainOptions {
  const values: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 2) {
    const name = args[index];
    const value = args[index + 1];
    if (!name?.startsWith('--') || value === undefined || value.startsWith('--')) throw usage(`"${name ?? ''}" needs a value.`);
    const key = name.slice(2);
    if (!['user', 'youth', 'field', 'purpose', 'scenario', 'now'].includes(key)) throw usage(`unknown option ${name}.`);
    values[key] = value;
  }
  for (const required of ['user', 'youth', 'field']) if (!values[required]) throw usage(`--${required} is required.`);
  const now = values['now'] ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(now))) throw usage('--now must be an RFC 3339 date-time.');
  return {
    user: values['user'] as string,
    youth: values['youth'] as string,
    field: values['field'] as string,
    purpose: values['purpose'] ?? DEFAULT_PURPOSE,
    scenario: resolve(values['scenario'] ?? DEFAULT_SCENARIO),
    now,
  };
}

function usage(problem: string): PolicyToolkitError {
  return new PolicyToolkitError(
    'BAD_ARGUMENTS',
    `${problem}\nUsage: npm run policy:explain -- --user <id> --youth <id> --field <Type.field> [--purpose <code>] [--scenario <file>] [--now <date-time>]`,
  );
}

/**
 * The facts about one youth the gateway gathers (gateway/src/policy/youth-facts-client.ts), read
 * from the scenario instead of the agencies: the CSEC program's MDT, consents, investigations,
 * safety plan and links; the assigned social worker from child welfare; the assigned officer and
 * adjudication (of petitions neither sealed nor vacated) from probation.
 */
export function youthFactsFromScenario(scenario: Scenario, youthId: string): YouthFacts {
  const youth = scenario.csec.youth.find((candidate) => candidate.id === youthId);
  if (!youth) throw new PolicyToolkitError('UNKNOWN_YOUTH', `No youth "${youthId}" in the scenario.`);
  const users = new Map(scenario.users.map((user) => [user.id, user]));
  const link = (agency: string) => youth.links.find((candidate) => candidate.agency === agency)?.identifier;
  const client = scenario.childWelfare.clients.find((candidate) => candidate.clientId === link('CHILD_WELFARE'));
  const juvenile = scenario.probation.juveniles.find((candidate) => candidate.probationNumber === link('PROBATION'));
  const assignedWorkers: Record<string, string> = {};
  if (client?.assignedSocialWorkerUserId) assignedWorkers['CHILD_WELFARE'] = client.assignedSocialWorkerUserId;
  if (juvenile?.assignedOfficerUserId) assignedWorkers['PROBATION'] = juvenile.assignedOfficerUserId;
  const members = (youth.mdt?.members ?? []).map((member) => ({ userId: member.userId, joinedOn: member.joinedOn, leftOn: member.leftOn ?? null }));
  const lawEnforcementInProceedings =
    youth.mdt?.status === 'OPEN'
      ? [...new Set(members.filter((member) => member.leftOn === null && users.get(member.userId)?.roles.includes('LAW_ENFORCEMENT_OFFICER')).map((member) => member.userId))]
      : [];
  return {
    birthDate: youth.birthDate,
    mdt: youth.mdt ? { status: youth.mdt.status, members } : null,
    assignedWorkers,
    consents: (youth.consents ?? []).map((consent) => ({
      id: consent.id,
      form: consent.form,
      categories: consent.categories,
      recipients: consent.recipients,
      purposes: consent.purposes,
      signedBy: consent.signedBy,
      signedOn: consent.signedOn,
      youthAgeAtSigning: consent.youthAgeAtSigning,
      expiresOn: consent.expiresOn ?? null,
      revokedOn: consent.revokedOn ?? null,
    })),
    investigations: (youth.investigations ?? []).map((report) => ({
      id: report.id,
      reportedOn: report.reportedOn,
      goodCauseExtendedUntil: report.goodCauseExtendedUntil ?? null,
    })),
    lawEnforcementInProceedings,
    exploiterIsThreat: youth.safetyPlan?.exploiterIsThreat ?? false,
    missing: Boolean(youth.missingSince),
    adjudicated: (juvenile?.petitions ?? []).some((petition) => petition.adjudicatedOn && !petition.sealed && !petition.vacated),
  };
}

// --- Calendar (the policy's own rules, in words) ---------------------------------------------------

/** The county calendar date of an instant (Pacific time). */
export function countyDate(now: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: COUNTY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
}

function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

// --- Explanation ---------------------------------------------------------------------------------

export interface Explanation {
  decision: Decision;
  input: PolicyInput;
  lines: string[];
}

function consentNotes(facts: YouthFacts, category: string, requester: PolicyRequester, today: string, vocabulary: PolicyVocabulary): string[] {
  if (facts.consents.length === 0) return ['  No consent or authorization is on file.'];
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
    const summary = `    ${consent.id} (${consent.form}, signed by ${consent.signedBy} on ${consent.signedOn}${consent.expiresOn ? `, expires ${consent.expiresOn}` : ''}${consent.revokedOn ? `, revoked ${consent.revokedOn}` : ''})`;
    return problems.length === 0 ? `${summary}: applies.` : `${summary}: does not apply: ${problems.join('; ')}.`;
  });
}

function clauseNotes(facts: YouthFacts, category: string, requester: PolicyRequester, today: string, vocabulary: PolicyVocabulary): string[] {
  const isMember = isActiveMember(facts, requester.userId, today);
  const holds: Record<string, () => boolean> = {
    ACTIVE_MDT_MEMBER: () => isMember,
    ASSIGNED_WORKER: () => facts.assignedWorkers[requester.agency] === requester.userId,
    LAW_ENFORCEMENT_ACTIVE_MATTER: () =>
      facts.lawEnforcementInProceedings.includes(requester.userId) || facts.investigations.some((report) => windowOpen(report, today, vocabulary)),
    YOUTH_MISSING: () => facts.missing,
    BEFORE_ADJUDICATION: () => !facts.adjudicated,
  };
  const clauses = vocabulary.clauses.filter((clause) => clause.categories.includes(category));
  if (clauses.length === 0) return [`    No agreement clause opens ${category}.`];
  return clauses.map((clause) => {
    const problems: string[] = [];
    if (!clause.roles.some((role) => requester.roles.includes(role))) problems.push(`not for ${requester.roles.join(', ')}`);
    if (clause.agencies && !clause.agencies.includes(requester.agency)) problems.push(`only for ${clause.agencies.join(', ')}`);
    if (!clause.purposes.includes(requester.purposeOfUse)) problems.push(`not for purpose ${requester.purposeOfUse}`);
    const unmet = clause.conditions.filter((condition) => !(holds[condition]?.() ?? false));
    if (unmet.length > 0) problems.push(`unmet: ${unmet.join(', ')}`);
    return `    ${clause.id} (${clause.legal_basis}): ${problems.length === 0 ? 'opens it' : problems.join('; ')}.`;
  });
}

function isActiveMember(facts: YouthFacts, userId: string, today: string): boolean {
  return (
    facts.mdt?.status === 'OPEN' &&
    facts.mdt.members.some((member) => member.userId === userId && member.joinedOn <= today && !(member.leftOn && member.leftOn <= today))
  );
}

function windowEnd(report: YouthFacts['investigations'][number], vocabulary: PolicyVocabulary): string {
  const standard = addDays(report.reportedOn, vocabulary.investigationWindowDays);
  return report.goodCauseExtendedUntil && report.goodCauseExtendedUntil > standard ? report.goodCauseExtendedUntil : standard;
}

function windowOpen(report: YouthFacts['investigations'][number], today: string, vocabulary: PolicyVocabulary): boolean {
  return report.reportedOn <= today && today <= windowEnd(report, vocabulary);
}

/** Decides one value with the compiled policy and explains it. */
export async function explainDecision(options: ExplainOptions): Promise<Explanation> {
  const scenario = await readScenarioFile(options.scenario);
  const user = scenario.users.find((candidate) => candidate.id === options.user);
  if (!user) throw new PolicyToolkitError('UNKNOWN_USER', `No user "${options.user}" in the scenario.`);
  const facts = youthFactsFromScenario(scenario, options.youth);
  const classifications = classificationsFromSdl(await readFile(join(REPOSITORY_ROOT, 'schema/supergraph.graphql'), 'utf8'));
  const classification: Classification | undefined = classifications.get(options.field);
  if (!classification) {
    throw new PolicyToolkitError('UNKNOWN_FIELD', `"${options.field}" is not a classified Type.field of schema/supergraph.graphql.`);
  }
  const vocabulary = await readPolicyVocabulary(join(REPOSITORY_ROOT, 'policies'));
  if (!vocabulary.purposes.includes(options.purpose)) {
    throw new PolicyToolkitError('UNKNOWN_PURPOSE', `"${options.purpose}" is not a purpose of use (${vocabulary.purposes.join(', ')}).`);
  }
  const requester: PolicyRequester = {
    userId: user.id,
    agency: user.agency,
    roles: user.roles,
    purposeOfUse: options.purpose,
    breakGlassReason: vocabulary.breakGlass.purposes.includes(options.purpose) ? 'Explanation of an emergency access decision.' : null,
  };
  const input: PolicyInput = {
    now: options.now,
    requester,
    youth: { [options.youth]: facts },
    coordinates: [{ youthId: options.youth, field: options.field, ...classification }],
  };
  const workDir = await mkdtemp(join(tmpdir(), 'policy-explain-'));
  let decision: Decision;
  let revision: string;
  try {
    const bundlePath = join(workDir, 'policy-bundle.tar.gz');
    revision = (await buildPolicyBundle(bundlePath)).revision;
    decision = (await loadBundle(bundlePath)).decide(input)[0] as Decision;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }

  const today = countyDate(options.now);
  const age = ageOn(facts.birthDate, today);
  const category = classification.category;
  const seat = facts.mdt?.members.find((member) => member.userId === user.id);
  const lines = [
    `${decision.allow ? 'ALLOWED' : 'WITHHELD'}: ${options.field} of youth ${options.youth} to ${user.id} (${user.roles.join(', ')}, ${user.agency}) for ${options.purpose}.`,
    `Rule that decided: ${decision.rule}`,
    `Legal basis: ${decision.legal_basis}`,
    `Told to the requester: ${decision.allow ? decision.reason : decision.reason || '(nothing: the value leaves no trace)'}`,
    `Obligations: ${decision.obligations.length === 0 ? 'none' : ''}`,
    ...decision.obligations.map((obligation) => `  ${obligation.kind} ${obligation.code}${obligation.text ? `: ${obligation.text}` : ''}`),
    ...(decision.review ? ['Flagged for review (emergency access).'] : []),
    `Policy revision: ${revision}; decided as of ${options.now} (county date ${today}).`,
    '',
    'Facts the decision depended on:',
    `  Field classification: category ${category} (${vocabulary.categories[category]?.title ?? 'unknown category'}), confidentiality ${classification.confidentiality}, sensitivity ${classification.sensitivity.join(', ') || 'none'}.`,
    `  Youth's age today: ${age} (born ${facts.birthDate}); the youth alone consents for ${category} from ${vocabulary.minorConsent[category]?.min_age ?? vocabulary.adultAge}; adult at ${vocabulary.adultAge}.`,
    `  MDT: ${facts.mdt ? facts.mdt.status : 'none'}; ${user.id} ${seat ? `joined ${seat.joinedOn}${seat.leftOn ? `, left ${seat.leftOn}` : ''}` : 'has no seat'}: ${isActiveMember(facts, user.id, today) ? 'an active member today' : 'not an active member today'}.`,
    `  Assigned worker in ${user.agency}: ${facts.assignedWorkers[user.agency] ?? 'none'}${facts.assignedWorkers[user.agency] === user.id ? ' (the requester)' : ''}.`,
    `  Law enforcement in proceedings about the youth: ${facts.lawEnforcementInProceedings.join(', ') || 'none'}.`,
    ...(facts.investigations.length === 0
      ? ['  Investigations (W&IC 18961.7): none.']
      : facts.investigations.map((report) => {
          const until = windowEnd(report, vocabulary);
          return `  Investigation ${report.id}: reported ${report.reportedOn}, window until ${until}${report.goodCauseExtendedUntil ? ' (good cause)' : ''}: ${windowOpen(report, today, vocabulary) ? 'open' : 'closed'} today.`;
        })),
    `  Youth missing: ${facts.missing ? 'yes' : 'no'}. Exploiter is a threat: ${facts.exploiterIsThreat ? 'yes' : 'no'}. Delinquency matter adjudicated: ${facts.adjudicated ? 'yes' : 'no'}.`,
    `  Agreement clauses for ${category}:`,
    ...(category === 'SUBSTANCE_USE' ? ['  (none can open 42 CFR Part 2 records, whatever they say; only the youth\'s consent can)'] : []),
    ...clauseNotes(facts, category, requester, today, vocabulary),
    `  Consents considered for ${category}:`,
    ...consentNotes(facts, category, requester, today, vocabulary),
  ];
  return { decision, input, lines };
}

async function main(): Promise<void> {
  let options: ExplainOptions;
  try {
    options = readExplainArguments(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  try {
    const explanation = await explainDecision(options);
    console.log(explanation.lines.join('\n'));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = error instanceof PolicyToolkitError || (error as { code?: string }).code === 'INVALID_SCENARIO' ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
