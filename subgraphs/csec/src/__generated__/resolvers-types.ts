import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { YouthRow, AgencyLinkRow, PersonRow, MdtRow, MdtMemberRow, ScreeningRow, StageOfChangeRow, TriggeringEventRow, InvestigationRow, SafetyPlanRow, MeetingRow, ConsentRow, ConsentRecipientRow } from '../source.ts';
import type { ReportTable } from '../steering/steering-release.ts';
import type { SteeringReportAnswer } from '../steering/steering-resolvers.ts';
import type { ReconveningRow } from '../reconvenings.ts';
import type { AgencyLinkChangeRow } from '../agency-links.ts';
import type { PhysicalDescriptionRow } from '../physical-descriptions.ts';
import type { PositionedAccountingRow } from '../disclosure-audit.ts';
import type { CsecContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  _FieldSet: { input: unknown; output: unknown; }
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

/** A screening tool for commercial sexual exploitation. */
export type ScreeningTool =
  /** Commercial Sexual Exploitation-Identification Tool (WestCoast Children's Clinic). */
  | 'CSE_IT';

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
  /** Whether the youth is identified as commercially sexually exploited or at risk. */
  exploitationStatus?: Maybe<ExploitationStatus>;
  /** CSEC program youth id, for example Y-000123. */
  id: Scalars['ID']['output'];
  /** When the youth was identified. */
  identifiedOn?: Maybe<Scalars['Date']['output']>;
  /** Reports the MDT is investigating under W&IC 18961.7, newest first. */
  investigations?: Maybe<Array<Investigation>>;
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



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Youth: Youth;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Youth:
    ( { __typename: 'Youth' }
    & ( GraphQLRecursivePick<FederationTypes['Youth'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Youth'], {"childWelfareClientId":true}>
        | GraphQLRecursivePick<FederationTypes['Youth'], {"probationNumber":true}>
        | GraphQLRecursivePick<FederationTypes['Youth'], {"medicalRecordNumber":true}>
        | GraphQLRecursivePick<FederationTypes['Youth'], {"statewideStudentId":true}>
        | GraphQLRecursivePick<FederationTypes['Youth'], {"courtPartyNumber":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessMatrix: ResolverTypeWrapper<AccessMatrix>;
  AccessMatrixCategory: ResolverTypeWrapper<AccessMatrixCategory>;
  AccessMatrixCell: ResolverTypeWrapper<AccessMatrixCell>;
  AccessMatrixOutcome: AccessMatrixOutcome;
  AccessMatrixPurpose: ResolverTypeWrapper<AccessMatrixPurpose>;
  AccessMatrixRole: ResolverTypeWrapper<AccessMatrixRole>;
  AccessMatrixSituation: ResolverTypeWrapper<AccessMatrixSituation>;
  AccountedRecord: ResolverTypeWrapper<AccountedRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Agency: Agency;
  AgencyLink: ResolverTypeWrapper<AgencyLinkRow>;
  AgencyLinkAction: AgencyLinkAction;
  AgencyLinkChange: ResolverTypeWrapper<AgencyLinkChangeRow>;
  AgencyLinkInput: AgencyLinkInput;
  AgreementClauseFinding: ResolverTypeWrapper<AgreementClauseFinding>;
  Consent: ResolverTypeWrapper<ConsentRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ConsentFinding: ResolverTypeWrapper<ConsentFinding>;
  ConsentForm: ConsentForm;
  ConsentInput: ConsentInput;
  ConsentRecipient: ResolverTypeWrapper<ConsentRecipientRow>;
  ConsentRecipientInput: ConsentRecipientInput;
  ConsentSigner: ConsentSigner;
  CountUnit: CountUnit;
  CsecScreening: ResolverTypeWrapper<ScreeningRow>;
  CsecScreeningInput: CsecScreeningInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecisionFact: ResolverTypeWrapper<DecisionFact>;
  DisclosureAccountingEntry: ResolverTypeWrapper<PositionedAccountingRow>;
  DisclosureExplanation: ResolverTypeWrapper<DisclosureExplanation>;
  DisclosureOutcome: DisclosureOutcome;
  DisclosureRequester: ResolverTypeWrapper<DisclosureRequester>;
  ExploitationStatus: ExploitationStatus;
  EyeColor: EyeColor;
  HairColor: HairColor;
  HeldMeetingInput: HeldMeetingInput;
  Investigation: ResolverTypeWrapper<InvestigationRow>;
  LevelOfConcern: LevelOfConcern;
  Mdt: ResolverTypeWrapper<MdtRow>;
  MdtMeeting: ResolverTypeWrapper<MeetingRow>;
  MdtMeetingKind: MdtMeetingKind;
  MdtMeetingStatus: MdtMeetingStatus;
  MdtMember: ResolverTypeWrapper<MdtMemberRow>;
  MdtNotice: ResolverTypeWrapper<MdtNotice>;
  MdtNoticeKind: MdtNoticeKind;
  MdtStatus: MdtStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PhysicalDescription: ResolverTypeWrapper<PhysicalDescriptionRow>;
  PhysicalDescriptionInput: PhysicalDescriptionInput;
  ProgramStaff: ResolverTypeWrapper<PersonRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reconvening: ResolverTypeWrapper<ReconveningRow>;
  ReconveningStatus: ReconveningStatus;
  ReportBreakdown: ReportBreakdown;
  ReportWindow: ReportWindow;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriod>;
  SafetyPlan: ResolverTypeWrapper<SafetyPlanRow>;
  SafetyPlanInput: SafetyPlanInput;
  ScheduledMeetingInput: ScheduledMeetingInput;
  ScreeningTool: ScreeningTool;
  SourceAgency: SourceAgency;
  StaffRole: StaffRole;
  StageOfChange: StageOfChange;
  StageOfChangeAssessment: ResolverTypeWrapper<StageOfChangeRow>;
  StageOfChangeInput: StageOfChangeInput;
  SteeringMeasure: SteeringMeasure;
  SteeringReport: ResolverTypeWrapper<SteeringReportAnswer>;
  SteeringReportCell: ResolverTypeWrapper<SteeringReportCell>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SteeringReportRow: ResolverTypeWrapper<SteeringReportRow>;
  SteeringReportRun: ResolverTypeWrapper<SteeringReportRun>;
  SteeringReportTable: ResolverTypeWrapper<ReportTable>;
  SuppressionReason: SuppressionReason;
  SuppressionSummary: ResolverTypeWrapper<SuppressionSummary>;
  TriggeringEvent: ResolverTypeWrapper<TriggeringEventRow>;
  TriggeringEventInput: TriggeringEventInput;
  TriggeringEventKind: TriggeringEventKind;
  Youth: ResolverTypeWrapper<YouthRow>;
  YouthName: ResolverTypeWrapper<YouthName>;
  YouthParticipation: YouthParticipation;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessMatrix: AccessMatrix;
  AccessMatrixCategory: AccessMatrixCategory;
  AccessMatrixCell: AccessMatrixCell;
  AccessMatrixPurpose: AccessMatrixPurpose;
  AccessMatrixRole: AccessMatrixRole;
  AccessMatrixSituation: AccessMatrixSituation;
  AccountedRecord: AccountedRecord;
  ID: Scalars['ID']['output'];
  AgencyLink: AgencyLinkRow;
  AgencyLinkChange: AgencyLinkChangeRow;
  AgencyLinkInput: AgencyLinkInput;
  AgreementClauseFinding: AgreementClauseFinding;
  Consent: ConsentRow;
  Int: Scalars['Int']['output'];
  ConsentFinding: ConsentFinding;
  ConsentInput: ConsentInput;
  ConsentRecipient: ConsentRecipientRow;
  ConsentRecipientInput: ConsentRecipientInput;
  CsecScreening: ScreeningRow;
  CsecScreeningInput: CsecScreeningInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecisionFact: DecisionFact;
  DisclosureAccountingEntry: PositionedAccountingRow;
  DisclosureExplanation: DisclosureExplanation;
  DisclosureRequester: DisclosureRequester;
  HeldMeetingInput: HeldMeetingInput;
  Investigation: InvestigationRow;
  Mdt: MdtRow;
  MdtMeeting: MeetingRow;
  MdtMember: MdtMemberRow;
  MdtNotice: MdtNotice;
  Mutation: Record<PropertyKey, never>;
  PhysicalDescription: PhysicalDescriptionRow;
  PhysicalDescriptionInput: PhysicalDescriptionInput;
  ProgramStaff: PersonRow;
  Query: Record<PropertyKey, never>;
  Reconvening: ReconveningRow;
  ReportingPeriod: ReportingPeriod;
  SafetyPlan: SafetyPlanRow;
  SafetyPlanInput: SafetyPlanInput;
  ScheduledMeetingInput: ScheduledMeetingInput;
  StageOfChangeAssessment: StageOfChangeRow;
  StageOfChangeInput: StageOfChangeInput;
  SteeringReport: SteeringReportAnswer;
  SteeringReportCell: SteeringReportCell;
  Float: Scalars['Float']['output'];
  SteeringReportRow: SteeringReportRow;
  SteeringReportRun: SteeringReportRun;
  SteeringReportTable: ReportTable;
  SuppressionSummary: SuppressionSummary;
  TriggeringEvent: TriggeringEventRow;
  TriggeringEventInput: TriggeringEventInput;
  Youth: YouthRow;
  YouthName: YouthName;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type ClassifiedDirectiveArgs = {
  category: Scalars['String']['input'];
  confidentiality: Scalars['String']['input'];
  sensitivity?: Maybe<Array<Scalars['String']['input']>>;
};

export type ClassifiedDirectiveResolver<Result, Parent, ContextType = CsecContext, Args = ClassifiedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type YouthScopeDirectiveArgs = {
  argument?: Maybe<Scalars['String']['input']>;
  caseload?: Maybe<Scalars['Boolean']['input']>;
  decidesFor?: Maybe<Scalars['String']['input']>;
};

export type YouthScopeDirectiveResolver<Result, Parent, ContextType = CsecContext, Args = YouthScopeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessMatrixResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['AccessMatrix'] = ResolversParentTypes['AccessMatrix']> = {
  categories?: Resolver<Maybe<Array<ResolversTypes['AccessMatrixCategory']>>, ParentType, ContextType>;
  cells?: Resolver<Maybe<Array<ResolversTypes['AccessMatrixCell']>>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  policyRevision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposeOfUse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposes?: Resolver<Maybe<Array<ResolversTypes['AccessMatrixPurpose']>>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['AccessMatrixRole']>>, ParentType, ContextType>;
};

export type AccessMatrixCategoryResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['AccessMatrixCategory'] = ResolversParentTypes['AccessMatrixCategory']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AccessMatrixCellResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['AccessMatrixCell'] = ResolversParentTypes['AccessMatrixCell']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['AccessMatrixOutcome']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  situations?: Resolver<Maybe<Array<ResolversTypes['AccessMatrixSituation']>>, ParentType, ContextType>;
};

export type AccessMatrixPurposeResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['AccessMatrixPurpose'] = ResolversParentTypes['AccessMatrixPurpose']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AccessMatrixRoleResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['AccessMatrixRole'] = ResolversParentTypes['AccessMatrixRole']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AccessMatrixSituationResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['AccessMatrixSituation'] = ResolversParentTypes['AccessMatrixSituation']> = {
  allowed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  obligations?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  situation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AccountedRecordResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['AccountedRecord'] = ResolversParentTypes['AccountedRecord']> = {
  area?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sent?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type AgencyLinkResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['AgencyLink'] = ResolversParentTypes['AgencyLink']> = {
  agency?: Resolver<Maybe<ResolversTypes['SourceAgency']>, ParentType, ContextType>;
  identifier?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  linkedBy?: Resolver<Maybe<ResolversTypes['ProgramStaff']>, ParentType, ContextType>;
  linkedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AgencyLinkChangeResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['AgencyLinkChange'] = ResolversParentTypes['AgencyLinkChange']> = {
  action?: Resolver<Maybe<ResolversTypes['AgencyLinkAction']>, ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['SourceAgency']>, ParentType, ContextType>;
  changedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['ProgramStaff']>, ParentType, ContextType>;
  identifier?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AgreementClauseFindingResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['AgreementClauseFinding'] = ResolversParentTypes['AgreementClauseFinding']> = {
  clause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opens?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  problems?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  categories?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disclosingProgram?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expiryEvent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['ConsentForm']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purposes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  recipients?: Resolver<Maybe<Array<ResolversTypes['ConsentRecipient']>>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['ProgramStaff']>, ParentType, ContextType>;
  revokedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  signedBy?: Resolver<Maybe<ResolversTypes['ConsentSigner']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  youthAgeAtSigning?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ConsentFindingResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['ConsentFinding'] = ResolversParentTypes['ConsentFinding']> = {
  applies?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  consentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problems?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  revokedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  signedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ConsentRecipientResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['ConsentRecipient'] = ResolversParentTypes['ConsentRecipient']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['ProgramStaff']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['StaffRole']>, ParentType, ContextType>;
};

export type CsecScreeningResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['CsecScreening'] = ResolversParentTypes['CsecScreening']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levelOfConcern?: Resolver<Maybe<ResolversTypes['LevelOfConcern']>, ParentType, ContextType>;
  screenedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  screener?: Resolver<Maybe<ResolversTypes['ProgramStaff']>, ParentType, ContextType>;
  tool?: Resolver<Maybe<ResolversTypes['ScreeningTool']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionFactResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['DecisionFact'] = ResolversParentTypes['DecisionFact']> = {
  finding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DisclosureAccountingEntryResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['DisclosureAccountingEntry'] = ResolversParentTypes['DisclosureAccountingEntry']> = {
  breakGlassReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fields?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  flaggedForReview?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['DisclosureOutcome']>, ParentType, ContextType>;
  policyRevision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposeOfUse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordNumber?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  records?: Resolver<Maybe<Array<ResolversTypes['AccountedRecord']>>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  requester?: Resolver<Maybe<ResolversTypes['DisclosureRequester']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DisclosureExplanationResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['DisclosureExplanation'] = ResolversParentTypes['DisclosureExplanation']> = {
  agreementClauses?: Resolver<Maybe<Array<ResolversTypes['AgreementClauseFinding']>>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  categoryTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consents?: Resolver<Maybe<Array<ResolversTypes['ConsentFinding']>>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  facts?: Resolver<Maybe<Array<ResolversTypes['DecisionFact']>>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldConfidentiality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldSensitivity?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  flaggedForReview?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  obligations?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['DisclosureOutcome']>, ParentType, ContextType>;
  plainWords?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  policyRevision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposeOfUse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requesterAgency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requesterRoles?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  requesterUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toldToRequester?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  youthId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DisclosureRequesterResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['DisclosureRequester'] = ResolversParentTypes['DisclosureRequester']> = {
  agency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type InvestigationResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['Investigation'] = ResolversParentTypes['Investigation']> = {
  goodCauseExtendedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reportedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type MdtResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['Mdt'] = ResolversParentTypes['Mdt']> = {
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['MdtMember']>>, ParentType, ContextType>;
  openedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MdtStatus']>, ParentType, ContextType>;
};

export type MdtMeetingResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['MdtMeeting'] = ResolversParentTypes['MdtMeeting']> = {
  attendees?: Resolver<Maybe<Array<ResolversTypes['ProgramStaff']>>, ParentType, ContextType>;
  cancelledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  heldAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  heldOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['MdtMeetingKind']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scheduledFor?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MdtMeetingStatus']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  youthParticipation?: Resolver<Maybe<ResolversTypes['YouthParticipation']>, ParentType, ContextType>;
};

export type MdtMemberResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['MdtMember'] = ResolversParentTypes['MdtMember']> = {
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  joinedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['ProgramStaff']>, ParentType, ContextType>;
};

export type MdtNoticeResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['MdtNotice'] = ResolversParentTypes['MdtNotice']> = {
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  givenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['MdtNoticeKind']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ReconveningStatus']>, ParentType, ContextType>;
  triggeringEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelMdtMeeting?: Resolver<Maybe<ResolversTypes['MdtMeeting']>, ParentType, ContextType, RequireFields<MutationCancelMdtMeetingArgs, 'meetingId' | 'reason' | 'version' | 'youthId'>>;
  holdMdtMeeting?: Resolver<Maybe<ResolversTypes['MdtMeeting']>, ParentType, ContextType, RequireFields<MutationHoldMdtMeetingArgs, 'held' | 'meetingId' | 'version' | 'youthId'>>;
  linkAgencyRecord?: Resolver<Maybe<ResolversTypes['AgencyLinkChange']>, ParentType, ContextType, RequireFields<MutationLinkAgencyRecordArgs, 'link' | 'youthId'>>;
  recordConsent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'consent' | 'youthId'>>;
  recordConsentRevocation?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<MutationRecordConsentRevocationArgs, 'consentId' | 'revokedOn' | 'youthId'>>;
  recordCsecScreening?: Resolver<Maybe<ResolversTypes['CsecScreening']>, ParentType, ContextType, RequireFields<MutationRecordCsecScreeningArgs, 'screening' | 'youthId'>>;
  recordPhysicalDescription?: Resolver<Maybe<ResolversTypes['PhysicalDescription']>, ParentType, ContextType, RequireFields<MutationRecordPhysicalDescriptionArgs, 'description' | 'version' | 'youthId'>>;
  recordStageOfChange?: Resolver<Maybe<ResolversTypes['StageOfChangeAssessment']>, ParentType, ContextType, RequireFields<MutationRecordStageOfChangeArgs, 'assessment' | 'youthId'>>;
  recordTriggeringEvent?: Resolver<Maybe<ResolversTypes['TriggeringEvent']>, ParentType, ContextType, RequireFields<MutationRecordTriggeringEventArgs, 'event' | 'youthId'>>;
  reviseSafetyPlan?: Resolver<Maybe<ResolversTypes['SafetyPlan']>, ParentType, ContextType, RequireFields<MutationReviseSafetyPlanArgs, 'plan' | 'version' | 'youthId'>>;
  scheduleMdtMeeting?: Resolver<Maybe<ResolversTypes['MdtMeeting']>, ParentType, ContextType, RequireFields<MutationScheduleMdtMeetingArgs, 'meeting' | 'youthId'>>;
  unlinkAgencyRecord?: Resolver<Maybe<ResolversTypes['AgencyLinkChange']>, ParentType, ContextType, RequireFields<MutationUnlinkAgencyRecordArgs, 'agency' | 'reason' | 'youthId'>>;
};

export type PhysicalDescriptionResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['PhysicalDescription'] = ResolversParentTypes['PhysicalDescription']> = {
  distinguishingMarks?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  eyeColor?: Resolver<Maybe<ResolversTypes['EyeColor']>, ParentType, ContextType>;
  hairColor?: Resolver<Maybe<ResolversTypes['HairColor']>, ParentType, ContextType>;
  heightInches?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['ProgramStaff']>, ParentType, ContextType>;
  recordedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  weightPounds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProgramStaffResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['ProgramStaff'] = ResolversParentTypes['ProgramStaff']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['StaffRole']>>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessMatrix?: Resolver<Maybe<ResolversTypes['AccessMatrix']>, ParentType, ContextType, RequireFields<QueryAccessMatrixArgs, 'purposeOfUse'>>;
  accountingOfDisclosures?: Resolver<Maybe<Array<ResolversTypes['DisclosureAccountingEntry']>>, ParentType, ContextType, RequireFields<QueryAccountingOfDisclosuresArgs, 'first' | 'youthId'>>;
  caseload?: Resolver<Array<ResolversTypes['Youth']>, ParentType, ContextType>;
  disclosureExplanation?: Resolver<Maybe<ResolversTypes['DisclosureExplanation']>, ParentType, ContextType, RequireFields<QueryDisclosureExplanationArgs, 'field' | 'purposeOfUse' | 'userId' | 'youthId'>>;
  reconveningsDueLater?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, Partial<QueryReconveningsDueLaterArgs>>;
  reconveningsOverdue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, Partial<QueryReconveningsOverdueArgs>>;
  steeringReport?: Resolver<Maybe<ResolversTypes['SteeringReport']>, ParentType, ContextType, RequireFields<QuerySteeringReportArgs, 'period'>>;
  steeringReportRuns?: Resolver<Maybe<Array<ResolversTypes['SteeringReportRun']>>, ParentType, ContextType, RequireFields<QuerySteeringReportRunsArgs, 'period'>>;
  steeringReportTable?: Resolver<Maybe<ResolversTypes['SteeringReportTable']>, ParentType, ContextType, RequireFields<QuerySteeringReportTableArgs, 'breakdown' | 'measure' | 'period' | 'window'>>;
  youth?: Resolver<Maybe<ResolversTypes['Youth']>, ParentType, ContextType, RequireFields<QueryYouthArgs, 'id'>>;
};

export type ReconveningResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['Reconvening'] = ResolversParentTypes['Reconvening']> = {
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedByMeetingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['TriggeringEventKind']>, ParentType, ContextType>;
  overdue?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  protocol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ReconveningStatus']>, ParentType, ContextType>;
  tell?: Resolver<Maybe<Array<ResolversTypes['StaffRole']>>, ParentType, ContextType>;
  triggeringEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  withinHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ReportingPeriodResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod']> = {
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  yearToDateStartsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SafetyPlanResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['SafetyPlan'] = ResolversParentTypes['SafetyPlan']> = {
  exploiterIsThreat?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['ProgramStaff']>, ParentType, ContextType>;
  updatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StageOfChangeAssessmentResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['StageOfChangeAssessment'] = ResolversParentTypes['StageOfChangeAssessment']> = {
  assessedBy?: Resolver<Maybe<ResolversTypes['ProgramStaff']>, ParentType, ContextType>;
  assessedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['StageOfChange']>, ParentType, ContextType>;
};

export type SteeringReportResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['SteeringReport'] = ResolversParentTypes['SteeringReport']> = {
  period?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  suppression?: Resolver<Maybe<ResolversTypes['SuppressionSummary']>, ParentType, ContextType>;
  tables?: Resolver<Maybe<Array<ResolversTypes['SteeringReportTable']>>, ParentType, ContextType>;
};

export type SteeringReportCellResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['SteeringReportCell'] = ResolversParentTypes['SteeringReportCell']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  percentOfRow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  suppressed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type SteeringReportRowResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['SteeringReportRow'] = ResolversParentTypes['SteeringReportRow']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cells?: Resolver<Maybe<Array<ResolversTypes['SteeringReportCell']>>, ParentType, ContextType>;
};

export type SteeringReportRunResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['SteeringReportRun'] = ResolversParentTypes['SteeringReportRun']> = {
  complementaryCells?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  generatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policyRevision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposeOfUse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requesterRoles?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  smallCells?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressedCells?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  tables?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SteeringReportTableResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['SteeringReportTable'] = ResolversParentTypes['SteeringReportTable']> = {
  breakdown?: Resolver<Maybe<ResolversTypes['ReportBreakdown']>, ParentType, ContextType>;
  columns?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['SteeringMeasure']>, ParentType, ContextType>;
  rows?: Resolver<Maybe<Array<ResolversTypes['SteeringReportRow']>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['CountUnit']>, ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['ReportWindow']>, ParentType, ContextType>;
};

export type SuppressionSummaryResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['SuppressionSummary'] = ResolversParentTypes['SuppressionSummary']> = {
  complementaryCells?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  complementaryCountTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  smallCells?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TriggeringEventResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['TriggeringEvent'] = ResolversParentTypes['TriggeringEvent']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['TriggeringEventKind']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reconvening?: Resolver<Maybe<ResolversTypes['Reconvening']>, ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['ProgramStaff']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type YouthResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['Youth'] = ResolversParentTypes['Youth'], FederationReferenceType extends FederationReferenceTypes['Youth'] = FederationReferenceTypes['Youth']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Youth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  age?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  agencyLinkHistory?: Resolver<Maybe<Array<ResolversTypes['AgencyLinkChange']>>, ParentType, ContextType>;
  agencyLinks?: Resolver<Maybe<Array<ResolversTypes['AgencyLink']>>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  childWelfareClientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  consents?: Resolver<Maybe<Array<ResolversTypes['Consent']>>, ParentType, ContextType>;
  courtPartyNumber?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  exploitationStatus?: Resolver<Maybe<ResolversTypes['ExploitationStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  investigations?: Resolver<Maybe<Array<ResolversTypes['Investigation']>>, ParentType, ContextType>;
  mdt?: Resolver<Maybe<ResolversTypes['Mdt']>, ParentType, ContextType>;
  medicalRecordNumber?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  meetings?: Resolver<Maybe<Array<ResolversTypes['MdtMeeting']>>, ParentType, ContextType>;
  missingSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['YouthName']>, ParentType, ContextType>;
  notices?: Resolver<Maybe<Array<ResolversTypes['MdtNotice']>>, ParentType, ContextType, RequireFields<YouthNoticesArgs, 'includeClosed'>>;
  physicalDescription?: Resolver<Maybe<ResolversTypes['PhysicalDescription']>, ParentType, ContextType>;
  physicalDescriptionHistory?: Resolver<Maybe<Array<ResolversTypes['PhysicalDescription']>>, ParentType, ContextType>;
  probationNumber?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reconvenings?: Resolver<Maybe<Array<ResolversTypes['Reconvening']>>, ParentType, ContextType, RequireFields<YouthReconveningsArgs, 'includeClosed'>>;
  safetyPlan?: Resolver<Maybe<ResolversTypes['SafetyPlan']>, ParentType, ContextType>;
  safetyPlanHistory?: Resolver<Maybe<Array<ResolversTypes['SafetyPlan']>>, ParentType, ContextType>;
  screenings?: Resolver<Maybe<Array<ResolversTypes['CsecScreening']>>, ParentType, ContextType>;
  stagesOfChange?: Resolver<Maybe<Array<ResolversTypes['StageOfChangeAssessment']>>, ParentType, ContextType>;
  statewideStudentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  triggeringEvents?: Resolver<Maybe<Array<ResolversTypes['TriggeringEvent']>>, ParentType, ContextType>;
};

export type YouthNameResolvers<ContextType = CsecContext, ParentType extends ResolversParentTypes['YouthName'] = ResolversParentTypes['YouthName']> = {
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = CsecContext> = {
  AccessMatrix?: AccessMatrixResolvers<ContextType>;
  AccessMatrixCategory?: AccessMatrixCategoryResolvers<ContextType>;
  AccessMatrixCell?: AccessMatrixCellResolvers<ContextType>;
  AccessMatrixPurpose?: AccessMatrixPurposeResolvers<ContextType>;
  AccessMatrixRole?: AccessMatrixRoleResolvers<ContextType>;
  AccessMatrixSituation?: AccessMatrixSituationResolvers<ContextType>;
  AccountedRecord?: AccountedRecordResolvers<ContextType>;
  AgencyLink?: AgencyLinkResolvers<ContextType>;
  AgencyLinkChange?: AgencyLinkChangeResolvers<ContextType>;
  AgreementClauseFinding?: AgreementClauseFindingResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentFinding?: ConsentFindingResolvers<ContextType>;
  ConsentRecipient?: ConsentRecipientResolvers<ContextType>;
  CsecScreening?: CsecScreeningResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DecisionFact?: DecisionFactResolvers<ContextType>;
  DisclosureAccountingEntry?: DisclosureAccountingEntryResolvers<ContextType>;
  DisclosureExplanation?: DisclosureExplanationResolvers<ContextType>;
  DisclosureRequester?: DisclosureRequesterResolvers<ContextType>;
  Investigation?: InvestigationResolvers<ContextType>;
  Mdt?: MdtResolvers<ContextType>;
  MdtMeeting?: MdtMeetingResolvers<ContextType>;
  MdtMember?: MdtMemberResolvers<ContextType>;
  MdtNotice?: MdtNoticeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PhysicalDescription?: PhysicalDescriptionResolvers<ContextType>;
  ProgramStaff?: ProgramStaffResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reconvening?: ReconveningResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  SafetyPlan?: SafetyPlanResolvers<ContextType>;
  StageOfChangeAssessment?: StageOfChangeAssessmentResolvers<ContextType>;
  SteeringReport?: SteeringReportResolvers<ContextType>;
  SteeringReportCell?: SteeringReportCellResolvers<ContextType>;
  SteeringReportRow?: SteeringReportRowResolvers<ContextType>;
  SteeringReportRun?: SteeringReportRunResolvers<ContextType>;
  SteeringReportTable?: SteeringReportTableResolvers<ContextType>;
  SuppressionSummary?: SuppressionSummaryResolvers<ContextType>;
  TriggeringEvent?: TriggeringEventResolvers<ContextType>;
  Youth?: YouthResolvers<ContextType>;
  YouthName?: YouthNameResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = CsecContext> = {
  classified?: ClassifiedDirectiveResolver<any, any, ContextType>;
  youthScope?: YouthScopeDirectiveResolver<any, any, ContextType>;
};
