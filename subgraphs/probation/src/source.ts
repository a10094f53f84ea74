import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';

/** Rows as the juvenile probation source holds them, keyed by probation number. */
export interface JuvenileRow {
  probationNumber: string;
  bookedName: string;
  birthDate: string;
  assignedOfficerId: string | null;
  assignedOfficerName: string | null;
}

export interface IntakeReferralRow {
  referralNumber: string;
  probationNumber: string;
  receivedOn: string;
  source: 'LAW_ENFORCEMENT' | 'SCHOOL' | 'PARENT' | 'CHILD_WELFARE' | 'OTHER';
  offense: string;
  outcome: 'CLOSED_AT_INTAKE' | 'INFORMAL_SUPERVISION' | 'PETITION_FILED' | 'DIVERTED' | 'PENDING';
}

/** A petition that is neither sealed nor vacated: the only kind this source ever returns. */
export interface PetitionRow {
  petitionNumber: string;
  probationNumber: string;
  filedOn: string;
  section: 'WIC_601' | 'WIC_602';
  charges: string[];
  disposition:
    | 'DISMISSED'
    | 'INFORMAL_PROBATION_654_2'
    | 'WARDSHIP_PROBATION'
    | 'NON_WARD_PROBATION_725A'
    | 'DEFERRED_ENTRY_OF_JUDGMENT'
    | 'PLACEMENT'
    | null;
  adjudicatedOn: string | null;
}

export interface ConditionRow {
  probationNumber: string;
  condition: string;
  imposedOn: string;
}

export interface WarrantRow {
  warrantNumber: string;
  probationNumber: string;
  issuedOn: string;
  status: 'ACTIVE' | 'RECALLED' | 'SERVED';
}

/**
 * Petitions that are part of the open record. Sealed (W&IC 781, 786, 786.5) and vacated
 * (PC 236.14) petitions fail this condition in SQL, so not a row, a count or a marker of them
 * reaches a resolver.
 */
const OPEN_RECORD = 'sealed_on IS NULL AND vacated_on IS NULL';

/**
 * Batched reads of the juvenile probation source: each call is one round trip for any number of
 * juveniles.
 *
 * Every read here is of the open record only. Reading sealed petitions for the narrow W&IC 786(f)
 * purposes would be a separate method with its own loader, built into a request's context only
 * when that request's policy decision allows it; the reads here, and what is derived from them
 * (such as `adjudicated`), stay the same for every other request.
 */
export class ProbationSource {
  private readonly store: Queryable;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  juveniles(probationNumbers: readonly string[]): Promise<JuvenileRow[]> {
    return this.store.query<JuvenileRow>(
      `SELECT probation_number AS "probationNumber", booked_name AS "bookedName",
              date_of_birth AS "birthDate", assigned_officer_id AS "assignedOfficerId",
              assigned_officer_name AS "assignedOfficerName"
         FROM juvenile WHERE probation_number = ANY($1::text[])`,
      [probationNumbers],
    );
  }

  referrals(probationNumbers: readonly string[]): Promise<IntakeReferralRow[]> {
    return this.store.query<IntakeReferralRow>(
      `SELECT referral_number AS "referralNumber", probation_number AS "probationNumber",
              received_on AS "receivedOn", source, offense, outcome
         FROM intake_referral WHERE probation_number = ANY($1::text[])
        ORDER BY received_on DESC, referral_number`,
      [probationNumbers],
    );
  }

  petitions(probationNumbers: readonly string[]): Promise<PetitionRow[]> {
    return this.store.query<PetitionRow>(
      `SELECT petition_number AS "petitionNumber", probation_number AS "probationNumber",
              filed_on AS "filedOn", section, charges, disposition, adjudicated_on AS "adjudicatedOn"
         FROM petition WHERE probation_number = ANY($1::text[]) AND ${OPEN_RECORD}
        ORDER BY filed_on DESC, petition_number`,
      [probationNumbers],
    );
  }

  conditions(probationNumbers: readonly string[]): Promise<ConditionRow[]> {
    return this.store.query<ConditionRow>(
      `SELECT probation_number AS "probationNumber", condition, imposed_on AS "imposedOn"
         FROM probation_condition WHERE probation_number = ANY($1::text[])
        ORDER BY imposed_on DESC, ordinal`,
      [probationNumbers],
    );
  }

  warrants(probationNumbers: readonly string[]): Promise<WarrantRow[]> {
    return this.store.query<WarrantRow>(
      `SELECT warrant_number AS "warrantNumber", probation_number AS "probationNumber",
              issued_on AS "issuedOn", status
         FROM warrant WHERE probation_number = ANY($1::text[])
        ORDER BY issued_on DESC, warrant_number`,
      [probationNumbers],
    );
  }

  /**
   * Each juvenile's assigned officer and whether a petition of the open record has been
   * adjudicated: what `ProbationJuvenile.adjudicated` means, so sealed and vacated petitions
   * never count.
   */
  supervisionFacts(
    probationNumbers: readonly string[],
  ): Promise<Array<{ probationNumber: string; assignedOfficerId: string | null; adjudicated: boolean }>> {
    return this.store.query(
      `SELECT j.probation_number AS "probationNumber", j.assigned_officer_id AS "assignedOfficerId",
              EXISTS (SELECT 1 FROM petition p
                       WHERE p.probation_number = j.probation_number AND p.adjudicated_on IS NOT NULL
                         AND ${OPEN_RECORD}) AS adjudicated
         FROM juvenile j WHERE j.probation_number = ANY($1::text[])`,
      [probationNumbers],
    );
  }
}
