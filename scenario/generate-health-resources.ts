import type {
  CodeableConcept,
  Coding,
  Condition,
  Encounter,
  EpisodeOfCare,
  MedicationRequest,
  Observation,
  Patient,
  Procedure,
} from '@medplum/fhirtypes';
import {
  ACT_CODE_SYSTEM,
  CONDITION_CATEGORY_SYSTEM,
  CONDITION_CLINICAL_SYSTEM,
  CONDITION_VERIFICATION_SYSTEM,
  CONFIDENTIALITY_SYSTEM,
  ENCOUNTER_CLASS_SYSTEM,
  ICD10CM_SYSTEM,
  IDENTIFIER_TYPE_SYSTEM,
  LOINC_SYSTEM,
  MEDICAL_RECORD_NUMBER_SYSTEM,
  MEDICAL_RECORD_NUMBER_TYPE,
  OBSERVATION_CATEGORY_SYSTEM,
  OBSERVATION_INTERPRETATION_SYSTEM,
  PROGRAM_SYSTEM,
  PROGRAMS,
  RXNORM_SYSTEM,
  SNOMED_SYSTEM,
  UCUM_SYSTEM,
} from '../subgraphs/health/src/fhir-conventions.ts';
import type { FhirResource } from './__generated__/scenario-types.ts';

/**
 * Synthetic county health records for one youth, as HL7 FHIR R4 resources that follow the
 * health system's conventions (subgraphs/health/README.md): the MRN on the Patient, ICD-10-CM
 * diagnoses, LOINC screenings and tests, SNOMED CT visits and procedures, county program codes
 * on services, and HL7 confidentiality and sensitivity labels in `meta.security` on every record.
 * Everything is derived from the seed and the caller's seeded `random`, so a scenario is
 * reproducible.
 */

export { MEDICAL_RECORD_NUMBER_SYSTEM };

export interface HealthPatientSeed {
  /** `H` followed by 8 digits, unique in the scenario. */
  medicalRecordNumber: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  gender: 'male' | 'female' | 'other' | 'unknown';
  /** Which kinds of records the youth has. */
  services: {
    mentalHealth: boolean;
    medicalEvaluation: boolean;
    publicHealthNurse: boolean;
    substanceUse: boolean;
    sensitiveServices: boolean;
    hivTest: boolean;
  };
}

/** A new medical record number: `H` and 8 digits. The caller keeps them unique. */
export function medicalRecordNumberFrom(random: () => number): string {
  return `H${String(Math.floor(random() * 100_000_000)).padStart(8, '0')}`;
}

/**
 * The youth's health records: a Patient, then the records of each service the seed names.
 * `today` (YYYY-MM-DD) bounds every date; records fall within the last three years and after
 * the youth turned ten. Resource ids are `<kind>-<MRN>-<n>`, unique per patient.
 */
export function healthResourcesFor(patient: HealthPatientSeed, random: () => number, today: string): FhirResource[] {
  if (!/^H\d{8}$/.test(patient.medicalRecordNumber)) {
    throw new Error('A health patient seed needs a medical record number of H and 8 digits.');
  }
  const records = new HealthRecordWriter(patient, random, today);
  const resources: HealthResource[] = [records.patient()];
  if (patient.services.mentalHealth) resources.push(...records.mentalHealth());
  if (patient.services.medicalEvaluation) resources.push(...records.medicalEvaluation());
  if (patient.services.publicHealthNurse) resources.push(...records.publicHealthNursing());
  if (patient.services.substanceUse) resources.push(...records.substanceUse());
  if (patient.services.sensitiveServices) resources.push(...records.sensitiveServices());
  if (patient.services.hivTest) resources.push(...records.hivTest());
  // Last, so that the records above keep their ids and dates whatever is prescribed.
  resources.push(...records.medications(resources));
  return resources.map(toScenarioResource);
}

type HealthResource = Patient | Observation | Condition | EpisodeOfCare | Encounter | Procedure | MedicationRequest;
type Confidentiality = 'N' | 'R' | 'V';
type Sensitivity = 'PSY' | 'PSYTHPN' | 'ETH' | 'ETHUD' | 'OPIOIDUD' | '42CFRPart2' | 'SEX' | 'STD' | 'SDV' | 'HIV';

const CONFIDENTIALITY_DISPLAY: Record<Confidentiality, string> = {
  N: 'normal',
  R: 'restricted',
  V: 'very restricted',
};

const SENSITIVITY_DISPLAY: Record<Sensitivity, string> = {
  PSY: 'psychiatry disorder information sensitivity',
  PSYTHPN: 'psychotherapy note information sensitivity',
  ETH: 'substance abuse information sensitivity',
  ETHUD: 'alcohol use disorder information sensitivity',
  OPIOIDUD: 'opioid use disorder information sensitivity',
  '42CFRPart2': '42 CFR Part2',
  SEX: 'sexuality and reproductive health information sensitivity',
  STD: 'sexually transmitted disease information sensitivity',
  SDV: 'sexual assault, abuse, or domestic violence information sensitivity',
  HIV: 'HIV/AIDS information sensitivity',
};

interface Code {
  code: string;
  display: string;
}

interface Diagnosis extends Code {
  /** Extra sensitivity the diagnosis itself carries. */
  sensitivity?: Sensitivity[];
}

const MENTAL_HEALTH_DIAGNOSES: Diagnosis[] = [
  { code: 'F43.10', display: 'Post-traumatic stress disorder, unspecified' },
  { code: 'F43.12', display: 'Post-traumatic stress disorder, chronic' },
  { code: 'F32.1', display: 'Major depressive disorder, single episode, moderate' },
  { code: 'F41.1', display: 'Generalized anxiety disorder' },
  { code: 'F43.23', display: 'Adjustment disorder with mixed anxiety and depressed mood' },
  { code: 'F90.2', display: 'Attention-deficit hyperactivity disorder, combined type' },
  { code: 'F91.3', display: 'Oppositional defiant disorder' },
];

const GENERAL_MEDICAL_DIAGNOSES: Diagnosis[] = [
  { code: 'J45.20', display: 'Mild intermittent asthma, uncomplicated' },
  { code: 'K02.9', display: 'Dental caries, unspecified' },
  { code: 'D50.9', display: 'Iron deficiency anemia, unspecified' },
  { code: 'H52.13', display: 'Myopia, bilateral' },
  { code: 'L70.0', display: 'Acne vulgaris' },
  { code: 'G44.209', display: 'Tension-type headache, unspecified, not intractable' },
];

const SUBSTANCE_USE_DIAGNOSES: Diagnosis[] = [
  { code: 'F12.10', display: 'Cannabis abuse, uncomplicated' },
  { code: 'F12.20', display: 'Cannabis dependence, uncomplicated' },
  { code: 'F10.10', display: 'Alcohol abuse, uncomplicated', sensitivity: ['ETHUD'] },
  { code: 'F15.10', display: 'Other stimulant abuse, uncomplicated' },
  { code: 'F11.10', display: 'Opioid abuse, uncomplicated', sensitivity: ['OPIOIDUD'] },
];

const LOINC = {
  PHQ_A: { code: '89204-2', display: 'Patient Health Questionnaire-9: Modified for Teens total score [Reported.PHQ.Teen]' },
  GAD_7: { code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' },
  PROGRESS_NOTE: { code: '11506-3', display: 'Progress note' },
  DAST_10: { code: '82667-7', display: 'Total score [DAST-10]' },
  AUDIT_C: { code: '75626-2', display: 'Total score [AUDIT-C]' },
  CHLAMYDIA: { code: '42931-6', display: 'Chlamydia trachomatis rRNA [Presence] in Urine by NAA with probe detection' },
  GONORRHEA: { code: '60256-5', display: 'Neisseria gonorrhoeae rRNA [Presence] in Urine by NAA with probe detection' },
  PREGNANCY: { code: '2106-3', display: 'Choriogonadotropin (pregnancy test) [Presence] in Urine' },
  HIV: { code: '56888-1', display: 'HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay' },
} as const;

/** HCPCS Level II, as US FHIR servers name it for billing codes on visits. */
const HCPCS_SYSTEM = 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';

const SNOMED = {
  WELL_CHILD_VISIT: { code: '410620009', display: 'Well child visit' },
  HOME_VISIT: { code: '439708006', display: 'Home visit' },
  CONTRACEPTIVE_IMPLANT: { code: '169553002', display: 'Insertion of subcutaneous contraceptive' },
  DETECTED: { code: '260373001', display: 'Detected' },
  NOT_DETECTED: { code: '260415000', display: 'Not detected' },
  POSITIVE: { code: '10828004', display: 'Positive' },
  NEGATIVE: { code: '260385009', display: 'Negative' },
} as const;

const INTERPRETATION = {
  DETECTED: { code: 'DET', display: 'Detected' },
  NOT_DETECTED: { code: 'ND', display: 'Not detected' },
  POSITIVE: { code: 'POS', display: 'Positive' },
  NEGATIVE: { code: 'NEG', display: 'Negative' },
} as const;

/** Fictional county staff. */
/**
 * A prescription the county EHR writes: the medication (an RxNorm product or ingredient), how often
 * it is written and labelled, and the labels it then carries. `diagnoses` (ICD-10-CM, leading
 * characters) are those it follows.
 */
interface Prescription {
  medication: Code;
  dosage: string;
  /** Share of the youth with a matching diagnosis who are prescribed it. */
  share: number;
  /** Share of those prescriptions the EHR labels; the rest arrive with no labels at all. */
  labelledShare: number;
  labels: Coding[];
}

const PRESCRIPTIONS_BY_DIAGNOSIS: ReadonlyArray<{ diagnoses: readonly string[] } & Prescription> = [
  {
    diagnoses: ['F11'],
    medication: { code: '1010604', display: 'buprenorphine 8 MG / naloxone 2 MG Sublingual Film' },
    dosage: 'Dissolve 1 film under the tongue once daily',
    share: 0.9,
    labelledShare: 0.3,
    labels: labels('R', 'ETH', 'OPIOIDUD', '42CFRPart2'),
  },
  {
    diagnoses: ['F10'],
    medication: { code: '7243', display: 'naltrexone' },
    dosage: '50 mg by mouth once daily',
    share: 0.5,
    labelledShare: 0.5,
    labels: labels('R', 'ETH', '42CFRPart2'),
  },
  {
    diagnoses: ['F32', 'F41', 'F43'],
    medication: { code: '36437', display: 'sertraline' },
    dosage: '50 mg by mouth once daily',
    share: 0.4,
    labelledShare: 0.5,
    labels: labels('R', 'PSY'),
  },
  {
    diagnoses: ['F90'],
    medication: { code: '6901', display: 'methylphenidate' },
    dosage: '18 mg extended release by mouth every morning',
    share: 0.7,
    labelledShare: 0.5,
    labels: labels('R', 'PSY'),
  },
  {
    diagnoses: ['Z30'],
    medication: { code: '198042', display: 'norethindrone 0.35 MG Oral Tablet' },
    dosage: '1 tablet by mouth daily at the same time',
    share: 0.5,
    labelledShare: 0.5,
    labels: labels('V', 'SEX'),
  },
  {
    diagnoses: ['J45'],
    medication: { code: '435', display: 'albuterol' },
    dosage: '2 puffs (90 mcg each) inhaled every 4 to 6 hours as needed for wheezing',
    share: 0.9,
    labelledShare: 0.5,
    labels: labels('R'),
  },
];

/** Pre-exposure prophylaxis after a negative HIV test. */
const PREP: Prescription = {
  medication: { code: '476556', display: 'emtricitabine 200 MG / tenofovir disoproxil fumarate 300 MG Oral Tablet' },
  dosage: '1 tablet by mouth once daily',
  share: 0.15,
  labelledShare: 0.5,
  labels: labels('V', 'HIV'),
};

const CLINICIANS = ['Dana Whitfield, LMFT', 'Marcus Oyelaran, LCSW', 'Priya Raman, PsyD', 'Elena Castañeda, LMFT'];
const PHYSICIANS = ['Dr. Helen Park, MD', 'Dr. Samuel Adeyemi, MD', 'Dr. Lucia Ferreira, MD'];
const NURSES = ['Grace Nakamura, RN, PHN', 'Teresa Villanueva, RN, PHN', 'Monique Carter, RN, PHN'];
const COUNSELORS = ['Jordan Ellis, CADC-II', 'Rosa Delgado, CADC-I', 'Kevin Tran, CADC-II'];

const MEDICAL_EVALUATION_REASONS = [
  'Initial health assessment after entering out-of-home care',
  'Annual well-child examination',
  'Comprehensive medical evaluation requested by the MDT',
];
const NURSE_VISIT_REASONS = [
  'Health education and care coordination',
  'Follow-up on referrals from the medical evaluation',
  'Immunization and medication review',
  'Linkage to primary care and dental care',
];

const DAY_MS = 86_400_000;

class HealthRecordWriter {
  private readonly seed: HealthPatientSeed;
  private readonly random: () => number;
  private readonly patientReference: string;
  private readonly firstDay: number;
  private readonly lastDay: number;
  private readonly counters = new Map<string, number>();

  constructor(seed: HealthPatientSeed, random: () => number, today: string) {
    this.seed = seed;
    this.random = random;
    this.patientReference = `Patient/pat-${seed.medicalRecordNumber}`;
    this.lastDay = dayOf(today);
    const tenthBirthday = dayOf(seed.birthDate) + Math.round(10 * 365.25);
    this.firstDay = Math.min(Math.max(tenthBirthday, this.lastDay - 3 * 365), this.lastDay);
  }

  patient(): Patient {
    return {
      resourceType: 'Patient',
      id: `pat-${this.seed.medicalRecordNumber}`,
      meta: { security: labels('N') },
      identifier: [
        {
          type: {
            coding: [{ system: IDENTIFIER_TYPE_SYSTEM, code: MEDICAL_RECORD_NUMBER_TYPE, display: 'Medical record number' }],
          },
          system: MEDICAL_RECORD_NUMBER_SYSTEM,
          value: this.seed.medicalRecordNumber,
        },
      ],
      active: true,
      name: [{ use: 'official', family: this.seed.familyName, given: [this.seed.givenName] }],
      gender: this.seed.gender,
      birthDate: this.seed.birthDate,
    };
  }

  /** Specialty mental health services, screenings, diagnoses and one psychotherapy note. */
  mentalHealth(): HealthResource[] {
    const security = labels('R', 'PSY');
    const episode = this.episode(PROGRAMS.SPECIALTY_MENTAL_HEALTH, this.pick(CLINICIANS), security, 0.7);
    const intake = episode.period?.start ?? this.date();
    const resources: HealthResource[] = [
      episode,
      this.scoredScreening(LOINC.PHQ_A, intake, this.integer(0, 27), depressionSeverity, security),
      this.scoredScreening(LOINC.GAD_7, intake, this.integer(0, 21), anxietySeverity, security),
    ];
    if (this.chance(0.5)) {
      const followUp = this.dateFrom(dayOf(intake));
      resources.push(this.scoredScreening(LOINC.PHQ_A, followUp, this.integer(0, 20), depressionSeverity, security));
    }
    for (const diagnosis of this.pickSome(MENTAL_HEALTH_DIAGNOSES, this.integer(1, 2))) {
      resources.push(this.condition(diagnosis, intake, security));
    }
    // Process notes kept by the therapist: in the source, never to be disclosed.
    resources.push({
      resourceType: 'Observation',
      id: this.id('obs'),
      meta: { security: labels('R', 'PSY', 'PSYTHPN') },
      status: 'final',
      code: concept(LOINC_SYSTEM, LOINC.PROGRESS_NOTE),
      subject: { reference: this.patientReference },
      effectiveDateTime: this.dateFrom(dayOf(intake)),
      valueString: 'Psychotherapy session notes.',
    });
    return resources;
  }

  /** A comprehensive medical evaluation and what it found. */
  medicalEvaluation(): HealthResource[] {
    const security = labels('R');
    const evaluatedOn = this.date();
    const encounter: Encounter = {
      resourceType: 'Encounter',
      id: this.id('enc'),
      meta: { security },
      status: 'finished',
      class: { system: ENCOUNTER_CLASS_SYSTEM, code: 'AMB', display: 'ambulatory' },
      type: [concept(SNOMED_SYSTEM, SNOMED.WELL_CHILD_VISIT)],
      serviceType: concept(PROGRAM_SYSTEM, PROGRAMS.MEDICAL_EVALUATION),
      subject: { reference: this.patientReference },
      participant: [{ individual: { display: this.pick(PHYSICIANS) } }],
      period: { start: evaluatedOn, end: evaluatedOn },
      reasonCode: [{ text: this.pick(MEDICAL_EVALUATION_REASONS) }],
      serviceProvider: { display: 'County Public Health Clinic' },
    };
    const findings = this.pickSome(GENERAL_MEDICAL_DIAGNOSES, this.integer(0, 2)).map((diagnosis) => ({
      ...this.condition(diagnosis, evaluatedOn, security),
      encounter: { reference: `Encounter/${encounter.id}` },
    }));
    return [encounter, ...findings];
  }

  /** A public health nursing case and the nurse's home visits. */
  publicHealthNursing(): HealthResource[] {
    const nurse = this.pick(NURSES);
    // Who the nurse is belongs to the roster; what the nurse finds is general medical.
    const episode = this.episode(PROGRAMS.PUBLIC_HEALTH_NURSING, nurse, labels('N'), 0.8);
    const opened = dayOf(episode.period?.start ?? this.date());
    const closed = episode.period?.end ? dayOf(episode.period.end) : this.lastDay;
    const visits = Array.from({ length: this.integer(1, 3) }, (): Encounter => {
      const visitedOn = dateOf(opened + Math.floor(this.random() * (closed - opened + 1)));
      return {
        resourceType: 'Encounter',
        id: this.id('enc'),
        meta: { security: labels('R') },
        status: 'finished',
        class: { system: ENCOUNTER_CLASS_SYSTEM, code: 'HH', display: 'home health' },
        type: [concept(SNOMED_SYSTEM, SNOMED.HOME_VISIT)],
        serviceType: concept(PROGRAM_SYSTEM, PROGRAMS.PUBLIC_HEALTH_NURSING),
        subject: { reference: this.patientReference },
        episodeOfCare: [{ reference: `EpisodeOfCare/${episode.id}` }],
        participant: [{ individual: { display: nurse } }],
        period: { start: visitedOn, end: visitedOn },
        reasonCode: [{ text: this.pick(NURSE_VISIT_REASONS) }],
      };
    });
    return [episode, ...visits];
  }

  /** Outpatient SUD treatment, its screenings and diagnosis, all under 42 CFR Part 2. */
  substanceUse(): HealthResource[] {
    const security = labels('R', 'ETH', '42CFRPart2');
    const episode = this.episode(PROGRAMS.SUBSTANCE_USE_OUTPATIENT, this.pick(COUNSELORS), security, 0.6);
    const intake = episode.period?.start ?? this.date();
    const resources: HealthResource[] = [
      episode,
      this.scoredScreening(LOINC.DAST_10, intake, this.integer(1, 8), drugUseSeverity, security),
    ];
    if (this.chance(0.5)) {
      resources.push(this.scoredScreening(LOINC.AUDIT_C, intake, this.integer(0, 8), alcoholScreen, security));
    }
    const diagnosis = this.pick(SUBSTANCE_USE_DIAGNOSES);
    resources.push(this.condition(diagnosis, intake, labels('R', 'ETH', '42CFRPart2', ...(diagnosis.sensitivity ?? []))));
    // The intake session as the county EHR sends visits: no labels, a billing code and the episode
    // it belongs to, which is what files it as substance use (policies/csec/value_sets). Its id is
    // fixed rather than counted, so the records generated after it keep theirs.
    resources.push({
      resourceType: 'Encounter',
      id: `enc-${this.seed.medicalRecordNumber}-sud-intake`,
      status: 'finished',
      class: { system: ENCOUNTER_CLASS_SYSTEM, code: 'AMB', display: 'ambulatory' },
      type: [concept(HCPCS_SYSTEM, { code: 'H0001', display: 'Alcohol and/or drug assessment' })],
      subject: { reference: this.patientReference },
      episodeOfCare: [{ reference: `EpisodeOfCare/${episode.id}` }],
      participant: [{ individual: { display: episode.careManager?.display ?? 'Counselor' } }],
      period: { start: intake, end: intake },
    } satisfies Encounter);
    return resources;
  }

  /** STI and pregnancy tests, contraception, and the sexual exploitation finding. */
  sensitiveServices(): HealthResource[] {
    const testedOn = this.date();
    const sti = labels('V', 'STD');
    const chlamydia = this.chance(0.1);
    const gonorrhea = this.chance(0.06);
    const resources: HealthResource[] = [
      this.presenceTest(LOINC.CHLAMYDIA, testedOn, chlamydia, sti),
      this.presenceTest(LOINC.GONORRHEA, testedOn, gonorrhea, sti),
      this.condition(
        { code: 'T74.52XA', display: 'Child sexual exploitation, confirmed, initial encounter' },
        testedOn,
        labels('V', 'SDV'),
      ),
    ];
    if (chlamydia) {
      resources.push(
        this.condition(
          { code: 'A56.00', display: 'Chlamydial infection of lower genitourinary tract, unspecified' },
          testedOn,
          sti,
          'resolved',
        ),
      );
    }
    if (gonorrhea) {
      resources.push(
        this.condition(
          { code: 'A54.00', display: 'Gonococcal infection of lower genitourinary tract, unspecified' },
          testedOn,
          sti,
          'resolved',
        ),
      );
    }
    if (this.seed.gender === 'female') {
      const reproductive = labels('V', 'SEX');
      const pregnant = this.chance(0.05);
      resources.push({
        ...this.observation(LOINC.PREGNANCY, testedOn, reproductive, 'laboratory'),
        valueCodeableConcept: concept(SNOMED_SYSTEM, pregnant ? SNOMED.POSITIVE : SNOMED.NEGATIVE),
        interpretation: [concept(OBSERVATION_INTERPRETATION_SYSTEM, pregnant ? INTERPRETATION.POSITIVE : INTERPRETATION.NEGATIVE)],
      });
      if (!pregnant && this.chance(0.4)) {
        resources.push(
          this.condition(
            { code: 'Z30.09', display: 'Encounter for other general counseling and advice on contraception' },
            testedOn,
            reproductive,
          ),
          {
            resourceType: 'Procedure',
            id: this.id('proc'),
            meta: { security: reproductive },
            status: 'completed',
            code: concept(SNOMED_SYSTEM, SNOMED.CONTRACEPTIVE_IMPLANT),
            subject: { reference: this.patientReference },
            performedDateTime: this.dateFrom(dayOf(testedOn)),
          },
        );
      }
    }
    return resources;
  }

  /** One HIV screening test. */
  hivTest(): HealthResource[] {
    const positive = this.chance(0.01);
    return [
      {
        ...this.observation(LOINC.HIV, this.date(), labels('V', 'HIV'), 'laboratory'),
        valueCodeableConcept: concept(SNOMED_SYSTEM, positive ? SNOMED.POSITIVE : SNOMED.NEGATIVE),
        interpretation: [concept(OBSERVATION_INTERPRETATION_SYSTEM, positive ? INTERPRETATION.POSITIVE : INTERPRETATION.NEGATIVE)],
      },
    ];
  }

  /**
   * Prescriptions (MedicationRequest, RxNorm) that follow the youth's diagnoses and HIV test, as
   * the county EHR sends them: some labelled, many not, each with the diagnosis it treats as its
   * reason, so that the health subgraph files them by their codes (policies/csec/value_sets).
   */
  medications(records: readonly HealthResource[]): MedicationRequest[] {
    const prescribed: MedicationRequest[] = [];
    for (const record of records) {
      if (record.resourceType === 'Condition') {
        const code = record.code?.coding?.find((coding) => coding.system === ICD10CM_SYSTEM)?.code ?? '';
        const prescription = PRESCRIPTIONS_BY_DIAGNOSIS.find((candidate) => candidate.diagnoses.some((prefix) => code.startsWith(prefix)));
        if (prescription && this.chance(prescription.share)) {
          prescribed.push(
            this.prescription(prescription, record.recordedDate ?? this.date(), {
              reasonReference: [{ reference: `Condition/${record.id}` }],
            }),
          );
        }
      } else if (record.resourceType === 'Observation' && record.code?.coding?.[0]?.code === LOINC.HIV.code) {
        const negative = record.valueCodeableConcept?.coding?.[0]?.code === SNOMED.NEGATIVE.code;
        if (negative && this.chance(PREP.share)) {
          prescribed.push(
            this.prescription(PREP, record.effectiveDateTime ?? this.date(), { reasonCode: [{ text: 'HIV pre-exposure prophylaxis' }] }),
          );
        }
      }
    }
    return prescribed;
  }

  private prescription(
    prescription: Prescription,
    onOrAfter: string,
    reason: Pick<MedicationRequest, 'reasonCode' | 'reasonReference'>,
  ): MedicationRequest {
    const prescribedOn = this.dateFrom(dayOf(onOrAfter), 30);
    const labelled = this.chance(prescription.labelledShare);
    return {
      resourceType: 'MedicationRequest',
      id: this.id('medrx'),
      ...(labelled ? { meta: { security: prescription.labels } } : {}),
      status: this.chance(0.7) ? 'active' : 'completed',
      intent: 'order',
      medicationCodeableConcept: concept(RXNORM_SYSTEM, prescription.medication),
      subject: { reference: this.patientReference },
      authoredOn: prescribedOn,
      requester: { display: this.pick(PHYSICIANS) },
      dosageInstruction: [{ text: prescription.dosage }],
      ...reason,
    };
  }

  private episode(program: Code, careManager: string, security: Coding[], activeShare: number): EpisodeOfCare {
    const start = this.date();
    const active = this.chance(activeShare);
    const end = active ? undefined : this.dateFrom(dayOf(start));
    return {
      resourceType: 'EpisodeOfCare',
      id: this.id('eoc'),
      meta: { security },
      status: active ? 'active' : 'finished',
      type: [concept(PROGRAM_SYSTEM, program)],
      patient: { reference: this.patientReference },
      managingOrganization: { display: 'County Behavioral Health and Public Health' },
      period: end ? { start, end } : { start },
      careManager: { display: careManager },
    };
  }

  private observation(code: Code, date: string, security: Coding[], category: 'survey' | 'laboratory'): Observation {
    return {
      resourceType: 'Observation',
      id: this.id('obs'),
      meta: { security },
      status: 'final',
      category: [concept(OBSERVATION_CATEGORY_SYSTEM, { code: category, display: category === 'survey' ? 'Survey' : 'Laboratory' })],
      code: concept(LOINC_SYSTEM, code),
      subject: { reference: this.patientReference },
      effectiveDateTime: date,
    };
  }

  private scoredScreening(code: Code, date: string, score: number, meaning: (score: number) => string, security: Coding[]): Observation {
    return {
      ...this.observation(code, date, security, 'survey'),
      valueQuantity: { value: score, unit: '{score}', system: UCUM_SYSTEM, code: '{score}' },
      interpretation: [{ text: meaning(score) }],
    };
  }

  private presenceTest(code: Code, date: string, detected: boolean, security: Coding[]): Observation {
    return {
      ...this.observation(code, date, security, 'laboratory'),
      valueCodeableConcept: concept(SNOMED_SYSTEM, detected ? SNOMED.DETECTED : SNOMED.NOT_DETECTED),
      interpretation: [concept(OBSERVATION_INTERPRETATION_SYSTEM, detected ? INTERPRETATION.DETECTED : INTERPRETATION.NOT_DETECTED)],
    };
  }

  private condition(diagnosis: Code, onOrAfter: string, security: Coding[], status?: 'active' | 'remission' | 'resolved'): Condition {
    const diagnosedOn = this.dateFrom(dayOf(onOrAfter), 30);
    const clinical = status ?? (this.chance(0.8) ? 'active' : 'remission');
    return {
      resourceType: 'Condition',
      id: this.id('cond'),
      meta: { security },
      clinicalStatus: concept(CONDITION_CLINICAL_SYSTEM, { code: clinical, display: capitalize(clinical) }),
      verificationStatus: concept(CONDITION_VERIFICATION_SYSTEM, { code: 'confirmed', display: 'Confirmed' }),
      category: [concept(CONDITION_CATEGORY_SYSTEM, { code: 'encounter-diagnosis', display: 'Encounter Diagnosis' })],
      code: concept(ICD10CM_SYSTEM, diagnosis),
      subject: { reference: this.patientReference },
      onsetDateTime: diagnosedOn,
      recordedDate: diagnosedOn,
      ...(clinical === 'resolved' ? { abatementDateTime: this.dateFrom(dayOf(diagnosedOn), 45) } : {}),
    };
  }

  private id(kind: string): string {
    const next = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, next);
    return `${kind}-${this.seed.medicalRecordNumber}-${next}`;
  }

  /** A date in the youth's record window. */
  private date(): string {
    return dateOf(this.firstDay + Math.floor(this.random() * (this.lastDay - this.firstDay + 1)));
  }

  /** A date from `day` to at most `withinDays` later, never after today. */
  private dateFrom(day: number, withinDays = 300): string {
    const last = Math.min(day + withinDays, this.lastDay);
    return dateOf(Math.min(day, last) + Math.floor(this.random() * (Math.max(last - day, 0) + 1)));
  }

  private integer(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private chance(probability: number): boolean {
    return this.random() < probability;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  private pickSome<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const picked: T[] = [];
    while (picked.length < count && pool.length > 0) {
      picked.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0] as T);
    }
    return picked;
  }
}

function labels(confidentiality: Confidentiality, ...sensitivity: Sensitivity[]): Coding[] {
  return [
    { system: CONFIDENTIALITY_SYSTEM, code: confidentiality, display: CONFIDENTIALITY_DISPLAY[confidentiality] },
    ...sensitivity.map((code) => ({ system: ACT_CODE_SYSTEM, code, display: SENSITIVITY_DISPLAY[code] })),
  ];
}

function concept(system: string, code: Code): CodeableConcept {
  return { coding: [{ system, code: code.code, display: code.display }], text: code.display };
}

/** PHQ-A (PHQ-9 modified for teens) severity bands. */
function depressionSeverity(score: number): string {
  if (score >= 20) return 'Severe depression';
  if (score >= 15) return 'Moderately severe depression';
  if (score >= 10) return 'Moderate depression';
  if (score >= 5) return 'Mild depression';
  return 'Minimal depression';
}

/** GAD-7 severity bands. */
function anxietySeverity(score: number): string {
  if (score >= 15) return 'Severe anxiety';
  if (score >= 10) return 'Moderate anxiety';
  if (score >= 5) return 'Mild anxiety';
  return 'Minimal anxiety';
}

/** DAST-10 levels of problems related to drug use. */
function drugUseSeverity(score: number): string {
  if (score >= 9) return 'Severe level of problems related to drug abuse';
  if (score >= 6) return 'Substantial level of problems related to drug abuse';
  if (score >= 3) return 'Moderate level of problems related to drug abuse';
  if (score >= 1) return 'Low level of problems related to drug abuse';
  return 'No problems reported';
}

/** AUDIT-C with the adolescent cut-off of 3. */
function alcoholScreen(score: number): string {
  return score >= 3 ? 'Positive screen for risky drinking' : 'Negative screen';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dayOf(date: string): number {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return Math.floor(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS);
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The scenario file's view of a FHIR resource: an id and labels that each have a system and a code. */
function toScenarioResource(resource: HealthResource): FhirResource {
  if (!resource.id || (resource.meta?.security ?? []).some((coding) => !coding.system || !coding.code)) {
    throw new Error(`A generated ${resource.resourceType} lacks an id or a complete security label.`);
  }
  return resource as unknown as FhirResource;
}
