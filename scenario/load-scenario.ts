import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Scenario } from './__generated__/scenario-types.ts';

export type { Agency, Role, Scenario } from './__generated__/scenario-types.ts';

const SCHEMA_PATH = fileURLToPath(new URL('../schema/scenario.schema.json', import.meta.url));
const MAX_PROBLEMS_SHOWN = 20;

/** A scenario file that cannot be loaded; `problems` says where and why, one line each. */
export class ScenarioError extends Error {
  readonly code = 'INVALID_SCENARIO';
  readonly problems: string[];
  constructor(source: string, problems: string[]) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
    const more = problems.length > shown.length ? `\n  ... and ${problems.length - shown.length} more` : '';
    super(`The scenario ${source} cannot be loaded:\n  - ${shown.join('\n  - ')}${more}`);
    this.problems = problems;
  }
}

/** Reads and validates a scenario file; nothing is loaded anywhere unless it is entirely valid. */
export async function readScenarioFile(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ScenarioError(path, [`the file cannot be read (does it exist?)`]);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(path, [`it is not valid JSON: ${(error as Error).message}`]);
  }
  return validateScenario(document, path);
}

export async function validateScenario(document: unknown, source = 'document'): Promise<Scenario> {
  const validate = await schemaValidator();
  if (!validate(document)) {
    throw new ScenarioError(source, (validate.errors ?? []).map(describeSchemaError));
  }
  const scenario = document as Scenario;
  const problems = referentialProblems(scenario);
  if (problems.length > 0) throw new ScenarioError(source, problems);
  return scenario;
}

let compiled: ReturnType<Ajv2020['compile']> | undefined;

async function schemaValidator(): Promise<ReturnType<Ajv2020['compile']>> {
  if (compiled) return compiled;
  const schema = JSON.parse(await readFile(SCHEMA_PATH, 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const addFormats = addFormatsModule as unknown as (instance: Ajv2020) => void;
  addFormats(ajv);
  compiled = ajv.compile(schema);
  return compiled;
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the top level' : error.instancePath;
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown property "${String(error.params['additionalProperty'])}"`;
  }
  if (error.keyword === 'enum') {
    return `${where}: must be one of ${(error.params['allowedValues'] as unknown[]).join(', ')}`;
  }
  return `${where}: ${error.message ?? 'is invalid'}`;
}

/** Checks the schema cannot express: unique identifiers and links that point at real records. */
function referentialProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const users = uniqueIds(scenario.users.map((user) => user.id), 'user id', problems);
  uniqueIds(scenario.csec.youth.map((youth) => youth.id), 'youth id', problems);
  const agencyRecords = {
    CHILD_WELFARE: uniqueIds(scenario.childWelfare.clients.map((client) => client.clientId), 'child welfare client id', problems),
    PROBATION: uniqueIds(scenario.probation.juveniles.map((juvenile) => juvenile.probationNumber), 'probation number', problems),
    EDUCATION: uniqueIds(scenario.education.students.map((student) => student.ssid), 'statewide student id', problems),
    HEALTH: new Set(medicalRecordNumbers(scenario)),
  };
  uniqueIds(
    scenario.health.resources.map((resource) => `${resource.resourceType}/${resource.id}`),
    'FHIR resource',
    problems,
  );
  for (const [label, ids] of recordIdentifiers(scenario)) uniqueIds(ids, label, problems);

  const linked = new Map<string, string>();
  scenario.csec.youth.forEach((youth, index) => {
    const at = `/csec/youth/${index} (${youth.id})`;
    const agenciesSeen = new Set<string>();
    for (const link of youth.links) {
      if (agenciesSeen.has(link.agency)) problems.push(`${at}: more than one ${link.agency} link`);
      agenciesSeen.add(link.agency);
      if (!agencyRecords[link.agency].has(link.identifier)) {
        problems.push(`${at}: links to ${link.agency} record "${link.identifier}", which that agency does not have`);
      }
      const key = `${link.agency}:${link.identifier}`;
      const other = linked.get(key);
      if (other) problems.push(`${at}: ${link.agency} record "${link.identifier}" is already linked to ${other}`);
      linked.set(key, youth.id);
      requireUser(users, link.linkedByUserId, `${at}: linkedByUserId`, problems);
    }
    for (const member of youth.mdt?.members ?? []) requireUser(users, member.userId, `${at}: MDT member`, problems);
    for (const screening of youth.screenings ?? []) {
      requireUser(users, screening.screenerUserId, `${at}: screening ${screening.id} screener`, problems);
    }
    if (youth.physicalDescription) {
      requireUser(users, youth.physicalDescription.recordedByUserId, `${at}: physical description recordedByUserId`, problems);
    }
    for (const meeting of youth.meetings ?? []) {
      for (const attendee of meeting.attendeeUserIds) {
        requireUser(users, attendee, `${at}: meeting ${meeting.id} attendee`, problems);
      }
    }
    for (const consent of youth.consents ?? []) {
      for (const recipient of consent.recipients) {
        if (recipient.userId) requireUser(users, recipient.userId, `${at}: consent ${consent.id} recipient`, problems);
      }
    }
    for (const proceeding of youth.proceedings ?? []) {
      for (const participant of proceeding.participants) {
        requireUser(users, participant.userId, `${at}: proceeding ${proceeding.id} participant`, problems);
        if (participant.until !== undefined && participant.until < participant.from) {
          problems.push(`${at}: proceeding ${proceeding.id} participant "${participant.userId}" ends before it starts`);
        }
      }
    }
  });
  scenario.childWelfare.clients.forEach((client, index) => {
    if (client.assignedSocialWorkerUserId) {
      requireUser(users, client.assignedSocialWorkerUserId, `/childWelfare/clients/${index}: assignedSocialWorkerUserId`, problems);
    }
  });
  scenario.probation.juveniles.forEach((juvenile, index) => {
    if (juvenile.assignedOfficerUserId) {
      requireUser(users, juvenile.assignedOfficerUserId, `/probation/juveniles/${index}: assignedOfficerUserId`, problems);
    }
  });
  return problems;
}

/** Identifiers each source keys its records by, which must be unique within the scenario. */
function recordIdentifiers(scenario: Scenario): Array<[string, string[]]> {
  const youth = scenario.csec.youth;
  const clients = scenario.childWelfare.clients;
  const juveniles = scenario.probation.juveniles;
  return [
    ['MDT id', youth.flatMap((record) => (record.mdt ? [record.mdt.id] : []))],
    ['screening id', youth.flatMap((record) => (record.screenings ?? []).map((screening) => screening.id))],
    ['triggering event id', youth.flatMap((record) => (record.triggeringEvents ?? []).map((event) => event.id))],
    ['meeting id', youth.flatMap((record) => (record.meetings ?? []).map((meeting) => meeting.id))],
    ['consent id', youth.flatMap((record) => (record.consents ?? []).map((consent) => consent.id))],
    ['investigation id', youth.flatMap((record) => (record.investigations ?? []).map((report) => report.id))],
    ['proceeding id', youth.flatMap((record) => (record.proceedings ?? []).map((proceeding) => proceeding.id))],
    ['child welfare case number', clients.flatMap((client) => (client.case ? [client.case.caseNumber] : []))],
    ['child welfare referral id', clients.flatMap((client) => client.referrals.map((referral) => referral.referralId))],
    ['placement id', clients.flatMap((client) => client.placements.map((placement) => placement.placementId))],
    ['court hearing id', clients.flatMap((client) => client.courtHearings.map((hearing) => hearing.hearingId))],
    ['probation referral number', juveniles.flatMap((juvenile) => juvenile.referrals.map((referral) => referral.referralNumber))],
    ['petition number', juveniles.flatMap((juvenile) => juvenile.petitions.map((petition) => petition.petitionNumber))],
    ['warrant number', juveniles.flatMap((juvenile) => juvenile.warrants.map((warrant) => warrant.warrantNumber))],
  ];
}

/** The health system's medical record numbers: the `MR`-typed identifier of each Patient. */
export function medicalRecordNumbers(scenario: Scenario): string[] {
  const numbers: string[] = [];
  for (const resource of scenario.health.resources) {
    if (resource.resourceType !== 'Patient') continue;
    const identifiers = (resource as { identifier?: Array<{ type?: { coding?: Array<{ code?: string }> }; value?: string }> })
      .identifier ?? [];
    for (const identifier of identifiers) {
      if (identifier.value && identifier.type?.coding?.some((coding) => coding.code === 'MR')) numbers.push(identifier.value);
    }
  }
  return numbers;
}

function uniqueIds(ids: string[], label: string, problems: string[]): Set<string> {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${label} "${id}" appears more than once`);
    seen.add(id);
  }
  return seen;
}

function requireUser(users: Set<string>, userId: string, where: string, problems: string[]): void {
  if (!users.has(userId)) problems.push(`${where} "${userId}" is not one of the scenario's users`);
}
