import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Keeps a second embedded FHIR server (or a seed run starting one) from opening the store that a
 * running one holds: its embedded database belongs to one process at a time. The lock file holds
 * the holder's process id; a lock left by a process that has died is taken over.
 */

export class FhirStoreLockedError extends Error {
  readonly code = 'FHIR_STORE_LOCKED';
  constructor(message: string) {
    super(message);
    this.name = 'FhirStoreLockedError';
  }
}

export class FhirStoreLock {
  private readonly path: string;
  /** What the lock keeps, for the messages. */
  private readonly what: string;
  private locked = false;

  constructor(path: string, what: string) {
    this.path = path;
    this.what = what;
  }

  /** Takes the lock for this process; fails when a live process already holds it. */
  async lock(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const handle = await open(this.path, 'wx');
        await handle.writeFile(String(process.pid));
        await handle.close();
        this.locked = true;
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = Number((await readFile(this.path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new FhirStoreLockedError(`Another embedded FHIR server (process ${holder}) is using ${this.what}; stop it first.`);
      }
      await rm(this.path, { force: true });
    }
    throw new FhirStoreLockedError(`Could not take the lock on ${this.what}.`);
  }

  async unlock(): Promise<void> {
    if (!this.locked) return;
    this.locked = false;
    await rm(this.path, { force: true });
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
