/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A date and time with offset, ISO 8601. */
  DateTime: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  join__FieldValue: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

/** The access matrix of the sharing policy in force, for one purpose of use. */
export type AccessMatrix = {
  __typename?: 'AccessMatrix';
  /** The kinds of information of the policy, in its order. */
  categories?: Maybe<Array<AccessMatrixCategory>>;
  /** One cell for each role and kind of information. */
  cells?: Maybe<Array<AccessMatrixCell>>;
  /** The moment every cell is decided at, so that decisions which depend on dates can be reproduced. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The policy revision in force that decided every cell, for example sha256:1f2e3d4c5b6a7980. */
  policyRevision?: Maybe<Scalars['String']['output']>;
  /** The purpose of use the cells are decided for. */
  purposeOfUse?: Maybe<Scalars['String']['output']>;
  /** The purposes of use a matrix can be read for. */
  purposes?: Maybe<Array<AccessMatrixPurpose>>;
  /** The roles of the policy, in its order. */
  roles?: Maybe<Array<AccessMatrixRole>>;
};

/** A kind of information of the sharing policy. */
export type AccessMatrixCategory = {
  __typename?: 'AccessMatrixCategory';
  /** The category's code, for example EDUCATION. */
  code?: Maybe<Scalars['String']['output']>;
  /** The law that protects this kind of information. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** The kind of information in words. */
  title?: Maybe<Scalars['String']['output']>;
};

/** One role and kind of information, for the matrix's purpose of use. */
export type AccessMatrixCell = {
  __typename?: 'AccessMatrixCell';
  /** The category's code. */
  category?: Maybe<Scalars['String']['output']>;
  /** The legal basis of that rule. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** Allowed, allowed under conditions, or withheld. */
  outcome?: Maybe<AccessMatrixOutcome>;
  /** The role's code. */
  role?: Maybe<Scalars['String']['output']>;
  /** The rule that opens it where it is open (an agreement clause or a statute), otherwise the rule that withholds it. */
  rule?: Maybe<Scalars['String']['output']>;
  /** The decision in each situation looked at, the usual one (baseline) first. */
  situations?: Maybe<Array<AccessMatrixSituation>>;
};

/** What the policy decides for a role and a kind of information, across the situations it depends on. */
export type AccessMatrixOutcome =
  /** Allowed in every situation the matrix looks at. */
  | 'ALLOWED'
  /** Allowed in some situations only (for example with a consent in force, or while on the youth's team). */
  | 'CONDITIONAL'
  /** Withheld in every situation the matrix looks at. */
  | 'WITHHELD';

/** A purpose of use of the sharing policy. */
export type AccessMatrixPurpose = {
  __typename?: 'AccessMatrixPurpose';
  /** The purpose's code, for example CSEC-MDT. */
  code?: Maybe<Scalars['String']['output']>;
  /** The purpose in words. */
  title?: Maybe<Scalars['String']['output']>;
};

/** A role of the sharing policy. */
export type AccessMatrixRole = {
  __typename?: 'AccessMatrixRole';
  /** The role's code, for example SOCIAL_WORKER. */
  code?: Maybe<Scalars['String']['output']>;
  /** The role in words. */
  title?: Maybe<Scalars['String']['output']>;
};

/** The policy's decision for a role and a kind of information in one situation. */
export type AccessMatrixSituation = {
  __typename?: 'AccessMatrixSituation';
  /** Whether the policy allows it in this situation. */
  allowed?: Maybe<Scalars['Boolean']['output']>;
  /** Its legal basis. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** Codes of the obligations that come with the information, for example MDT_CONFIDENTIAL. */
  obligations?: Maybe<Array<Scalars['String']['output']>>;
  /** The rule that decided. */
  rule?: Maybe<Scalars['String']['output']>;
  /**
   * What differs from the usual situation (baseline: an active member of the youth's open MDT and
   * assigned worker; the youth is 15, with no consent, investigation or court matter on file).
   */
  situation?: Maybe<Scalars['String']['output']>;
};

/** One record an accounting entry's fields listed: which, how its source filed it, whether it was sent. Never the record itself. */
export type AccountedRecord = {
  __typename?: 'AccountedRecord';
  /** The part of the youth's record it was filed under, for example SUBSTANCE_USE. */
  area?: Maybe<Scalars['String']['output']>;
  /** What put it there: LABEL, CODE, CONTEXT, UNDETERMINED or NO_MATCH. */
  basis?: Maybe<Scalars['String']['output']>;
  /** The piece of information that listed it, as type and field. */
  field?: Maybe<Scalars['String']['output']>;
  /** The filing rule in words: the label, the code and its value set with their version, or the record it belongs to. */
  filedBy?: Maybe<Scalars['String']['output']>;
  /** The source's name for the record, for example Condition/123. */
  record?: Maybe<Scalars['ID']['output']>;
  /** Whether the record's own labels let it go to the person; false when its source kept it back. */
  sent?: Maybe<Scalars['Boolean']['output']>;
};

/** A street address. */
export type Address = {
  __typename?: 'Address';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Street line. */
  line1?: Maybe<Scalars['String']['output']>;
  /** Unit or second line. */
  line2?: Maybe<Scalars['String']['output']>;
  /** ZIP code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Two-letter state code. */
  state?: Maybe<Scalars['String']['output']>;
};

/** A county agency or partner organization. */
export type Agency =
  /** A community survivor advocacy organization. */
  | 'ADVOCACY_ORGANIZATION'
  /** County behavioral health. */
  | 'BEHAVIORAL_HEALTH'
  /** The youth's caregivers. */
  | 'CAREGIVER_HOUSEHOLD'
  /** The Court Appointed Special Advocate program. */
  | 'CASA_PROGRAM'
  /** County child welfare services. */
  | 'CHILD_WELFARE'
  /** County administration (privacy office, counsel). */
  | 'COUNTY_ADMINISTRATION'
  /** The county CSEC program. */
  | 'CSEC_PROGRAM'
  /** Counsel appointed for the youth. */
  | 'DEPENDENCY_COUNSEL'
  /** The district attorney's office. */
  | 'DISTRICT_ATTORNEY'
  /** County office of education. */
  | 'EDUCATION'
  /** A law enforcement agency. */
  | 'LAW_ENFORCEMENT'
  /** County juvenile probation. */
  | 'PROBATION'
  /** County public health. */
  | 'PUBLIC_HEALTH';

/** A deliberate link, recorded by the MDT, from the youth to one agency's record. */
export type AgencyLink = {
  __typename?: 'AgencyLink';
  /** The agency whose record is linked. */
  agency?: Maybe<SourceAgency>;
  /** That agency's own identifier for the youth. */
  identifier?: Maybe<Scalars['ID']['output']>;
  /** Who made the link. */
  linkedBy?: Maybe<ProgramStaff>;
  /** When the link was made. */
  linkedOn?: Maybe<Scalars['Date']['output']>;
};

/** Whether a link was made or removed. */
export type AgencyLinkAction =
  /** The youth was linked to the agency's record. */
  | 'LINKED'
  /** The link was removed. */
  | 'UNLINKED';

/** One link or unlink of the youth to an agency's record, as the MDT recorded it. */
export type AgencyLinkChange = {
  __typename?: 'AgencyLinkChange';
  /** Linked or unlinked. */
  action?: Maybe<AgencyLinkAction>;
  /** The agency whose record it is. */
  agency?: Maybe<SourceAgency>;
  /** When. */
  changedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who. */
  changedBy?: Maybe<ProgramStaff>;
  /** That agency's identifier. */
  identifier?: Maybe<Scalars['ID']['output']>;
  /** Why, in the words of the member who did it. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** A link to make between the youth and an agency's record. */
export type AgencyLinkInput = {
  /** The agency whose record it is. */
  agency: SourceAgency;
  /** That agency's own identifier for the youth, exactly as the agency writes it. */
  identifier: Scalars['ID']['input'];
  /** Why the MDT links them, for example how the identity was confirmed (at most 500 characters). */
  reason: Scalars['String']['input'];
};

/** One agreement clause and whether it opens a piece of information for a request. */
export type AgreementClauseFinding = {
  __typename?: 'AgreementClauseFinding';
  /** The clause, for example IAP-2025-4.1. */
  clause?: Maybe<Scalars['String']['output']>;
  /** The law or agreement the clause implements. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** Whether the clause opens the information for this person, purpose and youth. */
  opens?: Maybe<Scalars['Boolean']['output']>;
  /** Why it does not, in plain words; empty when it does. */
  problems?: Maybe<Array<Scalars['String']['output']>>;
};

/** One allegation in a referral. */
export type Allegation = {
  __typename?: 'Allegation';
  /** Kind of maltreatment alleged. */
  allegationType?: Maybe<AllegationType>;
  /** How the allegation was disposed. */
  disposition?: Maybe<AllegationDisposition>;
};

/** How an allegation was disposed. */
export type AllegationDisposition =
  /** Inconclusive. */
  | 'INCONCLUSIVE'
  /** Investigation still open. */
  | 'PENDING'
  /** Substantiated. */
  | 'SUBSTANTIATED'
  /** Unfounded. */
  | 'UNFOUNDED';

/** Kind of maltreatment alleged. */
export type AllegationType =
  /** Caretaker absence or incapacity. */
  | 'CARETAKER_ABSENCE'
  /** Commercial sexual exploitation (W&IC 300(b)(2)). */
  | 'COMMERCIAL_SEXUAL_EXPLOITATION'
  /** Emotional abuse. */
  | 'EMOTIONAL_ABUSE'
  /** General neglect. */
  | 'GENERAL_NEGLECT'
  /** Physical abuse. */
  | 'PHYSICAL_ABUSE'
  /** Severe neglect. */
  | 'SEVERE_NEGLECT'
  /** Sexual abuse. */
  | 'SEXUAL_ABUSE';

/** The deputy probation officer assigned to the youth. */
export type AssignedOfficer = {
  __typename?: 'AssignedOfficer';
  /** The officer's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The officer's user id. */
  userId: Scalars['ID']['output'];
};

/** A county worker assigned to the youth. */
export type AssignedWorker = {
  __typename?: 'AssignedWorker';
  /** The worker's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The worker's user id. */
  userId: Scalars['ID']['output'];
};

/** An attorney of record in a juvenile court case. */
export type AttorneyOfRecord = {
  __typename?: 'AttorneyOfRecord';
  /** The attorney's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Whom the attorney represents. */
  represents?: Maybe<CaseParty>;
};

/**
 * A granted W&IC 827 petition: the juvenile court lets the person or agency it names inspect the
 * youth's juvenile case file, for the parts it names, until it expires.
 */
export type CaseFileInspectionOrder = {
  __typename?: 'CaseFileInspectionOrder';
  /** The person or agency the order authorizes, as the order names them. */
  authorized?: Maybe<Scalars['String']['output']>;
  /** The last day the order allows inspection. */
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** The day the court granted the petition. */
  grantedOn?: Maybe<Scalars['Date']['output']>;
  /** The court's number for the order. */
  orderNumber?: Maybe<Scalars['String']['output']>;
  /** The parts of the case file the order opens, in the court's words. */
  scope?: Maybe<Scalars['String']['output']>;
};

/** Whom an attorney of record represents in a juvenile court case. */
export type CaseParty =
  /** The county child welfare agency. */
  | 'CHILD_WELFARE_AGENCY'
  /** A parent or guardian of the youth. */
  | 'PARENT'
  /** The People, in a delinquency case (the district attorney). */
  | 'PEOPLE'
  /** The youth. */
  | 'YOUTH';

/** The youth's case plan. */
export type CasePlan = {
  __typename?: 'CasePlan';
  /** The plan's goals, in the worker's words. */
  goals?: Maybe<Array<Scalars['String']['output']>>;
  /** When the plan was last updated. */
  updatedOn?: Maybe<Scalars['Date']['output']>;
};

/** Status of a case. */
export type CaseStatus =
  /** The case is closed. */
  | 'CLOSED'
  /** The case is open. */
  | 'OPEN';

/** A child welfare case. */
export type ChildWelfareCase = {
  __typename?: 'ChildWelfareCase';
  /** Case number. */
  caseNumber: Scalars['ID']['output'];
  /** When the case was closed. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** When the case was opened. */
  openedOn?: Maybe<Scalars['Date']['output']>;
  /** The service component the case is in. */
  serviceComponent?: Maybe<ServiceComponent>;
  /** Whether the case is open. */
  status?: Maybe<CaseStatus>;
};

/** A child welfare client: the youth as recorded by the county's child welfare agency. */
export type ChildWelfareClient = {
  __typename?: 'ChildWelfareClient';
  /** The social worker carrying the youth's case. */
  assignedSocialWorker?: Maybe<AssignedWorker>;
  /** Date of birth as recorded by child welfare. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** The youth's child welfare case, if one is open or was opened. */
  case?: Maybe<ChildWelfareCase>;
  /** The current case plan. */
  casePlan?: Maybe<CasePlan>;
  /** Child welfare client id. */
  clientId: Scalars['ID']['output'];
  /** Dependency court hearings, newest first. */
  courtHearings?: Maybe<Array<CourtHearing>>;
  /** Where the youth lives now, if in an out-of-home placement. */
  currentPlacement?: Maybe<Placement>;
  /** First name as recorded by child welfare. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Where the youth was last known to live: the current placement, or the latest one (for a missing youth, the one the youth left). */
  lastKnownPlacement?: Maybe<Placement>;
  /** Last name as recorded by child welfare. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Every placement, newest first. */
  placements?: Maybe<Array<Placement>>;
  /** Hotline referrals about the youth and their allegations, newest first. The reporter is never shown. */
  referrals?: Maybe<Array<ChildWelfareReferral>>;
};

/** A hotline referral about the youth. */
export type ChildWelfareReferral = {
  __typename?: 'ChildWelfareReferral';
  /** The allegations the referral made and how each was disposed. */
  allegations?: Maybe<Array<Allegation>>;
  /** When the hotline received the referral. */
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** Referral id. */
  referralId: Scalars['ID']['output'];
};

/** A consent or authorization to disclose the youth's records. */
export type Consent = {
  __typename?: 'Consent';
  /** The information categories it covers. */
  categories?: Maybe<Array<Scalars['String']['output']>>;
  /** What is disclosed, in the form's words, when recorded through this system. */
  description?: Maybe<Scalars['String']['output']>;
  /** From whom: the program or agency it permits to disclose, when recorded through this system. */
  disclosingProgram?: Maybe<Scalars['String']['output']>;
  /** When it expires. */
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** The event on which it expires, when it expires on an event. */
  expiryEvent?: Maybe<Scalars['String']['output']>;
  /** The form it was given on. */
  form?: Maybe<ConsentForm>;
  /** Consent id. */
  id: Scalars['ID']['output'];
  /** The purposes of use it allows. */
  purposes?: Maybe<Array<Scalars['String']['output']>>;
  /** Who may receive the records. */
  recipients?: Maybe<Array<ConsentRecipient>>;
  /** Who recorded it, when recorded through this system. */
  recordedBy?: Maybe<ProgramStaff>;
  /** When it was revoked. */
  revokedOn?: Maybe<Scalars['Date']['output']>;
  /** Who signed it. */
  signedBy?: Maybe<ConsentSigner>;
  /** When it was signed. */
  signedOn?: Maybe<Scalars['Date']['output']>;
  /** The youth's age when it was signed. */
  youthAgeAtSigning?: Maybe<Scalars['Int']['output']>;
};

/** One consent or authorization on file and whether it opens a piece of information for a request. */
export type ConsentFinding = {
  __typename?: 'ConsentFinding';
  /** Whether it opens the information for this person and purpose today. */
  applies?: Maybe<Scalars['Boolean']['output']>;
  /** The consent's id. */
  consentId?: Maybe<Scalars['ID']['output']>;
  /** When it expires; empty when it does not. */
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** The form, for example HIPAA_AUTHORIZATION. */
  form?: Maybe<Scalars['String']['output']>;
  /** Why it does not, in plain words; empty when it does. */
  problems?: Maybe<Array<Scalars['String']['output']>>;
  /** When it was revoked; empty when it was not. */
  revokedOn?: Maybe<Scalars['Date']['output']>;
  /** Who signed it: the youth, a parent or guardian, or the education rights holder. */
  signedBy?: Maybe<Scalars['String']['output']>;
  /** When it was signed. */
  signedOn?: Maybe<Scalars['Date']['output']>;
};

/** The form a consent or authorization was given on. */
export type ConsentForm =
  /** 42 CFR 2.31 consent to disclose substance use disorder records. */
  | 'CFR42_PART2_2_31'
  /**
   * The youth's single 42 CFR 2.31 consent to all future uses and disclosures of substance use disorder
   * records for treatment, payment and health care operations (2024 final rule).
   */
  | 'CFR42_PART2_TPO'
  /** Release of education records by the education rights holder (FERPA). */
  | 'FERPA_RELEASE'
  /** General release of information. */
  | 'GENERAL_RELEASE'
  /** HIPAA / CMIA authorization to disclose health information. */
  | 'HIPAA_AUTHORIZATION'
  /** Written authorization to disclose an HIV test result (H&S 120980). */
  | 'HIV_HSC_120980';

/** A signed consent or authorization to record (for 42 CFR 2.31, every element of 2.31(a)). */
export type ConsentInput = {
  /** The information categories it covers, for example SUBSTANCE_USE. */
  categories: Array<Scalars['String']['input']>;
  /** What is disclosed, how much and what kind, in the form's words. */
  description: Scalars['String']['input'];
  /** From whom: the program or agency the consent permits to disclose, for example County Behavioral Health SUD Services. */
  disclosingProgram: Scalars['String']['input'];
  /** When it expires; give this or expiryEvent. */
  expiresOn?: InputMaybe<Scalars['Date']['input']>;
  /** The event on which it expires, for example the youth's discharge from treatment; give this or expiresOn. */
  expiryEvent?: InputMaybe<Scalars['String']['input']>;
  /** The form it was given on; CFR42_PART2_TPO is the single consent for treatment, payment and health care operations. */
  form: ConsentForm;
  /** The purposes of use it allows, for example CSEC-MDT. */
  purposes: Array<Scalars['String']['input']>;
  /** To whom: each recipient by name (userId) or class (role or agency). */
  recipients: Array<ConsentRecipientInput>;
  /** That the signer was told of the right to revoke it, and how; must be true. */
  revocationRightExplained: Scalars['Boolean']['input'];
  /** Who signed it. */
  signedBy: ConsentSigner;
  /** When it was signed (not in the future). */
  signedOn: Scalars['Date']['input'];
};

/** Whom a consent allows to receive records: one person, everyone in a role, or an agency. */
export type ConsentRecipient = {
  __typename?: 'ConsentRecipient';
  /** An agency. */
  agency?: Maybe<Agency>;
  /** A named person. */
  person?: Maybe<ProgramStaff>;
  /** Everyone holding this role on the youth's MDT. */
  role?: Maybe<StaffRole>;
};

/** One recipient of a consent: exactly one of a person, a role or an agency. */
export type ConsentRecipientInput = {
  /** An agency. */
  agency?: InputMaybe<Agency>;
  /** Everyone holding this role on the youth's MDT. */
  role?: InputMaybe<StaffRole>;
  /** A named person, by user id. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Who signed a consent. */
export type ConsentSigner =
  /** The court, by order. */
  | 'COURT'
  /** The education rights holder. */
  | 'EDUCATION_RIGHTS_HOLDER'
  /** A parent or legal guardian. */
  | 'PARENT_OR_GUARDIAN'
  /** The youth. */
  | 'YOUTH';

/** What one count in a table counts. */
export type CountUnit =
  /** Triggering events. */
  | 'EVENTS'
  /** MDT meetings. */
  | 'MEETINGS'
  /** Distinct youth. */
  | 'YOUTH';

/** A dependency court hearing. */
export type CourtHearing = {
  __typename?: 'CourtHearing';
  /** Court department. */
  department?: Maybe<Scalars['String']['output']>;
  /** Hearing id. */
  hearingId: Scalars['ID']['output'];
  /** Kind of hearing. */
  hearingType?: Maybe<HearingType>;
  /** Outcome, once heard. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** When the hearing is or was set. */
  scheduledFor?: Maybe<Scalars['DateTime']['output']>;
};

/** A proceeding about the youth, as the court records it. */
export type CourtProceeding = {
  __typename?: 'CourtProceeding';
  /** Dependency, delinquency or criminal. */
  kind?: Maybe<ProceedingKind>;
  /** Who takes part in the proceeding and from when to when, the most recent first. */
  participants?: Maybe<Array<ProceedingParticipant>>;
  /** The court's id for the proceeding. */
  proceedingId?: Maybe<Scalars['String']['output']>;
};

/** One CSEC screening. */
export type CsecScreening = {
  __typename?: 'CsecScreening';
  /** Screening id. */
  id: Scalars['ID']['output'];
  /** The level of concern the screening found. */
  levelOfConcern?: Maybe<LevelOfConcern>;
  /** When the youth was screened. */
  screenedOn?: Maybe<Scalars['Date']['output']>;
  /** Who screened the youth. */
  screener?: Maybe<ProgramStaff>;
  /** The tool used. */
  tool?: Maybe<ScreeningTool>;
};

/** A CSEC screening to record. */
export type CsecScreeningInput = {
  /** The level of concern the screening found. */
  levelOfConcern: LevelOfConcern;
  /** When the youth was screened (not in the future). */
  screenedOn: Scalars['Date']['input'];
  /** The tool used. */
  tool: ScreeningTool;
};

/** One fact a decision depends on, for example the youth's age or the person's MDT seat. */
export type DecisionFact = {
  __typename?: 'DecisionFact';
  /** What the records say, in plain words. */
  finding?: Maybe<Scalars['String']['output']>;
  /** What the fact is about. */
  name?: Maybe<Scalars['String']['output']>;
};

/** A juvenile court petition filed about the youth. */
export type DelinquencyPetition = {
  __typename?: 'DelinquencyPetition';
  /** When the court adjudicated the petition (made its jurisdictional finding); empty until then. */
  adjudicatedOn?: Maybe<Scalars['Date']['output']>;
  /** The charges alleged, as filed, for example PC 459. */
  charges?: Maybe<Array<Scalars['String']['output']>>;
  /** How the court disposed of the petition; empty until disposition. */
  disposition?: Maybe<PetitionDisposition>;
  /** When the petition was filed. */
  filedOn?: Maybe<Scalars['Date']['output']>;
  /** Petition number. */
  petitionNumber: Scalars['ID']['output'];
  /** The W&IC section the petition is filed under. */
  section?: Maybe<PetitionSection>;
};

/**
 * One entry of a youth's accounting of disclosures: one decision, made when someone asked this
 * system for information about the youth, and the pieces of information it covered. Pieces asked
 * for in the same request that got the same decision share one entry. Entries are never changed or
 * removed.
 */
export type DisclosureAccountingEntry = {
  __typename?: 'DisclosureAccountingEntry';
  /** The reason the person gave for emergency access (break the glass); empty otherwise. */
  breakGlassReason?: Maybe<Scalars['String']['output']>;
  /** The kind of information, for example CSEC_STATUS or MENTAL_HEALTH (see the county's information categories). */
  category?: Maybe<Scalars['String']['output']>;
  /** Where this entry stands in the accounting: pass it as `after` for the entries that follow it. */
  cursor?: Maybe<Scalars['String']['output']>;
  /** When the decision was made. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The id of this decision. */
  decisionId?: Maybe<Scalars['ID']['output']>;
  /**
   * The pieces of information the decision covered, each as type and field of the profile, for
   * example Youth.missingSince, in alphabetical order.
   */
  fields?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the access was flagged for review, as every emergency access is. */
  flaggedForReview?: Maybe<Scalars['Boolean']['output']>;
  /** The statute, regulation, agreement clause or consent the decision relied on. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** Whether the information was shown or kept from the person. */
  outcome?: Maybe<DisclosureOutcome>;
  /** The revision of the county's sharing policies that made the decision. */
  policyRevision?: Maybe<Scalars['String']['output']>;
  /** The purpose of use the person stated, for example CSEC-MDT (MDT case coordination) or COC (coordination of care). */
  purposeOfUse?: Maybe<Scalars['String']['output']>;
  /** The number of the county's audit record this entry is in; numbers only grow, with gaps. The decisions about the youth in one request share a record. */
  recordNumber?: Maybe<Scalars['ID']['output']>;
  /**
   * For information made of records that carry their own labels (health records): each record the
   * fields listed for the youth, where its source filed it and why, and whether its own labels let it
   * go to the person. Never the record itself. Empty for other information.
   */
  records?: Maybe<Array<AccountedRecord>>;
  /** The id of the request the decision was made for; decisions of one request share it. */
  requestId?: Maybe<Scalars['ID']['output']>;
  /** Who asked. */
  requester?: Maybe<DisclosureRequester>;
  /** The rule that decided: an agreement clause (for example IAP-2025-4.1), a consent rule, an emergency rule or a denial. */
  rule?: Maybe<Scalars['String']['output']>;
};

/**
 * Why the sharing policies in force would show or refuse one piece of information about a youth to
 * one person, and the facts the decision depends on. The decision is the policy's own; the findings
 * restate, in the policy's words, what could have opened the information and why it did or did not.
 */
export type DisclosureExplanation = {
  __typename?: 'DisclosureExplanation';
  /** Every agreement clause about this kind of information, and whether it opens it for this request. */
  agreementClauses?: Maybe<Array<AgreementClauseFinding>>;
  /** The kind of information the field holds, for example MENTAL_HEALTH. */
  category?: Maybe<Scalars['String']['output']>;
  /** The title of the kind of information. */
  categoryTitle?: Maybe<Scalars['String']['output']>;
  /** Every consent or authorization on file for the youth, and whether it opens this information. */
  consents?: Maybe<Array<ConsentFinding>>;
  /** When the decision was made. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The facts about the youth and the person the decision depends on. */
  facts?: Maybe<Array<DecisionFact>>;
  /** The piece of information, as type and field of the profile, for example Youth.missingSince. */
  field?: Maybe<Scalars['String']['output']>;
  /** The HL7 confidentiality code the field carries by default. */
  fieldConfidentiality?: Maybe<Scalars['String']['output']>;
  /** The HL7 sensitivity codes the field carries by default. */
  fieldSensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the access would be flagged for review, as every emergency access is. */
  flaggedForReview?: Maybe<Scalars['Boolean']['output']>;
  /** The statute, regulation, agreement clause or consent the decision relies on. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** What the person must do with the information when it is shown, for example a redisclosure notice. */
  obligations?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the information would be shown or kept from the person. */
  outcome?: Maybe<DisclosureOutcome>;
  /** The whole explanation in plain words, line by line. */
  plainWords?: Maybe<Array<Scalars['String']['output']>>;
  /** The revision of the county's sharing policies that decides. */
  policyRevision?: Maybe<Scalars['String']['output']>;
  /** The purpose of use the decision is for, for example CSEC-MDT. */
  purposeOfUse?: Maybe<Scalars['String']['output']>;
  /** The agency or organization the person works for, as the program's staff directory records it. */
  requesterAgency?: Maybe<Scalars['String']['output']>;
  /** The person's roles, as the program's staff directory records them. */
  requesterRoles?: Maybe<Array<Scalars['String']['output']>>;
  /** The person the decision is for: user id. */
  requesterUserId?: Maybe<Scalars['ID']['output']>;
  /** The rule that decides: an agreement clause (for example IAP-2025-4.1), a consent rule, an emergency rule or a denial. */
  rule?: Maybe<Scalars['String']['output']>;
  /** What the person would be told; empty when the information leaves no trace. */
  toldToRequester?: Maybe<Scalars['String']['output']>;
  /** The CSEC program youth id. */
  youthId?: Maybe<Scalars['ID']['output']>;
};

/** Whether a piece of information was shown to the person who asked or kept from them. */
export type DisclosureOutcome =
  /** The information was shown. */
  | 'DISCLOSED'
  /**
   * The person was allowed to see the information, but it was not sent to them: the system that holds
   * it did not answer, or the request was not carried out.
   */
  | 'NOT_DELIVERED'
  /** The information was kept from the person who asked. */
  | 'WITHHELD';

/** The person who asked, as the county's identity provider vouched for them at the time. */
export type DisclosureRequester = {
  __typename?: 'DisclosureRequester';
  /** The agency or organization the person worked for, for example CHILD_WELFARE. */
  agency?: Maybe<Scalars['String']['output']>;
  /** The person's roles, for example SOCIAL_WORKER. */
  roles?: Maybe<Array<Scalars['String']['output']>>;
  /** User id. */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** The person who makes the student's education decisions and consents to the release of education records. */
export type EducationRightsHolder = {
  __typename?: 'EducationRightsHolder';
  /** The education rights holder's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** How the education rights holder is related to the student. */
  relationship?: Maybe<EducationRightsHolderRelationship>;
};

/** How the education rights holder is related to the student. */
export type EducationRightsHolderRelationship =
  /** An adult the juvenile court appointed to hold the student's education rights. */
  | 'COURT_APPOINTED'
  /** A foster parent. */
  | 'FOSTER_PARENT'
  /** A legal guardian. */
  | 'GUARDIAN'
  /** A parent. */
  | 'PARENT'
  /** A relative. */
  | 'RELATIVE'
  /** The student, who holds their own education rights. */
  | 'YOUTH_SELF';

/** A student: the youth as recorded by the county office of education and the school districts. */
export type EducationStudent = {
  __typename?: 'EducationStudent';
  /** Attendance for each school year, newest first. */
  attendance?: Maybe<Array<SchoolYearAttendance>>;
  /** Date of birth as recorded by the schools. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** High school credits the student has earned. */
  creditsEarned?: Maybe<Scalars['Float']['output']>;
  /** High school credits the student needs to graduate. */
  creditsRequired?: Maybe<Scalars['Float']['output']>;
  /** The school the student is enrolled in now, and its district; empty when not enrolled anywhere. */
  currentEnrollment?: Maybe<SchoolEnrollment>;
  /** The person who holds the right to make the student's education decisions, as the court or the law assigns it. */
  educationRightsHolder?: Maybe<EducationRightsHolder>;
  /** Every school the student has been enrolled in, newest first. */
  enrollments?: Maybe<Array<SchoolEnrollment>>;
  /** The district's foster youth education liaison for the student (AB 490, Education Code 48853.5). */
  fosterYouthLiaison?: Maybe<FosterYouthLiaison>;
  /** The grade the student is in now, from the current enrollment; empty when not enrolled anywhere. */
  gradeLevel?: Maybe<GradeLevel>;
  /** Whether the student has a Section 504 plan (accommodations for a disability). */
  has504Plan?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the student has an Individualized Education Program (special education, IDEA). */
  hasIep?: Maybe<Scalars['Boolean']['output']>;
  /** Legal first name as enrolled. */
  legalFirstName?: Maybe<Scalars['String']['output']>;
  /** Legal last name as enrolled. */
  legalLastName?: Maybe<Scalars['String']['output']>;
  /** Statewide Student Identifier (SSID). */
  statewideStudentId: Scalars['ID']['output'];
};

/** Whether a youth is identified as exploited or at risk. */
export type ExploitationStatus =
  /** At risk of commercial sexual exploitation. */
  | 'AT_RISK'
  /** Exploitation is confirmed. */
  | 'CONFIRMED'
  /** Exploitation is suspected. */
  | 'SUSPECTED';

/** Eye colour, as the NCIC missing person file codes it. */
export type EyeColor =
  /** Black. */
  | 'BLACK'
  /** Blue. */
  | 'BLUE'
  /** Brown. */
  | 'BROWN'
  /** Gray. */
  | 'GRAY'
  /** Green. */
  | 'GREEN'
  /** Hazel. */
  | 'HAZEL'
  /** Maroon. */
  | 'MAROON'
  /** Multicoloured. */
  | 'MULTICOLORED'
  /** Pink. */
  | 'PINK'
  /** Unknown. */
  | 'UNKNOWN';

/** The district's foster youth education liaison, who helps a foster youth enroll, transfer and keep credits (AB 490). */
export type FosterYouthLiaison = {
  __typename?: 'FosterYouthLiaison';
  /** The liaison's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The liaison's telephone number. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** A grade level. */
export type GradeLevel =
  /** First grade. */
  | 'GRADE_1'
  /** Second grade. */
  | 'GRADE_2'
  /** Third grade. */
  | 'GRADE_3'
  /** Fourth grade. */
  | 'GRADE_4'
  /** Fifth grade. */
  | 'GRADE_5'
  /** Sixth grade. */
  | 'GRADE_6'
  /** Seventh grade. */
  | 'GRADE_7'
  /** Eighth grade. */
  | 'GRADE_8'
  /** Ninth grade. */
  | 'GRADE_9'
  /** Tenth grade. */
  | 'GRADE_10'
  /** Eleventh grade. */
  | 'GRADE_11'
  /** Twelfth grade. */
  | 'GRADE_12'
  /** Kindergarten. */
  | 'KINDERGARTEN';

/** Hair colour, as the NCIC missing person file codes it. */
export type HairColor =
  /** Bald. */
  | 'BALD'
  /** Black. */
  | 'BLACK'
  /** Blond or strawberry. */
  | 'BLOND'
  /** Blue. */
  | 'BLUE'
  /** Brown. */
  | 'BROWN'
  /** Gray or partially gray. */
  | 'GRAY'
  /** Green. */
  | 'GREEN'
  /** Orange. */
  | 'ORANGE'
  /** Pink. */
  | 'PINK'
  /** Purple. */
  | 'PURPLE'
  /** Red or auburn. */
  | 'RED'
  /** Sandy. */
  | 'SANDY'
  /** Unknown or completely covered. */
  | 'UNKNOWN'
  /** White. */
  | 'WHITE';

/** A part of the health profile, each opened under its own law (policies/csec/value_sets/data.yaml). */
export type HealthArea =
  /** General medical records. */
  | 'GENERAL_MEDICAL'
  /** HIV tests, diagnoses and care (H&S 120980). */
  | 'HIV'
  /** Mental health (W&IC 5328). */
  | 'MENTAL_HEALTH'
  /** The public health nursing case and its visits. */
  | 'PUBLIC_HEALTH_NURSING'
  /** Services a minor consents to on their own (Family Code 6925-6928). */
  | 'SENSITIVE_SERVICES'
  /** Substance use disorder records (42 CFR Part 2). */
  | 'SUBSTANCE_USE';

/** Whether a diagnosis still applies. */
export type HealthDiagnosisStatus =
  /** The condition is current. */
  | 'ACTIVE'
  /** The condition no longer applies. */
  | 'INACTIVE'
  /** The condition has come back after it had resolved. */
  | 'RECURRENCE'
  /** The condition has worsened again after a remission. */
  | 'RELAPSE'
  /** Symptoms are absent or reduced, but the condition may return. */
  | 'REMISSION'
  /** The condition has resolved. */
  | 'RESOLVED';

/** What put a health record in its part of the profile. */
export type HealthFilingBasis =
  /** One of its codes is in a value set of the policy bundle. */
  | 'CODE'
  /** The record belongs to a visit, episode of care, diagnosis or clinician's service filed there. */
  | 'CONTEXT'
  /** A sensitivity label the health system put on the record. */
  | 'LABEL'
  /** Its codes were read and no value set holds any of them: general medical. */
  | 'NO_MATCH'
  /** Nothing about the record could be read: filed as the county's value sets say for such records. */
  | 'UNDETERMINED';

/** How the health system knows of a medication. */
export type HealthMedicationSource =
  /** A clinician prescribed it. */
  | 'PRESCRIBED'
  /** The youth or a caregiver reports the youth takes or took it (a medication list taken at intake, for example). */
  | 'REPORTED';

/** Where a prescription stands. */
export type HealthMedicationStatus =
  /** The youth is to take it now. */
  | 'ACTIVE'
  /** Cancelled before the youth took any. */
  | 'CANCELLED'
  /** The course is finished. */
  | 'COMPLETED'
  /** Written but not yet issued. */
  | 'DRAFT'
  /** Reported: the youth is to start it. */
  | 'INTENDED'
  /** Reported: the youth is not taking it. */
  | 'NOT_TAKEN'
  /** Paused. */
  | 'ON_HOLD'
  /** Stopped before the course was finished. */
  | 'STOPPED';

/**
 * The youth as a patient of county behavioral health and public health. Each part below is its
 * own category, opened under its own law; a part that is withheld says nothing about whether
 * records exist. Psychotherapy notes are never part of this record.
 */
export type HealthPatient = {
  __typename?: 'HealthPatient';
  /** Date of birth as the health system records it. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** First name as the health system records it. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** HIV diagnoses, HIV care visits (screening, counseling, treatment) and HIV medications (treatment, PrEP), with the same protection as HIV test results. */
  hivCare?: Maybe<HivCareRecord>;
  /** HIV test results, newest first. Each disclosure needs a written authorization naming the recipient (H&S 120980). */
  hivTestResults?: Maybe<Array<HivTestResult>>;
  /** Last name as the health system records it. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Medical evaluations (health assessments and exams) and what they found. */
  medicalEvaluation?: Maybe<MedicalEvaluationRecord>;
  /** Medical record number in the county health system. */
  medicalRecordNumber: Scalars['ID']['output'];
  /** Mental health screenings and assessments, diagnoses and services (W&IC 5328 / Civil Code 56.103). Never psychotherapy notes. */
  mentalHealth?: Maybe<MentalHealthRecord>;
  /**
   * The youth's public health nursing case. Who the nurse is and whether the case is open is
   * roster information, like any other assigned worker; what the nurse found on visits is general
   * medical information, classified on the visits themselves.
   */
  publicHealthNursing?: Maybe<PublicHealthNursingRecord>;
  /**
   * How each of the youth's health records is filed: under which part of the profile, and what put it
   * there. For the privacy officer, who answers for the value sets and for complaints about them;
   * never the record itself. Psychotherapy and counseling notes are never read, so never listed.
   */
  recordFilings?: Maybe<Array<HealthRecordFiling>>;
  /** Services a minor consents to on their own: STI testing and treatment, pregnancy and contraception, sexual assault exams. Only with the youth's own authorization. */
  sensitiveServices?: Maybe<SensitiveServicesRecord>;
  /** Substance use disorder screening, diagnoses and treatment, protected by 42 CFR Part 2: disclosed only under the youth's own written consent. */
  substanceUse?: Maybe<SubstanceUseRecord>;
};

/** Status of a procedure. */
export type HealthProcedureStatus =
  /** Completed. */
  | 'COMPLETED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Was not done. */
  | 'NOT_DONE'
  /** Paused. */
  | 'ON_HOLD'
  /** Being prepared. */
  | 'PREPARATION'
  /** Stopped before completion. */
  | 'STOPPED';

/** How one health record is filed, for the privacy officer. Never the record itself. */
export type HealthRecordFiling = {
  __typename?: 'HealthRecordFiling';
  /** The part of the profile it is filed under. */
  area?: Maybe<HealthArea>;
  /** What put it there. */
  basis?: Maybe<HealthFilingBasis>;
  /** The record as the health system names it: resource type and id, for example Condition/123. */
  record: Scalars['ID']['output'];
  /** The rule in words: the label, the code with its value set, or the record it belongs to, with the value sets' version. */
  rule?: Maybe<Scalars['String']['output']>;
  /** The version of the value sets in the policy bundle that filed it. */
  valueSetsVersion?: Maybe<Scalars['String']['output']>;
};

/** Status of a test or screening result. */
export type HealthResultStatus =
  /** Changed or corrected after it was final. */
  | 'AMENDED'
  /** Final result. */
  | 'FINAL'
  /** Not yet final; the result may change. */
  | 'PRELIMINARY';

/** Where the youth is in a program of services. */
export type HealthServiceStatus =
  /** Receiving services now. */
  | 'ACTIVE'
  /** Enrollment was cancelled before services began. */
  | 'CANCELLED'
  /** Services have ended. */
  | 'FINISHED'
  /** Services are paused. */
  | 'ON_HOLD'
  /** Enrollment is planned. */
  | 'PLANNED'
  /** On the program's waiting list. */
  | 'WAITLIST';

/** Status of a visit or evaluation. */
export type HealthVisitStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Completed. */
  | 'FINISHED'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Scheduled. */
  | 'PLANNED';

/** Kind of dependency court hearing. */
export type HearingType =
  /** Detention hearing. */
  | 'DETENTION'
  /** Disposition hearing. */
  | 'DISPOSITION'
  /** Jurisdiction hearing. */
  | 'JURISDICTION'
  /** Permanency planning hearing. */
  | 'PERMANENCY_PLANNING'
  /** Six-month review. */
  | 'SIX_MONTH_REVIEW'
  /** Twelve-month review. */
  | 'TWELVE_MONTH_REVIEW';

/** A meeting as it was held. */
export type HeldMeetingInput = {
  /** The user ids of the members who attended; each must sit on the youth's MDT that day. */
  attendeeUserIds: Array<Scalars['ID']['input']>;
  /** The team's decisions, each at most 500 characters, at most 30. */
  decisions: Array<Scalars['String']['input']>;
  /** When it was held (not in the future). */
  heldAt: Scalars['DateTime']['input'];
  /** Notes of the meeting, at most 4,000 characters (W&IC 830: confidential, inadmissible). */
  notes: Scalars['String']['input'];
  /** How the youth took part. */
  youthParticipation: YouthParticipation;
};

/** The youth's HIV diagnoses, HIV care visits and HIV medications. */
export type HivCareRecord = {
  __typename?: 'HivCareRecord';
  /** HIV diagnoses, most recent first. */
  diagnoses?: Maybe<Array<HivDiagnosis>>;
  /** HIV medications: antiretroviral treatment and pre-exposure prophylaxis (PrEP), most recent first. */
  medications?: Maybe<Array<HivMedication>>;
  /** HIV screening, counseling and care visits, newest first. */
  visits?: Maybe<Array<HivCareVisit>>;
};

/** An HIV screening, counseling or care visit. */
export type HivCareVisit = {
  __typename?: 'HivCareVisit';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The clinician seen. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** Kind of visit, for example "Office visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** What the visit was for. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the visit took place. */
  status?: Maybe<HealthVisitStatus>;
  /** Health system id of the visit. */
  visitId: Scalars['ID']['output'];
  /** When the visit took place. */
  visitedOn?: Maybe<Scalars['Date']['output']>;
};

/** An HIV diagnosis. */
export type HivDiagnosis = {
  __typename?: 'HivDiagnosis';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the diagnosis still applies. */
  clinicalStatus?: Maybe<HealthDiagnosisStatus>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The diagnosis in words. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the condition began or was diagnosed. */
  diagnosedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the diagnosis. */
  diagnosisId: Scalars['ID']['output'];
  /** ICD-10-CM code of the diagnosis. */
  icd10Code?: Maybe<Scalars['String']['output']>;
  /** When the condition resolved; empty while it applies. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
};

/** An HIV medication: antiretroviral treatment, or pre-exposure prophylaxis (PrEP). */
export type HivMedication = {
  __typename?: 'HivMedication';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the visit or diagnosis it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** How to take it, as the prescriber wrote it. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The medication, for example "emtricitabine 200 MG / tenofovir disoproxil fumarate 300 MG Oral Tablet". */
  medication?: Maybe<Scalars['String']['output']>;
  /** Health system id of the prescription or of the reported medication. */
  medicationId: Scalars['ID']['output'];
  /** When the medication was prescribed or recorded. */
  prescribedOn?: Maybe<Scalars['Date']['output']>;
  /** The clinician who prescribed it, or who reported it. */
  prescriber?: Maybe<Scalars['String']['output']>;
  /** Why it was prescribed. */
  reason?: Maybe<Scalars['String']['output']>;
  /** RxNorm code of the medication. */
  rxnormCode?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Prescribed, or reported by the youth or a caregiver. */
  source?: Maybe<HealthMedicationSource>;
  /** Where the prescription stands. */
  status?: Maybe<HealthMedicationStatus>;
};

/** An HIV test result. */
export type HivTestResult = {
  __typename?: 'HivTestResult';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** When the specimen was collected. */
  collectedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The laboratory's interpretation. */
  interpretation?: Maybe<Scalars['String']['output']>;
  /** LOINC code of the test. */
  loincCode?: Maybe<Scalars['String']['output']>;
  /** The result, for example "Negative". */
  result?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the result is final. */
  status?: Maybe<HealthResultStatus>;
  /** The test, for example "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay". */
  test?: Maybe<Scalars['String']['output']>;
  /** Health system id of the test. */
  testId: Scalars['ID']['output'];
};

/** What probation intake decided about a referral. */
export type IntakeOutcome =
  /** Closed at intake with no further action. */
  | 'CLOSED_AT_INTAKE'
  /** Diverted to a community program. */
  | 'DIVERTED'
  /** Informal supervision without a petition (W&IC 654). */
  | 'INFORMAL_SUPERVISION'
  /** Intake has not decided yet. */
  | 'PENDING'
  /** A petition was filed with the juvenile court. */
  | 'PETITION_FILED';

/** A report the MDT is investigating; W&IC 18961.7 allows sharing for 30 days from the report. */
export type Investigation = {
  __typename?: 'Investigation';
  /** Last day of a window extended for documented good cause. */
  goodCauseExtendedUntil?: Maybe<Scalars['Date']['output']>;
  /** Investigation id. */
  id: Scalars['ID']['output'];
  /** When the report was made. */
  reportedOn?: Maybe<Scalars['Date']['output']>;
};

/** A juvenile court case about the youth. */
export type JuvenileCourtCase = {
  __typename?: 'JuvenileCourtCase';
  /** The attorneys of record in the case and whom each represents. */
  attorneysOfRecord?: Maybe<Array<AttorneyOfRecord>>;
  /** The court's case number. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** When the petition was filed. */
  filedOn?: Maybe<Scalars['Date']['output']>;
  /** Every hearing of the case, set or held, the most recent first. */
  hearings?: Maybe<Array<JuvenileCourtHearing>>;
  /** Dependency (W&IC 300) or delinquency (W&IC 602). */
  jurisdiction?: Maybe<JuvenileCourtJurisdiction>;
  /** The next hearing set in the case, today or later; empty when none is set. */
  nextHearing?: Maybe<JuvenileCourtHearing>;
};

/** A hearing the juvenile court has set or held. */
export type JuvenileCourtHearing = {
  __typename?: 'JuvenileCourtHearing';
  /** The day of the hearing. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The minute order of a hearing held: what the court found and ordered, as the clerk recorded it; empty until then. */
  minuteOrder?: Maybe<Scalars['String']['output']>;
  /** What the hearing is for. */
  type?: Maybe<JuvenileHearingType>;
};

/** Why the juvenile court has jurisdiction over the youth in a case. */
export type JuvenileCourtJurisdiction =
  /** Delinquency: a petition alleges the youth broke a law (W&IC 602). */
  | 'DELINQUENCY'
  /** Dependency: the youth needs the court's protection (W&IC 300), including commercial sexual exploitation (W&IC 300(b)(2)). */
  | 'DEPENDENCY';

/** The kind of a juvenile court hearing. */
export type JuvenileHearingType =
  /** Detention hearing: whether the youth stays out of the home or in custody until the next hearing. */
  | 'DETENTION'
  /** Disposition hearing: what the court orders for the youth. */
  | 'DISPOSITION'
  /** Jurisdiction hearing: whether the petition's allegations are true. */
  | 'JURISDICTION'
  /** Permanency hearing: the youth's permanent plan. */
  | 'PERMANENCY'
  /** Six-month or other review of the youth's case plan and progress. */
  | 'REVIEW'
  /** Hearing on a petition to terminate or modify jurisdiction. */
  | 'TERMINATION';

/** What a CSEC screening concluded. */
export type LevelOfConcern =
  /** Clear concern. */
  | 'CLEAR_CONCERN'
  /** No concern. */
  | 'NO_CONCERN'
  /** Possible concern. */
  | 'POSSIBLE_CONCERN';

/** The youth's multidisciplinary team. */
export type Mdt = {
  __typename?: 'Mdt';
  /** When the MDT was closed. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** MDT id. */
  id: Scalars['ID']['output'];
  /** The agency leading the MDT. */
  leadAgency?: Maybe<Agency>;
  /** Everyone who sits or sat on the MDT, current members first. */
  members?: Maybe<Array<MdtMember>>;
  /** When the MDT was convened. */
  openedOn?: Maybe<Scalars['Date']['output']>;
  /** Whether the MDT is open. */
  status?: Maybe<MdtStatus>;
};

/** An MDT meeting about the youth. */
export type MdtMeeting = {
  __typename?: 'MdtMeeting';
  /** Who attended. */
  attendees?: Maybe<Array<ProgramStaff>>;
  /** Why it was cancelled. */
  cancelledReason?: Maybe<Scalars['String']['output']>;
  /** The team's decisions (W&IC 830: confidential, inadmissible). */
  decisions?: Maybe<Array<Scalars['String']['output']>>;
  /** When it was held, to the minute, when recorded through this system. */
  heldAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the meeting was held. */
  heldOn?: Maybe<Scalars['Date']['output']>;
  /** Meeting id. */
  id: Scalars['ID']['output'];
  /** Kind of meeting. */
  kind?: Maybe<MdtMeetingKind>;
  /** Notes of the meeting (W&IC 830: confidential, inadmissible). */
  notes?: Maybe<Scalars['String']['output']>;
  /** When it was scheduled for. */
  scheduledFor?: Maybe<Scalars['DateTime']['output']>;
  /** Scheduled, held or cancelled. */
  status?: Maybe<MdtMeetingStatus>;
  /** The meeting's version: send it with an edit, which is refused if someone changed the meeting first. */
  version?: Maybe<Scalars['Int']['output']>;
  /** How the youth took part. */
  youthParticipation?: Maybe<YouthParticipation>;
};

/** Kind of MDT meeting. */
export type MdtMeetingKind =
  /** The first meeting after identification. */
  | 'INITIAL'
  /** A regular meeting. */
  | 'ONGOING'
  /** A meeting reconvened by a triggering event. */
  | 'RECONVENED';

/** Where an MDT meeting stands. */
export type MdtMeetingStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Held. */
  | 'HELD'
  /** Scheduled, not yet held. */
  | 'SCHEDULED';

/** A person's seat on an MDT. */
export type MdtMember = {
  __typename?: 'MdtMember';
  /** Whether the member currently sits on the MDT. */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** When the member joined. */
  joinedOn?: Maybe<Scalars['Date']['output']>;
  /** When the member left; empty while a current member. */
  leftOn?: Maybe<Scalars['Date']['output']>;
  /** The member. */
  person?: Maybe<ProgramStaff>;
};

/** A notice the program gave the members of a youth's MDT about a triggering event and the meeting it calls for. */
export type MdtNotice = {
  __typename?: 'MdtNotice';
  /** By when the MDT must meet. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was given. */
  givenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Notice id. */
  id: Scalars['ID']['output'];
  /** What it tells. */
  kind?: Maybe<MdtNoticeKind>;
  /** Whether the MDT has met about the event since. */
  status?: Maybe<ReconveningStatus>;
  /** The id of the triggering event it is about. */
  triggeringEventId?: Maybe<Scalars['ID']['output']>;
};

/** What a notice tells an MDT member. */
export type MdtNoticeKind =
  /** The due time approaches (as many hours before it as the county protocol sets) and no meeting is held or scheduled in time. */
  | 'DEADLINE_APPROACHING'
  /** The due time passed and the team has not met. */
  | 'DEADLINE_PASSED'
  /** A triggering event was recorded: the team must meet by the due time. */
  | 'NEW_EVENT';

/** Whether an MDT is active. */
export type MdtStatus =
  /** The MDT is closed. */
  | 'CLOSED'
  /** The MDT is open and meets about the youth. */
  | 'OPEN';

/** A medical diagnosis. */
export type MedicalDiagnosis = {
  __typename?: 'MedicalDiagnosis';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the diagnosis still applies. */
  clinicalStatus?: Maybe<HealthDiagnosisStatus>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The diagnosis in words, for example "Mild intermittent asthma, uncomplicated". */
  description?: Maybe<Scalars['String']['output']>;
  /** When the condition began or was diagnosed. */
  diagnosedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the diagnosis. */
  diagnosisId: Scalars['ID']['output'];
  /** ICD-10-CM code of the diagnosis. */
  icd10Code?: Maybe<Scalars['String']['output']>;
  /** When the condition resolved; empty while it applies. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
};

/** A health assessment or medical exam. */
export type MedicalEvaluation = {
  __typename?: 'MedicalEvaluation';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The clinician who did the evaluation. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** When the evaluation took place. */
  evaluatedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the evaluation. */
  evaluationId: Scalars['ID']['output'];
  /** Kind of evaluation, for example "Well child visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** Why the evaluation was done. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the evaluation took place. */
  status?: Maybe<HealthVisitStatus>;
};

/** The youth's medical evaluations and their findings. */
export type MedicalEvaluationRecord = {
  __typename?: 'MedicalEvaluationRecord';
  /** Medical diagnoses (not mental health, substance use or sensitive services), most recent first. */
  diagnoses?: Maybe<Array<MedicalDiagnosis>>;
  /** Health assessments and medical exams, newest first. */
  evaluations?: Maybe<Array<MedicalEvaluation>>;
  /** Medications prescribed to the youth (not for mental health, substance use, sensitive services or HIV), most recent first. */
  medications?: Maybe<Array<MedicalMedication>>;
};

/** A medication prescribed to the youth (not for mental health, substance use, sensitive services or HIV). */
export type MedicalMedication = {
  __typename?: 'MedicalMedication';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the visit or diagnosis it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** How to take it, as the prescriber wrote it. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The medication, for example "Albuterol inhaler". */
  medication?: Maybe<Scalars['String']['output']>;
  /** Health system id of the prescription or of the reported medication. */
  medicationId: Scalars['ID']['output'];
  /** When the medication was prescribed or recorded. */
  prescribedOn?: Maybe<Scalars['Date']['output']>;
  /** The clinician who prescribed it, or who reported it. */
  prescriber?: Maybe<Scalars['String']['output']>;
  /** Why it was prescribed. */
  reason?: Maybe<Scalars['String']['output']>;
  /** RxNorm code of the medication. */
  rxnormCode?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Prescribed, or reported by the youth or a caregiver. */
  source?: Maybe<HealthMedicationSource>;
  /** Where the prescription stands. */
  status?: Maybe<HealthMedicationStatus>;
};

/** A mental health diagnosis. */
export type MentalHealthDiagnosis = {
  __typename?: 'MentalHealthDiagnosis';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the diagnosis still applies. */
  clinicalStatus?: Maybe<HealthDiagnosisStatus>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The diagnosis in words, for example "Post-traumatic stress disorder, unspecified". */
  description?: Maybe<Scalars['String']['output']>;
  /** When the condition began or was diagnosed. */
  diagnosedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the diagnosis. */
  diagnosisId: Scalars['ID']['output'];
  /** ICD-10-CM code of the diagnosis. */
  icd10Code?: Maybe<Scalars['String']['output']>;
  /** When the condition resolved; empty while it applies. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
};

/** A medication prescribed to the youth in mental health care, for example an antidepressant. */
export type MentalHealthMedication = {
  __typename?: 'MentalHealthMedication';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the visit or diagnosis it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** How to take it, as the prescriber wrote it. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The medication, for example "sertraline". */
  medication?: Maybe<Scalars['String']['output']>;
  /** Health system id of the prescription or of the reported medication. */
  medicationId: Scalars['ID']['output'];
  /** When the medication was prescribed or recorded. */
  prescribedOn?: Maybe<Scalars['Date']['output']>;
  /** The clinician who prescribed it, or who reported it. */
  prescriber?: Maybe<Scalars['String']['output']>;
  /** Why it was prescribed. */
  reason?: Maybe<Scalars['String']['output']>;
  /** RxNorm code of the medication. */
  rxnormCode?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Prescribed, or reported by the youth or a caregiver. */
  source?: Maybe<HealthMedicationSource>;
  /** Where the prescription stands. */
  status?: Maybe<HealthMedicationStatus>;
};

/** The youth's mental health record. */
export type MentalHealthRecord = {
  __typename?: 'MentalHealthRecord';
  /** Mental health diagnoses, most recent first. */
  diagnoses?: Maybe<Array<MentalHealthDiagnosis>>;
  /** Psychotropic medications prescribed to the youth (for example antidepressants, ADHD medications), most recent first. */
  medications?: Maybe<Array<MentalHealthMedication>>;
  /** Mental health screenings and assessments (for example PHQ-A for depression, GAD-7 for anxiety), newest first. */
  screenings?: Maybe<Array<MentalHealthScreening>>;
  /** Mental health programs the youth is or was enrolled in, most recent first. */
  services?: Maybe<Array<MentalHealthService>>;
  /** Mental health visits (assessments, therapy sessions), newest first. Never psychotherapy notes. */
  visits?: Maybe<Array<MentalHealthVisit>>;
};

/** A mental health screening or assessment. */
export type MentalHealthScreening = {
  __typename?: 'MentalHealthScreening';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record (N normal, R restricted, V very restricted). */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The screening instrument, for example "Patient Health Questionnaire-9: Modified for Teens total score". */
  instrument?: Maybe<Scalars['String']['output']>;
  /** What the score means, in the clinician's or instrument's words (for example "Moderate depression"). */
  interpretation?: Maybe<Scalars['String']['output']>;
  /** LOINC code of the instrument. */
  loincCode?: Maybe<Scalars['String']['output']>;
  /** Total score, for scored instruments. */
  score?: Maybe<Scalars['Float']['output']>;
  /** When the screening was done. */
  screenedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the screening. */
  screeningId: Scalars['ID']['output'];
  /** HL7 sensitivity codes the health system put on this record (for example PSY). */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the result is final. */
  status?: Maybe<HealthResultStatus>;
};

/** Enrollment in a mental health program. */
export type MentalHealthService = {
  __typename?: 'MentalHealthService';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The clinician responsible for the youth's care in the program. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** When services ended; empty while they continue. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** The program, for example "Specialty mental health services". */
  program?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Health system id of the enrollment. */
  serviceId: Scalars['ID']['output'];
  /** When services began. */
  startedOn?: Maybe<Scalars['Date']['output']>;
  /** Where the youth is in the program. */
  status?: Maybe<HealthServiceStatus>;
};

/** A mental health visit. */
export type MentalHealthVisit = {
  __typename?: 'MentalHealthVisit';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The clinician seen. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** Kind of visit, for example "Office visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** What the visit was for. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the visit took place. */
  status?: Maybe<HealthVisitStatus>;
  /** Health system id of the visit. */
  visitId: Scalars['ID']['output'];
  /** When the visit took place. */
  visitedOn?: Maybe<Scalars['Date']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Cancel a scheduled meeting, saying why. `version` is the meeting's version you read, as for holding it. */
  cancelMdtMeeting?: Maybe<MdtMeeting>;
  /**
   * Record that a scheduled meeting was held: who attended, how the youth took part, the notes and the
   * decisions. `version` is the meeting's version you read; if someone changed the meeting since, nothing
   * is recorded and you are told to read it again. Holding the meeting closes the youth's reconvenings
   * still open for events that happened before it.
   */
  holdMdtMeeting?: Maybe<MdtMeeting>;
  /**
   * Link the youth to one agency's record by that agency's own identifier, exactly as the agency writes
   * it, saying why. Refused when the identifier is already linked to another youth, or the youth to
   * another record of the agency. Never a match on names or dates.
   */
  linkAgencyRecord?: Maybe<AgencyLinkChange>;
  /**
   * Record a consent or authorization the youth (or whoever may sign for them) signed, with every element
   * its form requires. Refused, naming the element, when one is missing or when the signer may not sign
   * it at the youth's age. It counts from the next request on; revoke it with recordConsentRevocation.
   */
  recordConsent?: Maybe<Consent>;
  /**
   * Record that a consent was revoked, from the given date (the revocation as signed; not in the
   * future). Every later request is decided without it.
   */
  recordConsentRevocation?: Maybe<Consent>;
  /** Record a CSE-IT screening of the youth, screened by you, on the date given. */
  recordCsecScreening?: Maybe<CsecScreening>;
  /**
   * Record how to recognise the youth (for a missing-person report), recorded by you today. `version`
   * is the version of the description you read (0 when the youth has none); if someone updated it
   * since, nothing is recorded and you are told to read it again. Sent again with the same
   * `idempotencyKey`, it answers the description first recorded and records nothing more.
   */
  recordPhysicalDescription?: Maybe<PhysicalDescription>;
  /** Record the youth's stage in the Stages of Change model, assessed by you, on the date given. */
  recordStageOfChange?: Maybe<StageOfChangeAssessment>;
  /**
   * Report to the youth's MDT that a triggering event happened. It opens a reconvening of the team,
   * due within the time the county protocol sets for the kind of event, counted from when it
   * happened. Sent again with the same `idempotencyKey`, it answers the event first recorded and
   * records nothing more.
   */
  recordTriggeringEvent?: Maybe<TriggeringEvent>;
  /**
   * Revise the youth's safety plan. `version` is the version of the plan you read (0 when the youth has
   * none); if someone revised it since, nothing is recorded and you are told to read it again. The
   * revision becomes the next version; earlier versions are kept.
   */
  reviseSafetyPlan?: Maybe<SafetyPlan>;
  /**
   * Schedule a meeting of the youth's MDT. Sent again with the same `idempotencyKey`, it answers the
   * meeting first scheduled and schedules nothing more.
   */
  scheduleMdtMeeting?: Maybe<MdtMeeting>;
  /** Remove the youth's link to an agency's record, saying why; the record itself is not touched. */
  unlinkAgencyRecord?: Maybe<AgencyLinkChange>;
};


export type MutationCancelMdtMeetingArgs = {
  meetingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
  youthId: Scalars['ID']['input'];
};


export type MutationHoldMdtMeetingArgs = {
  held: HeldMeetingInput;
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  youthId: Scalars['ID']['input'];
};


export type MutationLinkAgencyRecordArgs = {
  link: AgencyLinkInput;
  youthId: Scalars['ID']['input'];
};


export type MutationRecordConsentArgs = {
  consent: ConsentInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  youthId: Scalars['ID']['input'];
};


export type MutationRecordConsentRevocationArgs = {
  consentId: Scalars['ID']['input'];
  revokedOn: Scalars['Date']['input'];
  youthId: Scalars['ID']['input'];
};


export type MutationRecordCsecScreeningArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  screening: CsecScreeningInput;
  youthId: Scalars['ID']['input'];
};


export type MutationRecordPhysicalDescriptionArgs = {
  description: PhysicalDescriptionInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
  youthId: Scalars['ID']['input'];
};


export type MutationRecordStageOfChangeArgs = {
  assessment: StageOfChangeInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  youthId: Scalars['ID']['input'];
};


export type MutationRecordTriggeringEventArgs = {
  event: TriggeringEventInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  youthId: Scalars['ID']['input'];
};


export type MutationReviseSafetyPlanArgs = {
  plan: SafetyPlanInput;
  version: Scalars['Int']['input'];
  youthId: Scalars['ID']['input'];
};


export type MutationScheduleMdtMeetingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  meeting: ScheduledMeetingInput;
  youthId: Scalars['ID']['input'];
};


export type MutationUnlinkAgencyRecordArgs = {
  agency: SourceAgency;
  reason: Scalars['String']['input'];
  youthId: Scalars['ID']['input'];
};

/** How the juvenile court disposed of a petition. */
export type PetitionDisposition =
  /** Deferred entry of judgment (W&IC 790). */
  | 'DEFERRED_ENTRY_OF_JUDGMENT'
  /** The petition was dismissed. */
  | 'DISMISSED'
  /** Informal probation without wardship (W&IC 654.2). */
  | 'INFORMAL_PROBATION_654_2'
  /** Probation without wardship (W&IC 725(a)). */
  | 'NON_WARD_PROBATION_725A'
  /** The youth was declared a ward and placed out of home. */
  | 'PLACEMENT'
  /** The youth was declared a ward and placed on probation. */
  | 'WARDSHIP_PROBATION';

/** The Welfare and Institutions Code section a petition is filed under. */
export type PetitionSection =
  /** W&IC 601: status offense, such as truancy or running away. */
  | 'WIC_601'
  /** W&IC 602: a violation of law. */
  | 'WIC_602';

/**
 * How to recognise the youth: what a responder or a missing-person report (42 U.S.C. 671(a)(35)(B),
 * Penal Code 14205-14211) needs. Height, weight, hair and eyes are locator information every member
 * who works with the youth sees, like the name (ROSTER). Distinguishing marks are CSEC status: a tattoo
 * or a scar can be an exploiter's brand, so describing one tells that the youth was exploited, and only
 * the members who read CSEC status see them (W&IC 827, 830). Break the glass opens the description,
 * marks included, but not who recorded it.
 */
export type PhysicalDescription = {
  __typename?: 'PhysicalDescription';
  /** Scars, marks and tattoos, one each, with where they are (for example: tattoo of a crown, left wrist). */
  distinguishingMarks?: Maybe<Array<Scalars['String']['output']>>;
  /** Eye colour, in the words of the NCIC missing person file. */
  eyeColor?: Maybe<EyeColor>;
  /** Hair colour, in the words of the NCIC missing person file. */
  hairColor?: Maybe<HairColor>;
  /** Height in inches. */
  heightInches?: Maybe<Scalars['Int']['output']>;
  /** Who recorded it, when recorded through this system. */
  recordedBy?: Maybe<ProgramStaff>;
  /** When it was recorded: how current the description is. */
  recordedOn?: Maybe<Scalars['Date']['output']>;
  /** The description's version: send it with an update, which is refused if someone updated it first. */
  version?: Maybe<Scalars['Int']['output']>;
  /** Weight in pounds. */
  weightPounds?: Maybe<Scalars['Int']['output']>;
};

/** How to recognise the youth, as you record it now. */
export type PhysicalDescriptionInput = {
  /** Scars, marks and tattoos, one each with where they are, each at most 200 characters, at most 20; none is an empty list. */
  distinguishingMarks: Array<Scalars['String']['input']>;
  /** Eye colour. */
  eyeColor: EyeColor;
  /** Hair colour. */
  hairColor: HairColor;
  /** Height in inches, 24 to 96. */
  heightInches: Scalars['Int']['input'];
  /** Weight in pounds, 20 to 500. */
  weightPounds: Scalars['Int']['input'];
};

/** Where the youth lives or lived, in out-of-home care. */
export type Placement = {
  __typename?: 'Placement';
  /** Street address of the placement. */
  address?: Maybe<Address>;
  /** Why the placement ended. */
  endReason?: Maybe<PlacementEndReason>;
  /** When the placement ended; empty while current. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Name of the home, facility or program. */
  facilityName?: Maybe<Scalars['String']['output']>;
  /** Placement id. */
  placementId: Scalars['ID']['output'];
  /** Kind of placement. */
  placementType?: Maybe<PlacementType>;
  /** When the placement began. */
  startedOn?: Maybe<Scalars['Date']['output']>;
};

/** Why a placement ended. */
export type PlacementEndReason =
  /** The youth left without permission (AWOL). */
  | 'AWOL'
  /** Another reason. */
  | 'OTHER'
  /** Moved to another placement. */
  | 'PLACEMENT_CHANGE'
  /** Returned home. */
  | 'REUNIFIED'
  /** Stepped down to a less restrictive setting. */
  | 'STEP_DOWN';

/** Kind of placement. */
export type PlacementType =
  /** Home certified by a foster family agency. */
  | 'FOSTER_FAMILY_AGENCY'
  /** Legal guardian. */
  | 'GUARDIAN'
  /** Home of parent. */
  | 'HOME_OF_PARENT'
  /** Relative or non-relative extended family member. */
  | 'KIN'
  /** Resource family (licensed foster home). */
  | 'RESOURCE_FAMILY'
  /** Short-term residential therapeutic program. */
  | 'STRTP'
  /** Transitional housing. */
  | 'TRANSITIONAL_HOUSING';

/** A term or condition of probation. */
export type ProbationCondition = {
  __typename?: 'ProbationCondition';
  /** The term or condition, as the court or probation imposed it. */
  condition?: Maybe<Scalars['String']['output']>;
  /** When it was imposed. */
  imposedOn?: Maybe<Scalars['Date']['output']>;
};

/**
 * A juvenile known to probation: the youth as recorded by the county's juvenile probation
 * department. Sealed (W&IC 781, 786, 786.5) and vacated (PC 236.14) petitions are never shown here
 * and are not counted in anything shown.
 */
export type ProbationJuvenile = {
  __typename?: 'ProbationJuvenile';
  /** Whether the juvenile court has adjudicated any petition shown here (a jurisdictional finding was made). */
  adjudicated?: Maybe<Scalars['Boolean']['output']>;
  /** The deputy probation officer carrying the youth's case. */
  assignedOfficer?: Maybe<AssignedOfficer>;
  /** Date of birth as recorded by probation. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** The youth's name as booked by probation: LAST, FIRST MIDDLE. */
  bookedName?: Maybe<Scalars['String']['output']>;
  /** Terms and conditions of probation the youth must follow, newest first. */
  conditions?: Maybe<Array<ProbationCondition>>;
  /** Juvenile court petitions filed about the youth, with their dispositions, newest first. */
  petitions?: Maybe<Array<DelinquencyPetition>>;
  /** Probation number. */
  probationNumber: Scalars['ID']['output'];
  /** Referrals to probation intake about the youth, newest first. */
  referrals?: Maybe<Array<ProbationReferral>>;
  /** Juvenile court warrants for the youth, newest first. */
  warrants?: Maybe<Array<Warrant>>;
};

/** A referral to probation intake about the youth (W&IC 652, 653.5). */
export type ProbationReferral = {
  __typename?: 'ProbationReferral';
  /** The offense as referred, for example PC 459. */
  offense?: Maybe<Scalars['String']['output']>;
  /** What intake decided. */
  outcome?: Maybe<IntakeOutcome>;
  /** When probation received the referral. */
  receivedOn?: Maybe<Scalars['Date']['output']>;
  /** Referral number. */
  referralNumber: Scalars['ID']['output'];
  /** Who referred the youth. */
  source?: Maybe<ProbationReferralSource>;
};

/** Who referred the youth to probation. */
export type ProbationReferralSource =
  /** The child welfare agency. */
  | 'CHILD_WELFARE'
  /** A law enforcement agency, after an arrest or citation. */
  | 'LAW_ENFORCEMENT'
  /** Someone else. */
  | 'OTHER'
  /** A parent or guardian. */
  | 'PARENT'
  /** A school. */
  | 'SCHOOL';

/** What a proceeding about the youth is. */
export type ProceedingKind =
  /** A criminal proceeding involving the youth, for example against an exploiter. */
  | 'CRIMINAL'
  /** A delinquency matter (W&IC 602). */
  | 'DELINQUENCY'
  /** A dependency matter (W&IC 300). */
  | 'DEPENDENCY';

/** A person's part in a proceeding, from its first day to its last, both included. */
export type ProceedingParticipant = {
  __typename?: 'ProceedingParticipant';
  /** The first day of their part. */
  from?: Maybe<Scalars['Date']['output']>;
  /** Their part in the proceeding. */
  role?: Maybe<ProceedingRole>;
  /** The last day of their part; empty while it has not ended. */
  until?: Maybe<Scalars['Date']['output']>;
  /** The person's user id in the county's staff directory. */
  userId?: Maybe<Scalars['String']['output']>;
};

/** A person's part in a proceeding. */
export type ProceedingRole =
  /** Counsel of a party. */
  | 'COUNSEL'
  /** Investigating the matter of the proceeding, for example a law enforcement officer. */
  | 'INVESTIGATING'
  /** A party to the proceeding. */
  | 'PARTY'
  /** A witness. */
  | 'WITNESS';

/** A person who works with the youth: county staff or a partner. */
export type ProgramStaff = {
  __typename?: 'ProgramStaff';
  /** The agency or organization the person works for. */
  agency?: Maybe<Agency>;
  /** Name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The person's roles. */
  roles?: Maybe<Array<StaffRole>>;
  /** User id. */
  userId: Scalars['ID']['output'];
};

/** A public health nurse's visit with the youth. */
export type PublicHealthNurseVisit = {
  __typename?: 'PublicHealthNurseVisit';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** Kind of visit, for example "Home visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** The nurse who made the visit. */
  nurse?: Maybe<Scalars['String']['output']>;
  /** What the visit was for. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the visit took place. */
  status?: Maybe<HealthVisitStatus>;
  /** Health system id of the visit. */
  visitId: Scalars['ID']['output'];
  /** When the visit took place. */
  visitedOn?: Maybe<Scalars['Date']['output']>;
};

/** The youth's public health nursing case. */
export type PublicHealthNursingRecord = {
  __typename?: 'PublicHealthNursingRecord';
  /** The public health nurse assigned to the youth, from the most recent case. */
  assignedNurseName?: Maybe<Scalars['String']['output']>;
  /** When the case was closed; empty while open. */
  caseClosedOn?: Maybe<Scalars['Date']['output']>;
  /** When the case was opened. */
  caseOpenedOn?: Maybe<Scalars['Date']['output']>;
  /** Whether the public health nursing case is open. */
  caseStatus?: Maybe<HealthServiceStatus>;
  /** The nurse's visits with the youth, newest first. */
  visits?: Maybe<Array<PublicHealthNurseVisit>>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The access matrix of the sharing policy in force, for one purpose of use: for each role and kind
   * of information, whether the policy allows it, allows it only in some situations, or withholds it,
   * and under which rule and law. About no youth. Emergency access is not a purpose of the matrix: it
   * opens a set of fields, not kinds of information. Open to the privacy officer.
   */
  accessMatrix?: Maybe<AccessMatrix>;
  /**
   * The accounting of disclosures for one youth, by CSEC program youth id: every time someone was
   * shown or refused a piece of information about the youth through this system, newest first. It
   * says who asked, when, for what purpose, what was decided and under which rule and law, never
   * the information itself. Open to the privacy officer and to the youth's attorney on the MDT.
   * One page at a time: `first` entries (at most 500), after the entry whose `cursor` is `after`.
   */
  accountingOfDisclosures?: Maybe<Array<DisclosureAccountingEntry>>;
  /** Your MDT caseload: every youth whose open MDT you currently sit on, by youth id. */
  caseload: Array<Youth>;
  /**
   * Why a person would be shown or refused one piece of information about a youth, decided now by
   * the sharing policies in force: the rule and law that decide, and the facts the decision depends
   * on (the youth's consents, MDT seats, assignments, investigations and age). The person is named by
   * user id; the piece of information as type and field of the profile, for example
   * HealthPatient.substanceUse. Never the information itself. Open to the privacy officer.
   */
  disclosureExplanation?: Maybe<DisclosureExplanation>;
  /**
   * How many reconvenings open across the program are not yet due at `asOf` (default: now), for the
   * steering committee; never which youth. Empty when suppressed: a count from 1 to 10 is suppressed
   * (CalHHS Data De-identification Guidelines), and then so is `reconveningsOverdue`, which would
   * reveal it.
   */
  reconveningsDueLater?: Maybe<Scalars['Int']['output']>;
  /**
   * How many reconvenings open across the program are past their due time at `asOf` (default: now),
   * for the steering committee; never which youth. Suppressed with `reconveningsDueLater`.
   */
  reconveningsOverdue?: Maybe<Scalars['Int']['output']>;
  /**
   * The steering committee's report for a reporting period: a month (2026-09), a quarter (2026-Q3) or
   * a fiscal year (FY2026-27). De-identified counts by age band and by lead agency, for the period and
   * the fiscal year to date, with every count from 1 to 10 suppressed and the cells that would reveal
   * one by subtraction (CalHHS Data De-identification Guidelines 4.4). Never which youth.
   */
  steeringReport?: Maybe<SteeringReport>;
  /**
   * The audit of the steering committee reports generated for a period, newest first (at most 100):
   * when, for which purpose and role, under which rule, and which cells were suppressed and why.
   */
  steeringReportRuns?: Maybe<Array<SteeringReportRun>>;
  /**
   * One table of the steering committee's report, suppressed as part of the whole report so that no
   * table published beside it reveals a suppressed count.
   */
  steeringReportTable?: Maybe<SteeringReportTable>;
  /** One youth's consolidated profile, by CSEC program youth id (for example Y-000123). */
  youth?: Maybe<Youth>;
};


export type QueryAccessMatrixArgs = {
  purposeOfUse: Scalars['String']['input'];
};


export type QueryAccountingOfDisclosuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  youthId: Scalars['ID']['input'];
};


export type QueryDisclosureExplanationArgs = {
  field: Scalars['String']['input'];
  purposeOfUse: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
  youthId: Scalars['ID']['input'];
};


export type QueryReconveningsDueLaterArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryReconveningsOverdueArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySteeringReportArgs = {
  period: Scalars['String']['input'];
};


export type QuerySteeringReportRunsArgs = {
  period: Scalars['String']['input'];
};


export type QuerySteeringReportTableArgs = {
  breakdown: ReportBreakdown;
  measure: SteeringMeasure;
  period: Scalars['String']['input'];
  window?: InputMaybe<ReportWindow>;
};


export type QueryYouthArgs = {
  id: Scalars['ID']['input'];
};

/** A meeting of the MDT that a triggering event calls for, and by when it must be held. */
export type Reconvening = {
  __typename?: 'Reconvening';
  /** When the meeting that closed it was held. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The meeting that closed it. */
  closedByMeetingId?: Maybe<Scalars['ID']['output']>;
  /** By when the MDT must meet: when the event happened plus the protocol's time. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Reconvening id. */
  id: Scalars['ID']['output'];
  /** The kind of event that opened it. */
  kind?: Maybe<TriggeringEventKind>;
  /** Whether it is still open after its due time, at the moment asked about. */
  overdue?: Maybe<Scalars['Boolean']['output']>;
  /** The county protocol that set the time, for example IAP-2025-11. */
  protocol?: Maybe<Scalars['String']['output']>;
  /** Whether the MDT has met about it. */
  status?: Maybe<ReconveningStatus>;
  /** The roles on the MDT the protocol says are told of the event. */
  tell?: Maybe<Array<StaffRole>>;
  /** The id of the triggering event that opened it. */
  triggeringEventId?: Maybe<Scalars['ID']['output']>;
  /** The protocol's time for this kind of event, in hours, as it stood when the event was recorded. */
  withinHours?: Maybe<Scalars['Int']['output']>;
};

/** Whether the MDT has met about a triggering event yet. */
export type ReconveningStatus =
  /** A meeting about the event was held. */
  | 'CLOSED'
  /** The MDT has yet to meet about the event. */
  | 'OPEN';

/** The columns of a table. */
export type ReportBreakdown =
  /** Age at the end of the period: under 12, 12-14, 15-17, 18 and over. */
  | 'AGE_BAND'
  /** The lead agency of the youth's MDT. */
  | 'LEAD_AGENCY';

/** The time a table covers. */
export type ReportWindow =
  /** The reporting period. */
  | 'PERIOD'
  /** The state fiscal year to date, through the end of the period. */
  | 'YEAR_TO_DATE';

/** A reporting period. */
export type ReportingPeriod = {
  __typename?: 'ReportingPeriod';
  /** Last day of the period; ages, categories and snapshots are taken on this day. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** As asked for, for example 2026-Q3. */
  label?: Maybe<Scalars['String']['output']>;
  /** First day of the period. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** First day of the state fiscal year (July 1) holding the period, where the year to date starts. */
  yearToDateStartsOn?: Maybe<Scalars['Date']['output']>;
};

/** The youth's safety plan. */
export type SafetyPlan = {
  __typename?: 'SafetyPlan';
  /** Whether an exploiter is a current threat to the youth. */
  exploiterIsThreat?: Maybe<Scalars['Boolean']['output']>;
  /** The plan, in the MDT's words. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Who made this version, when recorded through this system. */
  updatedBy?: Maybe<ProgramStaff>;
  /** When the plan was last updated. */
  updatedOn?: Maybe<Scalars['Date']['output']>;
  /** The plan's version: send it with a revision, which is refused if someone revised the plan first. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** A revision of the youth's safety plan. */
export type SafetyPlanInput = {
  /** Whether an exploiter is a current threat to the youth (it keeps the current address very restricted). */
  exploiterIsThreat: Scalars['Boolean']['input'];
  /** The plan, in the MDT's words, at most 4,000 characters. */
  summary: Scalars['String']['input'];
};

/** A meeting to schedule. */
export type ScheduledMeetingInput = {
  /** Kind of meeting. */
  kind: MdtMeetingKind;
  /** When it is to be held. */
  scheduledFor: Scalars['DateTime']['input'];
};

/** An enrollment of the student in a school. */
export type SchoolEnrollment = {
  __typename?: 'SchoolEnrollment';
  /** Name of the school district. */
  districtName?: Maybe<Scalars['String']['output']>;
  /** When the student entered the school. */
  enteredOn?: Maybe<Scalars['Date']['output']>;
  /** When the student left the school; empty while still enrolled. */
  exitedOn?: Maybe<Scalars['Date']['output']>;
  /** The grade the student was enrolled in. */
  gradeLevel?: Maybe<GradeLevel>;
  /** Name of the school. */
  schoolName?: Maybe<Scalars['String']['output']>;
};

/** The student's attendance in one school year. */
export type SchoolYearAttendance = {
  __typename?: 'SchoolYearAttendance';
  /** Share of enrolled days the student attended, from 0 to 1; empty when the student was enrolled no days. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** Days the student was absent while enrolled. */
  daysAbsent?: Maybe<Scalars['Int']['output']>;
  /** Days the student was enrolled during the year. */
  daysEnrolled?: Maybe<Scalars['Int']['output']>;
  /** The school year, for example 2024-25. */
  schoolYear?: Maybe<Scalars['String']['output']>;
};

/** A screening tool for commercial sexual exploitation. */
export type ScreeningTool =
  /** Commercial Sexual Exploitation-Identification Tool (WestCoast Children's Clinic). */
  | 'CSE_IT';

/** A diagnosis made in sensitive services. */
export type SensitiveDiagnosis = {
  __typename?: 'SensitiveDiagnosis';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the diagnosis still applies. */
  clinicalStatus?: Maybe<HealthDiagnosisStatus>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The diagnosis in words. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the condition began or was diagnosed. */
  diagnosedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the diagnosis. */
  diagnosisId: Scalars['ID']['output'];
  /** ICD-10-CM code of the diagnosis. */
  icd10Code?: Maybe<Scalars['String']['output']>;
  /** When the condition resolved; empty while it applies. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
};

/** A medication of a sensitive service, for example contraception. */
export type SensitiveMedication = {
  __typename?: 'SensitiveMedication';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the visit or diagnosis it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** How to take it, as the prescriber wrote it. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The medication, for example "norethindrone 0.35 MG Oral Tablet". */
  medication?: Maybe<Scalars['String']['output']>;
  /** Health system id of the prescription or of the reported medication. */
  medicationId: Scalars['ID']['output'];
  /** When the medication was prescribed or recorded. */
  prescribedOn?: Maybe<Scalars['Date']['output']>;
  /** The clinician who prescribed it, or who reported it. */
  prescriber?: Maybe<Scalars['String']['output']>;
  /** Why it was prescribed. */
  reason?: Maybe<Scalars['String']['output']>;
  /** RxNorm code of the medication. */
  rxnormCode?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Prescribed, or reported by the youth or a caregiver. */
  source?: Maybe<HealthMedicationSource>;
  /** Where the prescription stands. */
  status?: Maybe<HealthMedicationStatus>;
};

/** A procedure done in sensitive services. */
export type SensitiveProcedure = {
  __typename?: 'SensitiveProcedure';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The procedure in words, for example "Insertion of subcutaneous contraceptive". */
  description?: Maybe<Scalars['String']['output']>;
  /** When the procedure was done. */
  performedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the procedure. */
  procedureId: Scalars['ID']['output'];
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** SNOMED CT code of the procedure. */
  snomedCode?: Maybe<Scalars['String']['output']>;
  /** Whether the procedure was done. */
  status?: Maybe<HealthProcedureStatus>;
};

/** Sensitive services the youth received on their own consent. */
export type SensitiveServicesRecord = {
  __typename?: 'SensitiveServicesRecord';
  /** Related diagnoses (infections, contraceptive care, sexual abuse or exploitation), most recent first. */
  diagnoses?: Maybe<Array<SensitiveDiagnosis>>;
  /** Medications of sensitive services, for example contraception, most recent first. */
  medications?: Maybe<Array<SensitiveMedication>>;
  /** Procedures, for example a contraceptive implant, newest first. */
  procedures?: Maybe<Array<SensitiveProcedure>>;
  /** Tests for sexually transmitted infections and pregnancy, newest first. */
  testResults?: Maybe<Array<SensitiveTestResult>>;
  /** Visits for sensitive services, for example an STI test or contraceptive care, newest first. */
  visits?: Maybe<Array<SensitiveVisit>>;
};

/** A test for a sexually transmitted infection, or a pregnancy test. */
export type SensitiveTestResult = {
  __typename?: 'SensitiveTestResult';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** When the specimen was collected. */
  collectedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The laboratory's interpretation, for example "Negative". */
  interpretation?: Maybe<Scalars['String']['output']>;
  /** LOINC code of the test. */
  loincCode?: Maybe<Scalars['String']['output']>;
  /** The result, for example "Not detected". */
  result?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record (for example STD, SEX). */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the result is final. */
  status?: Maybe<HealthResultStatus>;
  /** The test, for example "Chlamydia trachomatis rRNA [Presence] in Urine by NAA with probe detection". */
  test?: Maybe<Scalars['String']['output']>;
  /** Health system id of the test. */
  testId: Scalars['ID']['output'];
};

/** A visit for a sensitive service. */
export type SensitiveVisit = {
  __typename?: 'SensitiveVisit';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The clinician seen. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** Kind of visit, for example "Office visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** What the visit was for. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the visit took place. */
  status?: Maybe<HealthVisitStatus>;
  /** Health system id of the visit. */
  visitId: Scalars['ID']['output'];
  /** When the visit took place. */
  visitedOn?: Maybe<Scalars['Date']['output']>;
};

/** The child welfare service component the case is in. */
export type ServiceComponent =
  /** Emergency response: investigating a referral. */
  | 'EMERGENCY_RESPONSE'
  /** Family maintenance: services while the youth stays home. */
  | 'FAMILY_MAINTENANCE'
  /** Family reunification: services to return the youth home. */
  | 'FAMILY_REUNIFICATION'
  /** Permanent placement. */
  | 'PERMANENT_PLACEMENT';

/** An agency whose system of record joins the consolidated profile. */
export type SourceAgency =
  /** County child welfare services. */
  | 'CHILD_WELFARE'
  /** County office of education and school districts. */
  | 'EDUCATION'
  /** County behavioral health and public health. */
  | 'HEALTH'
  /** The juvenile court. */
  | 'JUVENILE_COURT'
  /** County juvenile probation. */
  | 'PROBATION';

/** A role a person holds on an MDT or in the program. */
export type StaffRole =
  /** The youth's caregiver. */
  | 'CAREGIVER'
  /** Court Appointed Special Advocate. */
  | 'CASA'
  /** Education liaison. */
  | 'EDUCATION_LIAISON'
  /** Law enforcement officer. */
  | 'LAW_ENFORCEMENT_OFFICER'
  /** Mental health clinician. */
  | 'MENTAL_HEALTH_CLINICIAN'
  /** County privacy officer. */
  | 'PRIVACY_OFFICER'
  /** Probation officer. */
  | 'PROBATION_OFFICER'
  /** Prosecutor. */
  | 'PROSECUTOR'
  /** Public health nurse. */
  | 'PUBLIC_HEALTH_NURSE'
  /** Case-carrying child welfare social worker. */
  | 'SOCIAL_WORKER'
  /** Member of the CSEC steering committee. */
  | 'STEERING_COMMITTEE_MEMBER'
  /** Substance use disorder counselor. */
  | 'SUBSTANCE_USE_COUNSELOR'
  /** Survivor advocate. */
  | 'SURVIVOR_ADVOCATE'
  /** The youth's attorney. */
  | 'YOUTH_ATTORNEY';

/** A stage in the Stages of Change model the protocol uses to meet youth where they are. */
export type StageOfChange =
  /** Taking action. */
  | 'ACTION'
  /** Considering change. */
  | 'CONTEMPLATION'
  /** Maintaining change. */
  | 'MAINTENANCE'
  /** Not yet considering change. */
  | 'PRECONTEMPLATION'
  /** Preparing to change. */
  | 'PREPARATION';

/** A Stages of Change assessment. */
export type StageOfChangeAssessment = {
  __typename?: 'StageOfChangeAssessment';
  /** Who assessed it, when recorded through this system. */
  assessedBy?: Maybe<ProgramStaff>;
  /** When it was assessed. */
  assessedOn?: Maybe<Scalars['Date']['output']>;
  /** The stage assessed. */
  stage?: Maybe<StageOfChange>;
};

/** A Stages of Change assessment to record. */
export type StageOfChangeInput = {
  /** When it was assessed (not in the future). */
  assessedOn: Scalars['Date']['input'];
  /** The stage assessed. */
  stage: StageOfChange;
};

/** What a steering committee table counts. */
export type SteeringMeasure =
  /** Youth served who were missing or absent from care (AWOL) in the window. */
  | 'AWOL_DURING_PERIOD'
  /** Youth served, by exploitation status: at risk, suspected or confirmed (W&IC 16501.45). */
  | 'EXPLOITATION_STATUS'
  /** Youth served who had entered foster care: exploited before entering care, during care, while missing from care, or at risk (W&IC 16501.45). */
  | 'EXPLOITED_BY_CARE_STATUS'
  /** Youth identified in the window, by the CSE-IT level of concern of their latest screening. */
  | 'IDENTIFIED_BY_CSE_IT_LEVEL'
  /** Youth identified in the window, by the agency that first linked them to the program. */
  | 'IDENTIFIED_BY_FIRST_LINKED_AGENCY'
  /** MDT meetings held in the window, by kind. */
  | 'MDT_MEETINGS_HELD'
  /** Youth with an open MDT at the end of the period, by type of placement (child welfare's placements, which include probation's foster care). */
  | 'PLACEMENT_TYPE_AT_PERIOD_END'
  /** Reconvenings of the MDT due in the window: held on time, held late, or not held by the end of the period. */
  | 'RECONVENINGS_DUE'
  /** Youth served (MDT open in the window), by child welfare, probation, both or neither. */
  | 'SERVED_BY_AGENCY'
  /** Youth served, by each type of service received from child welfare or probation in the window (a youth counts once per type). */
  | 'SERVICES_RECEIVED'
  /** Youth with an open MDT at the end of the period, by Stage of Change. */
  | 'STAGE_OF_CHANGE_AT_PERIOD_END'
  /** Triggering events in the window, by type. */
  | 'TRIGGERING_EVENTS';

/** A steering committee report: de-identified counts of the CSEC program for a reporting period. */
export type SteeringReport = {
  __typename?: 'SteeringReport';
  /** The reporting period and its fiscal year to date. */
  period?: Maybe<ReportingPeriod>;
  /** How many counts were suppressed, and how. */
  suppression?: Maybe<SuppressionSummary>;
  /** Every table of the report. */
  tables?: Maybe<Array<SteeringReportTable>>;
};

/** One count, or the mark that it is suppressed and why. */
export type SteeringReportCell = {
  __typename?: 'SteeringReportCell';
  /** The column. */
  column?: Maybe<Scalars['String']['output']>;
  /** The count; empty when suppressed. */
  count?: Maybe<Scalars['Int']['output']>;
  /** The count as a percentage of the row's total; empty when either is suppressed or the total is zero. */
  percentOfRow?: Maybe<Scalars['Float']['output']>;
  /** Why the count is suppressed; empty when it is shown. */
  reason?: Maybe<SuppressionReason>;
  /** Whether the count is suppressed. */
  suppressed?: Maybe<Scalars['Boolean']['output']>;
};

/** One category's counts. */
export type SteeringReportRow = {
  __typename?: 'SteeringReportRow';
  /** The category, for example CLEAR_CONCERN, or TOTAL. */
  category?: Maybe<Scalars['String']['output']>;
  /** One cell per column. */
  cells?: Maybe<Array<SteeringReportCell>>;
};

/** One steering committee report generated, as the audit recorded it. */
export type SteeringReportRun = {
  __typename?: 'SteeringReportRun';
  /** Counts suppressed to protect them. */
  complementaryCells?: Maybe<Scalars['Int']['output']>;
  /** When it was generated. */
  generatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its legal basis. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** The reporting period. */
  period?: Maybe<Scalars['String']['output']>;
  /** The policy revision in force. */
  policyRevision?: Maybe<Scalars['String']['output']>;
  /** The purpose of use stated. */
  purposeOfUse?: Maybe<Scalars['String']['output']>;
  /** The roles of the person who asked. */
  requesterRoles?: Maybe<Array<Scalars['String']['output']>>;
  /** The agreement clause that allowed it. */
  rule?: Maybe<Scalars['String']['output']>;
  /** Counts from 1 to 10 suppressed in the whole report. */
  smallCells?: Maybe<Scalars['Int']['output']>;
  /** Each suppressed cell of the tables released: measure, window, breakdown, category, column and reason. */
  suppressedCells?: Maybe<Array<Scalars['String']['output']>>;
  /** How many tables were released. */
  tables?: Maybe<Scalars['Int']['output']>;
};

/** One table of counts: a row per category and a column per age band or lead agency, with totals. */
export type SteeringReportTable = {
  __typename?: 'SteeringReportTable';
  /** What the columns are. */
  breakdown?: Maybe<ReportBreakdown>;
  /** Column names, in order; the last, ALL, is the row's total. */
  columns?: Maybe<Array<Scalars['String']['output']>>;
  /** What the table counts. */
  measure?: Maybe<SteeringMeasure>;
  /** One row per category; the last, TOTAL, sums the categories when each youth is in exactly one. */
  rows?: Maybe<Array<SteeringReportRow>>;
  /** The table's title, in plain words. */
  title?: Maybe<Scalars['String']['output']>;
  /** What one count is. */
  unit?: Maybe<CountUnit>;
  /** The time the table covers. */
  window?: Maybe<ReportWindow>;
};

/** A substance use screening or assessment. */
export type SubstanceUseAssessment = {
  __typename?: 'SubstanceUseAssessment';
  /** When the assessment was done. */
  assessedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the assessment. */
  assessmentId: Scalars['ID']['output'];
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The instrument, for example "Total score [DAST-10]". */
  instrument?: Maybe<Scalars['String']['output']>;
  /** What the score means, for example "Moderate level of problems related to drug abuse". */
  interpretation?: Maybe<Scalars['String']['output']>;
  /** LOINC code of the instrument. */
  loincCode?: Maybe<Scalars['String']['output']>;
  /** Total score, for scored instruments. */
  score?: Maybe<Scalars['Float']['output']>;
  /** HL7 sensitivity codes the health system put on this record (for example ETH, 42CFRPart2). */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the result is final. */
  status?: Maybe<HealthResultStatus>;
};

/** A substance use disorder diagnosis. */
export type SubstanceUseDiagnosis = {
  __typename?: 'SubstanceUseDiagnosis';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the diagnosis still applies. */
  clinicalStatus?: Maybe<HealthDiagnosisStatus>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The diagnosis in words, for example "Cannabis abuse, uncomplicated". */
  description?: Maybe<Scalars['String']['output']>;
  /** When the condition began or was diagnosed. */
  diagnosedOn?: Maybe<Scalars['Date']['output']>;
  /** Health system id of the diagnosis. */
  diagnosisId: Scalars['ID']['output'];
  /** ICD-10-CM code of the diagnosis. */
  icd10Code?: Maybe<Scalars['String']['output']>;
  /** When the condition resolved; empty while it applies. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
};

/** A medication for substance use disorder treatment, for example buprenorphine, naltrexone or methadone. */
export type SubstanceUseMedication = {
  __typename?: 'SubstanceUseMedication';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the visit or diagnosis it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** How to take it, as the prescriber wrote it. */
  dosage?: Maybe<Scalars['String']['output']>;
  /** The medication, for example "buprenorphine 8 MG / naloxone 2 MG Sublingual Film". */
  medication?: Maybe<Scalars['String']['output']>;
  /** Health system id of the prescription or of the reported medication. */
  medicationId: Scalars['ID']['output'];
  /** When the medication was prescribed or recorded. */
  prescribedOn?: Maybe<Scalars['Date']['output']>;
  /** The clinician who prescribed it, or who reported it. */
  prescriber?: Maybe<Scalars['String']['output']>;
  /** Why it was prescribed. */
  reason?: Maybe<Scalars['String']['output']>;
  /** RxNorm code of the medication. */
  rxnormCode?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Prescribed, or reported by the youth or a caregiver. */
  source?: Maybe<HealthMedicationSource>;
  /** Where the prescription stands. */
  status?: Maybe<HealthMedicationStatus>;
};

/** The youth's substance use disorder record (42 CFR Part 2). */
export type SubstanceUseRecord = {
  __typename?: 'SubstanceUseRecord';
  /** Substance use screenings and assessments (for example DAST-10, AUDIT-C), newest first. */
  assessments?: Maybe<Array<SubstanceUseAssessment>>;
  /** Substance use disorder diagnoses, most recent first. */
  diagnoses?: Maybe<Array<SubstanceUseDiagnosis>>;
  /** Medications for substance use disorder (for example buprenorphine, naltrexone, methadone), and any medication prescribed in substance use treatment, most recent first. */
  medications?: Maybe<Array<SubstanceUseMedication>>;
  /** Substance use disorder treatment the youth is or was enrolled in, most recent first. */
  treatment?: Maybe<Array<SubstanceUseTreatment>>;
  /** Counseling sessions and other visits of substance use treatment (a visit inside a substance use episode, or for a substance use reason), newest first. Never counseling notes. */
  visits?: Maybe<Array<SubstanceUseVisit>>;
};

/** Enrollment in substance use disorder treatment. */
export type SubstanceUseTreatment = {
  __typename?: 'SubstanceUseTreatment';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** The counselor responsible for the youth's treatment. */
  counselor?: Maybe<Scalars['String']['output']>;
  /** When treatment ended; empty while it continues. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** The treatment program, for example "Adolescent outpatient substance use disorder treatment". */
  program?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** When treatment began. */
  startedOn?: Maybe<Scalars['Date']['output']>;
  /** Where the youth is in treatment. */
  status?: Maybe<HealthServiceStatus>;
  /** Health system id of the enrollment. */
  treatmentId: Scalars['ID']['output'];
};

/** A counseling session or other visit of substance use treatment. */
export type SubstanceUseVisit = {
  __typename?: 'SubstanceUseVisit';
  /** What filed this record in this part of the profile: a label the health system sent, a code in a value set of the policy bundle (set and version), or the episode or visit it belongs to. */
  classifiedBy?: Maybe<Scalars['String']['output']>;
  /** The counselor or clinician seen. */
  clinician?: Maybe<Scalars['String']['output']>;
  /** HL7 confidentiality code the health system put on this record. */
  confidentiality?: Maybe<Scalars['String']['output']>;
  /** Kind of visit, for example "Office visit". */
  kind?: Maybe<Scalars['String']['output']>;
  /** What the visit was for. */
  reason?: Maybe<Scalars['String']['output']>;
  /** HL7 sensitivity codes the health system put on this record. */
  sensitivity?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the visit took place. */
  status?: Maybe<HealthVisitStatus>;
  /** Health system id of the visit. */
  visitId: Scalars['ID']['output'];
  /** When the visit took place. */
  visitedOn?: Maybe<Scalars['Date']['output']>;
};

/** Why a count is not shown. */
export type SuppressionReason =
  /** The count would let a reader work out a small count from the totals published with it. */
  | 'COMPLEMENTARY'
  /** The count was suppressed when an earlier period's report was published. */
  | 'EARLIER_RELEASE'
  /** The count is from 1 to 10. */
  | 'SMALL_CELL';

/** How much of the report was suppressed. */
export type SuppressionSummary = {
  __typename?: 'SuppressionSummary';
  /** Counts suppressed only so that no small count can be worked out from the totals. */
  complementaryCells?: Maybe<Scalars['Int']['output']>;
  /** The sum of the complementary counts: what the suppression gave up, kept as small as possible. */
  complementaryCountTotal?: Maybe<Scalars['Int']['output']>;
  /** The method, in one sentence, and where it is described. */
  method?: Maybe<Scalars['String']['output']>;
  /** Counts from 1 to 10, suppressed on their own. */
  smallCells?: Maybe<Scalars['Int']['output']>;
};

/** A triggering event. */
export type TriggeringEvent = {
  __typename?: 'TriggeringEvent';
  /** Event id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind?: Maybe<TriggeringEventKind>;
  /** The reporter's short factual account (W&IC 830: for the members who attend the MDT). */
  note?: Maybe<Scalars['String']['output']>;
  /** When it happened, to the minute; empty for events recorded before the MDT recorded times. */
  occurredAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it happened. */
  occurredOn?: Maybe<Scalars['Date']['output']>;
  /** The reconvening of the MDT the event opened; empty for events recorded before the protocol's clock. */
  reconvening?: Maybe<Reconvening>;
  /** When it was recorded. */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The member who reported it to the MDT. */
  reportedBy?: Maybe<ProgramStaff>;
  /** A short account. */
  summary?: Maybe<Scalars['String']['output']>;
};

/** A triggering event, as the member who reports it tells the MDT. */
export type TriggeringEventInput = {
  /** What happened. */
  kind: TriggeringEventKind;
  /** A short factual account, at most 500 characters: what happened, not opinions (W&IC 830: the team's confidential notes). */
  note: Scalars['String']['input'];
  /** When it happened (not in the future). */
  occurredAt: Scalars['DateTime']['input'];
};

/** An event that reconvenes the MDT. */
export type TriggeringEventKind =
  /** The youth ran away or went AWOL. */
  | 'AWOL'
  /** An exploiter threatened the youth. */
  | 'EXPLOITER_THREAT'
  /** The youth had contact with law enforcement. */
  | 'LAW_ENFORCEMENT_CONTACT'
  /** The youth disclosed new exploitation. */
  | 'NEW_EXPLOITATION_DISCLOSURE'
  /** The youth's placement changed. */
  | 'PLACEMENT_CHANGE'
  /** The youth had a psychiatric crisis. */
  | 'PSYCHIATRIC_CRISIS';

/** A juvenile court warrant for the youth. */
export type Warrant = {
  __typename?: 'Warrant';
  /** When the warrant was issued. */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  /** Whether the warrant is active, recalled or served. */
  status?: Maybe<WarrantStatus>;
  /** Warrant number. */
  warrantNumber: Scalars['ID']['output'];
};

/** Where a warrant stands. */
export type WarrantStatus =
  /** The warrant is outstanding. */
  | 'ACTIVE'
  /** The court recalled the warrant. */
  | 'RECALLED'
  /** The warrant was served. */
  | 'SERVED';

/**
 * A youth served by the CSEC program. The program's youth id is the youth's identity across
 * agencies; each agency contributes its own record through its own identifier, linked by the MDT.
 */
export type Youth = {
  __typename?: 'Youth';
  /** Age in whole years today. */
  age?: Maybe<Scalars['Int']['output']>;
  /** Every link and unlink of the youth to an agency's record recorded through this system, newest first: who, when and why. */
  agencyLinkHistory?: Maybe<Array<AgencyLinkChange>>;
  /** Every agency record the MDT has linked to this youth, with who linked it and when. */
  agencyLinks?: Maybe<Array<AgencyLink>>;
  /** Date of birth. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /**
   * Orders of the juvenile court under W&IC 827 that let a named person or agency inspect the youth's
   * juvenile case file, the most recently granted first.
   */
  caseFileInspectionOrders?: Maybe<Array<CaseFileInspectionOrder>>;
  /** The youth's record in the child welfare system of record; empty when child welfare has no record. */
  childWelfare?: Maybe<ChildWelfareClient>;
  /** The youth's client id in the child welfare case management system. */
  childWelfareClientId?: Maybe<Scalars['ID']['output']>;
  /** Consents and authorizations to disclose the youth's records, newest first. */
  consents?: Maybe<Array<Consent>>;
  /**
   * The youth's party number in the juvenile court's case management system: the court gives each
   * person one party number and keeps it across all their cases, so a youth with a dependency case
   * (W&IC 300) and a delinquency case (W&IC 602) is one party in both. A case number names a case,
   * not the youth.
   */
  courtPartyNumber?: Maybe<Scalars['ID']['output']>;
  /**
   * Proceedings about the youth the court records (its dependency and delinquency matters, and criminal
   * proceedings involving the youth), each with who is a party to, investigating, counsel in or witness to it.
   */
  courtProceedings?: Maybe<Array<CourtProceeding>>;
  /** The youth's student record at the county office of education; empty when the schools have no record. */
  education?: Maybe<EducationStudent>;
  /** Whether the youth is identified as commercially sexually exploited or at risk. */
  exploitationStatus?: Maybe<ExploitationStatus>;
  /** The youth's record in county behavioral health and public health; empty when county health has no record. */
  health?: Maybe<HealthPatient>;
  /** CSEC program youth id, for example Y-000123. */
  id: Scalars['ID']['output'];
  /** When the youth was identified. */
  identifiedOn?: Maybe<Scalars['Date']['output']>;
  /** Reports the MDT is investigating under W&IC 18961.7, newest first. */
  investigations?: Maybe<Array<Investigation>>;
  /** The juvenile court's cases about the youth (dependency and delinquency), the most recently filed first. */
  juvenileCourtCases?: Maybe<Array<JuvenileCourtCase>>;
  /** The youth's multidisciplinary team. */
  mdt?: Maybe<Mdt>;
  /** The youth's medical record number in county health, when linked. */
  medicalRecordNumber?: Maybe<Scalars['ID']['output']>;
  /** MDT meetings about the youth, newest first. */
  meetings?: Maybe<Array<MdtMeeting>>;
  /** Since when the youth has been missing or AWOL; empty when the youth's whereabouts are known. */
  missingSince?: Maybe<Scalars['Date']['output']>;
  /** The youth's name as the CSEC program records it. */
  name?: Maybe<YouthName>;
  /**
   * Your notices about this youth, newest first: that a triggering event was recorded, that the meeting
   * it calls for is due soon, that it is overdue. Only while you sit on the youth's open MDT and only
   * those for your role (the protocol's `tell`); the closed reconvenings' too with `includeClosed`.
   * Ask `caseload { id notices { ... } }` for all of yours.
   */
  notices?: Maybe<Array<MdtNotice>>;
  /**
   * How to recognise the youth, as the MDT last recorded it for a missing-person report; empty when
   * none is recorded. Locator information, like the name and date of birth (ROSTER); the
   * distinguishing marks inside it are classified on their own.
   */
  physicalDescription?: Maybe<PhysicalDescription>;
  /**
   * Every version of how the MDT described the youth, newest first (the first is the current one):
   * an earlier description can still help when the youth's appearance changed. Classified like the
   * current one, field by field.
   */
  physicalDescriptionHistory?: Maybe<Array<PhysicalDescription>>;
  /** The youth's record in the juvenile probation system; empty when probation has no record. */
  probation?: Maybe<ProbationJuvenile>;
  /** The youth's probation number in the juvenile probation case management system. */
  probationNumber?: Maybe<Scalars['ID']['output']>;
  /**
   * Reconvenings of the MDT that triggering events opened, soonest due first: the open ones, and the
   * closed ones too with `includeClosed`. Overdue is judged at `asOf` (default: now).
   */
  reconvenings?: Maybe<Array<Reconvening>>;
  /** The youth's current safety plan. */
  safetyPlan?: Maybe<SafetyPlan>;
  /** Every version of the youth's safety plan, newest first. */
  safetyPlanHistory?: Maybe<Array<SafetyPlan>>;
  /** CSEC screenings (CSE-IT), newest first. */
  screenings?: Maybe<Array<CsecScreening>>;
  /** Stages of Change assessments, newest first. */
  stagesOfChange?: Maybe<Array<StageOfChangeAssessment>>;
  /** The youth's Statewide Student Identifier (SSID), the ten-digit number California schools use. */
  statewideStudentId?: Maybe<Scalars['ID']['output']>;
  /** Events that reconvene the MDT (AWOL, placement change, law enforcement contact, crisis, exploiter threat), newest first. */
  triggeringEvents?: Maybe<Array<TriggeringEvent>>;
};


/**
 * A youth served by the CSEC program. The program's youth id is the youth's identity across
 * agencies; each agency contributes its own record through its own identifier, linked by the MDT.
 */
export type YouthNoticesArgs = {
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A youth served by the CSEC program. The program's youth id is the youth's identity across
 * agencies; each agency contributes its own record through its own identifier, linked by the MDT.
 */
export type YouthReconveningsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A youth's name. */
export type YouthName = {
  __typename?: 'YouthName';
  /** Family (last) name. */
  familyName?: Maybe<Scalars['String']['output']>;
  /** Given (first) name. */
  givenName?: Maybe<Scalars['String']['output']>;
  /** The name the youth goes by, when different. */
  preferredName?: Maybe<Scalars['String']['output']>;
};

/** How the youth took part in an MDT meeting (the protocol asks that youth be involved). */
export type YouthParticipation =
  /** The youth attended. */
  | 'ATTENDED'
  /** The youth chose not to take part. */
  | 'DECLINED'
  /** The youth gave their views before the meeting. */
  | 'GAVE_VIEWS_BEFORE'
  /** The youth could not take part. */
  | 'NOT_ABLE';

export type Join__ContextArgument = {
  context: Scalars['String']['input'];
  name: Scalars['String']['input'];
  selection: Scalars['join__FieldValue']['input'];
  type: Scalars['String']['input'];
};

export type Join__Graph =
  | 'CHILD_WELFARE'
  | 'CSEC'
  | 'EDUCATION'
  | 'HEALTH'
  | 'JUVENILE_COURT'
  | 'PROBATION';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type MyNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNoticesQuery = { __typename?: 'Query', caseload: Array<{ __typename?: 'Youth', id: string, name?: { __typename?: 'YouthName', givenName?: string | null, familyName?: string | null, preferredName?: string | null } | null, notices?: Array<{ __typename?: 'MdtNotice', id: string, kind?: MdtNoticeKind | null, givenAt?: string | null, dueAt?: string | null }> | null }> };

export type AccessMatrixPageQueryVariables = Exact<{
  purposeOfUse: Scalars['String']['input'];
}>;


export type AccessMatrixPageQuery = { __typename?: 'Query', accessMatrix?: { __typename?: 'AccessMatrix', policyRevision?: string | null, purposeOfUse?: string | null, decidedAt?: string | null, roles?: Array<{ __typename?: 'AccessMatrixRole', code?: string | null, title?: string | null }> | null, categories?: Array<{ __typename?: 'AccessMatrixCategory', code?: string | null, title?: string | null, legalBasis?: string | null }> | null, purposes?: Array<{ __typename?: 'AccessMatrixPurpose', code?: string | null, title?: string | null }> | null, cells?: Array<{ __typename?: 'AccessMatrixCell', role?: string | null, category?: string | null, outcome?: AccessMatrixOutcome | null, rule?: string | null, legalBasis?: string | null, situations?: Array<{ __typename?: 'AccessMatrixSituation', situation?: string | null, allowed?: boolean | null, rule?: string | null, legalBasis?: string | null, obligations?: Array<string> | null }> | null }> | null } | null };

export type AccountingPageQueryVariables = Exact<{
  youthId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountingPageQuery = { __typename?: 'Query', accountingOfDisclosures?: Array<{ __typename?: 'DisclosureAccountingEntry', cursor?: string | null, decisionId?: string | null, decidedAt?: string | null, purposeOfUse?: string | null, breakGlassReason?: string | null, fields?: Array<string> | null, category?: string | null, outcome?: DisclosureOutcome | null, rule?: string | null, legalBasis?: string | null, flaggedForReview?: boolean | null, requester?: { __typename?: 'DisclosureRequester', userId?: string | null, agency?: string | null, roles?: Array<string> | null } | null }> | null };

export type CaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadQuery = { __typename?: 'Query', caseload: Array<{ __typename?: 'Youth', id: string, age?: number | null, name?: { __typename?: 'YouthName', givenName?: string | null, familyName?: string | null, preferredName?: string | null } | null, mdt?: { __typename?: 'Mdt', status?: MdtStatus | null, leadAgency?: Agency | null } | null, triggeringEvents?: Array<{ __typename?: 'TriggeringEvent', kind?: TriggeringEventKind | null, occurredOn?: string | null }> | null }> };

export type ExplanationPageQueryVariables = Exact<{
  youthId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
  field: Scalars['String']['input'];
  purposeOfUse: Scalars['String']['input'];
}>;


export type ExplanationPageQuery = { __typename?: 'Query', disclosureExplanation?: { __typename?: 'DisclosureExplanation', field?: string | null, requesterUserId?: string | null, requesterAgency?: string | null, requesterRoles?: Array<string> | null, purposeOfUse?: string | null, outcome?: DisclosureOutcome | null, rule?: string | null, legalBasis?: string | null, toldToRequester?: string | null, obligations?: Array<string> | null, flaggedForReview?: boolean | null, categoryTitle?: string | null, plainWords?: Array<string> | null, facts?: Array<{ __typename?: 'DecisionFact', name?: string | null, finding?: string | null }> | null, agreementClauses?: Array<{ __typename?: 'AgreementClauseFinding', clause?: string | null, legalBasis?: string | null, opens?: boolean | null, problems?: Array<string> | null }> | null, consents?: Array<{ __typename?: 'ConsentFinding', consentId?: string | null, form?: string | null, signedOn?: string | null, expiresOn?: string | null, revokedOn?: string | null, applies?: boolean | null, problems?: Array<string> | null }> | null } | null };

export type HealthRecordFilingsQueryVariables = Exact<{
  youthId: Scalars['ID']['input'];
}>;


export type HealthRecordFilingsQuery = { __typename?: 'Query', youth?: { __typename?: 'Youth', health?: { __typename?: 'HealthPatient', recordFilings?: Array<{ __typename?: 'HealthRecordFiling', record: string, area?: HealthArea | null, basis?: HealthFilingBasis | null, rule?: string | null, valueSetsVersion?: string | null }> | null } | null } | null };

export type YouthProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type YouthProfileQuery = { __typename?: 'Query', youth?: (
    { __typename?: 'Youth', id: string, age?: number | null, name?: { __typename?: 'YouthName', givenName?: string | null, familyName?: string | null, preferredName?: string | null } | null, mdt?: { __typename?: 'Mdt', status?: MdtStatus | null } | null }
    & { ' $fragmentRefs'?: { 'IdentitySection_YouthFragment': IdentitySection_YouthFragment;'CsecStatusSection_YouthFragment': CsecStatusSection_YouthFragment;'MdtSection_YouthFragment': MdtSection_YouthFragment;'ChildWelfareSection_YouthFragment': ChildWelfareSection_YouthFragment;'ProbationSection_YouthFragment': ProbationSection_YouthFragment;'JuvenileCourtSection_YouthFragment': JuvenileCourtSection_YouthFragment;'HealthSection_YouthFragment': HealthSection_YouthFragment;'EducationSection_YouthFragment': EducationSection_YouthFragment } }
  ) | null };

export type SteeringReportPageQueryVariables = Exact<{
  period: Scalars['String']['input'];
}>;


export type SteeringReportPageQuery = { __typename?: 'Query', steeringReport?: { __typename?: 'SteeringReport', period?: { __typename?: 'ReportingPeriod', label?: string | null, startsOn?: string | null, endsOn?: string | null, yearToDateStartsOn?: string | null } | null, suppression?: { __typename?: 'SuppressionSummary', smallCells?: number | null, complementaryCells?: number | null, complementaryCountTotal?: number | null, method?: string | null } | null, tables?: Array<(
      { __typename?: 'SteeringReportTable', measure?: SteeringMeasure | null, window?: ReportWindow | null, breakdown?: ReportBreakdown | null }
      & { ' $fragmentRefs'?: { 'SteeringReportTable_TableFragment': SteeringReportTable_TableFragment } }
    )> | null } | null };

export type ChildWelfareSection_YouthFragment = { __typename?: 'Youth', childWelfare?: { __typename?: 'ChildWelfareClient', clientId: string, assignedSocialWorker?: { __typename?: 'AssignedWorker', name?: string | null } | null, case?: { __typename?: 'ChildWelfareCase', caseNumber: string, status?: CaseStatus | null, serviceComponent?: ServiceComponent | null, openedOn?: string | null } | null, currentPlacement?: { __typename?: 'Placement', placementType?: PlacementType | null, facilityName?: string | null, startedOn?: string | null, address?: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, state?: string | null, postalCode?: string | null } | null } | null, placements?: Array<{ __typename?: 'Placement', placementId: string, placementType?: PlacementType | null, startedOn?: string | null, endedOn?: string | null, endReason?: PlacementEndReason | null }> | null, referrals?: Array<{ __typename?: 'ChildWelfareReferral', referralId: string, receivedOn?: string | null }> | null, casePlan?: { __typename?: 'CasePlan', updatedOn?: string | null, goals?: Array<string> | null } | null, courtHearings?: Array<{ __typename?: 'CourtHearing', hearingId: string, hearingType?: HearingType | null, scheduledFor?: string | null, outcome?: string | null }> | null } | null } & { ' $fragmentName'?: 'ChildWelfareSection_YouthFragment' };

export type CsecStatusSection_YouthFragment = { __typename?: 'Youth', exploitationStatus?: ExploitationStatus | null, identifiedOn?: string | null, missingSince?: string | null, screenings?: Array<{ __typename?: 'CsecScreening', id: string, tool?: ScreeningTool | null, screenedOn?: string | null, levelOfConcern?: LevelOfConcern | null, screener?: { __typename?: 'ProgramStaff', name?: string | null } | null }> | null, stagesOfChange?: Array<{ __typename?: 'StageOfChangeAssessment', stage?: StageOfChange | null, assessedOn?: string | null }> | null, triggeringEvents?: Array<{ __typename?: 'TriggeringEvent', id: string, kind?: TriggeringEventKind | null, occurredOn?: string | null, summary?: string | null }> | null } & { ' $fragmentName'?: 'CsecStatusSection_YouthFragment' };

export type EducationSection_YouthFragment = { __typename?: 'Youth', education?: { __typename?: 'EducationStudent', statewideStudentId: string, gradeLevel?: GradeLevel | null, creditsEarned?: number | null, creditsRequired?: number | null, hasIep?: boolean | null, has504Plan?: boolean | null, currentEnrollment?: { __typename?: 'SchoolEnrollment', schoolName?: string | null, districtName?: string | null } | null, attendance?: Array<{ __typename?: 'SchoolYearAttendance', schoolYear?: string | null, attendanceRate?: number | null, daysAbsent?: number | null }> | null } | null } & { ' $fragmentName'?: 'EducationSection_YouthFragment' };

export type HealthSection_YouthFragment = { __typename?: 'Youth', health?: { __typename?: 'HealthPatient', medicalRecordNumber: string, publicHealthNursing?: { __typename?: 'PublicHealthNursingRecord', assignedNurseName?: string | null, caseStatus?: HealthServiceStatus | null, caseOpenedOn?: string | null, visits?: Array<{ __typename?: 'PublicHealthNurseVisit', visitId: string, kind?: string | null, status?: HealthVisitStatus | null, visitedOn?: string | null, nurse?: string | null, reason?: string | null }> | null } | null, medicalEvaluation?: { __typename?: 'MedicalEvaluationRecord', evaluations?: Array<{ __typename?: 'MedicalEvaluation', evaluationId: string, kind?: string | null, status?: HealthVisitStatus | null, evaluatedOn?: string | null, clinician?: string | null, reason?: string | null }> | null, diagnoses?: Array<{ __typename?: 'MedicalDiagnosis', diagnosisId: string, description?: string | null, diagnosedOn?: string | null, clinicalStatus?: HealthDiagnosisStatus | null }> | null, medications?: Array<{ __typename?: 'MedicalMedication', medicationId: string, medication?: string | null, status?: HealthMedicationStatus | null, source?: HealthMedicationSource | null, prescribedOn?: string | null, dosage?: string | null }> | null } | null, mentalHealth?: { __typename?: 'MentalHealthRecord', screenings?: Array<{ __typename?: 'MentalHealthScreening', screeningId: string, instrument?: string | null, interpretation?: string | null, screenedOn?: string | null }> | null, diagnoses?: Array<{ __typename?: 'MentalHealthDiagnosis', diagnosisId: string, description?: string | null, diagnosedOn?: string | null, clinicalStatus?: HealthDiagnosisStatus | null }> | null, services?: Array<{ __typename?: 'MentalHealthService', serviceId: string, program?: string | null, status?: HealthServiceStatus | null, startedOn?: string | null, clinician?: string | null }> | null, medications?: Array<{ __typename?: 'MentalHealthMedication', medicationId: string, medication?: string | null, status?: HealthMedicationStatus | null, source?: HealthMedicationSource | null, prescribedOn?: string | null, dosage?: string | null }> | null } | null, substanceUse?: { __typename?: 'SubstanceUseRecord', assessments?: Array<{ __typename?: 'SubstanceUseAssessment', assessmentId: string, instrument?: string | null, interpretation?: string | null, assessedOn?: string | null }> | null, diagnoses?: Array<{ __typename?: 'SubstanceUseDiagnosis', diagnosisId: string, description?: string | null, diagnosedOn?: string | null, clinicalStatus?: HealthDiagnosisStatus | null }> | null, treatment?: Array<{ __typename?: 'SubstanceUseTreatment', treatmentId: string, program?: string | null, status?: HealthServiceStatus | null, startedOn?: string | null, endedOn?: string | null, counselor?: string | null }> | null, medications?: Array<{ __typename?: 'SubstanceUseMedication', medicationId: string, medication?: string | null, status?: HealthMedicationStatus | null, source?: HealthMedicationSource | null, prescribedOn?: string | null, dosage?: string | null }> | null } | null, sensitiveServices?: { __typename?: 'SensitiveServicesRecord', visits?: Array<{ __typename?: 'SensitiveVisit', visitId: string, kind?: string | null, status?: HealthVisitStatus | null, visitedOn?: string | null, clinician?: string | null, reason?: string | null }> | null, testResults?: Array<{ __typename?: 'SensitiveTestResult', testId: string, test?: string | null, result?: string | null, interpretation?: string | null, collectedOn?: string | null }> | null, diagnoses?: Array<{ __typename?: 'SensitiveDiagnosis', diagnosisId: string, description?: string | null, diagnosedOn?: string | null, clinicalStatus?: HealthDiagnosisStatus | null }> | null, procedures?: Array<{ __typename?: 'SensitiveProcedure', procedureId: string, description?: string | null, status?: HealthProcedureStatus | null, performedOn?: string | null }> | null, medications?: Array<{ __typename?: 'SensitiveMedication', medicationId: string, medication?: string | null, status?: HealthMedicationStatus | null, source?: HealthMedicationSource | null, prescribedOn?: string | null, dosage?: string | null }> | null } | null, hivTestResults?: Array<{ __typename?: 'HivTestResult', testId: string, test?: string | null, result?: string | null, interpretation?: string | null, collectedOn?: string | null }> | null, hivCare?: { __typename?: 'HivCareRecord', diagnoses?: Array<{ __typename?: 'HivDiagnosis', diagnosisId: string, description?: string | null, diagnosedOn?: string | null, clinicalStatus?: HealthDiagnosisStatus | null }> | null, visits?: Array<{ __typename?: 'HivCareVisit', visitId: string, kind?: string | null, status?: HealthVisitStatus | null, visitedOn?: string | null, clinician?: string | null, reason?: string | null }> | null, medications?: Array<{ __typename?: 'HivMedication', medicationId: string, medication?: string | null, status?: HealthMedicationStatus | null, source?: HealthMedicationSource | null, prescribedOn?: string | null, dosage?: string | null }> | null } | null } | null } & { ' $fragmentName'?: 'HealthSection_YouthFragment' };

export type IdentitySection_YouthFragment = { __typename?: 'Youth', id: string, birthDate?: string | null, age?: number | null, childWelfareClientId?: string | null, probationNumber?: string | null, medicalRecordNumber?: string | null, statewideStudentId?: string | null, courtPartyNumber?: string | null, name?: { __typename?: 'YouthName', givenName?: string | null, familyName?: string | null, preferredName?: string | null } | null, physicalDescription?: { __typename?: 'PhysicalDescription', heightInches?: number | null, weightPounds?: number | null, hairColor?: HairColor | null, eyeColor?: EyeColor | null, distinguishingMarks?: Array<string> | null, recordedOn?: string | null, recordedBy?: { __typename?: 'ProgramStaff', name?: string | null } | null } | null } & { ' $fragmentName'?: 'IdentitySection_YouthFragment' };

export type JuvenileCourtSection_YouthFragment = { __typename?: 'Youth', juvenileCourtCases?: Array<{ __typename?: 'JuvenileCourtCase', caseNumber?: string | null, jurisdiction?: JuvenileCourtJurisdiction | null, filedOn?: string | null, nextHearing?: { __typename?: 'JuvenileCourtHearing', date?: string | null, type?: JuvenileHearingType | null } | null, attorneysOfRecord?: Array<{ __typename?: 'AttorneyOfRecord', name?: string | null, represents?: CaseParty | null }> | null }> | null, caseFileInspectionOrders?: Array<{ __typename?: 'CaseFileInspectionOrder', orderNumber?: string | null, grantedOn?: string | null, expiresOn?: string | null, authorized?: string | null, scope?: string | null }> | null } & { ' $fragmentName'?: 'JuvenileCourtSection_YouthFragment' };

export type MdtSection_YouthFragment = { __typename?: 'Youth', mdt?: { __typename?: 'Mdt', id: string, status?: MdtStatus | null, leadAgency?: Agency | null, openedOn?: string | null, closedOn?: string | null, members?: Array<{ __typename?: 'MdtMember', active?: boolean | null, joinedOn?: string | null, person?: { __typename?: 'ProgramStaff', userId: string, name?: string | null, agency?: Agency | null, roles?: Array<StaffRole> | null } | null }> | null } | null, safetyPlan?: { __typename?: 'SafetyPlan', updatedOn?: string | null, summary?: string | null, exploiterIsThreat?: boolean | null } | null } & { ' $fragmentName'?: 'MdtSection_YouthFragment' };

export type ProbationSection_YouthFragment = { __typename?: 'Youth', probation?: { __typename?: 'ProbationJuvenile', probationNumber: string, adjudicated?: boolean | null, assignedOfficer?: { __typename?: 'AssignedOfficer', name?: string | null } | null, petitions?: Array<{ __typename?: 'DelinquencyPetition', petitionNumber: string, filedOn?: string | null, section?: PetitionSection | null, disposition?: PetitionDisposition | null }> | null, conditions?: Array<{ __typename?: 'ProbationCondition', condition?: string | null, imposedOn?: string | null }> | null, warrants?: Array<{ __typename?: 'Warrant', warrantNumber: string, issuedOn?: string | null, status?: WarrantStatus | null }> | null } | null } & { ' $fragmentName'?: 'ProbationSection_YouthFragment' };

export type SteeringReportTable_TableFragment = { __typename?: 'SteeringReportTable', measure?: SteeringMeasure | null, title?: string | null, unit?: CountUnit | null, window?: ReportWindow | null, breakdown?: ReportBreakdown | null, columns?: Array<string> | null, rows?: Array<{ __typename?: 'SteeringReportRow', category?: string | null, cells?: Array<{ __typename?: 'SteeringReportCell', column?: string | null, count?: number | null, suppressed?: boolean | null, reason?: SuppressionReason | null, percentOfRow?: number | null }> | null }> | null } & { ' $fragmentName'?: 'SteeringReportTable_TableFragment' };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ChildWelfareSection_YouthFragmentDoc = new TypedDocumentString(`
    fragment ChildWelfareSection_youth on Youth {
  childWelfare {
    clientId
    assignedSocialWorker {
      name
    }
    case {
      caseNumber
      status
      serviceComponent
      openedOn
    }
    currentPlacement {
      placementType
      facilityName
      startedOn
      address {
        line1
        line2
        city
        state
        postalCode
      }
    }
    placements {
      placementId
      placementType
      startedOn
      endedOn
      endReason
    }
    referrals {
      referralId
      receivedOn
    }
    casePlan {
      updatedOn
      goals
    }
    courtHearings {
      hearingId
      hearingType
      scheduledFor
      outcome
    }
  }
}
    `, {"fragmentName":"ChildWelfareSection_youth"}) as unknown as TypedDocumentString<ChildWelfareSection_YouthFragment, unknown>;
export const CsecStatusSection_YouthFragmentDoc = new TypedDocumentString(`
    fragment CsecStatusSection_youth on Youth {
  exploitationStatus
  identifiedOn
  missingSince
  screenings {
    id
    tool
    screenedOn
    levelOfConcern
    screener {
      name
    }
  }
  stagesOfChange {
    stage
    assessedOn
  }
  triggeringEvents {
    id
    kind
    occurredOn
    summary
  }
}
    `, {"fragmentName":"CsecStatusSection_youth"}) as unknown as TypedDocumentString<CsecStatusSection_YouthFragment, unknown>;
export const EducationSection_YouthFragmentDoc = new TypedDocumentString(`
    fragment EducationSection_youth on Youth {
  education {
    statewideStudentId
    gradeLevel
    currentEnrollment {
      schoolName
      districtName
    }
    attendance {
      schoolYear
      attendanceRate
      daysAbsent
    }
    creditsEarned
    creditsRequired
    hasIep
    has504Plan
  }
}
    `, {"fragmentName":"EducationSection_youth"}) as unknown as TypedDocumentString<EducationSection_YouthFragment, unknown>;
export const HealthSection_YouthFragmentDoc = new TypedDocumentString(`
    fragment HealthSection_youth on Youth {
  health {
    medicalRecordNumber
    publicHealthNursing {
      assignedNurseName
      caseStatus
      caseOpenedOn
      visits {
        visitId
        kind
        status
        visitedOn
        nurse
        reason
      }
    }
    medicalEvaluation {
      evaluations {
        evaluationId
        kind
        status
        evaluatedOn
        clinician
        reason
      }
      diagnoses {
        diagnosisId
        description
        diagnosedOn
        clinicalStatus
      }
      medications {
        medicationId
        medication
        status
        source
        prescribedOn
        dosage
      }
    }
    mentalHealth {
      screenings {
        screeningId
        instrument
        interpretation
        screenedOn
      }
      diagnoses {
        diagnosisId
        description
        diagnosedOn
        clinicalStatus
      }
      services {
        serviceId
        program
        status
        startedOn
        clinician
      }
      medications {
        medicationId
        medication
        status
        source
        prescribedOn
        dosage
      }
    }
    substanceUse {
      assessments {
        assessmentId
        instrument
        interpretation
        assessedOn
      }
      diagnoses {
        diagnosisId
        description
        diagnosedOn
        clinicalStatus
      }
      treatment {
        treatmentId
        program
        status
        startedOn
        endedOn
        counselor
      }
      medications {
        medicationId
        medication
        status
        source
        prescribedOn
        dosage
      }
    }
    sensitiveServices {
      visits {
        visitId
        kind
        status
        visitedOn
        clinician
        reason
      }
      testResults {
        testId
        test
        result
        interpretation
        collectedOn
      }
      diagnoses {
        diagnosisId
        description
        diagnosedOn
        clinicalStatus
      }
      procedures {
        procedureId
        description
        status
        performedOn
      }
      medications {
        medicationId
        medication
        status
        source
        prescribedOn
        dosage
      }
    }
    hivTestResults {
      testId
      test
      result
      interpretation
      collectedOn
    }
    hivCare {
      diagnoses {
        diagnosisId
        description
        diagnosedOn
        clinicalStatus
      }
      visits {
        visitId
        kind
        status
        visitedOn
        clinician
        reason
      }
      medications {
        medicationId
        medication
        status
        source
        prescribedOn
        dosage
      }
    }
  }
}
    `, {"fragmentName":"HealthSection_youth"}) as unknown as TypedDocumentString<HealthSection_YouthFragment, unknown>;
export const IdentitySection_YouthFragmentDoc = new TypedDocumentString(`
    fragment IdentitySection_youth on Youth {
  id
  name {
    givenName
    familyName
    preferredName
  }
  birthDate
  age
  childWelfareClientId
  probationNumber
  medicalRecordNumber
  statewideStudentId
  courtPartyNumber
  physicalDescription {
    heightInches
    weightPounds
    hairColor
    eyeColor
    distinguishingMarks
    recordedOn
    recordedBy {
      name
    }
  }
}
    `, {"fragmentName":"IdentitySection_youth"}) as unknown as TypedDocumentString<IdentitySection_YouthFragment, unknown>;
export const JuvenileCourtSection_YouthFragmentDoc = new TypedDocumentString(`
    fragment JuvenileCourtSection_youth on Youth {
  juvenileCourtCases {
    caseNumber
    jurisdiction
    filedOn
    nextHearing {
      date
      type
    }
    attorneysOfRecord {
      name
      represents
    }
  }
  caseFileInspectionOrders {
    orderNumber
    grantedOn
    expiresOn
    authorized
    scope
  }
}
    `, {"fragmentName":"JuvenileCourtSection_youth"}) as unknown as TypedDocumentString<JuvenileCourtSection_YouthFragment, unknown>;
export const MdtSection_YouthFragmentDoc = new TypedDocumentString(`
    fragment MdtSection_youth on Youth {
  mdt {
    id
    status
    leadAgency
    openedOn
    closedOn
    members {
      active
      joinedOn
      person {
        userId
        name
        agency
        roles
      }
    }
  }
  safetyPlan {
    updatedOn
    summary
    exploiterIsThreat
  }
}
    `, {"fragmentName":"MdtSection_youth"}) as unknown as TypedDocumentString<MdtSection_YouthFragment, unknown>;
export const ProbationSection_YouthFragmentDoc = new TypedDocumentString(`
    fragment ProbationSection_youth on Youth {
  probation {
    probationNumber
    assignedOfficer {
      name
    }
    adjudicated
    petitions {
      petitionNumber
      filedOn
      section
      disposition
    }
    conditions {
      condition
      imposedOn
    }
    warrants {
      warrantNumber
      issuedOn
      status
    }
  }
}
    `, {"fragmentName":"ProbationSection_youth"}) as unknown as TypedDocumentString<ProbationSection_YouthFragment, unknown>;
export const SteeringReportTable_TableFragmentDoc = new TypedDocumentString(`
    fragment SteeringReportTable_table on SteeringReportTable {
  measure
  title
  unit
  window
  breakdown
  columns
  rows {
    category
    cells {
      column
      count
      suppressed
      reason
      percentOfRow
    }
  }
}
    `, {"fragmentName":"SteeringReportTable_table"}) as unknown as TypedDocumentString<SteeringReportTable_TableFragment, unknown>;
export const MyNoticesDocument = new TypedDocumentString(`
    query MyNotices {
  caseload {
    id
    name {
      givenName
      familyName
      preferredName
    }
    notices {
      id
      kind
      givenAt
      dueAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyNoticesQuery, MyNoticesQueryVariables>;
export const AccessMatrixPageDocument = new TypedDocumentString(`
    query AccessMatrixPage($purposeOfUse: String!) {
  accessMatrix(purposeOfUse: $purposeOfUse) {
    policyRevision
    purposeOfUse
    decidedAt
    roles {
      code
      title
    }
    categories {
      code
      title
      legalBasis
    }
    purposes {
      code
      title
    }
    cells {
      role
      category
      outcome
      rule
      legalBasis
      situations {
        situation
        allowed
        rule
        legalBasis
        obligations
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessMatrixPageQuery, AccessMatrixPageQueryVariables>;
export const AccountingPageDocument = new TypedDocumentString(`
    query AccountingPage($youthId: ID!, $first: Int, $after: String) {
  accountingOfDisclosures(youthId: $youthId, first: $first, after: $after) {
    cursor
    decisionId
    decidedAt
    requester {
      userId
      agency
      roles
    }
    purposeOfUse
    breakGlassReason
    fields
    category
    outcome
    rule
    legalBasis
    flaggedForReview
  }
}
    `) as unknown as TypedDocumentString<AccountingPageQuery, AccountingPageQueryVariables>;
export const CaseloadDocument = new TypedDocumentString(`
    query Caseload {
  caseload {
    id
    name {
      givenName
      familyName
      preferredName
    }
    age
    mdt {
      status
      leadAgency
    }
    triggeringEvents {
      kind
      occurredOn
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadQuery, CaseloadQueryVariables>;
export const ExplanationPageDocument = new TypedDocumentString(`
    query ExplanationPage($youthId: ID!, $userId: ID!, $field: String!, $purposeOfUse: String!) {
  disclosureExplanation(
    youthId: $youthId
    userId: $userId
    field: $field
    purposeOfUse: $purposeOfUse
  ) {
    field
    requesterUserId
    requesterAgency
    requesterRoles
    purposeOfUse
    outcome
    rule
    legalBasis
    toldToRequester
    obligations
    flaggedForReview
    categoryTitle
    plainWords
    facts {
      name
      finding
    }
    agreementClauses {
      clause
      legalBasis
      opens
      problems
    }
    consents {
      consentId
      form
      signedOn
      expiresOn
      revokedOn
      applies
      problems
    }
  }
}
    `) as unknown as TypedDocumentString<ExplanationPageQuery, ExplanationPageQueryVariables>;
export const HealthRecordFilingsDocument = new TypedDocumentString(`
    query HealthRecordFilings($youthId: ID!) {
  youth(id: $youthId) {
    health {
      recordFilings {
        record
        area
        basis
        rule
        valueSetsVersion
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HealthRecordFilingsQuery, HealthRecordFilingsQueryVariables>;
export const YouthProfileDocument = new TypedDocumentString(`
    query YouthProfile($id: ID!) {
  youth(id: $id) {
    id
    name {
      givenName
      familyName
      preferredName
    }
    age
    mdt {
      status
    }
    ...IdentitySection_youth
    ...CsecStatusSection_youth
    ...MdtSection_youth
    ...ChildWelfareSection_youth
    ...ProbationSection_youth
    ...JuvenileCourtSection_youth
    ...HealthSection_youth
    ...EducationSection_youth
  }
}
    fragment ChildWelfareSection_youth on Youth {
  childWelfare {
    clientId
    assignedSocialWorker {
      name
    }
    case {
      caseNumber
      status
      serviceComponent
      openedOn
    }
    currentPlacement {
      placementType
      facilityName
      startedOn
      address {
        line1
        line2
        city
        state
        postalCode
      }
    }
    placements {
      placementId
      placementType
      startedOn
      endedOn
      endReason
    }
    referrals {
      referralId
      receivedOn
    }
    casePlan {
      updatedOn
      goals
    }
    courtHearings {
      hearingId
      hearingType
      scheduledFor
      outcome
    }
  }
}
fragment CsecStatusSection_youth on Youth {
  exploitationStatus
  identifiedOn
  missingSince
  screenings {
    id
    tool
    screenedOn
    levelOfConcern
    screener {
      name
    }
  }
  stagesOfChange {
    stage
    assessedOn
  }
  triggeringEvents {
    id
    kind
    occurredOn
    summary
  }
}
fragment EducationSection_youth on Youth {
  education {
    statewideStudentId
    gradeLevel
    currentEnrollment {
      schoolName
      districtName
    }
    attendance {
      schoolYear
      attendanceRate
      daysAbsent
    }
    creditsEarned
    creditsRequired
    hasIep
    has504Plan
  }
}
fragment HealthSection_youth on Youth {
  health {
    medicalRecordNumber
    publicHealthNursing {
      assignedNurseName
      caseStatus
      caseOpenedOn
      visits {
        visitId
        kind
        status
        visitedOn
        nurse
        reason
      }
    }
    medicalEvaluation {
      evaluations {
        evaluationId
        kind
        status
        evaluatedOn
        clinician
        reason
      }
      diagnoses {
        diagnosisId
        description
        diagnosedOn
        clinicalStatus
      }
      medications {
        medicationId
        medication
        status
        source
        prescribedOn
        dosage
      }
    }
    mentalHealth {
      screenings {
        screeningId
        instrument
        interpretation
        screenedOn
      }
      diagnoses {
        diagnosisId
        description
        diagnosedOn
        clinicalStatus
      }
      services {
        serviceId
        program
        status
        startedOn
        clinician
      }
      medications {
        medicationId
        medication
        status
        source
        prescribedOn
        dosage
      }
    }
    substanceUse {
      assessments {
        assessmentId
        instrument
        interpretation
        assessedOn
      }
      diagnoses {
        diagnosisId
        description
        diagnosedOn
        clinicalStatus
      }
      treatment {
        treatmentId
        program
        status
        startedOn
        endedOn
        counselor
      }
      medications {
        medicationId
        medication
        status
        source
        prescribedOn
        dosage
      }
    }
    sensitiveServices {
      visits {
        visitId
        kind
        status
        visitedOn
        clinician
        reason
      }
      testResults {
        testId
        test
        result
        interpretation
        collectedOn
      }
      diagnoses {
        diagnosisId
        description
        diagnosedOn
        clinicalStatus
      }
      procedures {
        procedureId
        description
        status
        performedOn
      }
      medications {
        medicationId
        medication
        status
        source
        prescribedOn
        dosage
      }
    }
    hivTestResults {
      testId
      test
      result
      interpretation
      collectedOn
    }
    hivCare {
      diagnoses {
        diagnosisId
        description
        diagnosedOn
        clinicalStatus
      }
      visits {
        visitId
        kind
        status
        visitedOn
        clinician
        reason
      }
      medications {
        medicationId
        medication
        status
        source
        prescribedOn
        dosage
      }
    }
  }
}
fragment IdentitySection_youth on Youth {
  id
  name {
    givenName
    familyName
    preferredName
  }
  birthDate
  age
  childWelfareClientId
  probationNumber
  medicalRecordNumber
  statewideStudentId
  courtPartyNumber
  physicalDescription {
    heightInches
    weightPounds
    hairColor
    eyeColor
    distinguishingMarks
    recordedOn
    recordedBy {
      name
    }
  }
}
fragment JuvenileCourtSection_youth on Youth {
  juvenileCourtCases {
    caseNumber
    jurisdiction
    filedOn
    nextHearing {
      date
      type
    }
    attorneysOfRecord {
      name
      represents
    }
  }
  caseFileInspectionOrders {
    orderNumber
    grantedOn
    expiresOn
    authorized
    scope
  }
}
fragment MdtSection_youth on Youth {
  mdt {
    id
    status
    leadAgency
    openedOn
    closedOn
    members {
      active
      joinedOn
      person {
        userId
        name
        agency
        roles
      }
    }
  }
  safetyPlan {
    updatedOn
    summary
    exploiterIsThreat
  }
}
fragment ProbationSection_youth on Youth {
  probation {
    probationNumber
    assignedOfficer {
      name
    }
    adjudicated
    petitions {
      petitionNumber
      filedOn
      section
      disposition
    }
    conditions {
      condition
      imposedOn
    }
    warrants {
      warrantNumber
      issuedOn
      status
    }
  }
}`) as unknown as TypedDocumentString<YouthProfileQuery, YouthProfileQueryVariables>;
export const SteeringReportPageDocument = new TypedDocumentString(`
    query SteeringReportPage($period: String!) {
  steeringReport(period: $period) {
    period {
      label
      startsOn
      endsOn
      yearToDateStartsOn
    }
    suppression {
      smallCells
      complementaryCells
      complementaryCountTotal
      method
    }
    tables {
      measure
      window
      breakdown
      ...SteeringReportTable_table
    }
  }
}
    fragment SteeringReportTable_table on SteeringReportTable {
  measure
  title
  unit
  window
  breakdown
  columns
  rows {
    category
    cells {
      column
      count
      suppressed
      reason
      percentOfRow
    }
  }
}`) as unknown as TypedDocumentString<SteeringReportPageQuery, SteeringReportPageQueryVariables>;