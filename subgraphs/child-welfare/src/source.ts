import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';

/** Rows as the child welfare source holds them, keyed by client id. */
export interface ClientRow {
  clientId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  assignedSocialWorkerId: string | null;
  assignedSocialWorkerName: string | null;
}

export interface CaseRow {
  caseNumber: string;
  clientId: string;
  status: 'OPEN' | 'CLOSED';
  serviceComponent: 'EMERGENCY_RESPONSE' | 'FAMILY_MAINTENANCE' | 'FAMILY_REUNIFICATION' | 'PERMANENT_PLACEMENT';
  openedOn: string;
  closedOn: string | null;
}

export interface AllegationRow {
  allegationType: string;
  disposition: string;
}

export interface ReferralRow {
  referralId: string;
  clientId: string;
  receivedOn: string;
  allegations: AllegationRow[];
}

export interface PlacementRow {
  placementId: string;
  clientId: string;
  placementType: string;
  facilityName: string;
  address: { line1: string; line2: string | null; city: string; state: string; postalCode: string };
  startedOn: string;
  endedOn: string | null;
  endReason: string | null;
}

export interface CasePlanRow {
  clientId: string;
  updatedOn: string;
  goals: string[];
}

export interface CourtHearingRow {
  hearingId: string;
  clientId: string;
  hearingType: string;
  scheduledFor: string;
  department: string;
  outcome: string | null;
}

/** Batched reads of the child welfare source: each call is one round trip for any number of clients. */
export class ChildWelfareSource {
  private readonly store: Queryable;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  clients(clientIds: readonly string[]): Promise<ClientRow[]> {
    return this.store.query<ClientRow>(
      `SELECT client_id AS "clientId", first_name AS "firstName", last_name AS "lastName",
              birth_date AS "birthDate", assigned_social_worker_id AS "assignedSocialWorkerId",
              assigned_social_worker_name AS "assignedSocialWorkerName"
         FROM client WHERE client_id = ANY($1::text[])`,
      [clientIds],
    );
  }

  cases(clientIds: readonly string[]): Promise<CaseRow[]> {
    return this.store.query<CaseRow>(
      `SELECT DISTINCT ON (client_id) case_number AS "caseNumber", client_id AS "clientId", status,
              service_component AS "serviceComponent", opened_on AS "openedOn", closed_on AS "closedOn"
         FROM case_record WHERE client_id = ANY($1::text[])
        ORDER BY client_id, opened_on DESC`,
      [clientIds],
    );
  }

  referrals(clientIds: readonly string[]): Promise<ReferralRow[]> {
    return this.store.query<ReferralRow>(
      `SELECT r.referral_id AS "referralId", r.client_id AS "clientId", r.received_on AS "receivedOn",
              COALESCE(json_agg(json_build_object('allegationType', a.allegation_type, 'disposition', a.disposition)
                                ORDER BY a.ordinal) FILTER (WHERE a.referral_id IS NOT NULL), '[]') AS allegations
         FROM referral r LEFT JOIN allegation a ON a.referral_id = r.referral_id
        WHERE r.client_id = ANY($1::text[])
        GROUP BY r.referral_id
        ORDER BY r.received_on DESC, r.referral_id`,
      [clientIds],
    );
  }

  placements(clientIds: readonly string[]): Promise<PlacementRow[]> {
    return this.store.query<PlacementRow>(
      `SELECT placement_id AS "placementId", client_id AS "clientId", placement_type AS "placementType",
              facility_name AS "facilityName",
              json_build_object('line1', address_line1, 'line2', address_line2, 'city', city,
                                'state', state, 'postalCode', postal_code) AS address,
              started_on AS "startedOn", ended_on AS "endedOn", end_reason AS "endReason"
         FROM placement WHERE client_id = ANY($1::text[])
        ORDER BY started_on DESC, placement_id`,
      [clientIds],
    );
  }

  casePlans(clientIds: readonly string[]): Promise<CasePlanRow[]> {
    return this.store.query<CasePlanRow>(
      `SELECT client_id AS "clientId", updated_on AS "updatedOn", goals
         FROM case_plan WHERE client_id = ANY($1::text[])`,
      [clientIds],
    );
  }

  courtHearings(clientIds: readonly string[]): Promise<CourtHearingRow[]> {
    return this.store.query<CourtHearingRow>(
      `SELECT hearing_id AS "hearingId", client_id AS "clientId", hearing_type AS "hearingType",
              scheduled_for AS "scheduledFor", department, outcome
         FROM court_hearing WHERE client_id = ANY($1::text[])
        ORDER BY scheduled_for DESC, hearing_id`,
      [clientIds],
    );
  }

  /** The assigned social worker of each client, and nothing else about them. */
  assignedSocialWorkers(clientIds: readonly string[]): Promise<Array<{ clientId: string; assignedSocialWorkerId: string | null }>> {
    return this.store.query(
      `SELECT client_id AS "clientId", assigned_social_worker_id AS "assignedSocialWorkerId"
         FROM client WHERE client_id = ANY($1::text[])`,
      [clientIds],
    );
  }
}
