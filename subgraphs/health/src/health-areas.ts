import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import { ICD10CM_SYSTEM, LOINC_SYSTEM, PROGRAM_SYSTEM, PROGRAMS } from './fhir-conventions.ts';
import type { SecurityLabels } from './security-labels.ts';

/**
 * Which part of the youth's health profile a record belongs to. A record lands in exactly one
 * area: the most protected one that either its security labels or its codes point to, so a
 * record that is mislabelled at the source (an HIV test with no HIV label, a substance use
 * diagnosis labelled only PSY) still lands with the stricter category.
 */
export type HealthArea =
  | 'HIV'
  | 'SUBSTANCE_USE'
  | 'SENSITIVE_SERVICES'
  | 'MENTAL_HEALTH'
  | 'PUBLIC_HEALTH_NURSING'
  | 'GENERAL_MEDICAL';

/** Most protected first: HIV (H&S 120980), 42 CFR Part 2, minor consent services, mental health. */
const PRECEDENCE: readonly HealthArea[] = [
  'HIV',
  'SUBSTANCE_USE',
  'SENSITIVE_SERVICES',
  'MENTAL_HEALTH',
  'PUBLIC_HEALTH_NURSING',
  'GENERAL_MEDICAL',
];

const AREA_OF_SENSITIVITY: Readonly<Record<string, HealthArea>> = {
  HIV: 'HIV',
  ETH: 'SUBSTANCE_USE',
  ETHUD: 'SUBSTANCE_USE',
  OPIOIDUD: 'SUBSTANCE_USE',
  '42CFRPart2': 'SUBSTANCE_USE',
  SEX: 'SENSITIVE_SERVICES',
  STD: 'SENSITIVE_SERVICES',
  SDV: 'SENSITIVE_SERVICES',
  PSY: 'MENTAL_HEALTH',
  BH: 'MENTAL_HEALTH',
};

const AREA_OF_PROGRAM: Readonly<Record<string, HealthArea>> = {
  [PROGRAMS.SPECIALTY_MENTAL_HEALTH.code]: 'MENTAL_HEALTH',
  [PROGRAMS.SUBSTANCE_USE_OUTPATIENT.code]: 'SUBSTANCE_USE',
  [PROGRAMS.PUBLIC_HEALTH_NURSING.code]: 'PUBLIC_HEALTH_NURSING',
  [PROGRAMS.MEDICAL_EVALUATION.code]: 'GENERAL_MEDICAL',
};

/** LOINC tests and instruments whose result alone reveals the area. */
const AREA_OF_LOINC: Readonly<Record<string, HealthArea>> = {
  // HIV tests
  '56888-1': 'HIV', // HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay
  '75622-1': 'HIV', // HIV 1 and 2 tests - Meaningful Use set
  '7917-8': 'HIV', // HIV 1 Ab [Presence] in Serum
  '68961-2': 'HIV', // HIV 1 Ab [Presence] in Serum, Plasma or Blood by Rapid immunoassay
  '7918-6': 'HIV', // HIV 1+2 Ab [Presence] in Serum
  // Sexually transmitted infections and pregnancy
  '42931-6': 'SENSITIVE_SERVICES', // Chlamydia trachomatis rRNA [Presence] in Urine by NAA with probe detection
  '60256-5': 'SENSITIVE_SERVICES', // Neisseria gonorrhoeae rRNA [Presence] in Urine by NAA with probe detection
  '43304-5': 'SENSITIVE_SERVICES', // Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection
  '43305-2': 'SENSITIVE_SERVICES', // Neisseria gonorrhoeae rRNA [Presence] in Specimen by NAA with probe detection
  '80360-1': 'SENSITIVE_SERVICES', // Chlamydia trachomatis+Neisseria gonorrhoeae rRNA [Presence] in Urine by NAA
  '20507-0': 'SENSITIVE_SERVICES', // Reagin Ab [Presence] in Serum by RPR
  '2106-3': 'SENSITIVE_SERVICES', // Choriogonadotropin (pregnancy test) [Presence] in Urine
  // Substance use instruments
  '82667-7': 'SUBSTANCE_USE', // Total score [DAST-10]
  '75626-2': 'SUBSTANCE_USE', // Total score [AUDIT-C]
  // Mental health instruments
  '89204-2': 'MENTAL_HEALTH', // PHQ-9: Modified for Teens total score
  '44261-6': 'MENTAL_HEALTH', // PHQ-9 total score
  '55758-7': 'MENTAL_HEALTH', // PHQ-2 total score
  '70274-6': 'MENTAL_HEALTH', // GAD-7 total score
};

/** ICD-10-CM code prefixes (without the dot) whose diagnosis alone reveals the area. */
const AREA_OF_ICD10_PREFIX: ReadonlyArray<readonly [string, HealthArea]> = [
  ['B20', 'HIV'], // HIV disease
  ['Z21', 'HIV'], // Asymptomatic HIV infection status
  ['R75', 'HIV'], // Inconclusive laboratory evidence of HIV
  ['Z114', 'HIV'], // Encounter for screening for HIV
  ['Z717', 'HIV'], // HIV counseling
  ...['F10', 'F11', 'F12', 'F13', 'F14', 'F15', 'F16', 'F17', 'F18', 'F19'].map(
    (prefix) => [prefix, 'SUBSTANCE_USE'] as const,
  ), // Mental and behavioral disorders due to psychoactive substance use
  ...['A50', 'A51', 'A52', 'A53', 'A54', 'A55', 'A56', 'A57', 'A58', 'A59', 'A60', 'A63', 'A64'].map(
    (prefix) => [prefix, 'SENSITIVE_SERVICES'] as const,
  ), // Infections with a predominantly sexual mode of transmission
  ['Z113', 'SENSITIVE_SERVICES'], // Screening for infections with a predominantly sexual mode of transmission
  ['Z202', 'SENSITIVE_SERVICES'], // Contact with and exposure to sexually transmitted infections
  ['Z30', 'SENSITIVE_SERVICES'], // Contraceptive management
  ['Z32', 'SENSITIVE_SERVICES'], // Pregnancy examination and test
  ['Z33', 'SENSITIVE_SERVICES'], // Pregnant state
  ['Z3A', 'SENSITIVE_SERVICES'], // Weeks of gestation
  ['O', 'SENSITIVE_SERVICES'], // Pregnancy, childbirth and the puerperium
  ['T742', 'SENSITIVE_SERVICES'], // Sexual abuse, confirmed
  ['T745', 'SENSITIVE_SERVICES'], // Forced sexual exploitation, confirmed
  ['T762', 'SENSITIVE_SERVICES'], // Sexual abuse, suspected
  ['T765', 'SENSITIVE_SERVICES'], // Forced sexual exploitation, suspected
  ['Z044', 'SENSITIVE_SERVICES'], // Examination following alleged rape
  ['F', 'MENTAL_HEALTH'], // Mental, behavioral and neurodevelopmental disorders
];

/** The area of a record, from its labels and its codes (code, type, program). */
export function healthAreaOf(labels: SecurityLabels, concepts: ReadonlyArray<CodeableConcept | undefined>): HealthArea {
  const signals = new Set<HealthArea>();
  for (const code of labels.sensitivity) {
    const area = AREA_OF_SENSITIVITY[code];
    if (area) signals.add(area);
  }
  for (const concept of concepts) {
    for (const coding of concept?.coding ?? []) {
      const area = areaOfCoding(coding);
      if (area) signals.add(area);
    }
  }
  return PRECEDENCE.find((area) => signals.has(area)) ?? 'GENERAL_MEDICAL';
}

function areaOfCoding(coding: Coding): HealthArea | undefined {
  if (!coding.code) return undefined;
  switch (coding.system) {
    case PROGRAM_SYSTEM:
      return AREA_OF_PROGRAM[coding.code];
    case LOINC_SYSTEM:
      return AREA_OF_LOINC[coding.code];
    case ICD10CM_SYSTEM: {
      const code = coding.code.replace('.', '').toUpperCase();
      return AREA_OF_ICD10_PREFIX.find(([prefix]) => code.startsWith(prefix))?.[1];
    }
    default:
      return undefined;
  }
}
