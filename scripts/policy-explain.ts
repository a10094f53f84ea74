import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { classificationsFromSdl } from '../runtime/policy/classifications.ts';
import { explainDecision, type DecisionExplanation } from '../runtime/policy/decision-explanation.ts';
import type { YouthFacts } from '../runtime/policy/policy-input.ts';
import { readScenarioFile, type Scenario } from '../scenario/load-scenario.ts';
import { buildPolicyBundle } from './lib/policy-bundle.ts';
import { PolicyToolkitError, loadBundle } from './lib/policy-space.ts';

/**
 * `npm run policy:explain -- --user <id> --youth <id> --field <Type.field> [--purpose <code>]
 * [--scenario <file>] [--now <RFC 3339>]`: decides one value with the compiled policy, from the facts
 * the gateway would gather for that youth in the scenario, and says in plain words why.
 */

const REPOSITORY_ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_SCENARIO = join(REPOSITORY_ROOT, '.data/default-scenario.json');
const DEFAULT_PURPOSE = 'CSEC-MDT';

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
 * The facts about one youth the gateway gathers (gateway/src/facts/youth-facts-client.ts), read
 * from the scenario instead of the agencies: the CSEC program's MDT, consents, investigations,
 * safety plan and links; the assigned social worker from child welfare; the assigned officer and
 * adjudication (of petitions neither sealed nor vacated) from probation; the proceedings and W&IC 827
 * orders from the juvenile court, of the party the youth is linked to there.
 */
export function youthFactsFromScenario(scenario: Scenario, youthId: string): YouthFacts {
  const youth = scenario.csec.youth.find((candidate) => candidate.id === youthId);
  if (!youth) throw new PolicyToolkitError('UNKNOWN_YOUTH', `No youth "${youthId}" in the scenario.`);
  const link = (agency: string) => youth.links.find((candidate) => candidate.agency === agency)?.identifier;
  const client = scenario.childWelfare.clients.find((candidate) => candidate.clientId === link('CHILD_WELFARE'));
  const juvenile = scenario.probation.juveniles.find((candidate) => candidate.probationNumber === link('PROBATION'));
  const courtParty = scenario.juvenileCourt.parties.find((candidate) => candidate.courtPartyNumber === link('JUVENILE_COURT'));
  const assignedWorkers: Record<string, string> = {};
  if (client?.assignedSocialWorkerUserId) assignedWorkers['CHILD_WELFARE'] = client.assignedSocialWorkerUserId;
  if (juvenile?.assignedOfficerUserId) assignedWorkers['PROBATION'] = juvenile.assignedOfficerUserId;
  const members = (youth.mdt?.members ?? []).map((member) => ({
    userId: member.userId,
    joinedOn: member.joinedOn,
    leftOn: member.leftOn ?? null,
  }));
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
    // Every participation of the scenario: the policy reads only the requester's, in force today.
    proceedingParticipations: (courtParty?.proceedings ?? []).flatMap((proceeding) =>
      proceeding.participants.map((participant) => ({
        proceedingId: proceeding.id,
        kind: proceeding.kind,
        userId: participant.userId,
        role: participant.role,
        from: participant.from,
        until: participant.until ?? null,
      })),
    ),
    exploiterIsThreat: youth.safetyPlan?.exploiterIsThreat ?? false,
    missing: Boolean(youth.missingSince),
    adjudicated: (juvenile?.petitions ?? []).some((petition) => petition.adjudicatedOn && !petition.sealed && !petition.vacated),
    // Every order of the scenario: the policy reads only those naming the requester or their agency.
    courtOrders: (courtParty?.inspectionOrders ?? []).map((order) => ({
      id: order.orderNumber,
      recipient:
        order.authorized.userId === undefined ? { agency: order.authorized.agency as string } : { userId: order.authorized.userId },
      categories: order.categories,
      grantedOn: order.grantedOn,
      expiresOn: order.expiresOn,
    })),
  };
}

/** Decides one value with the compiled policy, as the gateway would for the scenario, and explains it. */
export async function explainFromScenario(options: ExplainOptions): Promise<DecisionExplanation> {
  const scenario = await readScenarioFile(options.scenario);
  const user = scenario.users.find((candidate) => candidate.id === options.user);
  if (!user) throw new PolicyToolkitError('UNKNOWN_USER', `No user "${options.user}" in the scenario.`);
  const facts = youthFactsFromScenario(scenario, options.youth);
  const classifications = classificationsFromSdl(await readFile(join(REPOSITORY_ROOT, 'schema/supergraph.graphql'), 'utf8'));
  const classification = classifications.get(options.field);
  if (!classification) {
    throw new PolicyToolkitError('UNKNOWN_FIELD', `"${options.field}" is not a classified Type.field of schema/supergraph.graphql.`);
  }
  const workDir = await mkdtemp(join(tmpdir(), 'policy-explain-'));
  try {
    const bundlePath = join(workDir, 'policy-bundle.tar.gz');
    await buildPolicyBundle(bundlePath);
    const { policy, vocabulary } = await loadBundle(bundlePath);
    if (!vocabulary.purposes.includes(options.purpose)) {
      throw new PolicyToolkitError('UNKNOWN_PURPOSE', `"${options.purpose}" is not a purpose of use (${vocabulary.purposes.join(', ')}).`);
    }
    const requester = { userId: user.id, agency: user.agency, roles: user.roles, purposeOfUse: options.purpose };
    return explainDecision(policy, { youthId: options.youth, facts, field: options.field, classification, requester, now: options.now });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
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
    const explanation = await explainFromScenario(options);
    console.log(explanation.plainWords.join('\n'));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = error instanceof PolicyToolkitError || (error as { code?: string }).code === 'INVALID_SCENARIO' ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
