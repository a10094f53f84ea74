import { appendFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Patient } from '@medplum/fhirtypes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexFhirDefinitions } from '../../subgraphs/health/src/fhir-definitions.ts';
import { FhirResourceStore } from '../../subgraphs/health/src/fhir-resource-store.ts';
import { ResourceSnapshot } from '../../subgraphs/health/src/resource-snapshot.ts';

const patient = (id: string, note = ''): Patient & { id: string } => ({
  resourceType: 'Patient',
  id,
  name: [{ family: `Family ${id}`, given: [note] }],
});
const text = (id: string, note = ''): string => JSON.stringify(patient(id, note));
const written = (id: string, note = '') => ({ reference: `Patient/${id}`, json: text(id, note) });
const nothingElse = (): Iterable<string> => {
  throw new Error('The journal was folded into the snapshot before it outgrew it.');
};

/** What a server starting on the folder would hold: type/id -> JSON, in storage order. */
async function held(directory: string): Promise<Map<string, Patient>> {
  const store = new FhirResourceStore();
  await new ResourceSnapshot(directory).read(store);
  return new Map([...store.everything()].map((json) => [JSON.parse(json).id as string, JSON.parse(json) as Patient]));
}

describe("the embedded FHIR server's snapshot and journal", () => {
  let directory: string;
  beforeEach(async () => {
    indexFhirDefinitions();
    directory = await mkdtemp(join(tmpdir(), 'csec-fhir-journal-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('holds every write from the journal until it is folded in, deletions included', async () => {
    const snapshot = new ResourceSnapshot(directory);
    await snapshot.write([text('a')]);
    await snapshot.record([written('b'), written('c')], nothingElse);
    await snapshot.record([{ reference: 'Patient/a', json: null }, written('c', 'changed')], nothingElse);

    const read = await held(directory);
    expect([...read.keys()].sort()).toEqual(['b', 'c']);
    expect(read.get('c')?.name?.[0]?.given).toEqual(['changed']);
  });

  it('ignores a write cut short by a crash, as a whole: it was never answered', async () => {
    const snapshot = new ResourceSnapshot(directory);
    await snapshot.record([written('b')], nothingElse);
    await appendFile(
      join(directory, 'fhir-resources.journal'),
      JSON.stringify([{ reference: 'Patient/x', resource: patient('x') }]).slice(0, 40),
    );

    expect([...(await held(directory)).keys()]).toEqual(['b']);
  });

  it('folds the journal into a new snapshot once it outgrows it, and reads the same after', async () => {
    const snapshot = new ResourceSnapshot(directory);
    await snapshot.write([text('a')]);
    const large = written('large', 'x'.repeat(17 * 1024 * 1024));
    await snapshot.record([large], () => [text('a'), large.json]);

    expect(await readdir(directory)).not.toContain('fhir-resources.journal');
    expect([...(await held(directory)).keys()].sort()).toEqual(['a', 'large']);
  });

  it("refuses a journal line that is not a write's changes, naming the line and not its content", async () => {
    await new ResourceSnapshot(directory).record([written('b')], nothingElse);
    await appendFile(join(directory, 'fhir-resources.journal'), '{"secret":"value"}\n');
    await expect(held(directory)).rejects.toThrow(/line 2/);
    await expect(held(directory)).rejects.not.toThrow(/secret/);
  });

  it('reads a snapshot written as one collection Bundle, as earlier versions wrote it', async () => {
    await writeFile(
      join(directory, 'fhir-resources.json'),
      JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: patient('a') }, { resource: patient('b') }] }),
    );
    expect([...(await held(directory)).keys()]).toEqual(['a', 'b']);
  });
});
