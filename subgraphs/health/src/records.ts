import type {
  CodeableConcept,
  Coding,
  Condition,
  Encounter,
  EpisodeOfCare,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  PractitionerRole,
  Procedure,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import {
  ICD10CM_SYSTEM,
  LOINC_SYSTEM,
  MEDICAL_RECORD_NUMBER_SYSTEM,
  PROGRAM_SYSTEM,
  RXNORM_SYSTEM,
  SNOMED_SYSTEM,
} from './fhir-conventions.ts';
import type { HealthArea } from './health-areas.ts';
import type { ContextKind, HealthClassification } from './health-classification.ts';
import { isPsychotherapyNote, securityLabelsOf, type SecurityLabels } from './security-labels.ts';

/**
 * The health source's records as the subgraph uses them: flat rows read from FHIR resources,
 * each keeping its own security labels so that a per-record policy can decide on them.
 * A resource that is a psychotherapy note, or was entered in error, never becomes a row.
 */

export interface HealthPatientRow {
  /** FHIR `Patient.id`: the key of every clinical row. */
  patientId: string;
  medicalRecordNumber: string;
  firstName: string | null;
  lastName: string | null;
  birthDate: string | null;
  security: SecurityLabels;
}

export interface ClinicalRow {
  /** FHIR resource id. */
  id: string;
  /** `<resourceType>/<id>`: how the health system names the record. */
  reference: string;
  /** FHIR `Patient.id` of the patient the record is about. */
  patientId: string;
  /** Which part of the profile the record belongs to, and what put it there (the loaders file it). */
  area: HealthArea;
  classification: HealthClassification;
  /** The labels exactly as the source sent them. */
  security: SecurityLabels;
  /**
   * The same labels where the per-record policy decision reads them; null/[] when the source sent
   * none, and then the field's own classification decides alone.
   */
  confidentiality: string | null;
  sensitivity: string[];
  /** Every coding of every coded element that can reveal the area (code, category, type, reason...). */
  codings: Coding[];
  /**
   * Records this one belongs to, by kind: `EpisodeOfCare/<id>`, `Encounter/<id>`, `Condition/<id>`,
   * `PractitionerRole/<id>` (the service of the clinician who wrote or performed it).
   */
  context: Array<{ kind: ContextKind; reference: string }>;
}

/** A row as read from the source, before it is filed into an area. */
export type Unfiled<TRow> = Omit<TRow, 'area' | 'classification'>;

export type ResultStatus = 'PRELIMINARY' | 'FINAL' | 'AMENDED';
export type DiagnosisStatus = 'ACTIVE' | 'RECURRENCE' | 'RELAPSE' | 'INACTIVE' | 'REMISSION' | 'RESOLVED';
export type ServiceStatus = 'PLANNED' | 'WAITLIST' | 'ACTIVE' | 'ON_HOLD' | 'FINISHED' | 'CANCELLED';
export type VisitStatus = 'PLANNED' | 'IN_PROGRESS' | 'FINISHED' | 'CANCELLED';
export type ProcedureStatus = 'PREPARATION' | 'IN_PROGRESS' | 'NOT_DONE' | 'ON_HOLD' | 'STOPPED' | 'COMPLETED';
export type MedicationStatus = 'DRAFT' | 'ACTIVE' | 'ON_HOLD' | 'COMPLETED' | 'STOPPED' | 'CANCELLED' | 'NOT_TAKEN' | 'INTENDED';

/** A PractitionerRole: the service a clinician works in, read only for what its codes reveal. */
export interface PractitionerRoleRow {
  id: string;
  /** Its `code` (the role) and `specialty` codings, e.g. an NUCC taxonomy code for addiction medicine. */
  codings: Coding[];
}

/** An Observation: a screening, an assessment or a test result. */
export interface ObservationRow extends ClinicalRow {
  name: string | null;
  loincCode: string | null;
  score: number | null;
  result: string | null;
  interpretation: string | null;
  observedOn: string | null;
  status: ResultStatus | null;
}

/** A Condition: a diagnosis. */
export interface ConditionRow extends ClinicalRow {
  description: string | null;
  icd10Code: string | null;
  clinicalStatus: DiagnosisStatus | null;
  diagnosedOn: string | null;
  resolvedOn: string | null;
}

/** An EpisodeOfCare: enrollment in a program of services. */
export interface EpisodeOfCareRow extends ClinicalRow {
  program: string | null;
  programCode: string | null;
  status: ServiceStatus | null;
  startedOn: string | null;
  endedOn: string | null;
  careManager: string | null;
}

/** An Encounter: an evaluation or a visit. */
export interface EncounterRow extends ClinicalRow {
  kind: string | null;
  status: VisitStatus | null;
  occurredOn: string | null;
  practitioner: string | null;
  reason: string | null;
}

/** A Procedure. */
export interface ProcedureRow extends ClinicalRow {
  description: string | null;
  snomedCode: string | null;
  status: ProcedureStatus | null;
  performedOn: string | null;
}

/**
 * How the health system knows of a medication: a prescription (MedicationRequest), or a medication
 * the youth or a caregiver reports taking (MedicationRequest.reportedBoolean, or a
 * MedicationStatement, as many EHRs record a medication list at intake).
 */
export type MedicationSource = 'PRESCRIBED' | 'REPORTED';

/** A MedicationRequest or a MedicationStatement. */
export interface MedicationRow extends ClinicalRow {
  source: MedicationSource;
  medication: string | null;
  rxnormCode: string | null;
  status: MedicationStatus | null;
  prescribedOn: string | null;
  prescriber: string | null;
  dosage: string | null;
  reason: string | null;
}

/** The patient row for the MRN that found it; null when the Patient has no such MRN. */
export function patientRow(patient: Patient, medicalRecordNumber: string): HealthPatientRow | null {
  if (!patient.id) return null;
  const hasNumber = (patient.identifier ?? []).some(
    (identifier) => identifier.system === MEDICAL_RECORD_NUMBER_SYSTEM && identifier.value === medicalRecordNumber,
  );
  if (!hasNumber) return null;
  const name = patient.name?.find((candidate) => candidate.use === 'official') ?? patient.name?.[0];
  return {
    patientId: patient.id,
    medicalRecordNumber,
    firstName: name?.given?.join(' ') || null,
    lastName: name?.family ?? null,
    birthDate: calendarDate(patient.birthDate),
    security: securityLabelsOf(patient),
  };
}

export function observationRow(observation: Observation): Unfiled<ObservationRow> | null {
  const base = clinicalBase(
    observation,
    observation.subject,
    [
      observation.code,
      ...(observation.category ?? []),
      observation.valueCodeableConcept,
      ...(observation.component ?? []).map((component) => component.code),
    ],
    [encounterContext(observation.encounter), ...(observation.performer ?? []).map(serviceContext)],
  );
  if (!base) return null;
  const status = observation.status;
  if (status === 'cancelled' || status === 'entered-in-error') return null;
  return {
    ...base,
    name: conceptText(observation.code),
    loincCode: codeIn(observation.code, LOINC_SYSTEM),
    score: typeof observation.valueQuantity?.value === 'number' ? observation.valueQuantity.value : null,
    result:
      conceptText(observation.valueCodeableConcept) ??
      (typeof observation.valueQuantity?.value === 'number' ? String(observation.valueQuantity.value) : null) ??
      observation.valueString ??
      null,
    interpretation: observation.interpretation?.map(conceptText).filter(isText).join('; ') || null,
    observedOn: calendarDate(observation.effectiveDateTime ?? observation.effectivePeriod?.start ?? observation.issued),
    status: RESULT_STATUS[status ?? ''] ?? null,
  };
}

export function conditionRow(condition: Condition): Unfiled<ConditionRow> | null {
  const base = clinicalBase(
    condition,
    condition.subject,
    [condition.code, ...(condition.category ?? [])],
    [encounterContext(condition.encounter), serviceContext(condition.asserter), serviceContext(condition.recorder)],
  );
  if (!base) return null;
  const verification = codeIn(condition.verificationStatus, undefined);
  if (verification === 'entered-in-error' || verification === 'refuted') return null;
  return {
    ...base,
    description: conceptText(condition.code),
    icd10Code: codeIn(condition.code, ICD10CM_SYSTEM),
    clinicalStatus: DIAGNOSIS_STATUS[codeIn(condition.clinicalStatus, undefined) ?? ''] ?? null,
    diagnosedOn: calendarDate(condition.onsetDateTime ?? condition.onsetPeriod?.start ?? condition.recordedDate),
    resolvedOn: calendarDate(condition.abatementDateTime ?? condition.abatementPeriod?.end),
  };
}

export function episodeOfCareRow(episode: EpisodeOfCare): Unfiled<EpisodeOfCareRow> | null {
  const base = clinicalBase(episode, episode.patient, episode.type ?? [], [
    ...(episode.diagnosis ?? []).map((diagnosis) => referenceContext('REASON_REFERENCE', 'Condition', diagnosis.condition)),
    serviceContext(episode.careManager),
  ]);
  if (!base || episode.status === 'entered-in-error') return null;
  const program = episode.type?.find((type) => codeIn(type, PROGRAM_SYSTEM)) ?? episode.type?.[0];
  return {
    ...base,
    program: conceptText(program),
    programCode: codeIn(program, PROGRAM_SYSTEM),
    status: SERVICE_STATUS[episode.status] ?? null,
    startedOn: calendarDate(episode.period?.start),
    endedOn: calendarDate(episode.period?.end),
    careManager: episode.careManager?.display ?? null,
  };
}

export function encounterRow(encounter: Encounter): Unfiled<EncounterRow> | null {
  const base = clinicalBase(
    encounter,
    encounter.subject,
    [...(encounter.type ?? []), encounter.serviceType, ...(encounter.reasonCode ?? [])],
    [
      ...(encounter.episodeOfCare ?? []).map((episode) => referenceContext('EPISODE_OF_CARE', 'EpisodeOfCare', episode)),
      ...(encounter.reasonReference ?? []).map((reason) => referenceContext('REASON_REFERENCE', 'Condition', reason)),
      ...(encounter.diagnosis ?? []).map((diagnosis) => referenceContext('REASON_REFERENCE', 'Condition', diagnosis.condition)),
      ...(encounter.participant ?? []).map((participant) => serviceContext(participant.individual)),
    ],
  );
  if (!base || encounter.status === 'entered-in-error') return null;
  return {
    ...base,
    kind: conceptText(encounter.type?.[0]) ?? conceptText(encounter.serviceType),
    status: VISIT_STATUS[encounter.status] ?? null,
    occurredOn: calendarDate(encounter.period?.start),
    practitioner: encounter.participant?.map((participant) => participant.individual?.display).find(isText) ?? null,
    reason: encounter.reasonCode?.map(conceptText).filter(isText).join('; ') || null,
  };
}

export function procedureRow(procedure: Procedure): Unfiled<ProcedureRow> | null {
  const base = clinicalBase(
    procedure,
    procedure.subject,
    [procedure.code, procedure.category, ...(procedure.reasonCode ?? [])],
    [
      encounterContext(procedure.encounter),
      ...(procedure.reasonReference ?? []).map((reason) => referenceContext('REASON_REFERENCE', 'Condition', reason)),
      ...(procedure.performer ?? []).map((performer) => serviceContext(performer.actor)),
    ],
  );
  if (!base || procedure.status === 'entered-in-error') return null;
  return {
    ...base,
    description: conceptText(procedure.code),
    snomedCode: codeIn(procedure.code, SNOMED_SYSTEM),
    status: PROCEDURE_STATUS[procedure.status] ?? null,
    performedOn: calendarDate(procedure.performedDateTime ?? procedure.performedPeriod?.start),
  };
}

/**
 * The medication is read from `medicationCodeableConcept`, or from the Medication contained in the
 * request (`medicationReference: #id`). A reference to a Medication elsewhere carries no code here:
 * unless a label, a reason or the visit files the request, it is filed as undetermined, never as
 * general medical.
 */
export function medicationRequestRow(request: MedicationRequest): Unfiled<MedicationRow> | null {
  const medication = request.medicationCodeableConcept ?? containedMedication(request)?.code;
  const base = clinicalBase(
    request,
    request.subject,
    [medication, ...(request.category ?? []), ...(request.reasonCode ?? [])],
    [
      encounterContext(request.encounter),
      ...(request.reasonReference ?? []).map((reason) => referenceContext('REASON_REFERENCE', 'Condition', reason)),
      serviceContext(request.requester),
    ],
  );
  if (!base || request.status === 'entered-in-error') return null;
  return {
    ...base,
    source: request.reportedBoolean === true || request.reportedReference ? 'REPORTED' : 'PRESCRIBED',
    medication: conceptText(medication) ?? request.medicationReference?.display ?? null,
    rxnormCode: codeIn(medication, RXNORM_SYSTEM),
    status: MEDICATION_STATUS[request.status] ?? null,
    prescribedOn: calendarDate(request.authoredOn),
    prescriber: request.requester?.display ?? null,
    dosage:
      request.dosageInstruction
        ?.map((dosage) => dosage.text)
        .filter(isText)
        .join('; ') || null,
    reason: request.reasonCode?.map(conceptText).filter(isText).join('; ') || null,
  };
}

/**
 * A medication the youth or someone for them says the youth takes or took, filed like a
 * prescription: by its code, its reason, and the visit or episode it was recorded in
 * (`MedicationStatement.context`). `prescribedOn` is when it was taken from, or when it was recorded.
 */
export function medicationStatementRow(statement: MedicationStatement): Unfiled<MedicationRow> | null {
  const medication = statement.medicationCodeableConcept ?? containedMedication(statement)?.code;
  const base = clinicalBase(
    statement,
    statement.subject,
    [medication, statement.category, ...(statement.reasonCode ?? [])],
    [
      encounterContext(statement.context),
      referenceContext('EPISODE_OF_CARE', 'EpisodeOfCare', statement.context),
      ...(statement.reasonReference ?? []).map((reason) => referenceContext('REASON_REFERENCE', 'Condition', reason)),
      serviceContext(statement.informationSource),
    ],
  );
  if (!base || statement.status === 'entered-in-error') return null;
  return {
    ...base,
    source: 'REPORTED',
    medication: conceptText(medication) ?? statement.medicationReference?.display ?? null,
    rxnormCode: codeIn(medication, RXNORM_SYSTEM),
    status: MEDICATION_STATUS[statement.status] ?? null,
    prescribedOn: calendarDate(statement.effectiveDateTime ?? statement.effectivePeriod?.start ?? statement.dateAsserted),
    prescriber: statement.informationSource?.display ?? null,
    dosage:
      statement.dosage
        ?.map((dosage) => dosage.text)
        .filter(isText)
        .join('; ') || null,
    reason: statement.reasonCode?.map(conceptText).filter(isText).join('; ') || null,
  };
}

/** The codings that say what service a PractitionerRole is; null without an id. */
export function practitionerRoleRow(role: PractitionerRole): PractitionerRoleRow | null {
  if (!role.id) return null;
  return { id: role.id, codings: [...(role.code ?? []), ...(role.specialty ?? [])].flatMap((concept) => concept.coding ?? []) };
}

function containedMedication(resource: MedicationRequest | MedicationStatement): Medication | undefined {
  const reference = resource.medicationReference?.reference;
  if (!reference?.startsWith('#')) return undefined;
  return resource.contained?.find(
    (contained): contained is Medication => contained.resourceType === 'Medication' && contained.id === reference.slice(1),
  );
}

/** Newest first; undated records last; ties broken by id so that the order is stable. */
export function newestFirst<TRow extends { id: string }>(dateOf: (row: TRow) => string | null) {
  return (a: TRow, b: TRow): number => {
    const dateA = dateOf(a) ?? '';
    const dateB = dateOf(b) ?? '';
    if (dateA !== dateB) return dateA < dateB ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

function clinicalBase(
  resource: Resource,
  subject: Reference | undefined,
  concepts: ReadonlyArray<CodeableConcept | undefined>,
  context: ReadonlyArray<{ kind: ContextKind; reference: string } | null>,
): Unfiled<ClinicalRow> | null {
  const patientId = patientIdOf(subject);
  if (!resource.id || !patientId) return null;
  const security = securityLabelsOf(resource);
  if (isPsychotherapyNote(security)) return null;
  return {
    id: resource.id,
    reference: `${resource.resourceType}/${resource.id}`,
    patientId,
    security,
    confidentiality: security.confidentiality,
    sensitivity: security.sensitivity,
    codings: concepts.flatMap((concept) => concept?.coding ?? []),
    context: context.filter((entry) => entry !== null),
  };
}

const REFERENCE_PATTERN: Readonly<Record<string, RegExp>> = {
  Encounter: /(?:^|\/)Encounter\/([A-Za-z0-9\-.]{1,64})$/,
  EpisodeOfCare: /(?:^|\/)EpisodeOfCare\/([A-Za-z0-9\-.]{1,64})$/,
  Condition: /(?:^|\/)Condition\/([A-Za-z0-9\-.]{1,64})$/,
  PractitionerRole: /(?:^|\/)PractitionerRole\/([A-Za-z0-9\-.]{1,64})$/,
};

function encounterContext(reference: Reference | undefined): { kind: ContextKind; reference: string } | null {
  return referenceContext('ENCOUNTER', 'Encounter', reference);
}

/** A clinician's role, when the reference is to a PractitionerRole (a Practitioner alone names no service). */
function serviceContext(reference: Reference | undefined): { kind: ContextKind; reference: string } | null {
  return referenceContext('PRACTITIONER_ROLE', 'PractitionerRole', reference);
}

/** `Encounter/abc` (or a full URL ending so) as a context of the given kind; null for anything else. */
function referenceContext(
  kind: ContextKind,
  resourceType: keyof typeof REFERENCE_PATTERN,
  reference: Reference | undefined,
): { kind: ContextKind; reference: string } | null {
  const match = REFERENCE_PATTERN[resourceType]?.exec(reference?.reference ?? '');
  return match ? { kind, reference: `${resourceType}/${match[1]}` } : null;
}

/** `Patient/abc` (or a full URL ending so) -> `abc`. */
export function patientIdOf(reference: Reference | undefined): string | null {
  const match = /(?:^|\/)Patient\/([A-Za-z0-9\-.]{1,64})$/.exec(reference?.reference ?? '');
  return match?.[1] ?? null;
}

/** A FHIR date or dateTime as YYYY-MM-DD; null when absent or only a year or month. */
export function calendarDate(value: string | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function conceptText(concept: CodeableConcept | undefined): string | null {
  return concept?.text ?? concept?.coding?.map((coding) => coding.display).find(isText) ?? null;
}

function codeIn(concept: CodeableConcept | undefined, system: string | undefined): string | null {
  const coding = concept?.coding?.find((candidate) => system === undefined || candidate.system === system);
  return coding?.code ?? null;
}

function isText(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length > 0;
}

const RESULT_STATUS: Readonly<Record<string, ResultStatus>> = {
  registered: 'PRELIMINARY',
  preliminary: 'PRELIMINARY',
  final: 'FINAL',
  amended: 'AMENDED',
  corrected: 'AMENDED',
};

const DIAGNOSIS_STATUS: Readonly<Record<string, DiagnosisStatus>> = {
  active: 'ACTIVE',
  recurrence: 'RECURRENCE',
  relapse: 'RELAPSE',
  inactive: 'INACTIVE',
  remission: 'REMISSION',
  resolved: 'RESOLVED',
};

const SERVICE_STATUS: Readonly<Record<string, ServiceStatus>> = {
  planned: 'PLANNED',
  waitlist: 'WAITLIST',
  active: 'ACTIVE',
  onhold: 'ON_HOLD',
  finished: 'FINISHED',
  cancelled: 'CANCELLED',
};

const VISIT_STATUS: Readonly<Record<string, VisitStatus>> = {
  planned: 'PLANNED',
  arrived: 'IN_PROGRESS',
  triaged: 'IN_PROGRESS',
  'in-progress': 'IN_PROGRESS',
  onleave: 'IN_PROGRESS',
  finished: 'FINISHED',
  cancelled: 'CANCELLED',
};

const MEDICATION_STATUS: Readonly<Record<string, MedicationStatus>> = {
  draft: 'DRAFT',
  active: 'ACTIVE',
  'on-hold': 'ON_HOLD',
  completed: 'COMPLETED',
  stopped: 'STOPPED',
  cancelled: 'CANCELLED',
  // MedicationStatement: the youth says they are not taking it.
  'not-taken': 'NOT_TAKEN',
  intended: 'INTENDED',
};

const PROCEDURE_STATUS: Readonly<Record<string, ProcedureStatus>> = {
  preparation: 'PREPARATION',
  'in-progress': 'IN_PROGRESS',
  'not-done': 'NOT_DONE',
  'on-hold': 'ON_HOLD',
  stopped: 'STOPPED',
  completed: 'COMPLETED',
};
