import type { WithId } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import { MemoryRepository } from '@medplum/fhir-router';

/**
 * medplum's in-memory FHIR repository, able to list everything it holds so that it can be
 * written to a snapshot and restored from one (for persistence and transaction rollback).
 */
export class SnapshotMemoryRepository extends MemoryRepository {
  private readonly references = new Set<string>();

  override async createResource<T extends Resource>(resource: T): Promise<WithId<T>> {
    const stored = await super.createResource(resource);
    this.references.add(`${stored.resourceType}/${stored.id}`);
    return stored;
  }

  override async deleteResource(resourceType: string, id: string): Promise<void> {
    await super.deleteResource(resourceType, id);
    this.references.delete(`${resourceType}/${id}`);
  }

  override clear(): void {
    super.clear();
    this.references.clear();
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

  /** Replaces everything held by `resources`, keeping their ids, versions and timestamps. */
  async replaceAll(resources: readonly Resource[]): Promise<void> {
    this.clear();
    for (const resource of resources) await this.createResource(resource);
  }
}
