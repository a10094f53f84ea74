import { GraphQLError } from 'graphql';
import type { AccountingPosition, PositionedAccountingRow } from './disclosure-audit.ts';

/** Most entries of an accounting one request may ask for. */
const MAX_PAGE_SIZE = 500;

/** The page size asked for, or a clear error naming the argument. */
export function accountingPageSize(first: number | null | undefined): number {
  const size = first ?? 100;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`"first" must be a whole number from 1 to ${MAX_PAGE_SIZE}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
  }
  return size;
}

/** An entry's cursor: when it was recorded, its record and its place there, opaque to clients. */
export function accountingCursor(entry: Pick<PositionedAccountingRow, 'recordedAt' | 'sequence' | 'place'>): string {
  return Buffer.from(`${entry.recordedAt}|${entry.sequence}|${entry.place}`).toString('base64url');
}

/** The position a cursor stands for, or a clear error naming the argument. */
export function readAccountingCursor(after: string | null | undefined): AccountingPosition | undefined {
  if (after === null || after === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|(\d{1,19})\|(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match || Number.isNaN(Date.parse(match[1] as string))) {
    throw new GraphQLError('"after" must be the cursor of an entry of this accounting.', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
  }
  return { recordedAt: match[1] as string, sequence: BigInt(match[2] as string), place: Number(match[3]) };
}
