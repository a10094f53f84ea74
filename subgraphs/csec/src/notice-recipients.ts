import { readFileSync } from 'node:fs';
import { countyDate } from '../../../runtime/calendar.ts';
import { classificationsFromSdl } from '../../../runtime/policy/classifications.ts';
import type { DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';
import type { YouthFacts } from '../../../runtime/policy/policy-input.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import { CsecSource } from './source.ts';

/** The field whose decision says whether a member may know that a triggering event happened. */
const EVENT_FIELD = 'TriggeringEvent.kind';
/** Notices are about the member's MDT work. */
export const NOTICE_PURPOSE = 'CSEC-MDT';

const eventClassification = classificationsFromSdl(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')).get(EVENT_FIELD);

/** A member of the youth's open MDT who may be told of a triggering event. */
export interface NoticeRecipient {
  userId: string;
  agency: string;
  roles: string[];
  email: string | null;
}

/**
 * The members of the youth's open MDT, seated at `now`, whose role is among `tellRoles` and whom the
 * policy in force would show the event to, decided as if each of them asked for it (for their MDT
 * work) at `now`. A member who may not know that the event happened is not among them, so is never
 * told of it, of its deadline, or of the deadline's passing.
 */
export async function membersWhoMayKnow(
  store: RelationalStore,
  policy: DisclosurePolicy,
  youthId: string,
  tellRoles: readonly string[],
  now: Date,
): Promise<NoticeRecipient[]> {
  if (!eventClassification) return [];
  const members = await store.query<NoticeRecipient>(
    `SELECT person.user_id AS "userId", person.agency, person.roles, person.email
       FROM mdt_member seat JOIN mdt team ON team.mdt_id = seat.mdt_id JOIN program_user person ON person.user_id = seat.user_id
      WHERE team.youth_id = $1 AND team.status = 'OPEN' AND seat.joined_on <= $2::date
        AND (seat.left_on IS NULL OR seat.left_on > $2::date)
      ORDER BY person.user_id`,
    [youthId, countyDate(now.toISOString())],
  );
  const named = members.filter((member) => member.roles.some((role) => tellRoles.includes(role)));
  if (named.length === 0) return [];
  const [row] = await new CsecSource(store).disclosureFacts(
    { youthIds: [youthId] },
    named.map((member) => member.userId),
  );
  if (!row) return [];
  const facts: YouthFacts = {
    birthDate: row.birthDate,
    mdt: row.mdt && { status: row.mdt.status, members: row.mdt.seats },
    assignedWorkers: {},
    consents: row.consents,
    investigations: row.investigations,
    // Court proceedings are the juvenile court's facts, not the program's: a member whose access turns
    // on taking part in one (law enforcement, W&IC 827) is decided without it, so is not told.
    proceedingParticipations: [],
    exploiterIsThreat: row.exploiterIsThreat,
    missing: row.missing,
  };
  return named.filter((member) => {
    const [decision] = policy.decide({
      now: now.toISOString(),
      requester: {
        userId: member.userId,
        agency: member.agency,
        roles: member.roles,
        purposeOfUse: NOTICE_PURPOSE,
        breakGlassReason: null,
      },
      youth: { [youthId]: facts },
      coordinates: [{ youthId, field: EVENT_FIELD, ...eventClassification }],
    });
    return decision?.allow === true;
  });
}
