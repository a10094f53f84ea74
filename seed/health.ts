import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import type { ScenarioRecords } from '../scenario/scenario-records.ts';
import { FhirClient } from '../subgraphs/health/src/fhir-client.ts';
import { HEALTH_RESOURCE_TYPES as RESOURCE_TYPES_IN_WRITE_ORDER, SCENARIO_TAG } from '../subgraphs/health/src/fhir-conventions.ts';

/** Entries per batch Bundle, so that no request grows without bound. */
const ENTRIES_PER_BUNDLE = 500;

export interface HealthLoadSummary {
  /** Resources written (created or replaced). */
  written: number;
  /** Resources of an earlier load that the scenario no longer has, deleted. */
  deleted: number;
  /** HTTP requests made. */
  requests: number;
}

/** Some entries of a load failed. Names resource types and counts, never resource contents. */
export class HealthLoadError extends Error {
  readonly code = 'FHIR_LOAD_FAILED';
  readonly failures: Record<string, number>;
  constructor(failed: number, total: number, failures: Record<string, number>) {
    const detail = Object.entries(failures)
      .map(([what, count]) => `${what}: ${count}`)
      .join(', ');
    super(`${failed} of ${total} FHIR writes failed (${detail}).`);
    this.name = 'HealthLoadError';
    this.failures = failures;
  }
}

/**
 * Replaces the health system's scenario records with the scenario's resources, over the
 * FHIR REST API, so the same code seeds the embedded server or a real FHIR server:
 *
 * 1. find what an earlier load wrote (every resource carrying the scenario tag);
 * 2. delete those the scenario no longer has, and `PUT [type]/[id]` every scenario resource,
 *    tagged, in `batch` Bundles, one resource type after another in reference order.
 *
 * Resources the scenario did not write (no tag) are never touched. `batch` rather than
 * `transaction`: medplum's FHIR router refuses transactions with more than 50 updates, and
 * many FHIR servers cap transaction size; each batch entry's outcome is checked instead.
 */
export async function loadHealthRecords(fhirBaseUrl: string, records: ScenarioRecords): Promise<HealthLoadSummary> {
  const client = new FhirClient(fhirBaseUrl, { timeoutMs: 300_000 });
  const wanted = new Set<string>();
  for (const resourceType of RESOURCE_TYPES_IN_WRITE_ORDER) {
    for await (const batch of records.resourcesOfType(resourceType)) {
      for (const resource of batch) wanted.add(`${resource.resourceType}/${resource.id}`);
    }
  }

  const stale: string[] = [];
  for (const resourceType of [...RESOURCE_TYPES_IN_WRITE_ORDER].reverse()) {
    const earlier = await client.search<Resource>(resourceType, {
      _tag: `${SCENARIO_TAG.system}|${SCENARIO_TAG.code}`,
      _count: '1000',
    });
    for (const resource of earlier) {
      const reference = `${resource.resourceType}/${resource.id}`;
      if (!wanted.has(reference)) stale.push(reference);
    }
  }

  const failures: Record<string, number> = {};
  let failed = 0;
  let pending: BundleEntry[] = [];
  const send = async (): Promise<void> => {
    const chunk = pending;
    pending = [];
    if (chunk.length === 0) return;
    const bundle: Bundle = { resourceType: 'Bundle', type: 'batch', entry: chunk };
    const response = await client.postBundle(bundle);
    chunk.forEach((entry, index) => {
      const status = response.entry?.[index]?.response?.status ?? '';
      if (/^2\d\d/.test(status)) return;
      // Deleting what is already gone is done.
      if (entry.request?.method === 'DELETE' && /^(404|410)/.test(status)) return;
      failed += 1;
      const what = `${entry.request?.method} ${entry.request?.url?.split('/')[0]} -> ${/^\d{3}/.exec(status)?.[0] ?? 'no status'}`;
      failures[what] = (failures[what] ?? 0) + 1;
    });
  };
  const add = async (entry: BundleEntry): Promise<void> => {
    pending.push(entry);
    if (pending.length === ENTRIES_PER_BUNDLE) await send();
  };
  for (const reference of stale) await add({ request: { method: 'DELETE', url: reference } });
  for (const resourceType of RESOURCE_TYPES_IN_WRITE_ORDER) {
    for await (const batch of records.resourcesOfType(resourceType)) {
      for (const resource of batch as unknown as Resource[]) {
        await add({ resource: tagged(resource), request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` } });
      }
    }
  }
  await send();
  const entries = stale.length + wanted.size;
  if (failed > 0) throw new HealthLoadError(failed, entries, failures);
  return { written: wanted.size, deleted: stale.length, requests: client.roundTrips() };
}

/** A copy of the resource carrying the scenario tag, so that the next load can find it. */
function tagged(resource: Resource): Resource {
  const copy = structuredClone(resource);
  const tags = (copy.meta?.tag ?? []).filter((tag) => tag.system !== SCENARIO_TAG.system || tag.code !== SCENARIO_TAG.code);
  copy.meta = { ...copy.meta, tag: [...tags, { ...SCENARIO_TAG }] };
  return copy;
}
