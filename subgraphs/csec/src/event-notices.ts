import { readFileSync } from 'node:fs';
import nodemailer, { type Transporter } from 'nodemailer';
import { countyDate } from '../../../runtime/calendar.ts';
import { loadConfig } from '../../../runtime/config.ts';
import { createLogger } from '../../../runtime/logger.ts';
import { classificationsFromSdl } from '../../../runtime/policy/classifications.ts';
import type { DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';
import type { YouthFacts } from '../../../runtime/policy/policy-input.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { ReconveningRule } from './protocol-clock.ts';
import { CsecSource } from './source.ts';

/** The field whose decision says whether a member may know that a triggering event happened. */
const EVENT_FIELD = 'TriggeringEvent.kind';
/** Notices are about the member's MDT work. */
const NOTICE_PURPOSE = 'CSEC-MDT';

const eventClassification = classificationsFromSdl(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')).get(EVENT_FIELD);
const logger = createLogger('csec-notices');
let settings: ReturnType<typeof loadConfig>['notices'] | undefined;
let transport: Transporter | undefined;

interface Member {
  userId: string;
  agency: string;
  roles: string[];
  email: string;
}

/**
 * Tells the members of the youth's open MDT whom the protocol names for this kind of event that a
 * triggering event was recorded and by when the team must meet: by e-mail through the county's SMTP
 * relay (CSEC_NOTICES_SMTP_URL). Only a member the policy in force would show the event to is told,
 * decided as if that member asked for it; the message names no youth and no event, only the deadline
 * and where to sign in, so it says nothing a recipient may not see. Resolves to the user ids told;
 * a notice that cannot be sent is logged, never fails the write that caused it.
 */
export async function tellTheTeam(
  store: RelationalStore,
  policy: DisclosurePolicy,
  youthId: string,
  rule: ReconveningRule,
  dueAt: string,
  now: Date,
): Promise<string[]> {
  settings ??= loadConfig().notices;
  if (!settings.smtpUrl || !eventClassification) return [];
  const members = await store.query<Member>(
    `SELECT person.user_id AS "userId", person.agency, person.roles, person.email
       FROM mdt_member seat JOIN mdt team ON team.mdt_id = seat.mdt_id JOIN program_user person ON person.user_id = seat.user_id
      WHERE team.youth_id = $1 AND team.status = 'OPEN' AND seat.joined_on <= $2::date
        AND (seat.left_on IS NULL OR seat.left_on > $2::date) AND person.email IS NOT NULL
      ORDER BY person.user_id`,
    [youthId, countyDate(now.toISOString())],
  );
  const named = members.filter((member) => member.roles.some((role) => rule.tell.includes(role)));
  if (named.length === 0) return [];
  const [row] = await new CsecSource(store).disclosureFacts({ youthIds: [youthId] }, named.map((member) => member.userId));
  if (!row) return [];
  const facts: YouthFacts = {
    birthDate: row.birthDate,
    mdt: row.mdt && { status: row.mdt.status, members: row.mdt.seats },
    assignedWorkers: {},
    consents: row.consents,
    investigations: row.investigations,
    proceedingParticipations: row.proceedingParticipations,
    exploiterIsThreat: row.exploiterIsThreat,
    missing: row.missing,
  };
  const told = named.filter((member) => {
    const [decision] = policy.decide({
      now: now.toISOString(),
      requester: { userId: member.userId, agency: member.agency, roles: member.roles, purposeOfUse: NOTICE_PURPOSE, breakGlassReason: null },
      youth: { [youthId]: facts },
      coordinates: [{ youthId, field: EVENT_FIELD, ...eventClassification }],
    });
    return decision?.allow === true;
  });
  transport ??= nodemailer.createTransport(settings.smtpUrl);
  const text = [
    'A triggering event was recorded for a youth on one of your MDTs.',
    `The team must meet by ${new Date(dueAt).toLocaleString('en-US', { timeZone: 'America/Los_Angeles', dateStyle: 'full', timeStyle: 'short' })} (Pacific time).`,
    '',
    `Sign in to see which youth and what happened: ${settings.signInUrl}`,
    '',
    'This message holds no information about the youth on purpose. Do not reply with any.',
  ].join('\n');
  for (const member of told) {
    await transport
      .sendMail({ from: settings.from, to: member.email, subject: 'CSEC MDT: your team must meet', text })
      .catch((error: unknown) => logger.warn({ code: 'NOTICE_NOT_SENT', userId: member.userId, reason: (error as Error).name }, 'A notice could not be sent.'));
  }
  return told.map((member) => member.userId);
}
