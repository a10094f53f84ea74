import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SystemConfig } from '../../runtime/config.ts';
import { callServicesWith } from '../../runtime/service-http.ts';
import { OPERATOR_IDENTITY, readServiceIdentity } from '../../runtime/service-tls.ts';
import { openSubgraphStore } from '../../runtime/relational-subgraph.ts';
import type { User } from '../../scenario/__generated__/scenario-types.ts';
import type { Scenario } from '../../scenario/load-scenario.ts';
import { scenarioRecords, type ScenarioRecords } from '../../scenario/scenario-records.ts';
import { spoolScenarioFile } from '../../scenario/spooled-scenario.ts';
import { startEmbeddedFhirServer } from '../../subgraphs/health/src/embedded-fhir-server.ts';
import { loadHealthRecords } from '../../seed/health.ts';
import { RELATIONAL_SEEDERS } from '../../seed/relational-sources.ts';

/** What the sources of a data folder were loaded with, written by every load. */
export interface SeededMarker {
  /** Where the scenario came from: a file, or the default county. */
  scenario: string;
  youth: number;
  seededOn: string;
}

function markerPath(config: SystemConfig): string {
  return join(config.dataDirectory, 'seeded.json');
}

/** What the configured sources were last loaded with; none when nothing was loaded through this data folder. */
export async function seededMarker(config: SystemConfig): Promise<SeededMarker | undefined> {
  const path = markerPath(config);
  if (!existsSync(path)) return undefined;
  return JSON.parse(await readFile(path, 'utf8')) as SeededMarker;
}

/**
 * Loads a validated scenario into every agency's source: each relational source in one
 * transaction, the health system through its FHIR API. With embedded sources the services
 * must be stopped first: an embedded database belongs to one process at a time.
 */
export async function seedAllSources(
  config: SystemConfig,
  scenario: Scenario,
  report: (line: string) => void = () => undefined,
  source = 'a scenario',
): Promise<void> {
  await seedRecords(config, scenarioRecords(scenario), report, source);
}

/**
 * Loads a scenario file of any size: it is read and validated in one streaming pass, its records
 * spooled in the data folder, and each source then loaded from the spool a batch at a time. An
 * invalid file changes nothing in any source. Resolves with what was loaded: the number of youth, and the users.
 */
export async function seedScenarioFile(
  config: SystemConfig,
  path: string,
  report: (line: string) => void = () => undefined,
): Promise<{ youth: number; users: readonly User[] }> {
  await mkdir(config.dataDirectory, { recursive: true });
  const records = await spoolScenarioFile(path, config.dataDirectory);
  try {
    report(`${path}: valid, ${records.youthCount} youth`);
    await seedRecords(config, records, report, path);
    return { youth: records.youthCount, users: records.users };
  } finally {
    await records.close();
  }
}

async function seedRecords(config: SystemConfig, records: ScenarioRecords, report: (line: string) => void, source: string): Promise<void> {
  await loadEverySource(config, records, report);
  // Written after every load, so that `npm start` never loads its default county over it.
  await mkdir(config.dataDirectory, { recursive: true });
  const marker: SeededMarker = { scenario: source, youth: records.youthCount, seededOn: new Date().toISOString() };
  await writeFile(markerPath(config), `${JSON.stringify(marker, null, 2)}\n`);
}

async function loadEverySource(config: SystemConfig, records: ScenarioRecords, report: (line: string) => void): Promise<void> {
  for (const [name, loadRecords] of RELATIONAL_SEEDERS) {
    const store = await openSubgraphStore({ name }, config, 'owner');
    try {
      await loadRecords(store, records);
      // Fresh statistics after a bulk load: without them the planner scans whole tables for a caseload.
      await store.query('ANALYZE');
      report(`${name}: loaded into ${store.kind === 'postgres' ? 'PostgreSQL' : 'the embedded store'}`);
    } finally {
      await store.close();
    }
  }
  // The FHIR server answers only callers with a certificate from the services' authorities.
  callServicesWith(readServiceIdentity(config.tls, OPERATOR_IDENTITY));
  if (config.health.fhirBaseUrl) {
    await loadHealthRecords(config.health.fhirBaseUrl, records);
    report('health: loaded into the configured FHIR server');
    return;
  }
  const fhirServer = await startEmbeddedFhirServer({ ...config, health: { ...config.health, embeddedFhirPort: 0 } });
  try {
    await loadHealthRecords(fhirServer.url, records);
    report('health: loaded into the embedded FHIR server');
  } finally {
    await fhirServer.close();
  }
}
