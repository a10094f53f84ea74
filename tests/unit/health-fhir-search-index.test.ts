import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveEmbeddedFhir, type RunningFhirServer } from '../../subgraphs/health/src/embedded-fhir-server.ts';
import {
  ACT_CODE_SYSTEM,
  CONFIDENTIALITY_SYSTEM,
  MEDICAL_RECORD_NUMBER_SYSTEM,
  SCENARIO_TAG,
} from '../../subgraphs/health/src/fhir-conventions.ts';
import { indexFhirDefinitions } from '../../subgraphs/health/src/fhir-definitions.ts';
import { readServiceIdentity } from '../../runtime/service-tls.ts';
import { testCertificates } from '../support/operator-tls.ts';

/**
 * The embedded FHIR server keeps its resources as JSON text and answers the health subgraph's
 * searches (patients by MRN, records by patient) and the seeder's (by scenario tag) from indexed
 * keys. Each search over HTTP must give what medplum's unindexed in-memory search gives for the
 * same writes: same resources with their security labels, same order, same totals and pages,
 * also after updates and deletes, and after a restart.
 */

const MRN = MEDICAL_RECORD_NUMBER_SYSTEM;
const restricted = { system: CONFIDENTIALITY_SYSTEM, code: 'R' };
const psychotherapyNote = { system: ACT_CODE_SYSTEM, code: 'PSYTHPN' };

const patient = (id: string, ...identifier: Array<{ system?: string; value: string }>): Resource => ({
  resourceType: 'Patient',
  id,
  meta: { security: [restricted] },
  identifier,
});
const observation = (id: string, subject: string, security = [restricted], tag = [{ ...SCENARIO_TAG }]): Resource => ({
  resourceType: 'Observation',
  id,
  meta: { security, tag },
  status: 'final',
  code: { text: id },
  subject: { reference: subject },
});
const condition = (id: string, subject: string): Resource => ({
  resourceType: 'Condition',
  id,
  subject: { reference: subject },
});
const put = (resource: Resource): BundleEntry => ({
  resource,
  request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` },
});
const remove = (url: string): BundleEntry => ({ request: { method: 'DELETE', url } });

const NOT_PSYCHOTHERAPY = `_security:not=${ACT_CODE_SYSTEM}|PSYTHPN`;
const SCENARIO = `_tag=${SCENARIO_TAG.system}|${SCENARIO_TAG.code}`;
const SEARCHES = [
  `Patient?identifier=${MRN}|A-1,${MRN}|a-2,${MRN}|A-3`,
  `Patient?identifier=${MRN.toUpperCase()}|a-1&_count=1&_offset=1`,
  `Patient?identifier=urn:other|A-1`,
  `Patient?identifier=${MRN}|a-2`,
  `Observation?patient=Patient/p1,Patient/p2,Patient/p3&${NOT_PSYCHOTHERAPY}`,
  `Observation?patient=Patient/p1,Patient/p2,Patient/p3&${NOT_PSYCHOTHERAPY}&_count=2&_offset=0`,
  `Observation?patient=Patient/p1,Patient/p2,Patient/p3&${NOT_PSYCHOTHERAPY}&_count=2&_offset=2`,
  `Observation?patient=Patient/p2`,
  `Observation?patient=Patient/p1&patient=Patient/p2`,
  `Observation?patient=Group/g1`,
  `Condition?patient=Patient/p1,Patient/p2,Patient/nobody&${NOT_PSYCHOTHERAPY}`,
  `Observation?${SCENARIO}`,
  `Observation?${SCENARIO.toUpperCase()}&_count=2&_offset=1`,
  `Observation?${SCENARIO}&_count=0`,
  `Observation?${SCENARIO}&${NOT_PSYCHOTHERAPY}&_count=2&_offset=1`,
  `Observation?${NOT_PSYCHOTHERAPY}&${SCENARIO},urn:other|x&patient=Patient/p1`,
  `Patient?${SCENARIO}`,
  // Searches the index leaves to the full scan.
  `Patient?identifier=A-1`,
  `Observation?patient=`,
  `Observation?subject=Patient/p1`,
  `Observation?patient=Patient/p1,Patient/p2&_sort=code`,
  `Observation?patient:missing=true`,
  `Observation?_tag=${SCENARIO_TAG.code}`,
  `Observation?_id=o1,o3`,
  `Observation`,
  `Observation?_count=2&_offset=1`,
];

describe('embedded FHIR server searches by patient', () => {
  let directory: string;
  let certificates: Awaited<ReturnType<typeof testCertificates>> | undefined;
  let server: RunningFhirServer;
  const router = new FhirRouter();
  const fullScan = new MemoryRepository();

  async function write(entries: BundleEntry[]): Promise<void> {
    const bundle: Bundle = { resourceType: 'Bundle', type: 'batch', entry: entries };
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json' },
      body: JSON.stringify(bundle),
    });
    expect(response.status).toBe(200);
    const [, expected] = await router.handleRequest(
      { method: 'POST', url: '', pathname: '', body: structuredClone(bundle), params: {}, query: {} },
      fullScan,
    );
    for (const written of [(await response.json()) as Bundle, expected as Bundle]) {
      expect(written.entry?.map((entry) => entry.response?.status?.slice(0, 1))).toEqual(entries.map(() => '2'));
    }
  }

  async function expectSameAsFullScan(search: string): Promise<void> {
    const response = await fetch(`${server.url}/${search}`);
    expect(response.status, search).toBe(200);
    const [, expected] = await router.handleRequest(
      { method: 'GET', url: search, pathname: '', body: undefined, params: {}, query: {} },
      fullScan,
    );
    expect(comparable((await response.json()) as Bundle), search).toEqual(comparable(expected as Bundle));
  }

  const start = (): Promise<RunningFhirServer> =>
    serveEmbeddedFhir({ host: '127.0.0.1', port: 0, directory, tls: readServiceIdentity(certificates!.tls, 'embedded-fhir-server') });

  beforeAll(async () => {
    indexFhirDefinitions();
    directory = await mkdtemp(join(tmpdir(), 'fhir-search-index-'));
    certificates = await testCertificates();
    server = await start();
    await write([
      put(observation('o3', 'Patient/p2')),
      put(patient('p2', { system: MRN, value: 'a-2' }, { system: 'urn:other', value: 'A-1' })),
      put(observation('o1', 'Patient/p1')),
      put(patient('p1', { system: MRN, value: 'A-1' })),
      put(observation('o2', 'Patient/p1', [restricted, psychotherapyNote])),
      put(observation('o4', 'Group/g1', [restricted], [])),
      put(patient('p3', { system: MRN, value: 'A-1' })),
      put(observation('o5', 'Patient/p3')),
      put(patient('p4', { value: 'A-1' })),
      put(condition('c2', 'Patient/p2')),
      put(condition('c1', 'Patient/p1')),
    ]);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
    await certificates?.remove();
  });

  it('gives what the unindexed search gives', async () => {
    for (const search of SEARCHES) await expectSameAsFullScan(search);
  });

  it('still does after updates and deletes', async () => {
    await write([
      put(observation('o3', 'Patient/p1')),
      put(patient('p2', { system: MRN, value: 'A-3' })),
      remove('Observation/o1'),
      remove('Condition/c1'),
      remove('Patient/p3'),
    ]);
    for (const search of SEARCHES) await expectSameAsFullScan(search);
    // Written again after its delete, a resource comes last.
    await write([put(observation('o1', 'Patient/p1')), put(condition('c1', 'Patient/p2'))]);
    for (const search of SEARCHES) await expectSameAsFullScan(search);
  });

  it('keeps nothing of a transaction with an entry that fails, each resource back in its place', async () => {
    const transaction: Bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      // Deletions, then writes, then reads: the failing read comes after everything else is done.
      entry: [
        put(observation('o9', 'Patient/p1')),
        put(patient('p1', { system: MRN, value: 'A-9' })),
        remove('Observation/o3'),
        remove('Patient/p2'),
        { request: { method: 'GET', url: 'Condition/nobody' } },
      ],
    };
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json' },
      body: JSON.stringify(transaction),
    });
    expect(response.status).toBe(404);
    expect((await fetch(`${server.url}/Observation/o9`)).status).toBe(404);
    for (const search of SEARCHES) await expectSameAsFullScan(search);
  });

  it('answers the same after a restart', async () => {
    await server.close();
    server = await start();
    for (const search of SEARCHES) await expectSameAsFullScan(search);
  }, 120_000);

  it('pages a search sent as POST as it pages the same search sent as GET', async () => {
    const form = `patient=${['p1', 'p2', 'p3'].map((id) => `Patient/${id}`).join(',')}&_count=1&_offset=1`;
    const response = await fetch(`${server.url}/Observation/_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    const bundle = (await response.json()) as Bundle;
    expect(bundle.entry).toHaveLength(1);
    expect(bundle.link?.find((link) => link.relation === 'next')?.url).toContain('_offset=2');
    const get = (await (await fetch(`${server.url}/Observation?${form}`)).json()) as Bundle;
    expect(bundle).toEqual(get);
  });
});

/** A search Bundle without what each server stamps on a write (version and time). */
function comparable(bundle: Bundle): unknown {
  return {
    total: bundle.total,
    entry: (bundle.entry ?? []).map(({ resource }) => {
      const { versionId: _versionId, lastUpdated: _lastUpdated, ...meta } = resource?.meta ?? {};
      return { ...resource, meta };
    }),
  };
}
