import { readFile, stat } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { queryGateway, testScenario } from '../support/gateway.ts';
import { EHR_STYLE } from '../support/test-situations.ts';

/**
 * Records as a county EHR sends them (no labels, SNOMED only, a visit inside a substance use episode,
 * a reason code, a minor's STI visit, a viral load, RxNorm prescriptions, a visit with an addiction counselor, a medication
 * the youth reports taking), planted for Y-000012, are filed by the value sets
 * of the policy bundle and reach exactly the people their category opens to, for every demo role.
 * What the health subgraph sends is read from the capturing proxy, one request at a time.
 */
const HEALTH = /* GraphQL */ `
  query Health($id: ID!) {
    youth(id: $id) {
      health {
        mentalHealth {
          diagnoses {
            description
            classifiedBy
          }
          visits {
            kind
          }
          medications {
            medication
          }
        }
        medicalEvaluation {
          evaluations {
            kind
            classifiedBy
          }
          diagnoses {
            description
          }
          medications {
            medication
            rxnormCode
            classifiedBy
          }
        }
        publicHealthNursing {
          visits {
            kind
          }
        }
        substanceUse {
          diagnoses {
            description
            classifiedBy
          }
          treatment {
            program
          }
          visits {
            kind
            classifiedBy
          }
          assessments {
            instrument
          }
          medications {
            medication
            rxnormCode
            status
            source
            classifiedBy
          }
        }
        sensitiveServices {
          visits {
            kind
            classifiedBy
          }
          testResults {
            test
          }
          diagnoses {
            description
          }
          medications {
            medication
          }
        }
        hivTestResults {
          test
          result
          classifiedBy
        }
        hivCare {
          visits {
            kind
            classifiedBy
          }
          diagnoses {
            description
          }
          medications {
            medication
            rxnormCode
            classifiedBy
          }
        }
      }
    }
  }
`;

const SUBSTANCE_USE = [
  EHR_STYLE.snomedOpioidDependence,
  EHR_STYLE.snomedCannabisLabelledPsy,
  EHR_STYLE.visitInSubstanceUseEpisode,
  EHR_STYLE.visitForCannabisUse,
  EHR_STYLE.buprenorphinePrescription,
  EHR_STYLE.visitWithAddictionCounselor,
  EHR_STYLE.reportedNaltrexone,
];
const HIV = [EHR_STYLE.hivViralLoad, EHR_STYLE.hivScreeningVisit, EHR_STYLE.prepPrescription];
const GENERAL_MEDICAL = [EHR_STYLE.wellChildVisit, EHR_STYLE.albuterolPrescription];
const ALL = [...SUBSTANCE_USE, EHR_STYLE.stiTestVisit, ...HIV, ...GENERAL_MEDICAL, EHR_STYLE.counselingNote];

interface Asked {
  label: string;
  user: string;
  purpose: string;
  /** The planted records this requester may receive, by the category their codes and context reveal. */
  sees: string[];
}

const ROLES: Asked[] = [
  // IAP-2025-7.3 opens general medical for care coordination; nothing sensitive, and no consent
  // names the social worker, so not the buprenorphine prescription either.
  { label: 'social worker', user: 'sw.demo', purpose: 'COC', sees: GENERAL_MEDICAL },
  { label: 'probation officer', user: 'po.demo', purpose: 'COC', sees: GENERAL_MEDICAL },
  // The youth's 42 CFR 2.31 consent names the clinician for treatment; IAP-2025-7.4 opens sensitive services.
  { label: 'clinician', user: 'mh.demo', purpose: 'TREAT', sees: [...SUBSTANCE_USE, EHR_STYLE.stiTestVisit, ...GENERAL_MEDICAL] },
  // IAP-2025-7.4 and 7.5: the treating nurse sees the STI visit and HIV care (PrEP too), not substance use.
  { label: 'public health nurse', user: 'phn.demo', purpose: 'TREAT', sees: [EHR_STYLE.stiTestVisit, ...HIV, ...GENERAL_MEDICAL] },
  { label: 'nurse coordinating care', user: 'phn.demo', purpose: 'COC', sees: GENERAL_MEDICAL },
  { label: "youth's attorney", user: 'attorney.demo', purpose: 'CSEC-MDT', sees: [] },
  { label: 'law enforcement', user: 'le.demo', purpose: 'CSEC-MDT', sees: [] },
  { label: 'privacy officer', user: 'privacy.demo', purpose: 'HOPERAT', sees: [] },
  { label: 'steering committee', user: 'steering.demo', purpose: 'HOPERAT', sees: [] },
];

async function captureSize(): Promise<number> {
  return (await stat(inject('subgraphCapturePath')).catch(() => ({ size: 0 }))).size;
}

/** What the health subgraph sent since `from` bytes of the capture. */
async function healthSentSince(from: number): Promise<string> {
  const captured = (await readFile(inject('subgraphCapturePath'))).subarray(from).toString('utf8');
  return captured
    .split('\n')
    .filter((line) => line.startsWith('health '))
    .join('\n');
}

function planted(text: string): string[] {
  return ALL.filter((marker) => text.includes(marker));
}

describe(`health records filed by their codes and context (${inject('storeKind')} sources)`, () => {
  it.each(ROLES)('the $label ($user, $purpose) receives exactly the records their categories open to', async ({ user, purpose, sees }) => {
    const before = await captureSize();
    const response = await queryGateway(HEALTH, { id: EHR_STYLE.youthId }, { user, purpose });
    expect(response.status).toBe(200);
    const sent = await healthSentSince(before);
    expect(planted(sent).sort()).toEqual([...sees].sort());
    expect(planted(JSON.stringify(response.body.data ?? null)).sort()).toEqual([...sees].sort());
    expect(sent).not.toContain(EHR_STYLE.counselingNote);
  });

  it("a caregiver holding a parent's authorization sees the well child visit and the inhaler, never the minor's STI visit", async () => {
    const scenario = await testScenario();
    const youth = scenario.csec.youth.find((candidate) => candidate.id === EHR_STYLE.youthId);
    const caregiver = youth?.mdt?.members
      .map((member) => scenario.users.find((user) => user.id === member.userId))
      .find((user) => user?.roles.includes('CAREGIVER'));
    if (!caregiver) throw new Error("No caregiver on the test youth's MDT.");
    const before = await captureSize();
    const response = await queryGateway(HEALTH, { id: EHR_STYLE.youthId }, { user: caregiver.id, purpose: 'CSEC-MDT' });
    const sent = await healthSentSince(before);
    expect(planted(sent)).toEqual(GENERAL_MEDICAL);
    expect(planted(JSON.stringify(response.body.data ?? null))).toEqual(GENERAL_MEDICAL);
  });

  it('files each record where its codes and context put it, says why, and marks substance use with the 42 CFR 2.32 notice', async () => {
    const clinician = await queryGateway<{
      youth: { health: Record<string, Record<string, Array<Record<string, string>> | null> | null> };
    }>(HEALTH, { id: EHR_STYLE.youthId }, { user: 'mh.demo', purpose: 'TREAT' });
    const health = clinician.body.data?.youth.health;
    const diagnoses = health?.['substanceUse']?.['diagnoses'] ?? [];
    expect(diagnoses.find((row) => row['description'] === EHR_STYLE.snomedOpioidDependence)?.['classifiedBy']).toMatch(
      /^code http:\/\/snomed\.info\/sct\|75544000 in value set SUD-SNOMED-CT/,
    );
    const visits = health?.['substanceUse']?.['visits'] ?? [];
    expect(visits.find((row) => row['kind'] === EHR_STYLE.visitInSubstanceUseEpisode)?.['classifiedBy']).toMatch(
      /^context EpisodeOfCare\//,
    );
    expect(visits.find((row) => row['kind'] === EHR_STYLE.visitForCannabisUse)?.['classifiedBy']).toMatch(
      /F12\.20 in value set SUD-ICD10CM/,
    );
    expect(visits.find((row) => row['kind'] === EHR_STYLE.visitWithAddictionCounselor)?.['classifiedBy']).toMatch(
      /^context PractitionerRole\//,
    );
    const reported = (health?.['substanceUse']?.['medications'] ?? []).find((row) => row['medication'] === EHR_STYLE.reportedNaltrexone);
    expect(reported).toMatchObject({ source: 'REPORTED', classifiedBy: expect.stringMatching(/7243 in value set SUD-RXNORM/) });
    const mentalHealth = JSON.stringify(health?.['mentalHealth'] ?? null);
    expect(mentalHealth).not.toContain(EHR_STYLE.snomedCannabisLabelledPsy);
    const obligations = (clinician.body.extensions?.['disclosure'] as { obligations: Array<{ code: string }> }).obligations.map(
      (obligation) => obligation.code,
    );
    expect(obligations).toContain('42CFR2.32');

    const nurse = await queryGateway<{ youth: { health: { hivTestResults: Array<{ test: string; classifiedBy: string }> | null } } }>(
      HEALTH,
      { id: EHR_STYLE.youthId },
      { user: 'phn.demo', purpose: 'TREAT' },
    );
    const viralLoad = nurse.body.data?.youth.health.hivTestResults?.find((row) => row.test === EHR_STYLE.hivViralLoad);
    expect(viralLoad?.classifiedBy).toMatch(/25836-8 in value set HIV-LOINC/);
  });

  it('files unlabelled prescriptions by their RxNorm codes: buprenorphine as substance use, PrEP as HIV, an inhaler as general medical', async () => {
    type Medications = Array<{ medication: string; rxnormCode: string; classifiedBy: string }> | null;
    type Health = {
      substanceUse: { medications: Medications } | null;
      hivCare: { medications: Medications } | null;
      medicalEvaluation: { medications: Medications } | null;
    };
    const named = (rows: Medications, marker: string) => rows?.find((row) => row.medication === marker);

    const clinician = await queryGateway<{ youth: { health: Health } }>(
      HEALTH,
      { id: EHR_STYLE.youthId },
      { user: 'mh.demo', purpose: 'TREAT' },
    );
    const buprenorphine = named(clinician.body.data?.youth.health.substanceUse?.medications ?? null, EHR_STYLE.buprenorphinePrescription);
    expect(buprenorphine).toMatchObject({ rxnormCode: '1010604', classifiedBy: expect.stringMatching(/1010604 in value set SUD-RXNORM/) });
    const obligations = (clinician.body.extensions?.['disclosure'] as { obligations: Array<{ code: string }> }).obligations.map(
      (obligation) => obligation.code,
    );
    expect(obligations).toContain('42CFR2.32');

    const nurse = await queryGateway<{ youth: { health: Health } }>(
      HEALTH,
      { id: EHR_STYLE.youthId },
      { user: 'phn.demo', purpose: 'TREAT' },
    );
    const prep = named(nurse.body.data?.youth.health.hivCare?.medications ?? null, EHR_STYLE.prepPrescription);
    expect(prep).toMatchObject({ rxnormCode: '476556', classifiedBy: expect.stringMatching(/476556 in value set HIV-RXNORM/) });
    const inhaler = named(nurse.body.data?.youth.health.medicalEvaluation?.medications ?? null, EHR_STYLE.albuterolPrescription);
    expect(inhaler).toMatchObject({ rxnormCode: '435', classifiedBy: expect.stringMatching(/^no value set matches/) });

    // The social worker, whom no 42 CFR Part 2 consent names: the health subgraph never sends the prescription.
    const before = await captureSize();
    const socialWorker = await queryGateway<{ youth: { health: Health } }>(
      HEALTH,
      { id: EHR_STYLE.youthId },
      { user: 'sw.demo', purpose: 'COC' },
    );
    expect(socialWorker.body.data?.youth.health.substanceUse).toBeNull();
    expect(await healthSentSince(before)).not.toContain(EHR_STYLE.buprenorphinePrescription);
  });

  it('shows the privacy officer how each record is filed and why, never the record; no one else', async () => {
    const FILINGS = /* GraphQL */ `
      query Filings($id: ID!) {
        youth(id: $id) {
          health {
            recordFilings {
              record
              area
              basis
              rule
              valueSetsVersion
            }
          }
        }
      }
    `;
    type Filing = { record: string; area: string; basis: string; rule: string; valueSetsVersion: string };
    const before = await captureSize();
    const officer = await queryGateway<{ youth: { health: { recordFilings: Filing[] | null } | null } }>(
      FILINGS,
      { id: EHR_STYLE.youthId },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    expect(officer.body.errors ?? []).toEqual([]);
    const filings = officer.body.data?.youth.health?.recordFilings ?? [];
    const filingOf = (record: RegExp) => filings.find((filing) => record.test(filing.record));
    expect(filingOf(/^Condition\/ehr-opioid-/)).toMatchObject({
      area: 'SUBSTANCE_USE',
      basis: 'CODE',
      rule: expect.stringContaining('SUD-SNOMED-CT'),
    });
    const counselorVisit = filingOf(/^Encounter\/ehr-counselor-visit-/);
    expect(counselorVisit).toMatchObject({
      area: 'SUBSTANCE_USE',
      basis: 'CONTEXT',
      rule: expect.stringMatching(/^context PractitionerRole\//),
    });
    const viralLoad = filingOf(/^Observation\/ehr-viral-load-/);
    expect(viralLoad).toMatchObject({
      area: 'HIV',
      basis: 'CODE',
      rule: expect.stringContaining('HIV-LOINC'),
      valueSetsVersion: expect.stringMatching(/^\d{4}\./),
    });
    expect(filingOf(/^MedicationStatement\/ehr-reported-naltrexone-/)).toMatchObject({ area: 'SUBSTANCE_USE' });
    expect(filingOf(/ehr-note-/)).toBeUndefined();
    // Never the records themselves: no planted text leaves the health subgraph or reaches the officer.
    expect(planted(JSON.stringify(officer.body))).toEqual([]);
    expect(planted(await healthSentSince(before))).toEqual([]);

    const clinician = await queryGateway<{ youth: { health: { recordFilings: Filing[] | null } | null } }>(
      FILINGS,
      { id: EHR_STYLE.youthId },
      { user: 'mh.demo', purpose: 'TREAT' },
    );
    expect(clinician.body.data?.youth.health?.recordFilings ?? null).toBeNull();
  });

  it('records in the audit how each record the clinician was sent, or kept from, was filed; the accounting shows it, never the record', async () => {
    const clinician = await queryGateway(HEALTH, { id: EHR_STYLE.youthId }, { user: 'mh.demo', purpose: 'TREAT' });
    expect(clinician.status).toBe(200);
    const requestId = clinician.headers.get('x-request-id');
    type Accounted = { field: string; record: string; area: string; basis: string; filedBy: string; sent: boolean };
    type Entry = { requestId: string; fields: string[]; outcome: string; records: Accounted[] | null };
    const ACCOUNTING = /* GraphQL */ `
      query Accounting($youthId: ID!) {
        accountingOfDisclosures(youthId: $youthId, first: 200) {
          requestId
          fields
          outcome
          records {
            field
            record
            area
            basis
            filedBy
            sent
          }
        }
      }
    `;
    const officer = await queryGateway<{ accountingOfDisclosures: Entry[] }>(
      ACCOUNTING,
      { youthId: EHR_STYLE.youthId },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const entries = (officer.body.data?.accountingOfDisclosures ?? []).filter((entry) => entry.requestId === requestId);
    const records = entries.flatMap((entry) => (entry.records ?? []).map((record) => ({ ...record, outcome: entry.outcome })));
    const of = (pattern: RegExp) => records.find((record) => pattern.test(record.record));
    expect(of(/^Condition\/ehr-opioid-/)).toMatchObject({
      field: 'SubstanceUseRecord.diagnoses',
      area: 'SUBSTANCE_USE',
      basis: 'CODE',
      sent: true,
      outcome: 'DISCLOSED',
    });
    expect(of(/^Encounter\/ehr-counselor-visit-/)).toMatchObject({
      area: 'SUBSTANCE_USE',
      basis: 'CONTEXT',
      filedBy: expect.stringMatching(/^context PractitionerRole\//),
      sent: true,
    });
    expect(of(/^MedicationStatement\/ehr-reported-naltrexone-/)).toMatchObject({ field: 'SubstanceUseRecord.medications', sent: true });
    // Every record listed is one the clinician's fields were allowed to list, and none is listed twice.
    expect(records.every((record) => record.outcome === 'DISCLOSED')).toBe(true);
    expect(new Set(records.map((record) => `${record.field} ${record.record}`)).size).toBe(records.length);
    expect(planted(JSON.stringify(officer.body))).toEqual([]);

    // The social worker's request lists no health record: none of its fields listing them was allowed.
    const socialWorker = await queryGateway(HEALTH, { id: EHR_STYLE.youthId }, { user: 'sw.demo', purpose: 'COC' });
    const again = await queryGateway<{ accountingOfDisclosures: Entry[] }>(
      ACCOUNTING,
      { youthId: EHR_STYLE.youthId },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const sent = (again.body.data?.accountingOfDisclosures ?? []).filter(
      (entry) => entry.requestId === socialWorker.headers.get('x-request-id'),
    );
    expect(sent.length).toBeGreaterThan(0);
    const listed = sent.flatMap((entry) => entry.records ?? []);
    expect(listed.some((record) => record.area === 'SUBSTANCE_USE')).toBe(false);
  });
});
