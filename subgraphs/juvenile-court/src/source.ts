import type { CourtOrderFacts, ProceedingParticipation } from '../../../runtime/policy/policy-input.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';

/** The youth as this subgraph's `Youth` entity names them: by the court's party number, which the CSEC program links. */
export interface YouthReference {
  courtPartyNumber: string;
}

export interface CourtCaseRow {
  partyNumber: string;
  caseNumber: string;
  jurisdiction: 'DEPENDENCY' | 'DELINQUENCY';
  filedOn: string;
}

export interface HearingRow {
  caseNumber: string;
  date: string;
  type: 'DETENTION' | 'JURISDICTION' | 'DISPOSITION' | 'REVIEW' | 'PERMANENCY' | 'TERMINATION';
  /** Empty until the hearing is held and its minutes are entered. */
  minuteOrder: string | null;
}

export interface AttorneyOfRecordRow {
  caseNumber: string;
  name: string;
  represents: 'YOUTH' | 'PARENT' | 'CHILD_WELFARE_AGENCY' | 'PEOPLE';
}

export interface InspectionOrderRow {
  partyNumber: string;
  orderNumber: string;
  grantedOn: string;
  expiresOn: string;
  authorizedUserId: string | null;
  authorizedAgency: string | null;
  authorizedName: string;
  categories: string[];
  scope: string;
}

export interface ProceedingRow {
  partyNumber: string;
  proceedingId: string;
  kind: 'DEPENDENCY' | 'DELINQUENCY' | 'CRIMINAL';
}

export interface ProceedingParticipantRow {
  proceedingId: string;
  userId: string;
  role: 'PARTY' | 'INVESTIGATING' | 'COUNSEL' | 'WITNESS';
  from: string;
  until: string | null;
}

/** The juvenile court's facts about one party (a youth) that the disclosure policy decides on. */
export interface CourtFactsRow {
  partyNumber: string;
  courtOrders: CourtOrderFacts[];
  proceedingParticipations: ProceedingParticipation[];
}

const INSPECTION_ORDER_COLUMNS = `party_number AS "partyNumber", order_number AS "orderNumber", granted_on::text AS "grantedOn",
  expires_on::text AS "expiresOn", authorized_user_id AS "authorizedUserId", authorized_agency AS "authorizedAgency",
  authorized_name AS "authorizedName", categories, scope`;

/** Batched reads of the juvenile court's source, by party number: each call is one round trip for any number of youth. */
export class JuvenileCourtSource {
  private readonly store: RelationalStore;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  cases(partyNumbers: readonly string[]): Promise<CourtCaseRow[]> {
    return this.store.query<CourtCaseRow>(
      `SELECT party_number AS "partyNumber", case_number AS "caseNumber", jurisdiction, filed_on::text AS "filedOn"
         FROM court_case WHERE party_number = ANY($1::text[])
        ORDER BY party_number, filed_on DESC, case_number`,
      [partyNumbers],
    );
  }

  /** The hearings of the cases, set and held, the most recent first. */
  hearings(caseNumbers: readonly string[]): Promise<HearingRow[]> {
    return this.store.query<HearingRow>(
      `SELECT case_number AS "caseNumber", hearing_on::text AS date, hearing_type AS type, minute_order AS "minuteOrder"
         FROM court_hearing WHERE case_number = ANY($1::text[])
        ORDER BY case_number, hearing_on DESC, hearing_type`,
      [caseNumbers],
    );
  }

  attorneysOfRecord(caseNumbers: readonly string[]): Promise<AttorneyOfRecordRow[]> {
    return this.store.query<AttorneyOfRecordRow>(
      `SELECT case_number AS "caseNumber", name, represents
         FROM attorney_of_record WHERE case_number = ANY($1::text[])
        ORDER BY case_number, ordinal`,
      [caseNumbers],
    );
  }

  inspectionOrders(partyNumbers: readonly string[]): Promise<InspectionOrderRow[]> {
    return this.store.query<InspectionOrderRow>(
      `SELECT ${INSPECTION_ORDER_COLUMNS} FROM inspection_order WHERE party_number = ANY($1::text[])
        ORDER BY party_number, granted_on DESC, order_number`,
      [partyNumbers],
    );
  }

  proceedings(partyNumbers: readonly string[]): Promise<ProceedingRow[]> {
    return this.store.query<ProceedingRow>(
      `SELECT party_number AS "partyNumber", proceeding_id AS "proceedingId", kind
         FROM proceeding WHERE party_number = ANY($1::text[])
        ORDER BY party_number, proceeding_id`,
      [partyNumbers],
    );
  }

  participants(proceedingIds: readonly string[]): Promise<ProceedingParticipantRow[]> {
    return this.store.query<ProceedingParticipantRow>(
      `SELECT proceeding_id AS "proceedingId", user_id AS "userId", role, from_on::text AS "from", until_on::text AS "until"
         FROM proceeding_participant WHERE proceeding_id = ANY($1::text[])
        ORDER BY proceeding_id, from_on DESC, user_id, role`,
      [proceedingIds],
    );
  }

  /**
   * The policy's facts about the given parties (youth, by party number) in one round trip: the
   * orders that can decide for the requester, or for the people an explanation decides for
   * (`seatsOf`): those naming the requester
   * or the requester's agency, those naming one of the people, and, when there are such people, those
   * naming any agency; and the participations of the requester and those people in proceedings
   * about the youth. Expired orders and ended or future participations are facts too: the policy
   * decides which are in force on the county's date, so an answer remembered across midnight stays
   * right. The policy asks whether the person decided for takes part in a proceeding, never who else
   * does. A party with neither is absent.
   */
  disclosureFacts(
    partyNumbers: readonly string[],
    requester: { userId: string; agency: string },
    seatsOf: readonly string[],
  ): Promise<CourtFactsRow[]> {
    return this.store.query<CourtFactsRow>(
      // Each party's lists are built once, in lateral joins: as subqueries in the select list they
      // were built again by the filter that drops a party with neither.
      `SELECT wanted.party_number AS "partyNumber",
              COALESCE(orders.list, '[]'::json) AS "courtOrders",
              COALESCE(participations.list, '[]'::json) AS "proceedingParticipations"
         FROM unnest($1::text[]) AS wanted (party_number)
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object(
                    'id', o.order_number,
                    'recipient', CASE WHEN o.authorized_user_id IS NULL THEN json_build_object('agency', o.authorized_agency)
                                      ELSE json_build_object('userId', o.authorized_user_id) END,
                    'categories', o.categories, 'grantedOn', o.granted_on, 'expiresOn', o.expires_on)
                  ORDER BY o.granted_on DESC, o.order_number) AS list
             FROM inspection_order o
            WHERE o.party_number = wanted.party_number
              AND (o.authorized_user_id = $2 OR o.authorized_agency = $3 OR o.authorized_user_id = ANY($4::text[])
                   OR (cardinality($4::text[]) > 0 AND o.authorized_agency IS NOT NULL))
         ) orders ON true
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object(
                    'proceedingId', p.proceeding_id, 'kind', p.kind, 'userId', part.user_id, 'role', part.role,
                    'from', part.from_on, 'until', part.until_on)
                  ORDER BY part.from_on DESC, p.proceeding_id, part.user_id, part.role) AS list
             FROM proceeding p JOIN proceeding_participant part ON part.proceeding_id = p.proceeding_id
            WHERE p.party_number = wanted.party_number AND (part.user_id = $2 OR part.user_id = ANY($4::text[]))
         ) participations ON true
        WHERE orders.list IS NOT NULL OR participations.list IS NOT NULL
        ORDER BY wanted.party_number`,
      [partyNumbers, requester.userId, requester.agency, seatsOf],
    );
  }

  /**
   * Stores, for a party (the court's own for the youth, added if the court did not know them), a case
   * filed today whose case number and attorney of record hold the marker: the conformance kit's test
   * hook, never in production. It adds no order, so it opens nothing.
   */
  async plant(partyNumber: string, marker: string): Promise<void> {
    // The kit plants one marker for several parties; a case number is the court's, one case each.
    const caseNumber = `${marker} ${partyNumber}`;
    await this.store.transaction(async (tx) => {
      await tx.query('INSERT INTO court_party (party_number) VALUES ($1) ON CONFLICT DO NOTHING', [partyNumber]);
      await tx.query(
        `INSERT INTO court_case (case_number, party_number, jurisdiction, filed_on) VALUES ($1, $2, 'DEPENDENCY', CURRENT_DATE)`,
        [caseNumber, partyNumber],
      );
      await tx.query(`INSERT INTO attorney_of_record (case_number, ordinal, name, represents) VALUES ($1, 0, $2, 'YOUTH')`, [
        caseNumber,
        marker,
      ]);
    });
  }
}
