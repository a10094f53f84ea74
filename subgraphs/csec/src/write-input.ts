import { GraphQLError } from 'graphql';
import type { Queryable } from '../../../runtime/relational-store.ts';

const YOUTH_ID_PATTERN = /^Y-\d{6}$/;

/** The youth id of a write, refused clearly when malformed. */
export function checkedYouthId(youthId: string): string {
  if (!YOUTH_ID_PATTERN.test(youthId)) {
    throw new GraphQLError('A youth id is "Y-" followed by six digits, for example Y-000123.', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'youthId' },
    });
  }
  return youthId;
}

/** Refuses a write about a youth the program does not know, inside the write's transaction. */
export async function requireYouth(tx: Queryable, youthId: string): Promise<void> {
  const [youth] = await tx.query('SELECT 1 FROM youth WHERE youth_id = $1', [youthId]);
  if (!youth) throw new GraphQLError(`No youth with id ${youthId} is available to you.`, { extensions: { code: 'YOUTH_NOT_FOUND' } });
}

/** A write refused for one field of its input, named in the message (`event.note: ...`). */
export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}
