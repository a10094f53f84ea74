import { appendFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Patient, Resource } from '@medplum/fhirtypes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ResourceSnapshot } from '../../subgraphs/health/src/resource-snapshot.ts';

const patient = (id: string, note = ''): Patient => ({ resourceType: 'Patient', id, name: [{ family: `Family ${id}`, given: [note] }] });
const nothingElse = async (): Promise<Resource[]> => {
  throw new Error('The journal was folded into the snapshot before it outgrew it.');
};

describe("the embedded FHIR server's snapshot and journal", () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'csec-fhir-journal-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('holds every write from the journal until it is folded in, deletions included', async () => {
    const snapshot = new ResourceSnapshot(directory);
    await snapshot.write([patient('a')]);
    await snapshot.record(
      [
        { reference: 'Patient/b', resource: patient('b') },
        { reference: 'Patient/c', resource: patient('c') },
      ],
      nothingElse,
    );
    await snapshot.record(
      [
        { reference: 'Patient/a', resource: null },
        { reference: 'Patient/c', resource: patient('c', 'changed') },
      ],
      nothingElse,
    );

    const read = await new ResourceSnapshot(directory).read();
    expect(read.map((resource) => resource.id).sort()).toEqual(['b', 'c']);
    expect((read.find((resource) => resource.id === 'c') as Patient).name?.[0]?.given).toEqual(['changed']);
  });

  it('ignores a write cut short by a crash, as a whole: it was never answered', async () => {
    const snapshot = new ResourceSnapshot(directory);
    await snapshot.record([{ reference: 'Patient/b', resource: patient('b') }], nothingElse);
    await appendFile(
      join(directory, 'fhir-resources.journal'),
      JSON.stringify([{ reference: 'Patient/x', resource: patient('x') }]).slice(0, 40),
    );

    expect((await new ResourceSnapshot(directory).read()).map((resource) => resource.id)).toEqual(['b']);
  });

  it('folds the journal into a new snapshot once it outgrows it, and reads the same after', async () => {
    const snapshot = new ResourceSnapshot(directory);
    await snapshot.write([patient('a')]);
    const large = patient('large', 'x'.repeat(17 * 1024 * 1024));
    const held = [patient('a'), large];
    await snapshot.record([{ reference: 'Patient/large', resource: large }], async () => held);

    expect(await readdir(directory)).not.toContain('fhir-resources.journal');
    expect((await new ResourceSnapshot(directory).read()).map((resource) => resource.id).sort()).toEqual(['a', 'large']);
  });

  it("refuses a journal line that is not a write's changes, naming the line and not its content", async () => {
    await new ResourceSnapshot(directory).record([{ reference: 'Patient/b', resource: patient('b') }], nothingElse);
    await appendFile(join(directory, 'fhir-resources.journal'), '{"secret":"value"}\n');
    await expect(new ResourceSnapshot(directory).read()).rejects.toThrow(/line 2/);
    await expect(new ResourceSnapshot(directory).read()).rejects.not.toThrow(/secret/);
  });

  it('reads a snapshot written as one collection Bundle, as earlier versions wrote it', async () => {
    await writeFile(
      join(directory, 'fhir-resources.json'),
      JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: patient('a') }, { resource: patient('b') }] }),
    );
    expect((await new ResourceSnapshot(directory).read()).map((resource) => resource.id)).toEqual(['a', 'b']);
  });
});
