import type { RelationalStore } from '../../../runtime/relational-store.ts';

/** The youth as this subgraph's `Youth` entity names them: by the CSEC program's youth id. */
export interface YouthReference {
  id: string;
}

export interface CourtCaseRow {
  youthId: string;
  caseNumber: string;
  jurisdiction: 'DEPENDENCY' | 'DELINQUENCY';
  filedOn: string;
  nextHearingOn: string | null;
  nextHearingType: 'DETENTION' | 'JURISDICTION' | 'DISPOSITION' | 'REVIEW' | 'PERMANENCY' | 'TERMINATION' | null;
}

export interface AttorneyOfRecordRow {
  caseNumber: string;
  name: string;
  represents: 'YOUTH' | 'PARENT' | 'CHILD_WELFARE_AGENCY' | 'PEOPLE';
}

export interface InspectionOrderRow {
  youthId: string;
  orderNumber: string;
  grantedOn: string;
  expiresOn: string;
  authorizedUserId: string | null;
  authorizedAgency: string | null;
  authorizedName: string;
  categories: string[];
  scope: string;
}

const INSPECTION_ORDER_COLUMNS = `youth_id AS "youthId", order_number AS "orderNumber", granted_on::text AS "grantedOn",
  expires_on::text AS "expiresOn", authorized_user_id AS "authorizedUserId", authorized_agency AS "authorizedAgency",
  authorized_name AS "authorizedName", categories, scope`;

/** Batched reads of the juvenile court's source: each call is one round trip for any number of youth. */
export class JuvenileCourtSource {
  private readonly store: RelationalStore;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  cases(youthIds: readonly string[]): Promise<CourtCaseRow[]> {
    return this.store.query<CourtCaseRow>(
      `SELECT youth_id AS "youthId", case_number AS "caseNumber", jurisdiction, filed_on::text AS "filedOn",
              next_hearing_on::text AS "nextHearingOn", next_hearing_type AS "nextHearingType"
         FROM court_case WHERE youth_id = ANY($1::text[])
        ORDER BY youth_id, filed_on DESC, case_number`,
      [youthIds],
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

  inspectionOrders(youthIds: readonly string[]): Promise<InspectionOrderRow[]> {
    return this.store.query<InspectionOrderRow>(
      `SELECT ${INSPECTION_ORDER_COLUMNS} FROM inspection_order WHERE youth_id = ANY($1::text[])
        ORDER BY youth_id, granted_on DESC, order_number`,
      [youthIds],
    );
  }

  /**
   * The orders about the given youth that can decide for the requester, or for the people an
   * explanation decides for (`seatsOf`): those naming the requester or the requester's agency, those
   * naming one of the people, and, when there are such people, those naming any agency.
   */
  inspectionOrdersNaming(youthIds: readonly string[], requester: { userId: string; agency: string }, seatsOf: readonly string[]): Promise<InspectionOrderRow[]> {
    return this.store.query<InspectionOrderRow>(
      `SELECT ${INSPECTION_ORDER_COLUMNS} FROM inspection_order
        WHERE youth_id = ANY($1::text[])
          AND (authorized_user_id = $2 OR authorized_agency = $3 OR authorized_user_id = ANY($4::text[])
               OR (cardinality($4::text[]) > 0 AND authorized_agency IS NOT NULL))
        ORDER BY youth_id, granted_on DESC, order_number`,
      [youthIds, requester.userId, requester.agency, seatsOf],
    );
  }

  /**
   * Stores, for a youth, a case filed today whose case number and attorney of record hold the marker:
   * the conformance kit's test hook, never in production. It adds no order, so it opens nothing.
   */
  async plant(youthId: string, marker: string): Promise<void> {
    // The kit plants one marker for several youth; a case number is the court's, one case each.
    const caseNumber = `${marker} ${youthId}`;
    await this.store.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO court_case (case_number, youth_id, jurisdiction, filed_on, next_hearing_on, next_hearing_type)
         VALUES ($1, $2, 'DEPENDENCY', CURRENT_DATE, NULL, NULL)`,
        [caseNumber, youthId],
      );
      await tx.query(`INSERT INTO attorney_of_record (case_number, ordinal, name, represents) VALUES ($1, 0, $2, 'YOUTH')`, [caseNumber, marker]);
    });
  }
}
