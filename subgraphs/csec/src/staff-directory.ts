import type { StaffDirectoryAnswer, StaffDirectoryEntry, StaffDirectoryRequest } from '../../../runtime/__generated__/staff-directory.ts';
import { contractValidator } from '../../../runtime/contracts.ts';
import { readFactsRequest } from '../../../runtime/policy/facts-request.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import { CsecSource } from './source.ts';

/** The request, checked against its contract (schema/staff-directory.schema.json), whose types these are. */
const staffDirectoryRequest = contractValidator<StaffDirectoryRequest>('staff-directory', 'staffDirectoryRequest');

/**
 * `POST /staff-directory` `{ "userIds": [...] }`: the agency and roles the program's staff directory
 * gives each person, which the gateway holds a token's claims to. Identifiers and roles only.
 */
export function staffDirectoryRoute(store: RelationalStore) {
  const source = new CsecSource(store);
  return async (_caller: unknown, body: unknown): Promise<StaffDirectoryAnswer> => {
    const { userIds } = readFactsRequest(staffDirectoryRequest, body);
    const rows = new Map((await source.people(userIds)).map((row) => [row.userId, row]));
    return {
      people: userIds.map((userId): StaffDirectoryEntry => {
        const row = rows.get(userId);
        return row ? { userId, listed: true, agency: row.agency, roles: [...row.roles].sort() } : { userId, listed: false };
      }),
    };
  };
}
