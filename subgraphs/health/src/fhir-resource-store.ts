import type { WithId } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import { referenceParts, type JournalEntry } from './resource-snapshot.ts';
import { searchKeys } from './search-keys.ts';

/**
 * The embedded FHIR server's resources, in memory, each held as its JSON text with the keys it is
 * found by (search-keys.ts).
 *
 * Why not medplum's in-memory repository: it holds every resource, and every earlier version, as
 * objects, several times the size of their text, so a county of 100,000 youth (about 930,000
 * resources) outgrew the heap. Why not an embedded database: PGlite kept such a county on disk but
 * made every search by patient about nine times slower than this store.
 *
 * Storage order is medplum's: a resource keeps its place when written again, and one written again
 * after its deletion comes last. Writes are noted for the journal (`takeChanges`), and a transaction
 * (`begin`, then `commit` or `rollback`) can be taken back whole.
 */

interface StoredResource {
  id: string;
  json: string;
  /** Place in storage order, kept when the resource is written again. */
  position: number;
  keys: KeyBucket[];
}

/** The resources of one type carrying one key, in the order they were added. */
interface KeyBucket {
  key: string;
  members: Map<string, StoredResource>;
  /** Whether `members` is in storage order: true until a resource older than the last one joins. */
  inOrder: boolean;
  lastPosition: number;
}

/** A resource as it was before a transaction first changed it (null: there was none). */
type Undo = Map<string, StoredResource | null>;

export class FhirResourceStore {
  /** Resource type -> id -> resource, each map in storage order. */
  private readonly byType = new Map<string, Map<string, StoredResource>>();
  private readonly byKey = new Map<string, KeyBucket>();
  private lastPosition = 0;
  /** `Type/id` of every resource written or deleted since the last `takeChanges`. */
  private readonly changed = new Set<string>();
  private undo: Undo | undefined;

  /** Number of resources held. */
  size(): number {
    let held = 0;
    for (const resources of this.byType.values()) held += resources.size;
    return held;
  }

  /** A resource's JSON; undefined when there is none. */
  read(resourceType: string, id: string): string | undefined {
    return this.byType.get(resourceType)?.get(id)?.json;
  }

  /** Stores a resource as it is (its id, version and time included), replacing the one of its type and id. */
  put(resource: WithId<Resource>, json = JSON.stringify(resource)): void {
    const { resourceType, id } = resource;
    let resources = this.byType.get(resourceType);
    if (!resources) {
      resources = new Map();
      this.byType.set(resourceType, resources);
    }
    const before = resources.get(id);
    this.noteChange(resourceType, id, before);
    const stored: StoredResource = { id, json, position: before?.position ?? ++this.lastPosition, keys: [] };
    const keys = new Set(searchKeys(resource));
    for (const bucket of before?.keys ?? []) {
      if (keys.delete(bucket.key)) {
        // Still under this key: same place among its members.
        bucket.members.set(id, stored);
        stored.keys.push(bucket);
      } else this.leave(bucket, id);
    }
    for (const key of keys) stored.keys.push(this.join(key, stored));
    resources.set(id, stored);
  }

  /** Deletes a resource; false when there was none. */
  remove(resourceType: string, id: string): boolean {
    const resources = this.byType.get(resourceType);
    const before = resources?.get(id);
    if (!resources || !before) return false;
    this.noteChange(resourceType, id, before);
    for (const bucket of before.keys) this.leave(bucket, id);
    resources.delete(id);
    return true;
  }

  /** Number of resources of a type carrying one of `keys`. */
  countWithKeys(keys: readonly string[]): number {
    const bucket = this.onlyBucket(keys);
    return bucket ? bucket.members.size : this.withKeys(keys).length;
  }

  /** The resources of a type (carrying one of `keys`, when given), in storage order. */
  *resources(resourceType: string, keys?: readonly string[]): Generator<string> {
    if (keys === undefined) {
      for (const stored of this.byType.get(resourceType)?.values() ?? []) yield stored.json;
      return;
    }
    const bucket = this.onlyBucket(keys);
    const inOrder = bucket ? this.ordered(bucket).members.values() : this.withKeys(keys);
    for (const stored of inOrder) yield stored.json;
  }

  /** Every resource, type by type, each type in storage order: read back, they keep that order. */
  *everything(): Generator<string> {
    for (const resources of this.byType.values()) for (const stored of resources.values()) yield stored.json;
  }

  /** What changed since the last call, each resource as it is now (null when deleted), for the journal. */
  takeChanges(): JournalEntry[] {
    const changes = [...this.changed].map((reference) => ({ reference, json: this.read(...referenceParts(reference)) ?? null }));
    this.changed.clear();
    return changes;
  }

  /** Forgets what changed: it is on disk already (read from there at start). */
  clearChanges(): void {
    this.changed.clear();
  }

  /** Starts a transaction: what is written until `commit` can be taken back with `rollback`. */
  begin(): void {
    if (this.undo) throw new Error('A transaction is already open on the FHIR store.');
    this.undo = new Map();
  }

  inTransaction(): boolean {
    return this.undo !== undefined;
  }

  commit(): void {
    this.undo = undefined;
  }

  /** Puts back everything the open transaction changed, each resource in its place. */
  rollback(): void {
    const undo = this.undo;
    if (!undo) return;
    this.undo = undefined;
    const reordered = new Set<string>();
    for (const [reference, before] of undo) {
      const [resourceType, id] = referenceParts(reference);
      if (before === null) {
        this.remove(resourceType, id);
        continue;
      }
      this.put(JSON.parse(before.json) as WithId<Resource>, before.json);
      const restored = this.byType.get(resourceType)?.get(id);
      if (restored && restored.position !== before.position) {
        restored.position = before.position;
        reordered.add(resourceType);
      }
    }
    // A deleted resource put back came last; its place is where it was.
    for (const resourceType of reordered) {
      const resources = this.byType.get(resourceType);
      if (!resources) continue;
      const ordered = [...resources.values()].sort((a, b) => a.position - b.position);
      resources.clear();
      for (const stored of ordered) {
        resources.set(stored.id, stored);
        for (const bucket of stored.keys) bucket.inOrder = false;
      }
    }
  }

  private noteChange(resourceType: string, id: string, before: StoredResource | undefined): void {
    const reference = `${resourceType}/${id}`;
    this.changed.add(reference);
    if (this.undo && !this.undo.has(reference)) this.undo.set(reference, before ?? null);
  }

  private join(key: string, stored: StoredResource): KeyBucket {
    let bucket = this.byKey.get(key);
    if (!bucket) {
      bucket = { key, members: new Map(), inOrder: true, lastPosition: 0 };
      this.byKey.set(key, bucket);
    }
    bucket.members.set(stored.id, stored);
    if (stored.position < bucket.lastPosition) bucket.inOrder = false;
    else bucket.lastPosition = stored.position;
    return bucket;
  }

  private leave(bucket: KeyBucket, id: string): void {
    bucket.members.delete(id);
    if (bucket.members.size === 0) this.byKey.delete(bucket.key);
  }

  /** The bucket of a single key; undefined for several keys, or one no resource carries. */
  private onlyBucket(keys: readonly string[]): KeyBucket | undefined {
    const [only] = keys;
    return keys.length === 1 && only !== undefined ? this.byKey.get(only) : undefined;
  }

  /** The bucket with its members in storage order, sorted again if a write left them out of it. */
  private ordered(bucket: KeyBucket): KeyBucket {
    if (bucket.inOrder) return bucket;
    const members = [...bucket.members.values()].sort((a, b) => a.position - b.position);
    bucket.members.clear();
    for (const stored of members) bucket.members.set(stored.id, stored);
    bucket.inOrder = true;
    bucket.lastPosition = members[members.length - 1]?.position ?? 0;
    return bucket;
  }

  /** The resources carrying one of `keys` (keys of one type), in storage order. */
  private withKeys(keys: readonly string[]): StoredResource[] {
    const found = new Map<string, StoredResource>();
    for (const key of keys) for (const stored of this.byKey.get(key)?.members.values() ?? []) found.set(stored.id, stored);
    return [...found.values()].sort((a, b) => a.position - b.position);
  }
}
