import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import type { WithId } from '@medplum/core';
import type { Bundle, Resource } from '@medplum/fhirtypes';

/**
 * The embedded FHIR server's resources on disk, one JSON resource per line: a snapshot
 * (`<data directory>/health/fhir-resources.json`), replaced atomically (temporary file, fsync,
 * rename) so that a crash leaves either the old or the new snapshot, never half of one, and a
 * journal beside it (`fhir-resources.journal`: per write since the snapshot, one JSON line listing
 * the resources it wrote or deleted, appended and fsynced before the write is answered; a line cut
 * short by a crash is a write never answered, and is ignored whole). Why a journal: rewriting the
 * whole snapshot after every batch made loading a county quadratic (10,000 youth took minutes,
 * 100,000 never finished); the snapshot is rewritten only once the journal outgrows it, so a load
 * writes each byte a bounded number of times. Both are read and written a line at a time, since a
 * large county's records are more than one string can hold. A lock file keeps two servers from
 * writing the same snapshot.
 */

/** A resource written since the snapshot (its JSON), or a deletion (`json` null). */
export interface JournalEntry {
  reference: string;
  json: string | null;
}

/** The type and id of a `Type/id` reference. */
export function referenceParts(reference: string): [resourceType: string, id: string] {
  const slash = reference.indexOf('/');
  return [reference.slice(0, slash), reference.slice(slash + 1)];
}

/** Where the resources read go, in the order they were written. */
export interface SnapshotReader {
  put(resource: WithId<Resource>, json: string): void;
  remove(resourceType: string, id: string): void;
}

/** The journal is folded into a new snapshot once it is larger than this and than the snapshot. */
const SMALLEST_COMPACTION_BYTES = 16 * 1024 * 1024;
/** Lines are gathered up to this size before each write to the file. */
const WRITE_CHUNK_BYTES = 1024 * 1024;

export type ResourceSnapshotErrorCode = 'FHIR_SNAPSHOT_UNREADABLE' | 'FHIR_SNAPSHOT_LOCKED';

export class ResourceSnapshotError extends Error {
  readonly code: ResourceSnapshotErrorCode;
  constructor(code: ResourceSnapshotErrorCode, message: string) {
    super(message);
    this.name = 'ResourceSnapshotError';
    this.code = code;
  }
}

export const SNAPSHOT_FILE_NAME = 'fhir-resources.json';
const JOURNAL_FILE_NAME = 'fhir-resources.journal';
const LOCK_FILE_NAME = 'fhir-resources.lock';

/** The folder under the system's data directory that holds the health source. */
export function healthDataDirectory(dataDirectory: string): string {
  return join(dataDirectory, 'health');
}

export class ResourceSnapshot {
  readonly path: string;
  private readonly journalPath: string;
  private readonly lockPath: string;
  private locked = false;
  private snapshotBytes = 0;
  private journalBytes = 0;

  constructor(directory: string) {
    this.path = join(directory, SNAPSHOT_FILE_NAME);
    this.journalPath = join(directory, JOURNAL_FILE_NAME);
    this.lockPath = join(directory, LOCK_FILE_NAME);
  }

  /** Takes the snapshot for this process; fails when a live process already holds it. */
  async lock(): Promise<void> {
    await mkdir(dirname(this.lockPath), { recursive: true });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const handle = await open(this.lockPath, 'wx');
        await handle.writeFile(String(process.pid));
        await handle.close();
        this.locked = true;
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = Number((await readFile(this.lockPath, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new ResourceSnapshotError(
          'FHIR_SNAPSHOT_LOCKED',
          `Another embedded FHIR server (process ${holder}) is using ${this.path}; stop it first.`,
        );
      }
      await rm(this.lockPath, { force: true });
    }
    throw new ResourceSnapshotError('FHIR_SNAPSHOT_LOCKED', `Could not take the lock on ${this.path}.`);
  }

  async unlock(): Promise<void> {
    if (!this.locked) return;
    this.locked = false;
    await rm(this.lockPath, { force: true });
  }

  /** Hands `into` the resources held: the last snapshot, then the journal since; nothing when there is neither yet. */
  async read(into: SnapshotReader): Promise<void> {
    this.snapshotBytes = await this.readLines(this.path, 'snapshot', (line, number) => {
      const resource = parseLine(line);
      if (isCollection(resource)) {
        // A snapshot written as one collection Bundle, before snapshots were written a line at a time.
        for (const entry of resource.entry ?? []) {
          if (!isResource(entry.resource))
            throw this.unreadable('snapshot', `has an entry that is not a resource with a type and id (line ${number})`);
          into.put(entry.resource, JSON.stringify(entry.resource));
        }
        return;
      }
      if (!isResource(resource)) throw this.unreadable('snapshot', `has a line that is not a resource with a type and id (line ${number})`);
      into.put(resource, line);
    });
    this.journalBytes = await this.readLines(this.journalPath, 'journal', (line, number) => {
      const changes = parseLine(line);
      if (!Array.isArray(changes) || !changes.every(isJournalLineEntry))
        throw this.unreadable('journal', `has a line that is not a write's changes (line ${number})`);
      for (const { reference, resource } of changes) {
        if (resource) into.put(resource, JSON.stringify(resource));
        else into.remove(...referenceParts(reference));
      }
    });
  }

  /**
   * Records what a write changed, durably, before the write is answered; folds the journal into a
   * new snapshot (`everything`, asked only then) once the journal has outgrown the snapshot.
   */
  async record(changes: readonly JournalEntry[], everything: () => Iterable<string>): Promise<void> {
    if (changes.length === 0) return;
    // The resources' JSON as held, not parsed and written again.
    const line = `[${changes.map(({ reference, json }) => `{"reference":${JSON.stringify(reference)},"resource":${json ?? 'null'}}`).join(',')}]\n`;
    await mkdir(dirname(this.journalPath), { recursive: true });
    const handle = await open(this.journalPath, 'a');
    try {
      await handle.writeFile(line);
      await handle.sync();
    } finally {
      await handle.close();
    }
    this.journalBytes += Buffer.byteLength(line);
    if (this.journalBytes <= Math.max(this.snapshotBytes, SMALLEST_COMPACTION_BYTES)) return;
    try {
      await this.write(everything());
    } catch {
      // The write is already durable in the journal; folding it in is tried again after the next write.
    }
  }

  /**
   * Replaces the snapshot with `resources` (each one's JSON), atomically, and empties the journal. A crash between the
   * two leaves a journal whose changes the new snapshot already holds: applying them again changes nothing.
   */
  async write(resources: Iterable<string>): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      let chunk = '';
      for (const json of resources) {
        chunk += `${json}\n`;
        if (chunk.length >= WRITE_CHUNK_BYTES) {
          await handle.write(chunk);
          chunk = '';
        }
      }
      await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.path);
    this.snapshotBytes = (await stat(this.path)).size;
    await rm(this.journalPath, { force: true });
    this.journalBytes = 0;
  }

  /**
   * Hands each line of a file to `take`, with its number; a journal's last line without its newline
   * is left out (a write cut short; a snapshot is only ever renamed into place whole). Returns the
   * file's size; 0 when it does not exist.
   */
  private async readLines(path: string, what: 'snapshot' | 'journal', take: (line: string, number: number) => void): Promise<number> {
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw this.unreadable(what, 'cannot be read');
    }
    let number = 0;
    let read = 0;
    try {
      const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        number += 1;
        read += Buffer.byteLength(line) + 1;
        if (read > size && what === 'journal') break;
        if (line.length > 0) take(line, number);
      }
    } catch (error) {
      if (error instanceof ResourceSnapshotError) throw error;
      throw this.unreadable(what, 'cannot be read');
    }
    return size;
  }

  /** Says where the problem is, never what the file holds (a parser's message quotes it). */
  private unreadable(what: 'snapshot' | 'journal', problem: string): ResourceSnapshotError {
    return new ResourceSnapshotError(
      'FHIR_SNAPSHOT_UNREADABLE',
      `The FHIR ${what} ${what === 'snapshot' ? this.path : this.journalPath} ${problem}.`,
    );
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

/** A journal line's entry: the resource written, or null for a deletion. */
function isJournalLineEntry(value: unknown): value is { reference: string; resource: WithId<Resource> | null } {
  if (typeof value !== 'object' || value === null) return false;
  const { reference, resource } = value as { reference?: unknown; resource?: Partial<Resource> | null };
  return (
    typeof reference === 'string' && (resource === null || (typeof resource?.resourceType === 'string' && typeof resource.id === 'string'))
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
