import type DataLoader from 'dataloader';
import { rowLoader, rowsLoader } from '../../../runtime/batching.ts';
import type {
  ConditionRow,
  EncounterRow,
  EpisodeOfCareRow,
  HealthPatientRow,
  ObservationRow,
  ProcedureRow,
} from './records.ts';
import type { HealthSource } from './source.ts';

/**
 * One request's loaders: patients by MRN, then each resource type by FHIR patient id. A level
 * of the query costs one FHIR search per resource type it touches, whatever the number of youth.
 */
export interface HealthLoaders {
  patient: DataLoader<string, HealthPatientRow | null>;
  observations: DataLoader<string, ObservationRow[]>;
  conditions: DataLoader<string, ConditionRow[]>;
  episodesOfCare: DataLoader<string, EpisodeOfCareRow[]>;
  encounters: DataLoader<string, EncounterRow[]>;
  procedures: DataLoader<string, ProcedureRow[]>;
}

export function createHealthLoaders(source: HealthSource): HealthLoaders {
  const byPatient = (row: { patientId: string }) => row.patientId;
  return {
    patient: rowLoader((numbers) => source.patients(numbers), (row) => row.medicalRecordNumber),
    observations: rowsLoader((ids) => source.observations(ids), byPatient),
    conditions: rowsLoader((ids) => source.conditions(ids), byPatient),
    episodesOfCare: rowsLoader((ids) => source.episodesOfCare(ids), byPatient),
    encounters: rowsLoader((ids) => source.encounters(ids), byPatient),
    procedures: rowsLoader((ids) => source.procedures(ids), byPatient),
  };
}
