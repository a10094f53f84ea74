import { appendFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, Patient } from '@medplum/fhirtypes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveEmbeddedFhir } from '../../subgraphs/health/src/embedded-fhir-server.ts';
import { ResourceSnapshot, type SnapshotChange } from '../../subgraphs/health/src/resource-snapshot.ts';
import { readServiceIdentity } from '../../runtime/service-tls.ts';
import { testCertificates } from '../support/operator-tls.ts';

/**
 * Before its database, the embedded FHIR server kept its resources in a snapshot file and a
 * journal of the writes since. A data folder written then still starts with every resource.
 */

const patient = (id: string, note = ''): Patient => ({
  resourceType: 'Patient',
  id,
  meta: { versionId: `v-${id}` },
  name: [{ family: `Family ${id}`, given: [note] }],
});
const line = (value: unknown): string => `${JSON.stringify(value)}\n`;
const write = (id: string, note = '') => ({ reference: `Patient/${id}`, resource: patient(id, note) });
const deletion = (id: string) => ({ reference: `Patient/${id}`, resource: null });

async function changesIn(directory: string): Promise<SnapshotChange[]> {
  const changes: SnapshotChange[] = [];
  await new ResourceSnapshot(directory).read(async (change) => {
    changes.push(change);
  });
  return changes;
}

describe("a data folder from before the embedded FHIR server's database", () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'csec-fhir-earlier-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it("lists the snapshot's resources, then every write of the journal in order, deletions included", async () => {
    await writeFile(join(directory, 'fhir-resources.json'), line(patient('a')) + line(patient('c')));
    await writeFile(join(directory, 'fhir-resources.journal'), line([write('b'), write('c', 'changed')]) + line([deletion('a')]));

    expect(
      (await changesIn(directory)).map(({ id, resource }) => [id, (resource as Patient | null)?.name?.[0]?.given?.[0] ?? null]),
    ).toEqual([
      ['a', ''],
      ['c', ''],
      ['b', ''],
      ['c', 'changed'],
      ['a', null],
    ]);
  });

  it('ignores a write cut short by a crash, as a whole: it was never answered', async () => {
    await writeFile(join(directory, 'fhir-resources.journal'), line([write('b')]) + JSON.stringify([write('x')]).slice(0, 40));
    expect((await changesIn(directory)).map(({ id }) => id)).toEqual(['b']);
  });

  it("refuses a journal line that is not a write's changes, naming the line and not its content", async () => {
    await writeFile(join(directory, 'fhir-resources.journal'), line([write('b')]) + line({ secret: 'value' }));
    await expect(changesIn(directory)).rejects.toThrow(/line 2/);
    await expect(changesIn(directory)).rejects.not.toThrow(/secret/);
  });

  it('reads a snapshot written as one collection Bundle, as earlier versions wrote it', async () => {
    await writeFile(
      join(directory, 'fhir-resources.json'),
      JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: patient('a') }, { resource: patient('b') }] }),
    );
    expect((await changesIn(directory)).map(({ id }) => id)).toEqual(['a', 'b']);
  });

  it('starts the server with every resource the files held, as they were, and leaves the files behind', async () => {
    await writeFile(join(directory, 'fhir-resources.json'), line(patient('a')) + line(patient('c')) + line(patient('d')));
    await writeFile(join(directory, 'fhir-resources.journal'), line([write('b'), write('c', 'changed')]) + line([deletion('a')]));
    await appendFile(join(directory, 'fhir-resources.journal'), JSON.stringify([deletion('d')]).slice(0, 10));
    const certificates = await testCertificates();
    try {
      const start = () =>
        serveEmbeddedFhir({ host: '127.0.0.1', port: 0, directory, tls: readServiceIdentity(certificates.tls, 'embedded-fhir-server') });
      let server = await start();
      const patients = async (): Promise<Patient[]> => {
        const bundle = (await (await fetch(`${server.url}/Patient`)).json()) as Bundle<Patient>;
        return (bundle.entry ?? []).map((entry) => entry.resource!);
      };
      try {
        expect((await patients()).map((each) => [each.id, each.meta?.versionId, each.name?.[0]?.given?.[0]])).toEqual([
          ['c', 'v-c', 'changed'],
          ['d', 'v-d', ''],
          ['b', 'v-b', ''],
        ]);
        expect(await readdir(directory)).not.toContain('fhir-resources.json');
        expect(await readdir(directory)).not.toContain('fhir-resources.journal');
      } finally {
        await server.close();
      }
      server = await start();
      try {
        expect((await patients()).map((each) => each.id)).toEqual(['c', 'd', 'b']);
      } finally {
        await server.close();
      }
    } finally {
      await certificates.remove();
    }
  }, 180_000);
});
