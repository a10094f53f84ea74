import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { HealthPatientRow, ObservationRow, ConditionRow, EpisodeOfCareRow, EncounterRow, ProcedureRow, MedicationRow } from '../records.ts';
import type { RecordFiling } from '../loaders.ts';
import type { HealthContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A part of the health profile, each opened under its own law (policies/csec/value_sets/data.yaml). */
export type HealthArea =
  /** General medical records. */
  | 'GENERAL_MEDICAL'
  /** HIV tests, diagnoses and care (H&S 120980). */
  | 'HIV'
  /** Mental health (W&IC 5328). */
  | 'MENTAL_HEALTH'
  /** The public health nursing case and its visits. */
  | 'PUBLIC_HEALTH_NURSING'
  /** Services a minor consents to on their own (Family Code 6925-6928). */
  | 'SENSITIVE_SERVICES'
  /** Substance use disorder records (42 CFR Part 2). */
  | 'SUBSTANCE_USE';

/** Whether a diagnosis still applies. */
export type HealthDiagnosisStatus =
  /** The condition is current. */
  | 'ACTIVE'
  /** The condition no longer applies. */
  | 'INACTIVE'
  /** The condition has come back after it had resolved. */
  | 'RECURRENCE'
  /** The condition has worsened again after a remission. */
  | 'RELAPSE'
  /** Symptoms are absent or reduced, but the condition may return. */
  | 'REMISSION'
  /** The condition has resolved. */
  | 'RESOLVED';

/** What put a health record in its part of the profile. */
export type HealthFilingBasis =
  /** One of its codes is in a value set of the policy bundle. */
  | 'CODE'
  /** The record belongs to a visit, episode of care, diagnosis or clinician's service filed there. */
  | 'CONTEXT'
  /** A sensitivity label the health system put on the record. */
  | 'LABEL'
  /** Its codes were read and no value set holds any of them: general medical. */
  | 'NO_MATCH'
  /** Nothing about the record could be read: filed as the county's value sets say for such records. */
  | 'UNDETERMINED';

/** How the health system knows of a medication. */
export type HealthMedicationSource =
  /** A clinician prescribed it. */
  | 'PRESCRIBED'
  /** The youth or a caregiver reports the youth takes or took it (a medication list taken at intake, for example). */
  | 'REPORTED';

/** Where a prescription stands. */
export type HealthMedicationStatus =
  /** The youth is to take it now. */
  | 'ACTIVE'
  /** Cancelled before the youth took any. */
  | 'CANCELLED'
  /** The course is finished. */
  | 'COMPLETED'
  /** Written but not yet issued. */
  | 'DRAFT'
  /** Reported: the youth is to start it. */
  | 'INTENDED'
  /** Reported: the youth is not taking it. */
  | 'NOT_TAKEN'
  /** Paused. */
  | 'ON_HOLD'
  /** Stopped before the course was finished. */
  | 'STOPPED';

/**
 * The youth as a patient of county behavioral health and public health. Each part below is its
 * own category, opened under its own law; a part that is withheld says nothing about whether
 * records exist. Psychotherapy notes are never part of this record.
 */
export type HealthPatient = {
  __typename?: 'HealthPatient';
  /** Date of birth as the health system records it. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** First name as the health system records it. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** HIV diagnoses, HIV care visits (screening, counseling, treatment) and HIV medications (treatment, PrEP), with the same protection as HIV test results. */
  hivCare?: Maybe<HivCareRecord>;
  /** HIV test results, newest first. Each disclosure needs a written authorization naming the recipient (H&S 120980). */
  hivTestResults?: Maybe<Array<HivTestResult>>;
  /** Last name as the health system records it. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Medical evaluations (health assessments and exams) and what they found. */
  medicalEvaluation?: Maybe<MedicalEvaluationRecord>;
  /** Medical record number in the county health system. */
  medicalRecordNumber: Scalars['ID']['output'];
  /** Mental health screenings and assessments, diagnoses and services (W&IC 5328 / Civil Code 56.103). Never psychotherapy notes. */
  mentalHealth?: Maybe<MentalHealthRecord>;
  /**
   * The youth's public health nursing case. Who the nurse is and whether the case is open is
   * roster information, like any other assigned worker; what the nurse found on visits is general
   * medical information, classified on the visits themselves.
   */
  publicHealthNursing?: Maybe<PublicHealthNursingRecord>;
  /**
   * How each of the youth's health records is filed: under which part of the profile, and what put it
   * there. For the privacy officer, who answers for the value sets and for complaints about them;
   * never the record itself. Psychotherapy and counseling notes are never read, so never listed.
   */
  recordFilings?: Maybe<Array<HealthRecordFiling>>;
  /** Services a minor consents to on their own: STI testing and treatment, pregnancy and contraception, sexual assault exams. Only with the youth's own authorization. */
  sensitiveServices?: Maybe<SensitiveServicesRecord>;
  /** Substance use disorder screening, diagnoses and treatment, protected by 42 CFR Part 2: disclosed only under the youth's own written consent. */
  substanceUse?: Maybe<SubstanceUseRecord>;
};

/** Status of a procedure. */
export type HealthProcedureStatus =
  /** Completed. */
  | 'COMPLETED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Was not done. */
  | 'NOT_DONE'
  /** Paused. */
  | 'ON_HOLD'
  /** Being prepared. */
  | 'PREPARATION'
  /** Stopped before completion. */
  | 'STOPPED';

/** How one health record is filed, for the privacy officer. Never the record itself. */
export type HealthRecordFiling = {
  __typename?: 'HealthRecordFiling';
  /** The part of the profile it is filed under. */
  area?: Maybe<HealthArea>;
  /** What put it there. */
  basis?: Maybe<HealthFilingBasis>;
  /** The record as the health system names it: resource type and id, for example Condition/123. */
  record: Scalars['ID']['output'];
  /** The rule in words: the label, the code with its value set, or the record it belongs to, with the value sets' version. */
  rule?: Maybe<Scalars['String']['output']>;
  /** The version of the value sets in the policy bundle that filed it. */
  valueSetsVersion?: Maybe<Scalars['String']['output']>;
};

/** Status of a test or screening result. */
export type HealthResultStatus =
  /** Changed or corrected after it was final. */
  | 'AMENDED'
  /** Final result. */
  | 'FINAL'
  /** Not yet final; the result may change. */
  | 'PRELIMINARY';

/** Where the youth is in a program of services. */
export type HealthServiceStatus =
  /** Receiving services now. */
  | 'ACTIVE'
  /** Enrollment was cancelled before services began. */
  | 'CANCELLED'
  /** Services have ended. */
  | 'FINISHED'
  /** Services are paused. */
  | 'ON_HOLD'
  /** Enrollment is planned. */
  | 'PLANNED'
  /** On the program's waiting list. */
  | 'WAITLIST';

/** Status of a visit or evaluation. */
export type HealthVisitStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Completed. */
  | 'FINISHED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Scheduled. */
  | 'PLANNED';

/** The youth's HIV diagnoses, HIV care visits and HIV medications. */
export type HivCareRecord = {
  __typename?: 'HivCareRecord';
  /** HIV diagnoses, most recent first. */
  diagnoses?: Maybe<Array<HivDiagnosis>>;
  /** HIV medications: antiretroviral treatment and pre-exposure prophylaxis (PrEP), most recent first. */
  medications?: Maybe<Array<HivMedication>>;
  /** HIV screening, counseling and care visits, newest first. */
  visits?: Maybe<Array<HivCareVisit>>;
};

/** An HIV screening, counseling or care visit. */
export type HivCareVisit = {
  __typename?: 'HivCareVisit';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The clinician seen. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** Kind of visit, for example "Office visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** What the visit was for. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the visit took place. */
  status?: Maybe<HealthVisitStatus>;
  /** Health system id of the visit. */
  visitId: Scalars['ID']['output'];
  /** When the visit took place. */
  visitedOn?: Maybe<Scalars['Date']['output']>;
};

/** An HIV diagnosis. */
export type HivDiagnosis = {
  __typename?: 'HivDiagnosis';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the diagnosis still applies. */
  clinicalStatus?: Maybe<HealthDiagnosisStatus>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The diagnosis in words. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the condition began or was diagnosed. */
  diagnosedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the diagnosis. */
  diagnosisId: Scalars['ID']['output'];
  /** ICD-10-CM code of the diagnosis. */
  icd10Code?: Maybe<Scalars['String']['output']>;
  /** When the condition resolved; empty while it applies. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
};

/** An HIV medication: antiretroviral treatment, or pre-exposure prophylaxis (PrEP). */
export type HivMedication = {
  __typename?: 'HivMedication';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the visit or diagnosis it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** How to take it, as the prescriber wrote it. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The medication, for example "emtricitabine 200 MG / tenofovir disoproxil fumarate 300 MG Oral Tablet". */
  medication?: Maybe<Scalars['String']['output']>;
  /** Health system id of the prescription or of the reported medication. */
  medicationId: Scalars['ID']['output'];
  /** When the medication was prescribed or recorded. */
  prescribedOn?: Maybe<Scalars['Date']['output']>;
  /** The clinician who prescribed it, or who reported it. */
  prescriber?: Maybe<Scalars['String']['output']>;
  /** Why it was prescribed. */
  reason?: Maybe<Scalars['String']['output']>;
  /** RxNorm code of the medication. */
  rxnormCode?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Prescribed, or reported by the youth or a caregiver. */
  source?: Maybe<HealthMedicationSource>;
  /** Where the prescription stands. */
  status?: Maybe<HealthMedicationStatus>;
};

/** An HIV test result. */
export type HivTestResult = {
  __typename?: 'HivTestResult';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** When the specimen was collected. */
  collectedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The laboratory's interpretation. */
  interpretation?: Maybe<Scalars['String']['output']>;
  /** LOINC code of the test. */
  loincCode?: Maybe<Scalars['String']['output']>;
  /** The result, for example "Negative". */
  result?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the result is final. */
  status?: Maybe<HealthResultStatus>;
  /** The test, for example "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay". */
  test?: Maybe<Scalars['String']['output']>;
  /** Health system id of the test. */
  testId: Scalars['ID']['output'];
};

/** A medical diagnosis. */
export type MedicalDiagnosis = {
  __typename?: 'MedicalDiagnosis';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the diagnosis still applies. */
  clinicalStatus?: Maybe<HealthDiagnosisStatus>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The diagnosis in words, for example "Mild intermittent asthma, uncomplicated". */
  description?: Maybe<Scalars['String']['output']>;
  /** When the condition began or was diagnosed. */
  diagnosedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the diagnosis. */
  diagnosisId: Scalars['ID']['output'];
  /** ICD-10-CM code of the diagnosis. */
  icd10Code?: Maybe<Scalars['String']['output']>;
  /** When the condition resolved; empty while it applies. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
};

/** A health assessment or medical exam. */
export type MedicalEvaluation = {
  __typename?: 'MedicalEvaluation';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The clinician who did the evaluation. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** When the evaluation took place. */
  evaluatedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the evaluation. */
  evaluationId: Scalars['ID']['output'];
  /** Kind of evaluation, for example "Well child visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** Why the evaluation was done. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the evaluation took place. */
  status?: Maybe<HealthVisitStatus>;
};

/** The youth's medical evaluations and their findings. */
export type MedicalEvaluationRecord = {
  __typename?: 'MedicalEvaluationRecord';
  /** Medical diagnoses (not mental health, substance use or sensitive services), most recent first. */
  diagnoses?: Maybe<Array<MedicalDiagnosis>>;
  /** Health assessments and medical exams, newest first. */
  evaluations?: Maybe<Array<MedicalEvaluation>>;
  /** Medications prescribed to the youth (not for mental health, substance use, sensitive services or HIV), most recent first. */
  medications?: Maybe<Array<MedicalMedication>>;
};

/** A medication prescribed to the youth (not for mental health, substance use, sensitive services or HIV). */
export type MedicalMedication = {
  __typename?: 'MedicalMedication';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the visit or diagnosis it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** How to take it, as the prescriber wrote it. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The medication, for example "Albuterol inhaler". */
  medication?: Maybe<Scalars['String']['output']>;
  /** Health system id of the prescription or of the reported medication. */
  medicationId: Scalars['ID']['output'];
  /** When the medication was prescribed or recorded. */
  prescribedOn?: Maybe<Scalars['Date']['output']>;
  /** The clinician who prescribed it, or who reported it. */
  prescriber?: Maybe<Scalars['String']['output']>;
  /** Why it was prescribed. */
  reason?: Maybe<Scalars['String']['output']>;
  /** RxNorm code of the medication. */
  rxnormCode?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Prescribed, or reported by the youth or a caregiver. */
  source?: Maybe<HealthMedicationSource>;
  /** Where the prescription stands. */
  status?: Maybe<HealthMedicationStatus>;
};

/** A mental health diagnosis. */
export type MentalHealthDiagnosis = {
  __typename?: 'MentalHealthDiagnosis';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the diagnosis still applies. */
  clinicalStatus?: Maybe<HealthDiagnosisStatus>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The diagnosis in words, for example "Post-traumatic stress disorder, unspecified". */
  description?: Maybe<Scalars['String']['output']>;
  /** When the condition began or was diagnosed. */
  diagnosedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the diagnosis. */
  diagnosisId: Scalars['ID']['output'];
  /** ICD-10-CM code of the diagnosis. */
  icd10Code?: Maybe<Scalars['String']['output']>;
  /** When the condition resolved; empty while it applies. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
};

/** A medication prescribed to the youth in mental health care, for example an antidepressant. */
export type MentalHealthMedication = {
  __typename?: 'MentalHealthMedication';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the visit or diagnosis it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** How to take it, as the prescriber wrote it. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The medication, for example "sertraline". */
  medication?: Maybe<Scalars['String']['output']>;
  /** Health system id of the prescription or of the reported medication. */
  medicationId: Scalars['ID']['output'];
  /** When the medication was prescribed or recorded. */
  prescribedOn?: Maybe<Scalars['Date']['output']>;
  /** The clinician who prescribed it, or who reported it. */
  prescriber?: Maybe<Scalars['String']['output']>;
  /** Why it was prescribed. */
  reason?: Maybe<Scalars['String']['output']>;
  /** RxNorm code of the medication. */
  rxnormCode?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Prescribed, or reported by the youth or a caregiver. */
  source?: Maybe<HealthMedicationSource>;
  /** Where the prescription stands. */
  status?: Maybe<HealthMedicationStatus>;
};

/** The youth's mental health record. */
export type MentalHealthRecord = {
  __typename?: 'MentalHealthRecord';
  /** Mental health diagnoses, most recent first. */
  diagnoses?: Maybe<Array<MentalHealthDiagnosis>>;
  /** Psychotropic medications prescribed to the youth (for example antidepressants, ADHD medications), most recent first. */
  medications?: Maybe<Array<MentalHealthMedication>>;
  /** Mental health screenings and assessments (for example PHQ-A for depression, GAD-7 for anxiety), newest first. */
  screenings?: Maybe<Array<MentalHealthScreening>>;
  /** Mental health programs the youth is or was enrolled in, most recent first. */
  services?: Maybe<Array<MentalHealthService>>;
  /** Mental health visits (assessments, therapy sessions), newest first. Never psychotherapy notes. */
  visits?: Maybe<Array<MentalHealthVisit>>;
};

/** A mental health screening or assessment. */
export type MentalHealthScreening = {
  __typename?: 'MentalHealthScreening';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record (N normal, R restricted, V very restricted). */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The screening instrument, for example "Patient Health Questionnaire-9: Modified for Teens total score". */
  instrument?: Maybe<Scalars['String']['output']>;
  /** What the score means, in the clinician's or instrument's words (for example "Moderate depression"). */
  interpretation?: Maybe<Scalars['String']['output']>;
  /** LOINC code of the instrument. */
  loincCode?: Maybe<Scalars['String']['output']>;
  /** Total score, for scored instruments. */
  score?: Maybe<Scalars['Float']['output']>;
  /** When the screening was done. */
  screenedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the screening. */
  screeningId: Scalars['ID']['output'];
  /** HL7 sensitivity codes the health system put on this record (for example PSY). */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the result is final. */
  status?: Maybe<HealthResultStatus>;
};

/** Enrollment in a mental health program. */
export type MentalHealthService = {
  __typename?: 'MentalHealthService';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The clinician responsible for the youth's care in the program. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** When services ended; empty while they continue. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** The program, for example "Specialty mental health services". */
  program?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Health system id of the enrollment. */
  serviceId: Scalars['ID']['output'];
  /** When services began. */
  startedOn?: Maybe<Scalars['Date']['output']>;
  /** Where the youth is in the program. */
  status?: Maybe<HealthServiceStatus>;
};

/** A mental health visit. */
export type MentalHealthVisit = {
  __typename?: 'MentalHealthVisit';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The clinician seen. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** Kind of visit, for example "Office visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** What the visit was for. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the visit took place. */
  status?: Maybe<HealthVisitStatus>;
  /** Health system id of the visit. */
  visitId: Scalars['ID']['output'];
  /** When the visit took place. */
  visitedOn?: Maybe<Scalars['Date']['output']>;
};

/** A public health nurse's visit with the youth. */
export type PublicHealthNurseVisit = {
  __typename?: 'PublicHealthNurseVisit';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** Kind of visit, for example "Home visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** The nurse who made the visit. */
  nurse?: Maybe<Scalars['String']['output']>;
  /** What the visit was for. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the visit took place. */
  status?: Maybe<HealthVisitStatus>;
  /** Health system id of the visit. */
  visitId: Scalars['ID']['output'];
  /** When the visit took place. */
  visitedOn?: Maybe<Scalars['Date']['output']>;
};

/** The youth's public health nursing case. */
export type PublicHealthNursingRecord = {
  __typename?: 'PublicHealthNursingRecord';
  /** The public health nurse assigned to the youth, from the most recent case. */
  assignedNurseName?: Maybe<Scalars['String']['output']>;
  /** When the case was closed; empty while open. */
  caseClosedOn?: Maybe<Scalars['Date']['output']>;
  /** When the case was opened. */
  caseOpenedOn?: Maybe<Scalars['Date']['output']>;
  /** Whether the public health nursing case is open. */
  caseStatus?: Maybe<HealthServiceStatus>;
  /** The nurse's visits with the youth, newest first. */
  visits?: Maybe<Array<PublicHealthNurseVisit>>;
};

/** A diagnosis made in sensitive services. */
export type SensitiveDiagnosis = {
  __typename?: 'SensitiveDiagnosis';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the diagnosis still applies. */
  clinicalStatus?: Maybe<HealthDiagnosisStatus>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The diagnosis in words. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the condition began or was diagnosed. */
  diagnosedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the diagnosis. */
  diagnosisId: Scalars['ID']['output'];
  /** ICD-10-CM code of the diagnosis. */
  icd10Code?: Maybe<Scalars['String']['output']>;
  /** When the condition resolved; empty while it applies. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
};

/** A medication of a sensitive service, for example contraception. */
export type SensitiveMedication = {
  __typename?: 'SensitiveMedication';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the visit or diagnosis it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** How to take it, as the prescriber wrote it. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The medication, for example "norethindrone 0.35 MG Oral Tablet". */
  medication?: Maybe<Scalars['String']['output']>;
  /** Health system id of the prescription or of the reported medication. */
  medicationId: Scalars['ID']['output'];
  /** When the medication was prescribed or recorded. */
  prescribedOn?: Maybe<Scalars['Date']['output']>;
  /** The clinician who prescribed it, or who reported it. */
  prescriber?: Maybe<Scalars['String']['output']>;
  /** Why it was prescribed. */
  reason?: Maybe<Scalars['String']['output']>;
  /** RxNorm code of the medication. */
  rxnormCode?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Prescribed, or reported by the youth or a caregiver. */
  source?: Maybe<HealthMedicationSource>;
  /** Where the prescription stands. */
  status?: Maybe<HealthMedicationStatus>;
};

/** A procedure done in sensitive services. */
export type SensitiveProcedure = {
  __typename?: 'SensitiveProcedure';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The procedure in words, for example "Insertion of subcutaneous contraceptive". */
  description?: Maybe<Scalars['String']['output']>;
  /** When the procedure was done. */
  performedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the procedure. */
  procedureId: Scalars['ID']['output'];
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** SNOMED CT code of the procedure. */
  snomedCode?: Maybe<Scalars['String']['output']>;
  /** Whether the procedure was done. */
  status?: Maybe<HealthProcedureStatus>;
};

/** Sensitive services the youth received on their own consent. */
export type SensitiveServicesRecord = {
  __typename?: 'SensitiveServicesRecord';
  /** Related diagnoses (infections, contraceptive care, sexual abuse or exploitation), most recent first. */
  diagnoses?: Maybe<Array<SensitiveDiagnosis>>;
  /** Medications of sensitive services, for example contraception, most recent first. */
  medications?: Maybe<Array<SensitiveMedication>>;
  /** Procedures, for example a contraceptive implant, newest first. */
  procedures?: Maybe<Array<SensitiveProcedure>>;
  /** Tests for sexually transmitted infections and pregnancy, newest first. */
  testResults?: Maybe<Array<SensitiveTestResult>>;
  /** Visits for sensitive services, for example an STI test or contraceptive care, newest first. */
  visits?: Maybe<Array<SensitiveVisit>>;
};

/** A test for a sexually transmitted infection, or a pregnancy test. */
export type SensitiveTestResult = {
  __typename?: 'SensitiveTestResult';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** When the specimen was collected. */
  collectedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The laboratory's interpretation, for example "Negative". */
  interpretation?: Maybe<Scalars['String']['output']>;
  /** LOINC code of the test. */
  loincCode?: Maybe<Scalars['String']['output']>;
  /** The result, for example "Not detected". */
  result?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record (for example STD, SEX). */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the result is final. */
  status?: Maybe<HealthResultStatus>;
  /** The test, for example "Chlamydia trachomatis rRNA [Presence] in Urine by NAA with probe detection". */
  test?: Maybe<Scalars['String']['output']>;
  /** Health system id of the test. */
  testId: Scalars['ID']['output'];
};

/** A visit for a sensitive service. */
export type SensitiveVisit = {
  __typename?: 'SensitiveVisit';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The clinician seen. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** Kind of visit, for example "Office visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** What the visit was for. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the visit took place. */
  status?: Maybe<HealthVisitStatus>;
  /** Health system id of the visit. */
  visitId: Scalars['ID']['output'];
  /** When the visit took place. */
  visitedOn?: Maybe<Scalars['Date']['output']>;
};

/** A substance use screening or assessment. */
export type SubstanceUseAssessment = {
  __typename?: 'SubstanceUseAssessment';
  /** When the assessment was done. */
  assessedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the assessment. */
  assessmentId: Scalars['ID']['output'];
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The instrument, for example "Total score [DAST-10]". */
  instrument?: Maybe<Scalars['String']['output']>;
  /** What the score means, for example "Moderate level of problems related to drug abuse". */
  interpretation?: Maybe<Scalars['String']['output']>;
  /** LOINC code of the instrument. */
  loincCode?: Maybe<Scalars['String']['output']>;
  /** Total score, for scored instruments. */
  score?: Maybe<Scalars['Float']['output']>;
  /** HL7 sensitivity codes the health system put on this record (for example ETH, 42CFRPart2). */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the result is final. */
  status?: Maybe<HealthResultStatus>;
};

/** A substance use disorder diagnosis. */
export type SubstanceUseDiagnosis = {
  __typename?: 'SubstanceUseDiagnosis';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the diagnosis still applies. */
  clinicalStatus?: Maybe<HealthDiagnosisStatus>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The diagnosis in words, for example "Cannabis abuse, uncomplicated". */
  description?: Maybe<Scalars['String']['output']>;
  /** When the condition began or was diagnosed. */
  diagnosedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the diagnosis. */
  diagnosisId: Scalars['ID']['output'];
  /** ICD-10-CM code of the diagnosis. */
  icd10Code?: Maybe<Scalars['String']['output']>;
  /** When the condition resolved; empty while it applies. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
};

/** A medication for substance use disorder treatment, for example buprenorphine, naltrexone or methadone. */
export type SubstanceUseMedication = {
  __typename?: 'SubstanceUseMedication';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the visit or diagnosis it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** How to take it, as the prescriber wrote it. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The medication, for example "buprenorphine 8 MG / naloxone 2 MG Sublingual Film". */
  medication?: Maybe<Scalars['String']['output']>;
  /** Health system id of the prescription or of the reported medication. */
  medicationId: Scalars['ID']['output'];
  /** When the medication was prescribed or recorded. */
  prescribedOn?: Maybe<Scalars['Date']['output']>;
  /** The clinician who prescribed it, or who reported it. */
  prescriber?: Maybe<Scalars['String']['output']>;
  /** Why it was prescribed. */
  reason?: Maybe<Scalars['String']['output']>;
  /** RxNorm code of the medication. */
  rxnormCode?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Prescribed, or reported by the youth or a caregiver. */
  source?: Maybe<HealthMedicationSource>;
  /** Where the prescription stands. */
  status?: Maybe<HealthMedicationStatus>;
};

/** The youth's substance use disorder record (42 CFR Part 2). */
export type SubstanceUseRecord = {
  __typename?: 'SubstanceUseRecord';
  /** Substance use screenings and assessments (for example DAST-10, AUDIT-C), newest first. */
  assessments?: Maybe<Array<SubstanceUseAssessment>>;
  /** Substance use disorder diagnoses, most recent first. */
  diagnoses?: Maybe<Array<SubstanceUseDiagnosis>>;
  /** Medications for substance use disorder (for example buprenorphine, naltrexone, methadone), and any medication prescribed in substance use treatment, most recent first. */
  medications?: Maybe<Array<SubstanceUseMedication>>;
  /** Substance use disorder treatment the youth is or was enrolled in, most recent first. */
  treatment?: Maybe<Array<SubstanceUseTreatment>>;
  /** Counseling sessions and other visits of substance use treatment (a visit inside a substance use episode, or for a substance use reason), newest first. Never counseling notes. */
  visits?: Maybe<Array<SubstanceUseVisit>>;
};

/** Enrollment in substance use disorder treatment. */
export type SubstanceUseTreatment = {
  __typename?: 'SubstanceUseTreatment';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The counselor responsible for the youth's treatment. */
  counselor?: Maybe<Scalars['String']['output']>;
  /** When treatment ended; empty while it continues. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** The treatment program, for example "Adolescent outpatient substance use disorder treatment". */
  program?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** When treatment began. */
  startedOn?: Maybe<Scalars['Date']['output']>;
  /** Where the youth is in treatment. */
  status?: Maybe<HealthServiceStatus>;
  /** Health system id of the enrollment. */
  treatmentId: Scalars['ID']['output'];
};

/** A counseling session or other visit of substance use treatment. */
export type SubstanceUseVisit = {
  __typename?: 'SubstanceUseVisit';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The counselor or clinician seen. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** Kind of visit, for example "Office visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** What the visit was for. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the visit took place. */
  status?: Maybe<HealthVisitStatus>;
  /** Health system id of the visit. */
  visitId: Scalars['ID']['output'];
  /** When the visit took place. */
  visitedOn?: Maybe<Scalars['Date']['output']>;
};

/**
 * A youth served by the CSEC program. The program's youth id is the youth's identity across
 * agencies; each agency contributes its own record through its own identifier, linked by the MDT.
 */
export type Youth = {
  __typename?: 'Youth';
  /** The youth's record in county behavioral health and public health; empty when county health has no record. */
  health?: Maybe<HealthPatient>;
  /** The youth's medical record number in county health, when linked. */
  medicalRecordNumber: Scalars['ID']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Youth: Youth;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Youth:
    ( { __typename: 'Youth' }
    & GraphQLRecursivePick<FederationTypes['Youth'], {"medicalRecordNumber":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  HealthArea: HealthArea;
  HealthDiagnosisStatus: HealthDiagnosisStatus;
  HealthFilingBasis: HealthFilingBasis;
  HealthMedicationSource: HealthMedicationSource;
  HealthMedicationStatus: HealthMedicationStatus;
  HealthPatient: ResolverTypeWrapper<HealthPatientRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  HealthProcedureStatus: HealthProcedureStatus;
  HealthRecordFiling: ResolverTypeWrapper<RecordFiling>;
  HealthResultStatus: HealthResultStatus;
  HealthServiceStatus: HealthServiceStatus;
  HealthVisitStatus: HealthVisitStatus;
  HivCareRecord: ResolverTypeWrapper<HealthPatientRow>;
  HivCareVisit: ResolverTypeWrapper<EncounterRow>;
  HivDiagnosis: ResolverTypeWrapper<ConditionRow>;
  HivMedication: ResolverTypeWrapper<MedicationRow>;
  HivTestResult: ResolverTypeWrapper<ObservationRow>;
  MedicalDiagnosis: ResolverTypeWrapper<ConditionRow>;
  MedicalEvaluation: ResolverTypeWrapper<EncounterRow>;
  MedicalEvaluationRecord: ResolverTypeWrapper<HealthPatientRow>;
  MedicalMedication: ResolverTypeWrapper<MedicationRow>;
  MentalHealthDiagnosis: ResolverTypeWrapper<ConditionRow>;
  MentalHealthMedication: ResolverTypeWrapper<MedicationRow>;
  MentalHealthRecord: ResolverTypeWrapper<HealthPatientRow>;
  MentalHealthScreening: ResolverTypeWrapper<ObservationRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MentalHealthService: ResolverTypeWrapper<EpisodeOfCareRow>;
  MentalHealthVisit: ResolverTypeWrapper<EncounterRow>;
  PublicHealthNurseVisit: ResolverTypeWrapper<EncounterRow>;
  PublicHealthNursingRecord: ResolverTypeWrapper<HealthPatientRow>;
  SensitiveDiagnosis: ResolverTypeWrapper<ConditionRow>;
  SensitiveMedication: ResolverTypeWrapper<MedicationRow>;
  SensitiveProcedure: ResolverTypeWrapper<ProcedureRow>;
  SensitiveServicesRecord: ResolverTypeWrapper<HealthPatientRow>;
  SensitiveTestResult: ResolverTypeWrapper<ObservationRow>;
  SensitiveVisit: ResolverTypeWrapper<EncounterRow>;
  SubstanceUseAssessment: ResolverTypeWrapper<ObservationRow>;
  SubstanceUseDiagnosis: ResolverTypeWrapper<ConditionRow>;
  SubstanceUseMedication: ResolverTypeWrapper<MedicationRow>;
  SubstanceUseRecord: ResolverTypeWrapper<HealthPatientRow>;
  SubstanceUseTreatment: ResolverTypeWrapper<EpisodeOfCareRow>;
  SubstanceUseVisit: ResolverTypeWrapper<EncounterRow>;
  Youth: ResolverTypeWrapper<Omit<Youth, 'health'> & { health?: Maybe<ResolversTypes['HealthPatient']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  HealthPatient: HealthPatientRow;
  ID: Scalars['ID']['output'];
  HealthRecordFiling: RecordFiling;
  HivCareRecord: HealthPatientRow;
  HivCareVisit: EncounterRow;
  HivDiagnosis: ConditionRow;
  HivMedication: MedicationRow;
  HivTestResult: ObservationRow;
  MedicalDiagnosis: ConditionRow;
  MedicalEvaluation: EncounterRow;
  MedicalEvaluationRecord: HealthPatientRow;
  MedicalMedication: MedicationRow;
  MentalHealthDiagnosis: ConditionRow;
  MentalHealthMedication: MedicationRow;
  MentalHealthRecord: HealthPatientRow;
  MentalHealthScreening: ObservationRow;
  Float: Scalars['Float']['output'];
  MentalHealthService: EpisodeOfCareRow;
  MentalHealthVisit: EncounterRow;
  PublicHealthNurseVisit: EncounterRow;
  PublicHealthNursingRecord: HealthPatientRow;
  SensitiveDiagnosis: ConditionRow;
  SensitiveMedication: MedicationRow;
  SensitiveProcedure: ProcedureRow;
  SensitiveServicesRecord: HealthPatientRow;
  SensitiveTestResult: ObservationRow;
  SensitiveVisit: EncounterRow;
  SubstanceUseAssessment: ObservationRow;
  SubstanceUseDiagnosis: ConditionRow;
  SubstanceUseMedication: MedicationRow;
  SubstanceUseRecord: HealthPatientRow;
  SubstanceUseTreatment: EpisodeOfCareRow;
  SubstanceUseVisit: EncounterRow;
  Youth: Omit<Youth, 'health'> & { health?: Maybe<ResolversParentTypes['HealthPatient']> } | FederationReferenceTypes['Youth'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AgencyIdentifierDirectiveArgs = {
  agency: Scalars['String']['input'];
};

export type AgencyIdentifierDirectiveResolver<Result, Parent, ContextType = HealthContext, Args = AgencyIdentifierDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ClassifiedDirectiveArgs = {
  category: Scalars['String']['input'];
  confidentiality: Scalars['String']['input'];
  sensitivity?: Maybe<Array<Scalars['String']['input']>>;
};

export type ClassifiedDirectiveResolver<Result, Parent, ContextType = HealthContext, Args = ClassifiedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type HealthPatientResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['HealthPatient'] = ResolversParentTypes['HealthPatient']> = {
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hivCare?: Resolver<Maybe<ResolversTypes['HivCareRecord']>, ParentType, ContextType>;
  hivTestResults?: Resolver<Maybe<Array<ResolversTypes['HivTestResult']>>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medicalEvaluation?: Resolver<Maybe<ResolversTypes['MedicalEvaluationRecord']>, ParentType, ContextType>;
  medicalRecordNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentalHealth?: Resolver<Maybe<ResolversTypes['MentalHealthRecord']>, ParentType, ContextType>;
  publicHealthNursing?: Resolver<Maybe<ResolversTypes['PublicHealthNursingRecord']>, ParentType, ContextType>;
  recordFilings?: Resolver<Maybe<Array<ResolversTypes['HealthRecordFiling']>>, ParentType, ContextType>;
  sensitiveServices?: Resolver<Maybe<ResolversTypes['SensitiveServicesRecord']>, ParentType, ContextType>;
  substanceUse?: Resolver<Maybe<ResolversTypes['SubstanceUseRecord']>, ParentType, ContextType>;
};

export type HealthRecordFilingResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['HealthRecordFiling'] = ResolversParentTypes['HealthRecordFiling']> = {
  area?: Resolver<Maybe<ResolversTypes['HealthArea']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['HealthFilingBasis']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueSetsVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HivCareRecordResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['HivCareRecord'] = ResolversParentTypes['HivCareRecord']> = {
  diagnoses?: Resolver<Maybe<Array<ResolversTypes['HivDiagnosis']>>, ParentType, ContextType>;
  medications?: Resolver<Maybe<Array<ResolversTypes['HivMedication']>>, ParentType, ContextType>;
  visits?: Resolver<Maybe<Array<ResolversTypes['HivCareVisit']>>, ParentType, ContextType>;
};

export type HivCareVisitResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['HivCareVisit'] = ResolversParentTypes['HivCareVisit']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinician?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthVisitStatus']>, ParentType, ContextType>;
  visitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  visitedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type HivDiagnosisResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['HivDiagnosis'] = ResolversParentTypes['HivDiagnosis']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinicalStatus?: Resolver<Maybe<ResolversTypes['HealthDiagnosisStatus']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  diagnosedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  diagnosisId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  icd10Code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type HivMedicationResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['HivMedication'] = ResolversParentTypes['HivMedication']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dosage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prescribedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  prescriber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rxnormCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['HealthMedicationSource']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthMedicationStatus']>, ParentType, ContextType>;
};

export type HivTestResultResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['HivTestResult'] = ResolversParentTypes['HivTestResult']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interpretation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loincCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthResultStatus']>, ParentType, ContextType>;
  test?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  testId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MedicalDiagnosisResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['MedicalDiagnosis'] = ResolversParentTypes['MedicalDiagnosis']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinicalStatus?: Resolver<Maybe<ResolversTypes['HealthDiagnosisStatus']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  diagnosedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  diagnosisId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  icd10Code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type MedicalEvaluationResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['MedicalEvaluation'] = ResolversParentTypes['MedicalEvaluation']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinician?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evaluationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthVisitStatus']>, ParentType, ContextType>;
};

export type MedicalEvaluationRecordResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['MedicalEvaluationRecord'] = ResolversParentTypes['MedicalEvaluationRecord']> = {
  diagnoses?: Resolver<Maybe<Array<ResolversTypes['MedicalDiagnosis']>>, ParentType, ContextType>;
  evaluations?: Resolver<Maybe<Array<ResolversTypes['MedicalEvaluation']>>, ParentType, ContextType>;
  medications?: Resolver<Maybe<Array<ResolversTypes['MedicalMedication']>>, ParentType, ContextType>;
};

export type MedicalMedicationResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['MedicalMedication'] = ResolversParentTypes['MedicalMedication']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dosage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prescribedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  prescriber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rxnormCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['HealthMedicationSource']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthMedicationStatus']>, ParentType, ContextType>;
};

export type MentalHealthDiagnosisResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['MentalHealthDiagnosis'] = ResolversParentTypes['MentalHealthDiagnosis']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinicalStatus?: Resolver<Maybe<ResolversTypes['HealthDiagnosisStatus']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  diagnosedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  diagnosisId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  icd10Code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type MentalHealthMedicationResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['MentalHealthMedication'] = ResolversParentTypes['MentalHealthMedication']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dosage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prescribedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  prescriber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rxnormCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['HealthMedicationSource']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthMedicationStatus']>, ParentType, ContextType>;
};

export type MentalHealthRecordResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['MentalHealthRecord'] = ResolversParentTypes['MentalHealthRecord']> = {
  diagnoses?: Resolver<Maybe<Array<ResolversTypes['MentalHealthDiagnosis']>>, ParentType, ContextType>;
  medications?: Resolver<Maybe<Array<ResolversTypes['MentalHealthMedication']>>, ParentType, ContextType>;
  screenings?: Resolver<Maybe<Array<ResolversTypes['MentalHealthScreening']>>, ParentType, ContextType>;
  services?: Resolver<Maybe<Array<ResolversTypes['MentalHealthService']>>, ParentType, ContextType>;
  visits?: Resolver<Maybe<Array<ResolversTypes['MentalHealthVisit']>>, ParentType, ContextType>;
};

export type MentalHealthScreeningResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['MentalHealthScreening'] = ResolversParentTypes['MentalHealthScreening']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interpretation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loincCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  screenedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  screeningId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthResultStatus']>, ParentType, ContextType>;
};

export type MentalHealthServiceResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['MentalHealthService'] = ResolversParentTypes['MentalHealthService']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinician?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  serviceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthServiceStatus']>, ParentType, ContextType>;
};

export type MentalHealthVisitResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['MentalHealthVisit'] = ResolversParentTypes['MentalHealthVisit']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinician?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthVisitStatus']>, ParentType, ContextType>;
  visitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  visitedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PublicHealthNurseVisitResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['PublicHealthNurseVisit'] = ResolversParentTypes['PublicHealthNurseVisit']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nurse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthVisitStatus']>, ParentType, ContextType>;
  visitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  visitedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PublicHealthNursingRecordResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['PublicHealthNursingRecord'] = ResolversParentTypes['PublicHealthNursingRecord']> = {
  assignedNurseName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caseClosedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  caseOpenedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  caseStatus?: Resolver<Maybe<ResolversTypes['HealthServiceStatus']>, ParentType, ContextType>;
  visits?: Resolver<Maybe<Array<ResolversTypes['PublicHealthNurseVisit']>>, ParentType, ContextType>;
};

export type SensitiveDiagnosisResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SensitiveDiagnosis'] = ResolversParentTypes['SensitiveDiagnosis']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinicalStatus?: Resolver<Maybe<ResolversTypes['HealthDiagnosisStatus']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  diagnosedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  diagnosisId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  icd10Code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type SensitiveMedicationResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SensitiveMedication'] = ResolversParentTypes['SensitiveMedication']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dosage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prescribedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  prescriber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rxnormCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['HealthMedicationSource']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthMedicationStatus']>, ParentType, ContextType>;
};

export type SensitiveProcedureResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SensitiveProcedure'] = ResolversParentTypes['SensitiveProcedure']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  performedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  procedureId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  snomedCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthProcedureStatus']>, ParentType, ContextType>;
};

export type SensitiveServicesRecordResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SensitiveServicesRecord'] = ResolversParentTypes['SensitiveServicesRecord']> = {
  diagnoses?: Resolver<Maybe<Array<ResolversTypes['SensitiveDiagnosis']>>, ParentType, ContextType>;
  medications?: Resolver<Maybe<Array<ResolversTypes['SensitiveMedication']>>, ParentType, ContextType>;
  procedures?: Resolver<Maybe<Array<ResolversTypes['SensitiveProcedure']>>, ParentType, ContextType>;
  testResults?: Resolver<Maybe<Array<ResolversTypes['SensitiveTestResult']>>, ParentType, ContextType>;
  visits?: Resolver<Maybe<Array<ResolversTypes['SensitiveVisit']>>, ParentType, ContextType>;
};

export type SensitiveTestResultResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SensitiveTestResult'] = ResolversParentTypes['SensitiveTestResult']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interpretation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loincCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthResultStatus']>, ParentType, ContextType>;
  test?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  testId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SensitiveVisitResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SensitiveVisit'] = ResolversParentTypes['SensitiveVisit']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinician?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthVisitStatus']>, ParentType, ContextType>;
  visitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  visitedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SubstanceUseAssessmentResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SubstanceUseAssessment'] = ResolversParentTypes['SubstanceUseAssessment']> = {
  assessedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  assessmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interpretation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loincCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthResultStatus']>, ParentType, ContextType>;
};

export type SubstanceUseDiagnosisResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SubstanceUseDiagnosis'] = ResolversParentTypes['SubstanceUseDiagnosis']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinicalStatus?: Resolver<Maybe<ResolversTypes['HealthDiagnosisStatus']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  diagnosedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  diagnosisId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  icd10Code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type SubstanceUseMedicationResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SubstanceUseMedication'] = ResolversParentTypes['SubstanceUseMedication']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dosage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medication?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prescribedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  prescriber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rxnormCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['HealthMedicationSource']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthMedicationStatus']>, ParentType, ContextType>;
};

export type SubstanceUseRecordResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SubstanceUseRecord'] = ResolversParentTypes['SubstanceUseRecord']> = {
  assessments?: Resolver<Maybe<Array<ResolversTypes['SubstanceUseAssessment']>>, ParentType, ContextType>;
  diagnoses?: Resolver<Maybe<Array<ResolversTypes['SubstanceUseDiagnosis']>>, ParentType, ContextType>;
  medications?: Resolver<Maybe<Array<ResolversTypes['SubstanceUseMedication']>>, ParentType, ContextType>;
  treatment?: Resolver<Maybe<Array<ResolversTypes['SubstanceUseTreatment']>>, ParentType, ContextType>;
  visits?: Resolver<Maybe<Array<ResolversTypes['SubstanceUseVisit']>>, ParentType, ContextType>;
};

export type SubstanceUseTreatmentResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SubstanceUseTreatment'] = ResolversParentTypes['SubstanceUseTreatment']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  counselor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthServiceStatus']>, ParentType, ContextType>;
  treatmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SubstanceUseVisitResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['SubstanceUseVisit'] = ResolversParentTypes['SubstanceUseVisit']> = {
  classifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clinician?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HealthVisitStatus']>, ParentType, ContextType>;
  visitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  visitedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type YouthResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['Youth'] = ResolversParentTypes['Youth'], FederationReferenceType extends FederationReferenceTypes['Youth'] = FederationReferenceTypes['Youth']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Youth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  health?: Resolver<Maybe<ResolversTypes['HealthPatient']>, ParentType, ContextType>;
  medicalRecordNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = HealthContext> = {
  Date?: GraphQLScalarType;
  HealthPatient?: HealthPatientResolvers<ContextType>;
  HealthRecordFiling?: HealthRecordFilingResolvers<ContextType>;
  HivCareRecord?: HivCareRecordResolvers<ContextType>;
  HivCareVisit?: HivCareVisitResolvers<ContextType>;
  HivDiagnosis?: HivDiagnosisResolvers<ContextType>;
  HivMedication?: HivMedicationResolvers<ContextType>;
  HivTestResult?: HivTestResultResolvers<ContextType>;
  MedicalDiagnosis?: MedicalDiagnosisResolvers<ContextType>;
  MedicalEvaluation?: MedicalEvaluationResolvers<ContextType>;
  MedicalEvaluationRecord?: MedicalEvaluationRecordResolvers<ContextType>;
  MedicalMedication?: MedicalMedicationResolvers<ContextType>;
  MentalHealthDiagnosis?: MentalHealthDiagnosisResolvers<ContextType>;
  MentalHealthMedication?: MentalHealthMedicationResolvers<ContextType>;
  MentalHealthRecord?: MentalHealthRecordResolvers<ContextType>;
  MentalHealthScreening?: MentalHealthScreeningResolvers<ContextType>;
  MentalHealthService?: MentalHealthServiceResolvers<ContextType>;
  MentalHealthVisit?: MentalHealthVisitResolvers<ContextType>;
  PublicHealthNurseVisit?: PublicHealthNurseVisitResolvers<ContextType>;
  PublicHealthNursingRecord?: PublicHealthNursingRecordResolvers<ContextType>;
  SensitiveDiagnosis?: SensitiveDiagnosisResolvers<ContextType>;
  SensitiveMedication?: SensitiveMedicationResolvers<ContextType>;
  SensitiveProcedure?: SensitiveProcedureResolvers<ContextType>;
  SensitiveServicesRecord?: SensitiveServicesRecordResolvers<ContextType>;
  SensitiveTestResult?: SensitiveTestResultResolvers<ContextType>;
  SensitiveVisit?: SensitiveVisitResolvers<ContextType>;
  SubstanceUseAssessment?: SubstanceUseAssessmentResolvers<ContextType>;
  SubstanceUseDiagnosis?: SubstanceUseDiagnosisResolvers<ContextType>;
  SubstanceUseMedication?: SubstanceUseMedicationResolvers<ContextType>;
  SubstanceUseRecord?: SubstanceUseRecordResolvers<ContextType>;
  SubstanceUseTreatment?: SubstanceUseTreatmentResolvers<ContextType>;
  SubstanceUseVisit?: SubstanceUseVisitResolvers<ContextType>;
  Youth?: YouthResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = HealthContext> = {
  agencyIdentifier?: AgencyIdentifierDirectiveResolver<any, any, ContextType>;
  classified?: ClassifiedDirectiveResolver<any, any, ContextType>;
};
