import { readFactsIds } from '../../../runtime/policy/facts-request.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import { CsecSource } from './source.ts';

/** One person as the CSEC program's staff directory lists them; `listed: false` when it does not. */
export type StaffDirectoryEntry = { userId: string; listed: true; agency: string; roles: string[] } | { userId: string; listed: false };

/**
 * `POST /staff-directory` `{ "userIds": [...] }`: the agency and roles the program's staff directory
 * gives each person, which the gateway holds a token's claims to. Identifiers and roles only.
 */
export function staffDirectoryRoute(store: RelationalStore) {
  const source = new CsecSource(store);
  return async (_caller: unknown, body: unknown): Promise<{ people: StaffDirectoryEntry[] }> => {
    const userIds = readFactsIds(typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['userIds'] : undefined, 'userIds', 20);
    const rows = new Map((await source.people(userIds)).map((row) => [row.userId, row]));
    return {
      people: userIds.map((userId): StaffDirectoryEntry => {
        const row = rows.get(userId);
        return row ? { userId, listed: true, agency: row.agency, roles: [...row.roles].sort() } : { userId, listed: false };
      }),
    };
  };
}
