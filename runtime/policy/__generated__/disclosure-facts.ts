/* Generated from schema/disclosure-facts.schema.json by `npm run codegen`. Do not edit. */

export interface DisclosureFactsAnswers {
  csecFactsAnswer?: CsecFactsAnswer;
  csecYouthFacts?: CsecYouthFacts;
  mdtSeat?: MdtSeat;
  consent?: ConsentFactsAnswer;
  investigation?: InvestigationFacts;
  proceedingParticipation?: ProceedingParticipationFacts;
  childWelfareFactsAnswer?: ChildWelfareFactsAnswer;
  probationFactsAnswer?: ProbationFactsAnswer;
  juvenileCourtFactsAnswer?: JuvenileCourtFactsAnswer;
  courtOrder?: CourtOrderFactsAnswer;
}
/**
 * The CSEC program's answer: by youth id, its facts, and the facts version they were read at (csec migration 007).
 */
export interface CsecFactsAnswer {
  youth: {
    [k: string]: CsecYouthFacts;
  };
  factsVersion: string;
}
/**
 * The CSEC program's facts about one youth. `members` names only the requester and the people asked about in `seatsOf`.
 */
export interface CsecYouthFacts {
  birthDate: string;
  mdt: null | {
    status: 'OPEN' | 'CLOSED';
    members: MdtSeat[];
  };
  consents: ConsentFactsAnswer[];
  investigations: InvestigationFacts[];
  exploiterIsThreat: boolean;
  missing: boolean;
  /**
   * The identifier each agency keeps for the youth, as the MDT linked them, by agency (subgraphs/registry.ts).
   */
  links: {
    [k: string]: string;
  };
}
export interface MdtSeat {
  userId: string;
  joinedOn: string;
  leftOn: string | null;
}
export interface ConsentFactsAnswer {
  id: string;
  form: string;
  categories: string[];
  recipients: {
    userId?: string;
    role?: string;
    agency?: string;
  }[];
  purposes: string[];
  signedBy: string;
  signedOn: string;
  youthAgeAtSigning: number;
  expiresOn: string | null;
  revokedOn: string | null;
}
export interface InvestigationFacts {
  id: string;
  reportedOn: string;
  goodCauseExtendedUntil: string | null;
}
/**
 * A person's part in a proceeding about the youth, as the juvenile court records it, from `from` to `until`, both days included (`until` null: not ended).
 */
export interface ProceedingParticipationFacts {
  proceedingId: string;
  kind: 'DEPENDENCY' | 'DELINQUENCY' | 'CRIMINAL';
  userId: string;
  role: 'PARTY' | 'INVESTIGATING' | 'COUNSEL' | 'WITNESS';
  from: string;
  until: string | null;
}
/**
 * Child welfare's answer to {"clientIds": [...]}: each client's assigned social worker (user id), null when none.
 */
export interface ChildWelfareFactsAnswer {
  clients: {
    [k: string]: {
      assignedSocialWorker: string | null;
    };
  };
}
/**
 * Probation's answer to {"probationNumbers": [...]}: each juvenile's assigned officer, and whether a petition of the open record has been adjudicated (sealed and vacated petitions never count).
 */
export interface ProbationFactsAnswer {
  juveniles: {
    [k: string]: {
      assignedOfficer: string | null;
      adjudicated: boolean;
    };
  };
}
/**
 * The juvenile court's answer to {"partyNumbers": [...]}, optionally with "seatsOf": [...]: by the court's party number for the youth (the identifier the CSEC program links), the W&IC 827 orders naming the requester or the requester's agency, and the participations of the requester in proceedings about the youth, past and future included (with `seatsOf`, also the orders and participations of those people, and the orders naming any agency); a party with neither is absent.
 */
export interface JuvenileCourtFactsAnswer {
  parties: {
    [k: string]: {
      courtOrders: CourtOrderFactsAnswer[];
      proceedingParticipations: ProceedingParticipationFacts[];
    };
  };
}
/**
 * A granted W&IC 827 petition: whom it names (a user id or an agency), the categories of the juvenile case file it opens, and its period, both days included.
 */
export interface CourtOrderFactsAnswer {
  id: string;
  recipient: {
    userId?: string;
    agency?: string;
  };
  categories: string[];
  grantedOn: string;
  expiresOn: string;
}
