import { matchesSearchRequest, type SearchRequest, type WithId } from '@medplum/core';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { MemoryRepository } from '@medplum/fhir-router';
import { PatientSearchIndex } from './patient-search-index.ts';
import type { JournalEntry } from './resource-snapshot.ts';

/**
 * medplum's in-memory FHIR repository, able to list everything it holds so that it can be
 * written to a snapshot and restored from one (for persistence and transaction rollback), and
 * answering the health subgraph's searches by patient from an index.
 */
export class SnapshotMemoryRepository extends MemoryRepository {
  private readonly references = new Set<string>();
  private readonly index = new PatientSearchIndex();
  /** Resources created, updated or deleted since the last `takeChanges`. */
  private readonly changed = new Set<string>();

  override async createResource<T extends Resource>(resource: T): Promise<WithId<T>> {
    const stored = await super.createResource(resource);
    const reference = `${stored.resourceType}/${stored.id}`;
    this.references.add(reference);
    this.changed.add(reference);
    this.index.add(stored);
    return stored;
  }

  override async deleteResource(resourceType: string, id: string): Promise<void> {
    await super.deleteResource(resourceType, id);
    this.references.delete(`${resourceType}/${id}`);
    this.changed.add(`${resourceType}/${id}`);
    this.index.remove(resourceType, id);
  }

  override clear(): void {
    super.clear();
    this.references.clear();
    this.index.clear();
  }

  /** What changed since the last call, each resource as it is now (null when deleted), for the journal. */
  async takeChanges(): Promise<JournalEntry[]> {
    const changes: JournalEntry[] = [];
    for (const reference of this.changed) {
      const slash = reference.indexOf('/');
      const resource = this.references.has(reference)
        ? await this.readResource(reference.slice(0, slash), reference.slice(slash + 1))
        : null;
      changes.push({ reference, resource });
    }
    this.changed.clear();
    return changes;
  }

  /**
   * A search the index can answer gives what medplum's full scan gives (same resources, order,
   * paging and Bundle) from the indexed resources alone; any other search is the full scan.
   */
  override async search<T extends Resource>(searchRequest: SearchRequest<T>): Promise<Bundle<WithId<T>>> {
    const indexed = searchRequest.sortRules?.length ? undefined : this.index.lookup(searchRequest);
    if (!indexed) return super.search(searchRequest);
    const rest = { ...searchRequest, filters: indexed.otherFilters };
    const matches: WithId<T>[] = [];
    for (const id of indexed.ids) {
      const resource = await this.readResource<WithId<T>>(searchRequest.resourceType, id);
      if (matchesSearchRequest(resource, rest)) matches.push(resource);
    }
    let page = matches;
    if (searchRequest.offset !== undefined) page = page.slice(searchRequest.offset);
    if (searchRequest.count !== undefined) page = page.slice(0, searchRequest.count);
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: page.length ? page.map((resource) => ({ resource })) : undefined,
      total: matches.length,
    };
  }

  /** Number of resources held. */
  size(): number {
    return this.references.size;
  }

  /** Every current resource (latest version), ordered by type and id. */
  async exportResources(): Promise<Resource[]> {
    const resources: Resource[] = [];
    for (const reference of [...this.references].sort()) {
      const slash = reference.indexOf('/');
      resources.push(await this.readResource(reference.slice(0, slash), reference.slice(slash + 1)));
    }
    return resources;
  }

  /**
   * Replaces everything held by `resources`, keeping their ids, versions and timestamps: a state
   * already on disk (at start, or restored after a failed transaction), so nothing is left to journal.
   */
  async replaceAll(resources: readonly Resource[]): Promise<void> {
    this.clear();
    for (const resource of resources) await this.createResource(resource);
    this.changed.clear();
  }
}
