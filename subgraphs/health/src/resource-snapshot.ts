import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { WithId } from '@medplum/core';
import type { Bundle, Resource } from '@medplum/fhirtypes';

/**
 * The files the embedded FHIR server kept its resources in before its database
 * (fhir-resource-store.ts), read once to move a data folder's resources into the database: a
 * snapshot (`<data directory>/health/fhir-resources.json`, one JSON resource per line, or, written
 * earlier still, one collection Bundle) and a journal of the writes since (`fhir-resources.journal`,
 * per write one JSON line listing the resources it wrote or deleted; a last line cut short by a
 * crash was a write never answered, and is ignored whole). Both are read a line at a time.
 */

/** A resource to store, or one to delete (`resource` null), in the order the files list them. */
export interface SnapshotChange {
  resourceType: string;
  id: string;
  resource: WithId<Resource> | null;
}

export class ResourceSnapshotError extends Error {
  readonly code = 'FHIR_SNAPSHOT_UNREADABLE';
  constructor(message: string) {
    super(message);
    this.name = 'ResourceSnapshotError';
  }
}

const SNAPSHOT_FILE_NAME = 'fhir-resources.json';
const JOURNAL_FILE_NAME = 'fhir-resources.journal';

export class ResourceSnapshot {
  readonly path: string;
  private readonly journalPath: string;

  constructor(directory: string) {
    this.path = join(directory, SNAPSHOT_FILE_NAME);
    this.journalPath = join(directory, JOURNAL_FILE_NAME);
  }

  /** Whether there is a snapshot or a journal to read. */
  async exists(): Promise<boolean> {
    return (await size(this.path)) !== undefined || (await size(this.journalPath)) !== undefined;
  }

  /** Hands `take` each change, the snapshot's resources first, then the journal's writes in order. */
  async read(take: (change: SnapshotChange) => Promise<void>): Promise<void> {
    await this.readLines(this.path, 'snapshot', async (line, number) => {
      const resource = parseLine(line);
      // A snapshot written as one collection Bundle, before snapshots were written a line at a time.
      const listed = isCollection(resource) ? (resource.entry ?? []).map((entry) => entry.resource) : [resource];
      for (const each of listed) {
        if (!isResource(each)) throw this.unreadable('snapshot', `has a line that is not a resource with a type and id (line ${number})`);
        await take({ resourceType: each.resourceType, id: each.id, resource: each });
      }
    });
    await this.readLines(this.journalPath, 'journal', async (line, number) => {
      const changes = parseLine(line);
      if (!Array.isArray(changes) || !changes.every(isJournalEntry))
        throw this.unreadable('journal', `has a line that is not a write's changes (line ${number})`);
      for (const { reference, resource } of changes) {
        const slash = reference.indexOf('/');
        await take({ resourceType: reference.slice(0, slash), id: reference.slice(slash + 1), resource });
      }
    });
  }

  /** Deletes both files, once their resources are stored elsewhere. */
  async remove(): Promise<void> {
    await rm(this.journalPath, { force: true });
    await rm(this.path, { force: true });
  }

  /**
   * Hands each line of a file to `take`, with its number; a journal's last line without its
   * newline is left out (a write cut short; a snapshot was only ever renamed into place whole).
   */
  private async readLines(
    path: string,
    what: 'snapshot' | 'journal',
    take: (line: string, number: number) => Promise<void>,
  ): Promise<void> {
    const bytes = await size(path).catch(() => {
      throw this.unreadable(what, 'cannot be read');
    });
    if (bytes === undefined) return;
    let number = 0;
    let read = 0;
    try {
      const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        number += 1;
        read += Buffer.byteLength(line) + 1;
        if (read > bytes && what === 'journal') break;
        if (line.length > 0) await take(line, number);
      }
    } catch (error) {
      if (error instanceof ResourceSnapshotError) throw error;
      throw this.unreadable(what, 'cannot be read');
    }
  }

  /** Says where the problem is, never what the file holds (a parser's message quotes it). */
  private unreadable(what: 'snapshot' | 'journal', problem: string): ResourceSnapshotError {
    return new ResourceSnapshotError(`The FHIR ${what} ${what === 'snapshot' ? this.path : this.journalPath} ${problem}.`);
  }
}

/** A file's size; undefined when it does not exist. */
async function size(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function isResource(value: unknown): value is WithId<Resource> {
  if (typeof value !== 'object' || value === null) return false;
  const { resourceType, id } = value as Partial<Resource>;
  return typeof resourceType === 'string' && typeof id === 'string';
}

/** The whole snapshot as one collection Bundle without an id, as it was written before. */
function isCollection(value: unknown): value is Bundle {
  if (typeof value !== 'object' || value === null) return false;
  const bundle = value as Partial<Bundle>;
  return bundle.resourceType === 'Bundle' && bundle.type === 'collection' && bundle.id === undefined && Array.isArray(bundle.entry ?? []);
}

function isJournalEntry(value: unknown): value is { reference: string; resource: WithId<Resource> | null } {
  if (typeof value !== 'object' || value === null) return false;
  const { reference, resource } = value as { reference?: unknown; resource?: Partial<Resource> | null };
  return (
    typeof reference === 'string' &&
    reference.includes('/') &&
    (resource === null || (typeof resource?.resourceType === 'string' && typeof resource.id === 'string'))
  );
}
