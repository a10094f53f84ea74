import type DataLoader from 'dataloader';
import { DateScalar } from '../../../runtime/scalars.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import type { HealthArea } from './health-areas.ts';
import type { HealthClassification } from './health-classification.ts';
import type { EncounterRow, EpisodeOfCareRow, MedicationRow } from './records.ts';
import type { SecurityLabels } from './security-labels.ts';

/** The records of one area, in the order the source put them (newest first). */
async function inArea<TRow extends { area: HealthArea }>(
  loader: DataLoader<string, TRow[]>,
  patientId: string,
  area: HealthArea,
): Promise<TRow[]> {
  return (await loader.load(patientId)).filter((row) => row.area === area);
}

/** The public health nursing case that names the assigned nurse: the open one, else the latest. */
function currentCase(episodes: readonly EpisodeOfCareRow[]): EpisodeOfCareRow | null {
  return episodes.find((episode) => episode.status === 'ACTIVE') ?? episodes[0] ?? null;
}

const labels = {
  confidentiality: (row: { security: SecurityLabels }) => row.security.confidentiality,
  sensitivity: (row: { security: SecurityLabels }) => row.security.sensitivity,
  classifiedBy: (row: { classification: HealthClassification }) => row.classification.rule,
};

const medication = {
  medicationId: (row: MedicationRow) => row.id,
  ...labels,
};

const visit = {
  visitId: (row: EncounterRow) => row.id,
  visitedOn: (row: EncounterRow) => row.occurredOn,
  clinician: (row: EncounterRow) => row.practitioner,
  ...labels,
};

export const healthResolvers: Resolvers = {
  Date: DateScalar,
  Youth: {
    __resolveReference: (reference) => reference,
    health: (youth, _args, { loaders }) => (youth.medicalRecordNumber ? loaders.patient.load(youth.medicalRecordNumber) : null),
  },
  HealthPatient: {
    mentalHealth: (patient) => patient,
    medicalEvaluation: (patient) => patient,
    publicHealthNursing: (patient) => patient,
    substanceUse: (patient) => patient,
    sensitiveServices: (patient) => patient,
    hivTestResults: (patient, _args, { loaders }) => inArea(loaders.observations, patient.patientId, 'HIV'),
    hivCare: (patient) => patient,
    recordFilings: (patient, _args, { loaders }) => loaders.recordFilings(patient.patientId),
  },
  HivCareRecord: {
    diagnoses: (patient, _args, { loaders }) => inArea(loaders.conditions, patient.patientId, 'HIV'),
    visits: (patient, _args, { loaders }) => inArea(loaders.encounters, patient.patientId, 'HIV'),
    medications: (patient, _args, { loaders }) => inArea(loaders.medications, patient.patientId, 'HIV'),
  },
  MentalHealthRecord: {
    screenings: (patient, _args, { loaders }) => inArea(loaders.observations, patient.patientId, 'MENTAL_HEALTH'),
    diagnoses: (patient, _args, { loaders }) => inArea(loaders.conditions, patient.patientId, 'MENTAL_HEALTH'),
    services: (patient, _args, { loaders }) => inArea(loaders.episodesOfCare, patient.patientId, 'MENTAL_HEALTH'),
    visits: (patient, _args, { loaders }) => inArea(loaders.encounters, patient.patientId, 'MENTAL_HEALTH'),
    medications: (patient, _args, { loaders }) => inArea(loaders.medications, patient.patientId, 'MENTAL_HEALTH'),
  },
  MedicalEvaluationRecord: {
    evaluations: (patient, _args, { loaders }) => inArea(loaders.encounters, patient.patientId, 'GENERAL_MEDICAL'),
    diagnoses: (patient, _args, { loaders }) => inArea(loaders.conditions, patient.patientId, 'GENERAL_MEDICAL'),
    medications: (patient, _args, { loaders }) => inArea(loaders.medications, patient.patientId, 'GENERAL_MEDICAL'),
  },
  PublicHealthNursingRecord: {
    assignedNurseName: async (patient, _args, { loaders }) =>
      currentCase(await inArea(loaders.episodesOfCare, patient.patientId, 'PUBLIC_HEALTH_NURSING'))?.careManager ?? null,
    caseStatus: async (patient, _args, { loaders }) =>
      currentCase(await inArea(loaders.episodesOfCare, patient.patientId, 'PUBLIC_HEALTH_NURSING'))?.status ?? null,
    caseOpenedOn: async (patient, _args, { loaders }) =>
      currentCase(await inArea(loaders.episodesOfCare, patient.patientId, 'PUBLIC_HEALTH_NURSING'))?.startedOn ?? null,
    caseClosedOn: async (patient, _args, { loaders }) =>
      currentCase(await inArea(loaders.episodesOfCare, patient.patientId, 'PUBLIC_HEALTH_NURSING'))?.endedOn ?? null,
    visits: (patient, _args, { loaders }) => inArea(loaders.encounters, patient.patientId, 'PUBLIC_HEALTH_NURSING'),
  },
  SubstanceUseRecord: {
    assessments: (patient, _args, { loaders }) => inArea(loaders.observations, patient.patientId, 'SUBSTANCE_USE'),
    diagnoses: (patient, _args, { loaders }) => inArea(loaders.conditions, patient.patientId, 'SUBSTANCE_USE'),
    treatment: (patient, _args, { loaders }) => inArea(loaders.episodesOfCare, patient.patientId, 'SUBSTANCE_USE'),
    visits: (patient, _args, { loaders }) => inArea(loaders.encounters, patient.patientId, 'SUBSTANCE_USE'),
    medications: (patient, _args, { loaders }) => inArea(loaders.medications, patient.patientId, 'SUBSTANCE_USE'),
  },
  SensitiveServicesRecord: {
    testResults: (patient, _args, { loaders }) => inArea(loaders.observations, patient.patientId, 'SENSITIVE_SERVICES'),
    diagnoses: (patient, _args, { loaders }) => inArea(loaders.conditions, patient.patientId, 'SENSITIVE_SERVICES'),
    procedures: (patient, _args, { loaders }) => inArea(loaders.procedures, patient.patientId, 'SENSITIVE_SERVICES'),
    visits: (patient, _args, { loaders }) => inArea(loaders.encounters, patient.patientId, 'SENSITIVE_SERVICES'),
    medications: (patient, _args, { loaders }) => inArea(loaders.medications, patient.patientId, 'SENSITIVE_SERVICES'),
  },
  MentalHealthScreening: {
    screeningId: (row) => row.id,
    instrument: (row) => row.name,
    screenedOn: (row) => row.observedOn,
    ...labels,
  },
  SubstanceUseAssessment: {
    assessmentId: (row) => row.id,
    instrument: (row) => row.name,
    assessedOn: (row) => row.observedOn,
    ...labels,
  },
  SensitiveTestResult: {
    testId: (row) => row.id,
    test: (row) => row.name,
    collectedOn: (row) => row.observedOn,
    ...labels,
  },
  HivTestResult: {
    testId: (row) => row.id,
    test: (row) => row.name,
    collectedOn: (row) => row.observedOn,
    ...labels,
  },
  MentalHealthDiagnosis: { diagnosisId: (row) => row.id, ...labels },
  MedicalDiagnosis: { diagnosisId: (row) => row.id, ...labels },
  SubstanceUseDiagnosis: { diagnosisId: (row) => row.id, ...labels },
  SensitiveDiagnosis: { diagnosisId: (row) => row.id, ...labels },
  MentalHealthService: {
    serviceId: (row) => row.id,
    clinician: (row) => row.careManager,
    ...labels,
  },
  SubstanceUseTreatment: {
    treatmentId: (row) => row.id,
    counselor: (row) => row.careManager,
    ...labels,
  },
  MedicalEvaluation: {
    evaluationId: (row) => row.id,
    evaluatedOn: (row) => row.occurredOn,
    clinician: (row) => row.practitioner,
    ...labels,
  },
  PublicHealthNurseVisit: {
    visitId: (row) => row.id,
    visitedOn: (row) => row.occurredOn,
    nurse: (row) => row.practitioner,
    ...labels,
  },
  SensitiveProcedure: { procedureId: (row) => row.id, ...labels },
  MentalHealthVisit: visit,
  SubstanceUseVisit: visit,
  SensitiveVisit: visit,
  HivCareVisit: visit,
  HivDiagnosis: { diagnosisId: (row) => row.id, ...labels },
  MentalHealthMedication: medication,
  MedicalMedication: medication,
  SubstanceUseMedication: medication,
  SensitiveMedication: medication,
  HivMedication: medication,
};
