import type {
  Condition,
  Encounter,
  EpisodeOfCare,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  PractitionerRole,
  Procedure,
  Resource,
} from '@medplum/fhirtypes';
import { escapeSearchValue, type FhirClient } from './fhir-client.ts';
import { ACT_CODE_SYSTEM, MEDICAL_RECORD_NUMBER_SYSTEM } from './fhir-conventions.ts';
import {
  conditionRow,
  encounterRow,
  episodeOfCareRow,
  medicationRequestRow,
  medicationStatementRow,
  newestFirst,
  observationRow,
  patientRow,
  practitionerRoleRow,
  procedureRow,
  type ConditionRow,
  type EncounterRow,
  type EpisodeOfCareRow,
  type HealthPatientRow,
  type MedicationRow,
  type ObservationRow,
  type PractitionerRoleRow,
  type ProcedureRow,
  type Unfiled,
} from './records.ts';
import { PSYCHOTHERAPY_NOTE } from './security-labels.ts';

/** Largest page asked of the FHIR server; most servers cap pages near this. */
const PAGE_SIZE = '1000';

/**
 * Batched reads of the county health system over FHIR: each call is one search (one HTTP
 * request per page) for any number of patients, using FHIR's comma-separated OR values:
 * `Patient?identifier=<mrn system>|a,<mrn system>|b` and `<Type>?patient=Patient/x,Patient/y`.
 * Every clinical search asks the server to leave psychotherapy notes out
 * (`_security:not=...|PSYTHPN`), and rows are checked for that label again on arrival.
 */
export class HealthSource {
  private readonly client: FhirClient;

  constructor(client: FhirClient) {
    this.client = client;
  }

  /** Source round trips (HTTP requests) so far. */
  roundTrips(): number {
    return this.client.roundTrips();
  }

  /**
   * Patients by medical record number. An MRN that two Patient records both carry is treated as
   * unknown: linking a youth to the wrong patient is worse than linking to none.
   */
  async patients(medicalRecordNumbers: readonly string[]): Promise<HealthPatientRow[]> {
    const patients = await this.client.search<Patient>('Patient', {
      identifier: medicalRecordNumbers
        .map((number) => `${escapeSearchValue(MEDICAL_RECORD_NUMBER_SYSTEM)}|${escapeSearchValue(number)}`)
        .join(','),
      _count: PAGE_SIZE,
    });
    const byNumber = new Map<string, HealthPatientRow[]>();
    for (const patient of patients) {
      for (const number of medicalRecordNumbers) {
        const row = patientRow(patient, number);
        if (row) byNumber.set(number, [...(byNumber.get(number) ?? []), row]);
      }
    }
    return [...byNumber.values()].flatMap((rows) => (rows.length === 1 ? rows : []));
  }

  async observations(patientIds: readonly string[]): Promise<Unfiled<ObservationRow>[]> {
    const rows = (await this.clinical<Observation>('Observation', patientIds)).map(observationRow);
    return keep(rows, patientIds).sort(newestFirst((row) => row.observedOn));
  }

  async conditions(patientIds: readonly string[]): Promise<Unfiled<ConditionRow>[]> {
    const rows = (await this.clinical<Condition>('Condition', patientIds)).map(conditionRow);
    return keep(rows, patientIds).sort(newestFirst((row) => row.diagnosedOn));
  }

  async episodesOfCare(patientIds: readonly string[]): Promise<Unfiled<EpisodeOfCareRow>[]> {
    const rows = (await this.clinical<EpisodeOfCare>('EpisodeOfCare', patientIds)).map(episodeOfCareRow);
    return keep(rows, patientIds).sort(newestFirst((row) => row.startedOn));
  }

  async encounters(patientIds: readonly string[]): Promise<Unfiled<EncounterRow>[]> {
    const rows = (await this.clinical<Encounter>('Encounter', patientIds)).map(encounterRow);
    return keep(rows, patientIds).sort(newestFirst((row) => row.occurredOn));
  }

  async procedures(patientIds: readonly string[]): Promise<Unfiled<ProcedureRow>[]> {
    const rows = (await this.clinical<Procedure>('Procedure', patientIds)).map(procedureRow);
    return keep(rows, patientIds).sort(newestFirst((row) => row.performedOn));
  }

  /**
   * Prescriptions (MedicationRequest, US Core's medication resource) and reported medications
   * (MedicationStatement, which many EHRs still write for a medication list): two searches.
   */
  async medications(patientIds: readonly string[]): Promise<Unfiled<MedicationRow>[]> {
    const [requests, statements] = await Promise.all([
      this.clinical<MedicationRequest>('MedicationRequest', patientIds),
      this.clinical<MedicationStatement>('MedicationStatement', patientIds),
    ]);
    const rows = [...requests.map(medicationRequestRow), ...statements.map(medicationStatementRow)];
    return keep(rows, patientIds).sort(newestFirst((row) => row.prescribedOn));
  }

  /** The clinicians' roles that records name, by id: one search for any number of them. */
  async practitionerRoles(ids: readonly string[]): Promise<PractitionerRoleRow[]> {
    const roles = await this.client.search<PractitionerRole>('PractitionerRole', {
      _id: ids.map(escapeSearchValue).join(','),
      _count: PAGE_SIZE,
    });
    return roles.map(practitionerRoleRow).filter((row) => row !== null);
  }

  private clinical<T extends Resource>(resourceType: T['resourceType'], patientIds: readonly string[]): Promise<T[]> {
    return this.client.search<T>(resourceType, {
      patient: patientIds.map((id) => `Patient/${escapeSearchValue(id)}`).join(','),
      '_security:not': `${ACT_CODE_SYSTEM}|${PSYCHOTHERAPY_NOTE}`,
      _count: PAGE_SIZE,
    });
  }
}

/** Rows that mapped, about the patients asked for (a server may return more than asked). */
function keep<TRow extends { patientId: string }>(rows: ReadonlyArray<TRow | null>, patientIds: readonly string[]): TRow[] {
  const wanted = new Set(patientIds);
  return rows.filter((row): row is TRow => row !== null && wanted.has(row.patientId));
}
