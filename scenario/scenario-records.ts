import type {
  ChildWelfareClient,
  CsecYouth,
  EducationStudent,
  FhirResource,
  JuvenileCourtParty,
  ProbationJuvenile,
  Scenario,
  User,
} from './__generated__/scenario-types.ts';

/** The record lists of a scenario, by the name each agency's section gives its list. */
export interface ScenarioLists {
  youth: CsecYouth;
  clients: ChildWelfareClient;
  juveniles: ProbationJuvenile;
  students: EducationStudent;
  resources: FhirResource;
  parties: JuvenileCourtParty;
}

/**
 * A validated scenario as the seeders read it: the users whole (a county's staff fit in memory),
 * every other list in batches, so that a county of any size is loaded in bounded memory.
 */
export interface ScenarioRecords {
  users: readonly User[];
  youthCount: number;
  batches<List extends keyof ScenarioLists>(list: List): AsyncIterable<ReadonlyArray<ScenarioLists[List]>>;
  /** The health system's resources of one type, so that they can be written in reference order. */
  resourcesOfType(resourceType: FhirResource['resourceType']): AsyncIterable<readonly FhirResource[]>;
}

export const RECORDS_PER_BATCH = 1_000;

/** A scenario held in memory, read in batches like one streamed from a file. */
export function scenarioRecords(scenario: Scenario): ScenarioRecords {
  const lists: { [List in keyof ScenarioLists]: ReadonlyArray<ScenarioLists[List]> } = {
    youth: scenario.csec.youth,
    clients: scenario.childWelfare.clients,
    juveniles: scenario.probation.juveniles,
    students: scenario.education.students,
    resources: scenario.health.resources,
    parties: scenario.juvenileCourt.parties,
  };
  return {
    users: scenario.users,
    youthCount: scenario.csec.youth.length,
    batches: (list) => inBatches(lists[list]),
    resourcesOfType: (resourceType) => inBatches(scenario.health.resources.filter((resource) => resource.resourceType === resourceType)),
  };
}

async function* inBatches<T>(records: readonly T[]): AsyncGenerator<readonly T[]> {
  for (let start = 0; start < records.length; start += RECORDS_PER_BATCH) yield records.slice(start, start + RECORDS_PER_BATCH);
}
