import type { Queryable } from './relational-store.ts';

const ROWS_PER_STATEMENT = 5_000;

/** Loading a source failed; the message names the table and the rule broken, never the rows. */
export class SourceLoadError extends Error {
  readonly code = 'SOURCE_LOAD_FAILED';
}

/**
 * Inserts rows with one statement per few thousand rows: the rows travel as one JSON parameter
 * and PostgreSQL expands them with json_populate_recordset, typed by the table itself.
 */
export async function insertRows(tx: Queryable, table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const columns = Object.keys(chunk[0] ?? {});
    if (columns.length === 0) continue;
    const list = columns.map((column) => `"${column}"`).join(', ');
    try {
      await tx.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`, [
        JSON.stringify(chunk),
      ]);
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      throw new SourceLoadError(
        `Loading ${table} failed (${constraint ? `constraint ${constraint}` : `database error ${code ?? 'unknown'}`}); this source was left as it was.`,
      );
    }
  }
}
