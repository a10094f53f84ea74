import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';
import type { Agency, StaffRole as Role } from './__generated__/resolvers-types.ts';
import { AGENCY_IDENTIFIERS, type SourceAgency } from '../../registry.ts';
import { accountingOfDisclosuresFor, type AccountingPosition, type PositionedAccountingRow } from './disclosure-audit.ts';

/** Rows as the CSEC program's coordination source holds them. */
export interface YouthRow {
  id: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  birthDate: string;
  identifiedOn: string;
  exploitationStatus: 'AT_RISK' | 'SUSPECTED' | 'CONFIRMED';
  missingSince: string | null;
  childWelfareClientId: string | null;
  probationNumber: string | null;
  medicalRecordNumber: string | null;
  statewideStudentId: string | null;
  courtPartyNumber: string | null;
}

/** An agency whose identifiers the program links: the registry is the one list of them. */
export type { SourceAgency };

export interface AgencyLinkRow {
  youthId: string;
  agency: SourceAgency;
  identifier: string;
  linkedOn: string;
  linkedByUserId: string;
}

export interface PersonRow {
  userId: string;
  displayName: string;
  agency: Agency;
  roles: Role[];
}

export interface MdtRow {
  id: string;
  youthId: string;
  status: 'OPEN' | 'CLOSED';
  leadAgency: Agency;
  openedOn: string;
  closedOn: string | null;
}

export interface MdtMemberRow {
  mdtId: string;
  userId: string;
  joinedOn: string;
  leftOn: string | null;
}

export interface ScreeningRow {
  id: string;
  youthId: string;
  tool: 'CSE_IT';
  screenedOn: string;
  screenerUserId: string;
  levelOfConcern: 'NO_CONCERN' | 'POSSIBLE_CONCERN' | 'CLEAR_CONCERN';
}

export interface StageOfChangeRow {
  youthId: string;
  stage: 'PRECONTEMPLATION' | 'CONTEMPLATION' | 'PREPARATION' | 'ACTION' | 'MAINTENANCE';
  assessedOn: string;
  /** Who assessed; empty for seeded assessments. */
  assessedByUserId: string | null;
}

export interface TriggeringEventRow {
  id: string;
  youthId: string;
  kind: string;
  occurredOn: string;
  /** Seeded events have a summary; events recorded through the gateway have a time, a reporter and a note. */
  summary: string | null;
  occurredAt: string | null;
  reportedByUserId: string | null;
  recordedAt: string | null;
  note: string | null;
}

/** The columns of a TriggeringEventRow, from `triggering_event`. */
export const TRIGGERING_EVENT_COLUMNS = `event_id AS id, youth_id AS "youthId", kind, occurred_on AS "occurredOn", summary,
  occurred_at AS "occurredAt", reported_by_user_id AS "reportedByUserId", recorded_at AS "recordedAt", note`;

export interface InvestigationRow {
  id: string;
  youthId: string;
  reportedOn: string;
  goodCauseExtendedUntil: string | null;
}

export interface SafetyPlanRow {
  youthId: string;
  updatedOn: string;
  summary: string;
  exploiterIsThreat: boolean;
  version: number;
  updatedByUserId: string | null;
}

export interface MeetingRow {
  id: string;
  youthId: string;
  /** Empty until the meeting is held. */
  heldOn: string | null;
  kind: 'INITIAL' | 'ONGOING' | 'RECONVENED';
  notes: string | null;
  attendeeUserIds: string[];
  status: 'SCHEDULED' | 'HELD' | 'CANCELLED';
  scheduledFor: string | null;
  heldAt: string | null;
  youthParticipation: 'ATTENDED' | 'GAVE_VIEWS_BEFORE' | 'DECLINED' | 'NOT_ABLE' | null;
  decisions: string[];
  cancelledReason: string | null;
  version: number;
}

/** The columns of a SafetyPlanRow, from `safety_plan` or `safety_plan_version`. */
export const SAFETY_PLAN_COLUMNS = `youth_id AS "youthId", updated_on AS "updatedOn", summary, exploiter_is_threat AS "exploiterIsThreat",
  version, updated_by_user_id AS "updatedByUserId"`;

/** The columns of a MeetingRow, from `mdt_meeting`. */
export const MEETING_COLUMNS = `meeting_id AS id, youth_id AS "youthId", held_on AS "heldOn", kind, notes,
  attendee_user_ids AS "attendeeUserIds", status, scheduled_for AS "scheduledFor", held_at AS "heldAt",
  youth_participation AS "youthParticipation", decisions, cancelled_reason AS "cancelledReason", version`;

export interface ConsentRecipientRow {
  userId?: string;
  role?: Role;
  agency?: Agency;
}

export interface ConsentRow {
  id: string;
  youthId: string;
  form: string;
  categories: string[];
  recipients: ConsentRecipientRow[];
  purposes: string[];
  signedBy: string;
  signedOn: string;
  youthAgeAtSigning: number;
  expiresOn: string | null;
  revokedOn: string | null;
  /** The elements a consent captured through the gateway carries; empty for seeded consents. */
  disclosingProgram?: string | null;
  description?: string | null;
  expiryEvent?: string | null;
  recordedByUserId?: string | null;
}

/** The columns of a ConsentRow, from `consent`. */
export const CONSENT_COLUMNS = `consent_id AS id, youth_id AS "youthId", form, categories, recipients, purposes,
  signed_by AS "signedBy", signed_on AS "signedOn", youth_age_at_signing AS "youthAgeAtSigning",
  expires_on AS "expiresOn", revoked_on AS "revokedOn", disclosing_program AS "disclosingProgram", description,
  expiry_event AS "expiryEvent", recorded_by_user_id AS "recordedByUserId"`;

/**
 * Everything the disclosure policy needs to know about one youth from the CSEC program, in one
 * row: no names, no notes, no summaries. Dates are `YYYY-MM-DD`.
 */
export interface YouthDisclosureFactsRow {
  youthId: string;
  birthDate: string;
  missing: boolean;
  /** From the safety plan; false when there is none. */
  exploiterIsThreat: boolean;
  /** Null when the youth has no MDT; its seats are only those of the people asked about. */
  mdt: { status: 'OPEN' | 'CLOSED'; seats: MdtSeat[] } | null;
  consents: Array<Omit<ConsentRow, 'youthId'>>;
  investigations: Array<Omit<InvestigationRow, 'youthId'>>;
  /** Each linked agency's own identifier for the youth. */
  links: Partial<Record<string, string>>;
}

/** A seat on a youth's MDT, past or present. */
export interface MdtSeat {
  userId: string;
  joinedOn: string;
  leftOn: string | null;
}

/** Whose facts: the youth named, or those on a member's caseload (open MDTs the member sits on today). */
export type FactsSelection = { youthIds: readonly string[] } | { caseloadOf: string };

const YOUTH_COLUMNS = `
  y.youth_id AS id, y.given_name AS "givenName", y.family_name AS "familyName",
  y.preferred_name AS "preferredName", y.birth_date AS "birthDate", y.identified_on AS "identifiedOn",
  y.exploitation_status AS "exploitationStatus", y.missing_since AS "missingSince",
  ${AGENCY_IDENTIFIERS.map(({ field, agency }) => `max(l.identifier) FILTER (WHERE l.agency = '${agency}') AS "${field}"`).join(',\n  ')}`;

/** Batched reads of the CSEC program's source: each call is one round trip for any number of keys. */
export class CsecSource {
  /** The source itself, for the modules that write the MDT's records in one transaction. */
  readonly store: RelationalStore;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  youth(youthIds: readonly string[]): Promise<YouthRow[]> {
    return this.store.query<YouthRow>(
      `SELECT ${YOUTH_COLUMNS}
         FROM youth y LEFT JOIN agency_link l ON l.youth_id = y.youth_id
        WHERE y.youth_id = ANY($1::text[])
        GROUP BY y.youth_id`,
      [youthIds],
    );
  }

  /** Youth found by an agency's own identifier, keyed `AGENCY|identifier`. */
  youthByAgencyIdentifier(keys: readonly string[]): Promise<Array<YouthRow & { linkKey: string }>> {
    const agencies = keys.map((key) => key.slice(0, key.indexOf('|')));
    const identifiers = keys.map((key) => key.slice(key.indexOf('|') + 1));
    return this.store.query(
      `SELECT ${YOUTH_COLUMNS}, wanted.agency || '|' || wanted.identifier AS "linkKey"
         FROM unnest($1::text[], $2::text[]) AS wanted (agency, identifier)
         JOIN agency_link found ON found.agency = wanted.agency AND found.identifier = wanted.identifier
         JOIN youth y ON y.youth_id = found.youth_id
         LEFT JOIN agency_link l ON l.youth_id = y.youth_id
        GROUP BY y.youth_id, wanted.agency, wanted.identifier`,
      [agencies, identifiers],
    );
  }

  /** Youth ids on a member's caseload: open MDTs the member currently sits on. */
  async caseloadYouthIds(userIds: readonly string[]): Promise<Array<{ userId: string; youthId: string }>> {
    return this.store.query(
      `SELECT DISTINCT member.user_id AS "userId", team.youth_id AS "youthId"
         FROM ${OPEN_SEATS} AND member.user_id = ANY($1::text[])
        ORDER BY team.youth_id`,
      [userIds],
    );
  }

  agencyLinks(youthIds: readonly string[]): Promise<AgencyLinkRow[]> {
    return this.store.query<AgencyLinkRow>(
      `SELECT youth_id AS "youthId", agency, identifier, linked_on AS "linkedOn", linked_by_user_id AS "linkedByUserId"
         FROM agency_link WHERE youth_id = ANY($1::text[]) ORDER BY agency`,
      [youthIds],
    );
  }

  people(userIds: readonly string[]): Promise<PersonRow[]> {
    return this.store.query<PersonRow>(
      `SELECT user_id AS "userId", display_name AS "displayName", agency, roles
         FROM program_user WHERE user_id = ANY($1::text[])`,
      [userIds],
    );
  }

  mdts(youthIds: readonly string[]): Promise<MdtRow[]> {
    return this.store.query<MdtRow>(
      `SELECT mdt_id AS id, youth_id AS "youthId", status, lead_agency AS "leadAgency",
              opened_on AS "openedOn", closed_on AS "closedOn"
         FROM mdt WHERE youth_id = ANY($1::text[])`,
      [youthIds],
    );
  }

  mdtMembers(mdtIds: readonly string[]): Promise<MdtMemberRow[]> {
    return this.store.query<MdtMemberRow>(
      `SELECT mdt_id AS "mdtId", user_id AS "userId", joined_on AS "joinedOn", left_on AS "leftOn"
         FROM mdt_member WHERE mdt_id = ANY($1::text[])
        ORDER BY (left_on IS NULL) DESC, joined_on, user_id`,
      [mdtIds],
    );
  }

  screenings(youthIds: readonly string[]): Promise<ScreeningRow[]> {
    return this.store.query<ScreeningRow>(
      `SELECT screening_id AS id, youth_id AS "youthId", tool, screened_on AS "screenedOn",
              screener_user_id AS "screenerUserId", level_of_concern AS "levelOfConcern"
         FROM screening WHERE youth_id = ANY($1::text[]) ORDER BY screened_on DESC, screening_id`,
      [youthIds],
    );
  }

  stagesOfChange(youthIds: readonly string[]): Promise<StageOfChangeRow[]> {
    return this.store.query<StageOfChangeRow>(
      `SELECT youth_id AS "youthId", stage, assessed_on AS "assessedOn", assessed_by_user_id AS "assessedByUserId"
         FROM stage_of_change WHERE youth_id = ANY($1::text[]) ORDER BY assessed_on DESC, recorded_at DESC NULLS LAST`,
      [youthIds],
    );
  }

  triggeringEvents(youthIds: readonly string[]): Promise<TriggeringEventRow[]> {
    return this.store.query<TriggeringEventRow>(
      `SELECT ${TRIGGERING_EVENT_COLUMNS}
         FROM triggering_event WHERE youth_id = ANY($1::text[]) ORDER BY occurred_on DESC, occurred_at DESC NULLS LAST, event_id`,
      [youthIds],
    );
  }

  investigations(youthIds: readonly string[]): Promise<InvestigationRow[]> {
    return this.store.query<InvestigationRow>(
      `SELECT investigation_id AS id, youth_id AS "youthId", reported_on AS "reportedOn",
              good_cause_extended_until AS "goodCauseExtendedUntil"
         FROM investigation WHERE youth_id = ANY($1::text[]) ORDER BY reported_on DESC, investigation_id`,
      [youthIds],
    );
  }

  safetyPlans(youthIds: readonly string[]): Promise<SafetyPlanRow[]> {
    return this.store.query<SafetyPlanRow>(`SELECT ${SAFETY_PLAN_COLUMNS} FROM safety_plan WHERE youth_id = ANY($1::text[])`, [youthIds]);
  }

  meetings(youthIds: readonly string[]): Promise<MeetingRow[]> {
    return this.store.query<MeetingRow>(
      `SELECT ${MEETING_COLUMNS}
         FROM mdt_meeting WHERE youth_id = ANY($1::text[])
        ORDER BY COALESCE(held_at, scheduled_for, held_on::timestamptz) DESC, meeting_id`,
      [youthIds],
    );
  }

  /** Records a revocation; undefined when the youth has no such consent. */
  /** In the write's transaction `tx`. */
  async recordConsentRevocation(tx: Queryable, youthId: string, consentId: string, revokedOn: string): Promise<ConsentRow | undefined> {
    const [consent] = await tx.query<ConsentRow>(
      `UPDATE consent SET revoked_on = $3::date
        WHERE consent_id = $2 AND youth_id = $1
        RETURNING consent_id AS id, youth_id AS "youthId", form, categories, recipients, purposes,
                  signed_by AS "signedBy", signed_on AS "signedOn", youth_age_at_signing AS "youthAgeAtSigning",
                  expires_on AS "expiresOn", revoked_on AS "revokedOn"`,
      [youthId, consentId, revokedOn],
    );
    return consent;
  }

  /** One page of a youth's accounting of disclosures: the audit lives in the CSEC program's own database, beside these records. */
  disclosureAccountingPage(youthId: string, first: number, after: AccountingPosition | undefined): Promise<PositionedAccountingRow[]> {
    return accountingOfDisclosuresFor(this.store, [youthId], { first, after });
  }

  consents(youthIds: readonly string[]): Promise<ConsentRow[]> {
    return this.store.query<ConsentRow>(
      `SELECT ${CONSENT_COLUMNS}
         FROM consent WHERE youth_id = ANY($1::text[]) ORDER BY signed_on DESC, consent_id`,
      [youthIds],
    );
  }

  /**
   * The policy's facts about the selected youth in one round trip, each youth's as one JSON value,
   * in the order the policy reads them: seats current first, consents and investigations newest
   * first. Of each MDT only the seats of `seatsOf` are read: the policy asks whether the person
   * decided for sits on the team, never who else does, so the others' names stay in the program's
   * records (minimum necessary). A table read here must have a trigger that changes the facts version
   * (migration 007), or a remembered answer outlives a change to it.
   */
  disclosureFacts(selection: FactsSelection, seatsOf: readonly string[]): Promise<YouthDisclosureFactsRow[]> {
    const [condition, parameter] =
      'youthIds' in selection
        ? ['y.youth_id = ANY($1::text[])', selection.youthIds]
        : [`y.youth_id IN (SELECT team.youth_id FROM ${OPEN_SEATS} AND member.user_id = $1)`, selection.caseloadOf];
    return this.store.query<YouthDisclosureFactsRow>(`${DISCLOSURE_FACTS} WHERE ${condition}`, [parameter, seatsOf]);
  }
}

/** Seats held today on open MDTs: a member's caseload. */
const OPEN_SEATS = `mdt_member member JOIN mdt team ON team.mdt_id = member.mdt_id
  WHERE member.left_on IS NULL AND team.status = 'OPEN'`;

const DISCLOSURE_FACTS = `
  SELECT y.youth_id AS "youthId", y.birth_date AS "birthDate", y.missing_since IS NOT NULL AS missing,
         COALESCE((SELECT plan.exploiter_is_threat FROM safety_plan plan WHERE plan.youth_id = y.youth_id), false) AS "exploiterIsThreat",
         (SELECT json_build_object('status', team.status, 'seats', COALESCE((
                   SELECT json_agg(json_build_object(
                            'userId', member.user_id, 'joinedOn', member.joined_on, 'leftOn', member.left_on)
                          ORDER BY (member.left_on IS NULL) DESC, member.joined_on, member.user_id)
                     FROM mdt_member member WHERE member.mdt_id = team.mdt_id AND member.user_id = ANY($2::text[])), '[]'::json))
            FROM mdt team WHERE team.youth_id = y.youth_id) AS mdt,
         COALESCE((SELECT json_agg(json_build_object(
                            'id', c.consent_id, 'form', c.form, 'categories', c.categories, 'recipients', c.recipients,
                            'purposes', c.purposes, 'signedBy', c.signed_by, 'signedOn', c.signed_on,
                            'youthAgeAtSigning', c.youth_age_at_signing, 'expiresOn', c.expires_on, 'revokedOn', c.revoked_on)
                          ORDER BY c.signed_on DESC, c.consent_id)
                     FROM consent c WHERE c.youth_id = y.youth_id), '[]'::json) AS consents,
         COALESCE((SELECT json_agg(json_build_object(
                            'id', i.investigation_id, 'reportedOn', i.reported_on, 'goodCauseExtendedUntil', i.good_cause_extended_until)
                          ORDER BY i.reported_on DESC, i.investigation_id)
                     FROM investigation i WHERE i.youth_id = y.youth_id), '[]'::json) AS investigations,
         COALESCE((SELECT json_object_agg(l.agency, l.identifier) FROM agency_link l WHERE l.youth_id = y.youth_id), '{}'::json) AS links
    FROM youth y`;
