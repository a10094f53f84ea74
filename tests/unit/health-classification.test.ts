import type {
  Condition,
  Encounter,
  EpisodeOfCare,
  MedicationRequest,
  MedicationStatement,
  Observation,
  PractitionerRole,
} from '@medplum/fhirtypes';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundleArchive } from '../../runtime/policy/bundle-archive.ts';
import { generateScenario } from '../../scenario/generate-scenario.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';
import { HealthClassifier } from '../../subgraphs/health/src/health-classification.ts';
import { createHealthLoaders } from '../../subgraphs/health/src/loaders.ts';
import {
  conditionRow,
  encounterRow,
  episodeOfCareRow,
  medicationRequestRow,
  medicationStatementRow,
  observationRow,
  practitionerRoleRow,
  procedureRow,
  type Unfiled,
} from '../../subgraphs/health/src/records.ts';
import type { HealthSource } from '../../subgraphs/health/src/source.ts';
import { HEALTH_RESOURCE_TYPES } from '../../subgraphs/health/src/fhir-conventions.ts';

const SNOMED = 'http://snomed.info/sct';
const ICD10 = 'http://hl7.org/fhir/sid/icd-10-cm';
const LOINC = 'http://loinc.org';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const PATIENT = { reference: 'Patient/pat-1' };
const NONE = { confidentiality: null, sensitivity: [] };

/** The value sets of the bundle the services load, read the way the health subgraph reads them. */
let classifier: HealthClassifier;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'csec-value-sets-'));
  const bundlePath = join(folder, 'bundle.tar.gz');
  await buildPolicyBundle(bundlePath);
  const data = (await readBundleArchive(bundlePath)).get('data.json');
  const built = HealthClassifier.fromBundleData(JSON.parse(String(data)));
  if (!built) throw new Error('The policy bundle has no value sets.');
  classifier = built;
}, 120_000);

afterAll(() => rm(folder, { recursive: true, force: true }));

/** A FHIR source that serves the given resources, as the loaders ask for them. */
function sourceOf(resources: {
  episodes?: EpisodeOfCare[];
  encounters?: Encounter[];
  conditions?: Condition[];
  observations?: Observation[];
  medications?: MedicationRequest[];
  statements?: MedicationStatement[];
  roles?: PractitionerRole[];
}): HealthSource {
  const rows =
    <T>(items: T[] | undefined, map: (item: T) => unknown) =>
    async () =>
      (items ?? []).map(map).filter((row) => row !== null) as never[];
  return {
    patients: async () => [],
    episodesOfCare: rows(resources.episodes, episodeOfCareRow),
    encounters: rows(resources.encounters, encounterRow),
    conditions: rows(resources.conditions, conditionRow),
    observations: rows(resources.observations, observationRow),
    procedures: async () => [],
    medications: async () => [
      ...(await rows(resources.medications, medicationRequestRow)()),
      ...(await rows(resources.statements, medicationStatementRow)()),
    ],
    practitionerRoles: async (ids: readonly string[]) =>
      (resources.roles ?? [])
        .filter((role) => ids.includes(role.id ?? ''))
        .map(practitionerRoleRow)
        .filter((row) => row !== null),
    roundTrips: () => 0,
  } as unknown as HealthSource;
}

describe('filing health records by the value sets of the policy bundle', () => {
  it('files a SNOMED-only substance use diagnosis under substance use, even when labelled PSY', () => {
    const cannabis = classifier.classify(NONE, [{ system: SNOMED, code: '85005007' }]);
    expect(cannabis.area).toBe('SUBSTANCE_USE');
    expect(cannabis.basis).toBe('CODE');
    expect(cannabis.rule).toMatch(/SUD-SNOMED-CT \(value sets \d/);
    expect(classifier.classify({ confidentiality: 'R', sensitivity: ['PSY'] }, [{ system: SNOMED, code: '75544000' }]).area).toBe(
      'SUBSTANCE_USE',
    );
  });

  it('never weakens a label the source sent', () => {
    const labelled = classifier.classify({ confidentiality: 'V', sensitivity: ['HIV'] }, [{ system: ICD10, code: 'J45.20' }]);
    expect(labelled).toMatchObject({ area: 'HIV', basis: 'LABEL' });
  });

  it('reads ICD-10-CM categories with or without the dot, and LOINC viral loads as HIV', () => {
    expect(classifier.classify(NONE, [{ system: ICD10, code: 'F12.20' }]).area).toBe('SUBSTANCE_USE');
    expect(classifier.classify(NONE, [{ system: ICD10, code: 'Z113' }]).area).toBe('SENSITIVE_SERVICES');
    expect(classifier.classify(NONE, [{ system: LOINC, code: '25836-8' }]).area).toBe('HIV');
    expect(classifier.classify(NONE, [{ system: ICD10, code: 'J45.20' }])).toMatchObject({ area: 'GENERAL_MEDICAL', basis: 'NO_MATCH' });
  });

  it('files a record it cannot read as the county says, never as general medical', () => {
    const uncoded = classifier.classify(NONE, [{ system: 'urn:oid:1.2.3', code: 'LAB-77' }]);
    expect(uncoded).toMatchObject({ area: 'SENSITIVE_SERVICES', basis: 'UNDETERMINED' });
  });

  it('files a visit inside a substance use episode, a visit for a substance use reason, and what was found there, as substance use', async () => {
    const episode: EpisodeOfCare = {
      resourceType: 'EpisodeOfCare',
      id: 'ep-1',
      status: 'active',
      patient: PATIENT,
      type: [{ coding: [{ system: 'urn:csec:county-health:program', code: 'SUD-OP' }] }],
    };
    const office = [{ coding: [{ system: SNOMED, code: '185349003' }] }];
    const inEpisode: Encounter = {
      resourceType: 'Encounter',
      id: 'enc-1',
      status: 'finished',
      class: { code: 'AMB' },
      subject: PATIENT,
      type: office,
      episodeOfCare: [{ reference: 'EpisodeOfCare/ep-1' }],
    };
    const forReason: Encounter = {
      resourceType: 'Encounter',
      id: 'enc-2',
      status: 'finished',
      class: { code: 'AMB' },
      subject: PATIENT,
      type: office,
      reasonCode: [{ coding: [{ system: ICD10, code: 'F12.20' }] }],
    };
    const stiTest: Encounter = {
      resourceType: 'Encounter',
      id: 'enc-3',
      status: 'finished',
      class: { code: 'AMB' },
      subject: PATIENT,
      type: office,
      reasonCode: [{ coding: [{ system: ICD10, code: 'Z11.3' }] }],
    };
    const wellChild: Encounter = {
      resourceType: 'Encounter',
      id: 'enc-4',
      status: 'finished',
      class: { code: 'AMB' },
      subject: PATIENT,
      type: [{ coding: [{ system: SNOMED, code: '410620009' }] }],
    };
    const finding: Condition = {
      resourceType: 'Condition',
      id: 'cond-1',
      subject: PATIENT,
      encounter: { reference: 'Encounter/enc-1' },
      code: { coding: [{ system: ICD10, code: 'J45.20' }] },
    };
    const loaders = createHealthLoaders(
      sourceOf({ episodes: [episode], encounters: [inEpisode, forReason, stiTest, wellChild], conditions: [finding] }),
      classifier,
    );

    const visits = await loaders.encounters.load('pat-1');
    const areaOf = (id: string) => visits.find((row) => row.id === id)?.classification;
    expect(areaOf('enc-1')).toMatchObject({ area: 'SUBSTANCE_USE', basis: 'CONTEXT', rule: expect.stringContaining('EpisodeOfCare/ep-1') });
    expect(areaOf('enc-2')).toMatchObject({ area: 'SUBSTANCE_USE', basis: 'CODE' });
    expect(areaOf('enc-3')).toMatchObject({ area: 'SENSITIVE_SERVICES', basis: 'CODE' });
    expect(areaOf('enc-4')).toMatchObject({ area: 'GENERAL_MEDICAL' });
    const [diagnosis] = await loaders.conditions.load('pat-1');
    expect(diagnosis?.classification).toMatchObject({
      area: 'SUBSTANCE_USE',
      basis: 'CONTEXT',
      rule: expect.stringContaining('Encounter/enc-1'),
    });
  });

  it('files prescriptions by their RxNorm code, their reason and the visit they were written at', async () => {
    const rx = (id: string, code: string, more: Partial<MedicationRequest> = {}): MedicationRequest => ({
      resourceType: 'MedicationRequest',
      id,
      status: 'active',
      intent: 'order',
      subject: PATIENT,
      medicationCodeableConcept: { coding: [{ system: RXNORM, code }], text: `medication ${code}` },
      ...more,
    });
    const episode: EpisodeOfCare = {
      resourceType: 'EpisodeOfCare',
      id: 'ep-1',
      status: 'active',
      patient: PATIENT,
      type: [{ coding: [{ system: 'urn:csec:county-health:program', code: 'SUD-OP' }] }],
    };
    const inEpisode: Encounter = {
      resourceType: 'Encounter',
      id: 'enc-1',
      status: 'finished',
      class: { code: 'AMB' },
      subject: PATIENT,
      episodeOfCare: [{ reference: 'EpisodeOfCare/ep-1' }],
      type: [{ coding: [{ system: SNOMED, code: '185349003' }] }],
    };
    const opioidUse: Condition = {
      resourceType: 'Condition',
      id: 'cond-1',
      subject: PATIENT,
      code: { coding: [{ system: ICD10, code: 'F11.20' }] },
    };
    const medications = [
      rx('buprenorphine', '1010604'),
      rx('prep', '476556'),
      rx('albuterol', '435'),
      rx('sertraline', '36437'),
      rx('sertraline-at-sud-visit', '36437', { encounter: { reference: 'Encounter/enc-1' } }),
      rx('albuterol-for-opioid-use', '435', { reasonReference: [{ reference: 'Condition/cond-1' }] }),
      rx('albuterol-labelled-hiv', '435', {
        meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'HIV' }] },
      }),
      rx('contained', '', {
        medicationCodeableConcept: undefined,
        medicationReference: { reference: '#med' },
        contained: [{ resourceType: 'Medication', id: 'med', code: { coding: [{ system: RXNORM, code: '7243' }], text: 'naltrexone' } }],
      }),
      rx('elsewhere', '', {
        medicationCodeableConcept: undefined,
        medicationReference: { reference: 'Medication/m-9', display: 'a medication' },
      }),
      rx('in-error', '1010604', { status: 'entered-in-error' }),
    ];
    const loaders = createHealthLoaders(
      sourceOf({ episodes: [episode], encounters: [inEpisode], conditions: [opioidUse], medications }),
      classifier,
    );
    const filed = new Map((await loaders.medications.load('pat-1')).map((row) => [row.id, row]));
    expect(filed.get('buprenorphine')?.classification).toMatchObject({
      area: 'SUBSTANCE_USE',
      basis: 'CODE',
      rule: expect.stringContaining('SUD-RXNORM'),
    });
    expect(filed.get('prep')?.classification).toMatchObject({ area: 'HIV', basis: 'CODE', rule: expect.stringContaining('HIV-RXNORM') });
    expect(filed.get('albuterol')?.classification).toMatchObject({ area: 'GENERAL_MEDICAL', basis: 'NO_MATCH' });
    expect(filed.get('sertraline')?.classification).toMatchObject({ area: 'MENTAL_HEALTH', basis: 'CODE' });
    expect(filed.get('sertraline-at-sud-visit')?.classification).toMatchObject({
      area: 'SUBSTANCE_USE',
      basis: 'CONTEXT',
      rule: expect.stringContaining('Encounter/enc-1'),
    });
    expect(filed.get('albuterol-for-opioid-use')?.classification).toMatchObject({
      area: 'SUBSTANCE_USE',
      basis: 'CONTEXT',
      rule: expect.stringContaining('Condition/cond-1'),
    });
    expect(filed.get('albuterol-labelled-hiv')?.classification).toMatchObject({ area: 'HIV', basis: 'LABEL' });
    expect(filed.get('contained')).toMatchObject({ area: 'SUBSTANCE_USE', medication: 'naltrexone', rxnormCode: '7243' });
    expect(filed.get('elsewhere')).toMatchObject({
      area: 'SENSITIVE_SERVICES',
      medication: 'a medication',
      classification: { basis: 'UNDETERMINED' },
    });
    expect(filed.has('in-error')).toBe(false);
  });

  it('files a record by the service of the clinician who wrote it, when the service is coded', async () => {
    const NUCC = 'http://nucc.org/provider-taxonomy';
    const roles: PractitionerRole[] = [
      { resourceType: 'PractitionerRole', id: 'addiction-counselor', specialty: [{ coding: [{ system: NUCC, code: '101YA0400X' }] }] },
      { resourceType: 'PractitionerRole', id: 'family-planning', code: [{ coding: [{ system: NUCC, code: '261QF0050X' }] }] },
      { resourceType: 'PractitionerRole', id: 'pediatrician', specialty: [{ coding: [{ system: NUCC, code: '208000000X' }] }] },
      { resourceType: 'PractitionerRole', id: 'uncoded' },
    ];
    const office = [{ coding: [{ system: SNOMED, code: '185349003' }] }];
    const visit = (id: string, role: string): Encounter => ({
      resourceType: 'Encounter',
      id,
      status: 'finished',
      class: { code: 'AMB' },
      subject: PATIENT,
      type: office,
      participant: [{ individual: { reference: `PractitionerRole/${role}`, display: 'a clinician' } }],
    });
    const albuterol = (id: string, role: string): MedicationRequest => ({
      resourceType: 'MedicationRequest',
      id,
      status: 'active',
      intent: 'order',
      subject: PATIENT,
      medicationCodeableConcept: { coding: [{ system: RXNORM, code: '435' }] },
      requester: { reference: `PractitionerRole/${role}` },
    });
    const loaders = createHealthLoaders(
      sourceOf({
        roles,
        encounters: [
          visit('v-sud', 'addiction-counselor'),
          visit('v-fp', 'family-planning'),
          visit('v-ped', 'pediatrician'),
          visit('v-none', 'uncoded'),
          visit('v-missing', 'gone'),
        ],
        medications: [albuterol('rx-sud', 'addiction-counselor'), albuterol('rx-ped', 'pediatrician')],
      }),
      classifier,
    );
    const visits = new Map((await loaders.encounters.load('pat-1')).map((row) => [row.id, row.classification]));
    expect(visits.get('v-sud')).toMatchObject({
      area: 'SUBSTANCE_USE',
      basis: 'CONTEXT',
      rule: expect.stringContaining('PractitionerRole/addiction-counselor'),
    });
    expect(visits.get('v-fp')).toMatchObject({ area: 'SENSITIVE_SERVICES', basis: 'CONTEXT' });
    expect(visits.get('v-ped')).toMatchObject({ area: 'GENERAL_MEDICAL' });
    expect(visits.get('v-none')).toMatchObject({ area: 'GENERAL_MEDICAL' });
    expect(visits.get('v-missing')).toMatchObject({ area: 'GENERAL_MEDICAL' });
    const medications = new Map((await loaders.medications.load('pat-1')).map((row) => [row.id, row.classification]));
    expect(medications.get('rx-sud')).toMatchObject({ area: 'SUBSTANCE_USE', basis: 'CONTEXT' });
    expect(medications.get('rx-ped')).toMatchObject({ area: 'GENERAL_MEDICAL' });
  });

  it('reads medications the youth reports taking (MedicationStatement) and files them like prescriptions', async () => {
    const episode: EpisodeOfCare = {
      resourceType: 'EpisodeOfCare',
      id: 'ep-1',
      status: 'active',
      patient: PATIENT,
      type: [{ coding: [{ system: 'urn:csec:county-health:program', code: 'SUD-OP' }] }],
    };
    const statement = (id: string, code: string, more: Partial<MedicationStatement> = {}): MedicationStatement => ({
      resourceType: 'MedicationStatement',
      id,
      status: 'active',
      subject: PATIENT,
      medicationCodeableConcept: { coding: [{ system: RXNORM, code }], text: `medication ${code}` },
      ...more,
    });
    const loaders = createHealthLoaders(
      sourceOf({
        episodes: [episode],
        statements: [
          statement('reported-buprenorphine', '1010604', { effectiveDateTime: '2026-10-02', informationSource: { display: 'the youth' } }),
          statement('reported-ibuprofen-in-sud-episode', '5640', { context: { reference: 'EpisodeOfCare/ep-1' } }),
          statement('not-taking-sertraline', '36437', { status: 'not-taken' }),
          statement('reported-in-error', '1010604', { status: 'entered-in-error' }),
        ],
      }),
      classifier,
    );
    const filed = new Map((await loaders.medications.load('pat-1')).map((row) => [row.id, row]));
    expect(filed.get('reported-buprenorphine')).toMatchObject({
      area: 'SUBSTANCE_USE',
      source: 'REPORTED',
      prescribedOn: '2026-10-02',
      prescriber: 'the youth',
      classification: { basis: 'CODE' },
    });
    expect(filed.get('reported-ibuprofen-in-sud-episode')).toMatchObject({
      area: 'SUBSTANCE_USE',
      classification: { basis: 'CONTEXT', rule: expect.stringContaining('EpisodeOfCare/ep-1') },
    });
    expect(filed.get('not-taking-sertraline')).toMatchObject({ area: 'MENTAL_HEALTH', status: 'NOT_TAKEN' });
    expect(filed.has('reported-in-error')).toBe(false);
  });

  it('drops counseling notes like psychotherapy notes', async () => {
    const note: Observation = {
      resourceType: 'Observation',
      id: 'note-1',
      status: 'final',
      subject: PATIENT,
      code: { coding: [{ system: 'urn:csec:county-health:note-type', code: 'SUD-COUNSELING-NOTE' }] },
    };
    const loaders = createHealthLoaders(sourceOf({ observations: [note] }), classifier);
    expect(await loaders.observations.load('pat-1')).toEqual([]);
  });

  it('withholds every record when the bundle has no value sets', () => {
    const blind = HealthClassifier.fromBundleData({ csec: {} }) ?? HealthClassifier.withholdingEverything();
    expect(blind.classify(NONE, [{ system: ICD10, code: 'J45.20' }]).area).toBe('COUNSELING_NOTES');
  });

  it('files every record of a generated county from its codes', () => {
    const { health } = generateScenario({ youthCount: 300, seed: 11 });
    const rows: Array<
      Unfiled<{ security: never; codings: never }> & {
        security: { confidentiality: string | null; sensitivity: string[] };
        codings: Array<{ system?: string; code?: string }>;
      }
    > = [];
    for (const resource of health.resources as Array<{ resourceType: string }>) {
      const row =
        resource.resourceType === 'Observation'
          ? observationRow(resource as Observation)
          : resource.resourceType === 'Condition'
            ? conditionRow(resource as Condition)
            : resource.resourceType === 'EpisodeOfCare'
              ? episodeOfCareRow(resource as EpisodeOfCare)
              : resource.resourceType === 'Encounter'
                ? encounterRow(resource as Encounter)
                : resource.resourceType === 'Procedure'
                  ? procedureRow(resource as never)
                  : resource.resourceType === 'MedicationRequest'
                    ? medicationRequestRow(resource as MedicationRequest)
                    : null;
      if (row) rows.push(row as never);
    }
    expect(rows.length).toBeGreaterThan(1_000);
    expect(health.resources.some((resource) => resource.resourceType === 'MedicationRequest')).toBe(true);
    const undetermined = rows.filter((row) => classifier.classify(row.security, row.codings).basis === 'UNDETERMINED');
    expect(undetermined).toEqual([]);
  });
});

describe('the health subgraph and the Rego reading agree', () => {
  it('files every code of every value set, with and without labels and context, as csec.value_sets does', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { parse } = await import('yaml');
    const { readFile } = await import('node:fs/promises');
    const data = parse(await readFile('policies/csec/value_sets/data.yaml', 'utf8')) as {
      value_sets: { systems: Record<string, string>; sets: Array<{ system: string; match: string; codes: Array<{ code: string }> }> };
    };
    type Case = { sensitivity: string[]; codings: Array<{ system: string; code: string }>; context: string[] };
    const cases: Case[] = [];
    for (const set of data.value_sets.sets) {
      for (const { code } of set.codes) {
        const system = data.value_sets.systems[set.system] as string;
        const coded = set.match === 'PREFIX' ? `${code}.9` : code;
        cases.push({ sensitivity: [], codings: [{ system, code: coded }], context: [] });
        cases.push({ sensitivity: ['PSY'], codings: [{ system, code: coded }], context: ['SUBSTANCE_USE'] });
      }
    }
    cases.push({ sensitivity: [], codings: [{ system: 'urn:local', code: 'X' }], context: [] });
    cases.push({ sensitivity: ['SOC'], codings: [], context: [] });
    cases.push({ sensitivity: [], codings: [{ system: ICD10, code: 'J45.20' }], context: ['PUBLIC_HEALTH_NURSING'] });
    cases.push({ sensitivity: ['PSYTHPN', 'HIV'], codings: [], context: [] });

    const opa = promisify(execFile);
    const child = opa(
      '.tools/bin/opa',
      ['eval', '-d', 'policies', '--stdin-input', '--format', 'json', '[data.csec.value_sets.area_of(r) | some r in input]'],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    child.child.stdin?.end(JSON.stringify(cases));
    const { stdout } = await child;
    const rego = (JSON.parse(stdout) as { result: Array<{ expressions: Array<{ value: string[] }> }> }).result[0]?.expressions[0]?.value;

    const typescript = cases.map(
      (record) =>
        classifier.classify(
          { confidentiality: null, sensitivity: record.sensitivity },
          record.codings,
          record.context.map((area) => ({ kind: 'EPISODE_OF_CARE' as const, reference: 'EpisodeOfCare/e', area: area as never })),
        ).area,
    );
    expect(typescript).toEqual(rego);
  }, 60_000);
});

describe("the county's FHIR resource types", () => {
  it('are the ones a scenario may hold (schema/scenario.schema.json), so every type the subgraph reads can be seeded', async () => {
    const { readFile } = await import('node:fs/promises');
    const schema = JSON.parse(await readFile('schema/scenario.schema.json', 'utf8')) as {
      $defs: { fhirResource: { properties: { resourceType: { enum: string[] } } } };
    };
    expect(new Set(schema.$defs.fhirResource.properties.resourceType.enum)).toEqual(new Set(HEALTH_RESOURCE_TYPES));
  });
});
