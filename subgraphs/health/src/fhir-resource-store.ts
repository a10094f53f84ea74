import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { WithId } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import { FhirStoreLock } from './fhir-store-lock.ts';
import { searchKeys } from './search-keys.ts';

/**
 * The embedded FHIR server's resources, in an embedded PostgreSQL database (PGlite) under
 * `<data directory>/health/fhir-store`: one row per resource, its JSON as written and the keys it
 * is found by (search-keys.ts), so that a county of any size stays on disk rather than in the
 * process's heap (100,000 youth are about a million resources). Rows keep medplum's storage
 * order (`position`): a write keeps a resource's place, a resource written again after its
 * deletion comes last.
 *
 * Everything runs in a transaction: writes are gathered and sent a few hundred rows to a
 * statement (one statement per resource made a county's load several times slower), and a
 * transaction's writes are committed together or not at all. While one runs, other callers wait:
 * PGlite has one connection.
 */

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS fhir_resource (
    resource_type text NOT NULL,
    id text NOT NULL,
    position bigint NOT NULL,
    content text NOT NULL,
    search_keys text[] NOT NULL,
    PRIMARY KEY (resource_type, id)
  );
  CREATE INDEX IF NOT EXISTS fhir_resource_in_order ON fhir_resource (resource_type, position);
  CREATE INDEX IF NOT EXISTS fhir_resource_by_key ON fhir_resource USING gin (search_keys);
`;

/** The folder under the system's data directory that holds the health source. */
export function healthDataDirectory(dataDirectory: string): string {
  return join(dataDirectory, 'health');
}

/** Rows per statement, written or read. */
const ROWS_PER_STATEMENT = 500;

interface StoredRow {
  resourceType: string;
  id: string;
  content: string;
  keys: string[];
}

interface OpenTransaction {
  tx: Transaction;
  /** Writes not yet sent, in the order first made: the row, or null when deleted. */
  pending: Map<string, StoredRow | null>;
  /** Resources deleted since the last send (some perhaps written again): removed before the writes are sent. */
  deleted: Set<string>;
}

export class FhirResourceStore {
  private readonly db: PGlite;
  private readonly lock: FhirStoreLock;
  private readonly current = new AsyncLocalStorage<OpenTransaction>();
  /** The last storage position given out. */
  private lastPosition: number;

  private constructor(db: PGlite, lock: FhirStoreLock, lastPosition: number) {
    this.db = db;
    this.lock = lock;
    this.lastPosition = lastPosition;
  }

  /** Opens (or creates) the store in `directory`, for this process alone. */
  static async open(directory: string): Promise<FhirResourceStore> {
    const path = join(directory, 'fhir-store');
    const lock = new FhirStoreLock(join(directory, 'fhir-store.lock'), path);
    await lock.lock();
    try {
      await mkdir(path, { recursive: true });
      const db = new PGlite(path);
      await db.waitReady;
      try {
        await db.exec(SCHEMA);
        // Fresh statistics, so that the planner takes the key index for a few patients and the
        // storage order for a tag every resource carries.
        await db.exec('ANALYZE fhir_resource');
        const [row] = (await db.query<{ last: number }>('SELECT coalesce(max(position), 0)::float8 AS last FROM fhir_resource')).rows;
        return new FhirResourceStore(db, lock, row?.last ?? 0);
      } catch (error) {
        await db.close();
        throw error;
      }
    } catch (error) {
      await lock.unlock();
      throw error;
    }
  }

  async close(): Promise<void> {
    try {
      await this.db.close();
    } finally {
      await this.lock.unlock();
    }
  }

  /**
   * Runs `work` in one transaction: what it writes is committed when it resolves and rolled back
   * when it throws. A transaction started within one is part of it.
   */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    return this.db.transaction((tx) => {
      const open: OpenTransaction = { tx, pending: new Map(), deleted: new Set() };
      return this.current.run(open, async () => {
        const result = await work();
        await this.send(open);
        return result;
      });
    });
  }

  /** A resource's JSON; undefined when there is none. */
  read(resourceType: string, id: string): Promise<string | undefined> {
    return this.transaction(async () => {
      const open = this.open();
      const pending = open.pending.get(reference(resourceType, id));
      if (pending !== undefined) return pending?.content;
      const { rows } = await open.tx.query<{ content: string }>('SELECT content FROM fhir_resource WHERE resource_type = $1 AND id = $2', [
        resourceType,
        id,
      ]);
      return rows[0]?.content;
    });
  }

  /** Stores a resource as it is (its id, version and time included), replacing the one of its type and id. */
  put(resource: WithId<Resource>): Promise<void> {
    return this.transaction(async () => {
      const open = this.open();
      const key = reference(resource.resourceType, resource.id);
      // Written again after its deletion: it comes last, as a new resource.
      if (open.pending.get(key) === null) open.pending.delete(key);
      open.pending.set(key, {
        resourceType: resource.resourceType,
        id: resource.id,
        content: JSON.stringify(resource),
        keys: searchKeys(resource),
      });
      if (open.pending.size >= ROWS_PER_STATEMENT) await this.send(open);
    });
  }

  /** Deletes a resource; false when there was none. */
  remove(resourceType: string, id: string): Promise<boolean> {
    return this.transaction(async () => {
      if ((await this.read(resourceType, id)) === undefined) return false;
      const open = this.open();
      const key = reference(resourceType, id);
      open.pending.set(key, null);
      open.deleted.add(key);
      if (open.pending.size >= ROWS_PER_STATEMENT) await this.send(open);
      return true;
    });
  }

  /** Number of resources held. */
  count(): Promise<number> {
    return this.transaction(async () => {
      const open = this.open();
      await this.send(open);
      const { rows } = await open.tx.query<{ count: number }>('SELECT count(*)::float8 AS count FROM fhir_resource');
      return rows[0]?.count ?? 0;
    });
  }

  /** Number of resources of a type carrying one of `keys`. */
  countWithKeys(resourceType: string, keys: readonly string[]): Promise<number> {
    return this.transaction(async () => {
      const open = this.open();
      await this.send(open);
      const { rows } = await open.tx.query<{ count: number }>(
        'SELECT count(*)::float8 AS count FROM fhir_resource WHERE resource_type = $1 AND search_keys && $2::text[]',
        [resourceType, keys],
      );
      return rows[0]?.count ?? 0;
    });
  }

  /** One page of the resources carrying one of `keys`, in storage order; `limit` undefined for all from `offset` on. */
  pageWithKeys(resourceType: string, keys: readonly string[], offset: number, limit: number | undefined): Promise<string[]> {
    return this.transaction(async () => {
      const open = this.open();
      await this.send(open);
      const { rows } = await open.tx.query<{ content: string }>(
        'SELECT content FROM fhir_resource WHERE resource_type = $1 AND search_keys && $2::text[] ORDER BY position OFFSET $3 LIMIT $4',
        [resourceType, keys, offset, limit ?? null],
      );
      return rows.map((row) => row.content);
    });
  }

  /**
   * Every resource of a type (carrying one of `keys`, when given), in storage order, a few hundred
   * at a time. Call within a transaction, so that no write comes between two parts.
   */
  async *resources(resourceType: string, keys?: readonly string[]): AsyncGenerator<string[]> {
    const open = this.open();
    await this.send(open);
    let after = -1;
    for (;;) {
      const { rows } = await open.tx.query<{ position: number; content: string }>(
        `SELECT position::float8 AS position, content FROM fhir_resource
          WHERE resource_type = $1 AND position > $2 ${keys ? 'AND search_keys && $4::text[]' : ''}
          ORDER BY position LIMIT $3`,
        keys ? [resourceType, after, ROWS_PER_STATEMENT, keys] : [resourceType, after, ROWS_PER_STATEMENT],
      );
      if (rows.length === 0) return;
      yield rows.map((row) => row.content);
      after = rows[rows.length - 1]!.position;
    }
  }

  private open(): OpenTransaction {
    const open = this.current.getStore();
    if (!open) throw new Error('The FHIR store is read and written within a transaction.');
    return open;
  }

  /** Sends the gathered writes: deletions first, then the rows in the order first written. */
  private async send(open: OpenTransaction): Promise<void> {
    if (open.deleted.size > 0) {
      const deleted = [...open.deleted].map((key) => JSON.parse(key) as [string, string]);
      await open.tx.query(
        `DELETE FROM fhir_resource AS stored USING unnest($1::text[], $2::text[]) AS deleted(resource_type, id)
          WHERE stored.resource_type = deleted.resource_type AND stored.id = deleted.id`,
        [deleted.map(([resourceType]) => resourceType), deleted.map(([, id]) => id)],
      );
    }
    const rows = [...open.pending.values()].filter((row) => row !== null);
    open.pending.clear();
    open.deleted.clear();
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const part = rows.slice(start, start + ROWS_PER_STATEMENT);
      // A new row takes the next position; a row already stored keeps its own.
      const positions = part.map(() => ++this.lastPosition);
      await open.tx.query(
        `INSERT INTO fhir_resource (resource_type, id, position, content, search_keys)
          SELECT written.resource_type, written.id, written.position, written.content,
                 ARRAY(SELECT jsonb_array_elements_text(written.search_keys::jsonb))
            FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[])
              AS written(resource_type, id, position, content, search_keys)
          ON CONFLICT (resource_type, id) DO UPDATE SET content = excluded.content, search_keys = excluded.search_keys`,
        [
          part.map((row) => row.resourceType),
          part.map((row) => row.id),
          positions,
          part.map((row) => row.content),
          part.map((row) => JSON.stringify(row.keys)),
        ],
      );
    }
  }
}

function reference(resourceType: string, id: string): string {
  return JSON.stringify([resourceType, id]);
}
