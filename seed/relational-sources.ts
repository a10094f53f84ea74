import type { RelationalStore } from '../runtime/relational-store.ts';
import type { ScenarioRecords } from '../scenario/scenario-records.ts';
import type { RelationalSubgraphName } from '../subgraphs/registry.ts';
import { loadChildWelfareRecords } from './child-welfare.ts';
import { loadCsecRecords } from './csec.ts';
import { loadEducationRecords } from './education.ts';
import { loadJuvenileCourtRecords } from './juvenile-court.ts';
import { loadProbationRecords } from './probation.ts';

/**
 * How a scenario's records are written into each relational source the scenario format describes,
 * through that source's own tables, in the order they are seeded. A subgraph the format does not
 * describe (a new agency's) starts empty. The services never import this: seeding is not serving.
 */
export const RELATIONAL_SEEDERS: ReadonlyArray<
  [RelationalSubgraphName, (store: RelationalStore, records: ScenarioRecords) => Promise<void>]
> = [
  ['csec', loadCsecRecords],
  ['child-welfare', loadChildWelfareRecords],
  ['probation', loadProbationRecords],
  ['education', loadEducationRecords],
  ['juvenile-court', loadJuvenileCourtRecords],
];
