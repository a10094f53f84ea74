import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { FhirResource, User } from './__generated__/scenario-types.ts';
import { ScenarioError, partValidator } from './load-scenario.ts';
import { ReferentialChecks } from './scenario-checks.ts';
import { ScenarioFileError, streamScenarioFile, type ScenarioListName } from './scenario-file-stream.ts';
import { RECORDS_PER_BATCH, type ScenarioLists, type ScenarioRecords } from './scenario-records.ts';

/** Where each list's records are defined in the schema, and where a problem in one is reported. */
const RECORD_SCHEMAS: Record<ScenarioListName, { pointer: string; at: string }> = {
  users: { pointer: '#/$defs/user', at: '/users' },
  youth: { pointer: '#/$defs/csecYouth', at: '/csec/youth' },
  clients: { pointer: '#/$defs/childWelfareClient', at: '/childWelfare/clients' },
  juveniles: { pointer: '#/$defs/probationJuvenile', at: '/probation/juveniles' },
  resources: { pointer: '#/$defs/fhirResource', at: '/health/resources' },
  students: { pointer: '#/$defs/educationStudent', at: '/education/students' },
  parties: { pointer: '#/$defs/juvenileCourtParty', at: '/juvenileCourt/parties' },
};

/** A validated scenario file, its records spooled one per line in a working folder until `close`. */
export interface SpooledScenario extends ScenarioRecords {
  close(): Promise<void>;
}

/**
 * Reads and validates a scenario file of any size in one pass, holding only identifiers: each
 * record is checked against its schema definition and the referential checks as it is read, then
 * written to a spool file of its list (health resources, one per resource type, so that they can
 * be written in reference order). Nothing is loaded anywhere unless the whole file is valid; the
 * seeders then read the spool in batches.
 */
export async function spoolScenarioFile(path: string, workDirectory: string): Promise<SpooledScenario> {
  const directory = await mkdtemp(join(workDirectory, 'scenario-spool-'));
  const spools = new Map<string, SpoolFile>();
  const spoolOf = (name: string): SpoolFile => {
    let spool = spools.get(name);
    if (!spool) spools.set(name, (spool = new SpoolFile(join(directory, `${name}.ndjson`))));
    return spool;
  };
  try {
    const validators = new Map(
      await Promise.all(Object.entries(RECORD_SCHEMAS).map(async ([list, { pointer }]) => [list, await partValidator(pointer)] as const)),
    );
    const checks = new ReferentialChecks();
    const users: User[] = [];
    const problems: string[] = [];
    let youthCount = 0;
    let previous: ScenarioListName | undefined;
    const skeleton = await streamScenarioFile(path, (list, record, index) => {
      // Users usually come first: references to them are then checked as they are read.
      if (previous === 'users' && list !== 'users') checks.usersComplete();
      previous = list;
      const found = validators.get(list)!(record, `${RECORD_SCHEMAS[list].at}/${index}`);
      if (found.length > 0) {
        problems.push(...found);
        return;
      }
      if (problems.length > 0) return; // an invalid file is not spooled; keep reading for its other problems
      switch (list) {
        case 'users':
          checks.user(record as User);
          users.push(record as User);
          return;
        case 'youth':
          checks.youth(record as ScenarioLists['youth'], index);
          youthCount += 1;
          break;
        case 'clients':
          checks.client(record as ScenarioLists['clients'], index);
          break;
        case 'juveniles':
          checks.juvenile(record as ScenarioLists['juveniles'], index);
          break;
        case 'students':
          checks.student(record as ScenarioLists['students']);
          break;
        case 'parties':
          checks.party(record as ScenarioLists['parties'], index);
          break;
        case 'resources':
          checks.resource(record as FhirResource);
          spoolOf(`resources-${(record as FhirResource).resourceType}`).write(record);
          return;
      }
      spoolOf(list).write(record);
    });
    problems.unshift(...(await partValidator(''))(skeleton, ''));
    if (problems.length === 0) problems.push(...checks.finish());
    if (problems.length > 0) throw new ScenarioError(path, problems);
    for (const spool of spools.values()) spool.close();
    return {
      users,
      youthCount,
      batches: (list) => readSpool(join(directory, `${list}.ndjson`), spools.has(list)),
      resourcesOfType: (resourceType) =>
        readSpool(join(directory, `resources-${resourceType}.ndjson`), spools.has(`resources-${resourceType}`)),
      close: () => rm(directory, { recursive: true, force: true }),
    };
  } catch (error) {
    for (const spool of spools.values()) spool.close();
    await rm(directory, { recursive: true, force: true });
    if (error instanceof ScenarioFileError) throw new ScenarioError(path, [error.message]);
    throw error;
  }
}

/** Records appended one JSON document per line, written in large blocks. */
class SpoolFile {
  private readonly fd: number;
  private buffer = '';
  private closed = false;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(record: unknown): void {
    this.buffer += `${JSON.stringify(record)}\n`;
    if (this.buffer.length > 1 << 22) this.flush();
  }
  close(): void {
    if (this.closed) return;
    this.flush();
    closeSync(this.fd);
    this.closed = true;
  }
  private flush(): void {
    const bytes = Buffer.from(this.buffer);
    for (let offset = 0; offset < bytes.length;) offset += writeSync(this.fd, bytes, offset);
    this.buffer = '';
  }
}

async function* readSpool<T>(path: string, exists: boolean): AsyncGenerator<T[]> {
  if (!exists) return;
  let batch: T[] = [];
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    batch.push(JSON.parse(line) as T);
    if (batch.length === RECORDS_PER_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The users of a scenario file of any size, checked against the schema: the file is read only as
 * far as the end of its list of users (the first list, in a generated scenario).
 */
export async function readScenarioUsers(path: string): Promise<User[]> {
  const validate = await partValidator(RECORD_SCHEMAS.users.pointer);
  const users: User[] = [];
  const problems: string[] = [];
  try {
    await streamScenarioFile(
      path,
      (list, record, index) => {
        if (list !== 'users') return;
        const found = validate(record, `${RECORD_SCHEMAS.users.at}/${index}`);
        if (found.length > 0) problems.push(...found);
        else users.push(record as User);
      },
      'users',
    );
  } catch (error) {
    if (error instanceof ScenarioFileError) throw new ScenarioError(path, [error.message]);
    throw error;
  }
  if (problems.length > 0) throw new ScenarioError(path, problems);
  return users;
}
