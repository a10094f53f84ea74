import { GraphQLError } from 'graphql';
import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';
import type { AuditedWrite, WriteAudit } from './write-audit.ts';

/** A write of the MDT's records, as one person sent it, with the client's idempotency key if any. */
export interface WriteRequest extends AuditedWrite {
  userId: string;
  idempotencyKey: string | null | undefined;
}

const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,100}$/;
const UNIQUE_VIOLATION = '23505';

/**
 * Runs `write` in one transaction with the request's audit records (write-audit.ts) and returns the
 * id of the record it wrote. With an idempotency key the same person has used before for the same
 * write about the same youth, nothing is written, not even an audit record, and the id of the record
 * the first write wrote is returned (`first` false): a client may retry a write whose answer it lost,
 * and the gateway records the repeat as not carried out.
 * Two writes racing with the same key: one commits, the other finds its key taken and returns its record.
 */
export async function writeOnce(
  store: RelationalStore,
  audit: WriteAudit,
  request: WriteRequest,
  write: (tx: Queryable) => Promise<string>,
): Promise<{ recordId: string; first: boolean }> {
  const key = request.idempotencyKey ?? null;
  if (key !== null && !KEY_PATTERN.test(key)) {
    throw new GraphQLError('An idempotency key is 8 to 100 letters, digits or . _ : - (a UUID will do).', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'idempotencyKey' },
    });
  }
  const attempt = () =>
    store.transaction(async (tx) => {
      if (key !== null) {
        const earlier = await earlierWrite(tx, request.userId, key);
        if (earlier) return { recordId: sameWrite(earlier, request), first: false, answer: undefined };
      }
      const { result: recordId, answer } = await audit.within(tx, request, async () => {
        const id = await write(tx);
        if (key !== null) {
          await tx.query(
            'INSERT INTO mdt_write_key (user_id, idempotency_key, mutation, youth_id, record_id) VALUES ($1, $2, $3, $4, $5)',
            [request.userId, key, request.mutation, request.youthId, id],
          );
        }
        return id;
      });
      return { recordId, first: true, answer };
    });
  let done: Awaited<ReturnType<typeof attempt>>;
  try {
    done = await attempt();
  } catch (error) {
    if (key === null || (error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    done = await attempt();
  }
  if (done.first) audit.committed(done.answer);
  else audit.repeated(request);
  return { recordId: done.recordId, first: done.first };
}

async function earlierWrite(tx: Queryable, userId: string, key: string) {
  const [row] = await tx.query<{ mutation: string; youthId: string; recordId: string }>(
    'SELECT mutation, youth_id AS "youthId", record_id AS "recordId" FROM mdt_write_key WHERE user_id = $1 AND idempotency_key = $2',
    [userId, key],
  );
  return row;
}

function sameWrite(earlier: { mutation: string; youthId: string; recordId: string }, request: WriteRequest): string {
  if (earlier.mutation !== request.mutation || earlier.youthId !== request.youthId) {
    throw new GraphQLError('You already used this idempotency key for another write. Use a new key for each new write.', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'idempotencyKey' },
    });
  }
  return earlier.recordId;
}
