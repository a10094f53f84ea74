/**
 * The county health system's FHIR conventions: which identifier is the medical record number,
 * which code systems carry what, and the HL7 security label systems. The health subgraph reads
 * records by these conventions and the synthetic scenario writes records by them.
 */

/**
 * The resource types of the county health conventions, in the order they can be written: a
 * resource comes after every resource it may refer to (Observation -> Encounter -> EpisodeOfCare
 * -> Patient), so a server that checks references accepts each write. Scenarios hold these
 * (schema/scenario.schema.json lists the same), and the embedded FHIR server says it serves them.
 */
export const HEALTH_RESOURCE_TYPES = [
  'Patient',
  'Practitioner',
  'PractitionerRole',
  'CareTeam',
  'EpisodeOfCare',
  'Encounter',
  'Condition',
  'Observation',
  'Procedure',
  'MedicationRequest',
  'MedicationStatement',
  'Consent',
] as const;

/** Path of the FHIR R4 API on the embedded FHIR server. */
export const EMBEDDED_FHIR_BASE_PATH = '/fhir/R4';

/** System of the county health system's medical record number (`Patient.identifier.system`). */
export const MEDICAL_RECORD_NUMBER_SYSTEM = 'urn:csec:county-health:mrn';

/** HL7 v2 table 0203 (identifier type); code `MR` marks the medical record number. */
export const IDENTIFIER_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0203';
export const MEDICAL_RECORD_NUMBER_TYPE = 'MR';

/** Confidentiality codes (U, L, M, N, R, V) travel in `meta.security` under this system. */
export const CONFIDENTIALITY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
/** Sensitivity codes (PSY, ETH, HIV, ...) and the privacy law code 42CFRPart2 travel under this system. */
export const ACT_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

export const LOINC_SYSTEM = 'http://loinc.org';
export const SNOMED_SYSTEM = 'http://snomed.info/sct';
export const ICD10CM_SYSTEM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const RXNORM_SYSTEM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const OBSERVATION_INTERPRETATION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
export const CONDITION_CLINICAL_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
export const CONDITION_VERIFICATION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
export const CONDITION_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-category';
export const ENCOUNTER_CLASS_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/**
 * The county's own program codes: `EpisodeOfCare.type` and `Encounter.serviceType` name the
 * program a service or visit belongs to. FHIR has no national code set for county programs.
 */
export const PROGRAM_SYSTEM = 'urn:csec:county-health:program';

export const PROGRAMS = {
  SPECIALTY_MENTAL_HEALTH: { code: 'SMHS', display: 'Specialty mental health services' },
  SUBSTANCE_USE_OUTPATIENT: { code: 'SUD-OP', display: 'Adolescent outpatient substance use disorder treatment' },
  PUBLIC_HEALTH_NURSING: { code: 'PHN', display: 'Public health nursing case management' },
  MEDICAL_EVALUATION: { code: 'MED-EVAL', display: 'Comprehensive medical evaluation' },
} as const;

/**
 * The seeder marks every resource it writes with this tag, so that reloading a scenario
 * replaces exactly what an earlier load wrote and nothing else on the server.
 */
export const SCENARIO_TAG = { system: 'urn:csec:scenario', code: 'synthetic' } as const;
