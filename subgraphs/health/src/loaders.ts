import DataLoader from 'dataloader';
import { rowLoader, rowsLoader } from '../../../runtime/batching.ts';
import type { HealthArea } from './health-areas.ts';
import type { ContextSignal, HealthClassification, HealthClassifier } from './health-classification.ts';
import type {
  ClinicalRow,
  ConditionRow,
  EncounterRow,
  EpisodeOfCareRow,
  HealthPatientRow,
  MedicationRow,
  ObservationRow,
  ProcedureRow,
  Unfiled,
} from './records.ts';
import type { HealthSource } from './source.ts';

/**
 * One request's loaders: patients by MRN, then each resource type by FHIR patient id, each record
 * filed into its area by the value sets of the policy revision the request is decided under. A
 * level of the query costs one FHIR search per resource type it touches, whatever the number of
 * youth; a record that belongs to an episode or an encounter also asks for those (one search each,
 * shared with the fields that list them), and one search for the clinicians' roles they name.
 */
export interface HealthLoaders {
  patient: DataLoader<string, HealthPatientRow | null>;
  observations: DataLoader<string, ObservationRow[]>;
  conditions: DataLoader<string, ConditionRow[]>;
  episodesOfCare: DataLoader<string, EpisodeOfCareRow[]>;
  encounters: DataLoader<string, EncounterRow[]>;
  procedures: DataLoader<string, ProcedureRow[]>;
  medications: DataLoader<string, MedicationRow[]>;
  /** How each of a patient's records is filed, by the value sets of this request's policy revision. */
  recordFilings: (patientId: string) => Promise<RecordFiling[]>;
}

/** One record's filing, for the privacy officer: never the record itself. */
export interface RecordFiling extends HealthClassification {
  record: string;
  valueSetsVersion: string;
}

export function createHealthLoaders(source: HealthSource, classifier: HealthClassifier): HealthLoaders {
  const byPatient = (row: { patientId: string }) => row.patientId;
  const read = {
    observations: rowsLoader((ids) => source.observations(ids), byPatient),
    conditions: rowsLoader((ids) => source.conditions(ids), byPatient),
    episodesOfCare: rowsLoader((ids) => source.episodesOfCare(ids), byPatient),
    encounters: rowsLoader((ids) => source.encounters(ids), byPatient),
    procedures: rowsLoader((ids) => source.procedures(ids), byPatient),
    medications: rowsLoader((ids) => source.medications(ids), byPatient),
  };

  /** The area each clinician's role reveals by its codes (none when it reveals nothing). */
  const serviceAreas = new DataLoader<string, HealthArea | null>(async (roleIds) => {
    const byId = new Map((await source.practitionerRoles(roleIds)).map((role) => [role.id, classifier.serviceArea(role.codings) ?? null]));
    return roleIds.map((id) => byId.get(id) ?? null);
  });

  /** Areas of the clinicians' services the rows name, by reference. */
  async function servicesOf(
    rows: ReadonlyArray<ReadonlyArray<{ context: Array<{ kind: string; reference: string }> }>>,
  ): Promise<Map<string, HealthArea>> {
    const areas = new Map<string, HealthArea>();
    if (!classifier.reads('PRACTITIONER_ROLE')) return areas;
    const references = new Set(
      rows.flatMap((forPatient) =>
        forPatient.flatMap((row) => row.context.filter((entry) => entry.kind === 'PRACTITIONER_ROLE').map((entry) => entry.reference)),
      ),
    );
    if (references.size === 0) return areas;
    const ids = [...references].map((reference) => reference.slice('PractitionerRole/'.length));
    const found = await serviceAreas.loadMany(ids);
    ids.forEach((id, index) => {
      const area = found[index];
      if (typeof area === 'string') areas.set(`PractitionerRole/${id}`, area);
      else if (area instanceof Error) throw area;
    });
    return areas;
  }

  /** Areas of the records of one kind that the rows refer to, by reference, for the patients asked. */
  async function areasOf(
    rows: ReadonlyArray<ReadonlyArray<{ context: Array<{ kind: string }> }>>,
    kind: ContextSignal['kind'],
    patientIds: readonly string[],
    load: (ids: readonly string[]) => Promise<Array<ReadonlyArray<{ id: string; area: ContextSignal['area'] }>>>,
    resourceType: string,
  ): Promise<Map<string, ContextSignal['area']>> {
    const areas = new Map<string, ContextSignal['area']>();
    if (!classifier.reads(kind)) return areas;
    const referring = patientIds.filter((_id, index) => rows[index]?.some((row) => row.context.some((entry) => entry.kind === kind)));
    if (referring.length === 0) return areas;
    for (const records of await load(referring)) {
      for (const record of records) areas.set(`${resourceType}/${record.id}`, record.area);
    }
    return areas;
  }

  function file<TFiled extends ClinicalRow>(
    rows: ReadonlyArray<Unfiled<TFiled>>,
    contextAreas: ReadonlyMap<string, ContextSignal['area']>,
  ): TFiled[] {
    const filed: TFiled[] = [];
    for (const row of rows) {
      const context: ContextSignal[] = [];
      for (const entry of row.context) {
        const area = contextAreas.get(entry.reference);
        if (area) context.push({ ...entry, area });
      }
      const classification = classifier.classify(row.security, row.codings, context);
      // Counseling notes are kept apart like psychotherapy notes: never read into the profile.
      if (classification.area === 'COUNSELING_NOTES') continue;
      filed.push({ ...row, area: classification.area, classification } as TFiled);
    }
    return filed;
  }

  const many = async <TRow>(loader: DataLoader<string, TRow[]>, ids: readonly string[]): Promise<TRow[][]> =>
    (await loader.loadMany(ids)).map((rows) => {
      if (rows instanceof Error) throw rows;
      return rows;
    });

  /** Conditions filed by their own labels and codes alone: what a visit's or episode's reason reveals. */
  const conditionsOnTheirOwn = new DataLoader<string, ConditionRow[]>(async (ids) => {
    const rows = await many(read.conditions, ids);
    const services = await servicesOf(rows);
    return rows.map((forPatient) =>
      file<ConditionRow>(
        forPatient.map((row) => ({ ...row, context: row.context.filter((entry) => entry.kind === 'PRACTITIONER_ROLE') })),
        services,
      ),
    );
  });

  const episodesOfCare: DataLoader<string, EpisodeOfCareRow[]> = new DataLoader(async (ids) => {
    const rows = await many(read.episodesOfCare, ids);
    const [reasons, services] = await Promise.all([
      areasOf(rows, 'REASON_REFERENCE', ids, (referring) => many(conditionsOnTheirOwn, referring), 'Condition'),
      servicesOf(rows),
    ]);
    const context = new Map([...reasons, ...services]);
    return rows.map((forPatient) => file<EpisodeOfCareRow>(forPatient, context));
  });

  const encounters: DataLoader<string, EncounterRow[]> = new DataLoader(async (ids) => {
    const rows = await many(read.encounters, ids);
    const [episodes, reasons, services] = await Promise.all([
      areasOf(rows, 'EPISODE_OF_CARE', ids, (referring) => many(episodesOfCare, referring), 'EpisodeOfCare'),
      areasOf(rows, 'REASON_REFERENCE', ids, (referring) => many(conditionsOnTheirOwn, referring), 'Condition'),
      servicesOf(rows),
    ]);
    const context = new Map([...episodes, ...reasons, ...services]);
    return rows.map((forPatient) => file<EncounterRow>(forPatient, context));
  });

  /**
   * Records that belong to an encounter take on its area (and through it, its episode's); a
   * reported medication recorded in an episode of care takes on the episode's.
   */
  function inEncounters<TFiled extends ConditionRow | ObservationRow | ProcedureRow | MedicationRow>(
    reader: DataLoader<string, Array<Unfiled<TFiled>>>,
  ): DataLoader<string, TFiled[]> {
    return new DataLoader(async (ids) => {
      const rows = await many(reader, ids);
      const [visits, episodes, reasons, services] = await Promise.all([
        areasOf(rows, 'ENCOUNTER', ids, (referring) => many(encounters, referring), 'Encounter'),
        areasOf(rows, 'EPISODE_OF_CARE', ids, (referring) => many(episodesOfCare, referring), 'EpisodeOfCare'),
        areasOf(rows, 'REASON_REFERENCE', ids, (referring) => many(conditionsOnTheirOwn, referring), 'Condition'),
        servicesOf(rows),
      ]);
      const context = new Map([...visits, ...episodes, ...reasons, ...services]);
      return rows.map((forPatient) => file<TFiled>(forPatient, context));
    });
  }

  const filed = {
    observations: inEncounters<ObservationRow>(read.observations),
    conditions: inEncounters<ConditionRow>(read.conditions),
    episodesOfCare,
    encounters,
    procedures: inEncounters<ProcedureRow>(read.procedures),
    medications: inEncounters<MedicationRow>(read.medications),
  };
  return {
    patient: rowLoader(
      (numbers) => source.patients(numbers),
      (row) => row.medicalRecordNumber,
    ),
    ...filed,
    recordFilings: async (patientId) => {
      const rows = (
        await Promise.all(Object.values(filed).map((loader: DataLoader<string, ClinicalRow[]>) => loader.load(patientId)))
      ).flat();
      return rows.map((row) => ({ record: row.reference, ...row.classification, valueSetsVersion: classifier.version }));
    },
  };
}
