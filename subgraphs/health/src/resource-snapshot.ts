import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Bundle, Resource } from '@medplum/fhirtypes';

/**
 * The embedded FHIR server's resources on disk: one FHIR `collection` Bundle in
 * `<data directory>/health/fhir-resources.json`, replaced atomically (temporary file, fsync,
 * rename) so that a crash leaves either the old or the new snapshot, never half of one.
 * A lock file keeps two servers from writing the same snapshot.
 */

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
const LOCK_FILE_NAME = 'fhir-resources.lock';

/** The folder under the system's data directory that holds the health source. */
export function healthDataDirectory(dataDirectory: string): string {
  return join(dataDirectory, 'health');
}

export class ResourceSnapshot {
  readonly path: string;
  private readonly lockPath: string;
  private locked = false;

  constructor(directory: string) {
    this.path = join(directory, SNAPSHOT_FILE_NAME);
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

  /** The resources of the last snapshot; none when there is no snapshot yet. */
  async read(): Promise<Resource[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new ResourceSnapshotError('FHIR_SNAPSHOT_UNREADABLE', `The FHIR snapshot ${this.path} cannot be read.`);
    }
    let bundle: Partial<Bundle>;
    try {
      bundle = JSON.parse(text) as Partial<Bundle>;
    } catch {
      // The parser's message quotes the file; only say where the problem is.
      throw new ResourceSnapshotError('FHIR_SNAPSHOT_UNREADABLE', `The FHIR snapshot ${this.path} is not valid JSON.`);
    }
    if (bundle?.resourceType !== 'Bundle' || bundle.type !== 'collection' || !Array.isArray(bundle.entry ?? [])) {
      throw new ResourceSnapshotError('FHIR_SNAPSHOT_UNREADABLE', `The FHIR snapshot ${this.path} is not a collection Bundle.`);
    }
    return (bundle.entry ?? []).map((entry, index) => {
      const resource = entry.resource;
      if (!resource || typeof resource.resourceType !== 'string' || typeof resource.id !== 'string') {
        throw new ResourceSnapshotError(
          'FHIR_SNAPSHOT_UNREADABLE',
          `The FHIR snapshot ${this.path} has an entry without a resource type and id (entry ${index}).`,
        );
      }
      return resource;
    });
  }

  /** Replaces the snapshot with `resources`, atomically. */
  async write(resources: readonly Resource[]): Promise<void> {
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: resources.map((resource) => ({ resource })),
    };
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(JSON.stringify(bundle));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.path);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
