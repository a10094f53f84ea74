import { LRUCache } from 'lru-cache';
import { randomUUID } from 'node:crypto';
import type {
  ListedStaffMember,
  StaffDirectoryAnswer,
  StaffDirectoryRequest,
  UnlistedPerson,
} from '../../../runtime/__generated__/staff-directory.ts';
import { contractValidator } from '../../../runtime/contracts.ts';
import { STAFF_DIRECTORY_PATH } from '../../../runtime/policy/facts-request.ts';
import { RequestRejection, type Requester } from '../../../runtime/requester.ts';
import type { RequesterTokenSigner } from '../../../runtime/requester-token.ts';
import { callService } from '../../../runtime/service-http.ts';

/** A person's claims as the access token makes them. */
export type Claims = Pick<Requester, 'userId' | 'agency' | 'roles'>;

/** What the directory says of one person, as remembered. */
type DirectoryEntry = Omit<ListedStaffMember, 'userId'> | Omit<UnlistedPerson, 'userId'>;

/** The directory's answer, checked against its contract (schema/staff-directory.schema.json). */
const staffDirectoryAnswer = contractValidator<StaffDirectoryAnswer>('staff-directory', 'staffDirectoryAnswer');

const REQUEST_TIMEOUT_MS = 5_000;
/** People whose entry is remembered at once; the least recently used goes first. */
const MAX_REMEMBERED = 5_000;

/**
 * The CSEC program's staff directory decides who takes part and in which agency and roles: the
 * identity provider says who the person is, the directory what the program lets them do. A token
 * whose agency or roles differ from the directory, or a person the directory does not list, is
 * refused with 403 and a clear message, so every decision and every explanation rests on the same
 * facts. Entries are remembered only while the facts version watch is live (the directory is among
 * the facts, csec migration 007) and forgotten at every change.
 */
export class StaffDirectory {
  private readonly url: string;
  private readonly signer: RequesterTokenSigner;
  private readonly knownCurrent: () => boolean;
  private readonly remembered = new LRUCache<string, DirectoryEntry>({ max: MAX_REMEMBERED });

  constructor(options: { csecUrl: string; signer: RequesterTokenSigner; knownCurrent: () => boolean }) {
    this.url = new URL(STAFF_DIRECTORY_PATH, options.csecUrl).href;
    this.signer = options.signer;
    this.knownCurrent = options.knownCurrent;
  }

  /** The directory changed (a new facts version): every remembered entry may be out of date. */
  forgetEverything(): void {
    this.remembered.clear();
  }

  /** Resolves when the claims are the directory's; otherwise refuses the request. */
  async confirm(claims: Claims): Promise<void> {
    const entry = await this.entryOf(claims);
    if (!entry.listed) {
      throw new RequestRejection(
        403,
        'NOT_IN_STAFF_DIRECTORY',
        "You are signed in, but the CSEC program's staff directory does not list you, so nothing can be shown to you. Ask the program's administrator to add you.",
      );
    }
    const sameRoles = JSON.stringify([...claims.roles].sort()) === JSON.stringify(entry.roles);
    if (entry.agency !== claims.agency || !sameRoles) {
      throw new RequestRejection(
        403,
        'CLAIMS_CONTRADICT_STAFF_DIRECTORY',
        `Your sign-in says you are with ${claims.agency} as ${claims.roles.join(', ') || 'no role'}, but the CSEC program's staff directory lists you with ${entry.agency} as ${entry.roles.join(', ') || 'no role'}. Ask the program's administrator to correct one of them.`,
      );
    }
  }

  private async entryOf(claims: Claims): Promise<DirectoryEntry> {
    const current = this.knownCurrent();
    const remembered = current ? this.remembered.get(claims.userId) : undefined;
    if (remembered) return remembered;
    const entry = await this.ask(claims);
    if (current && this.knownCurrent()) this.remembered.set(claims.userId, entry);
    return entry;
  }

  private async ask(claims: Claims): Promise<DirectoryEntry> {
    const request: StaffDirectoryRequest = { userIds: [claims.userId] };
    const body = JSON.stringify(request);
    const token = this.signer.sign({ ...claims, purposeOfUse: 'HOPERAT', breakGlassReason: null, requestId: randomUUID() }, 'csec', {
      method: 'POST',
      path: STAFF_DIRECTORY_PATH,
      body,
    });
    const unavailable = () =>
      new RequestRejection(
        503,
        'STAFF_DIRECTORY_UNAVAILABLE',
        "The CSEC program's staff directory cannot be read right now, so nothing was disclosed. Try again shortly.",
      );
    let answer;
    try {
      answer = await callService(this.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
        body,
        timeoutMs: REQUEST_TIMEOUT_MS,
      });
    } catch {
      throw unavailable();
    }
    if (answer.status !== 200) throw unavailable();
    let people: unknown;
    try {
      people = JSON.parse(answer.body);
    } catch {
      throw unavailable();
    }
    const person = staffDirectoryAnswer(people) ? people.people.find((candidate) => candidate.userId === claims.userId) : undefined;
    if (!person) throw unavailable();
    return person.listed ? { listed: true, agency: person.agency, roles: [...person.roles].sort() } : { listed: false };
  }
}
