/* Generated from schema/scenario.schema.json by `npm run codegen`. Do not edit. */

export type UserId = string;
export type Agency =
  | 'CHILD_WELFARE'
  | 'PROBATION'
  | 'BEHAVIORAL_HEALTH'
  | 'PUBLIC_HEALTH'
  | 'EDUCATION'
  | 'LAW_ENFORCEMENT'
  | 'DISTRICT_ATTORNEY'
  | 'DEPENDENCY_COUNSEL'
  | 'CASA_PROGRAM'
  | 'ADVOCACY_ORGANIZATION'
  | 'CAREGIVER_HOUSEHOLD'
  | 'CSEC_PROGRAM'
  | 'COUNTY_ADMINISTRATION';
export type Role =
  | 'SOCIAL_WORKER'
  | 'PROBATION_OFFICER'
  | 'MENTAL_HEALTH_CLINICIAN'
  | 'PUBLIC_HEALTH_NURSE'
  | 'SUBSTANCE_USE_COUNSELOR'
  | 'EDUCATION_LIAISON'
  | 'YOUTH_ATTORNEY'
  | 'PROSECUTOR'
  | 'CASA'
  | 'SURVIVOR_ADVOCATE'
  | 'CAREGIVER'
  | 'LAW_ENFORCEMENT_OFFICER'
  | 'PRIVACY_OFFICER'
  | 'STEERING_COMMITTEE_MEMBER';
export type Date = string;
/**
 * An agency whose system of record is a subgraph.
 */
export type SourceAgency = 'CHILD_WELFARE' | 'PROBATION' | 'HEALTH' | 'EDUCATION' | 'JUVENILE_COURT';
export type DateTime = string;

/**
 * Everything one county's systems hold about a set of youth: the people who use the system, the CSEC program's coordination records, and each agency's own records in that agency's own identifiers and code sets. `npm run seed -- --scenario <file>` loads a scenario into every source.
 */
export interface Scenario {
  $schema?: string;
  /**
   * Version of this format.
   */
  scenarioVersion: 1;
  /**
   * County whose CSEC program the scenario describes.
   */
  county: string;
  description?: string;
  /**
   * People who sign in: MDT members, privacy officers, steering committee members.
   */
  users: User[];
  /**
   * The CSEC program's own coordination records (the MDT).
   */
  csec: {
    youth: CsecYouth[];
  };
  /**
   * The county child welfare system of record.
   */
  childWelfare: {
    clients: ChildWelfareClient[];
  };
  /**
   * The county juvenile probation case management system.
   */
  probation: {
    juveniles: ProbationJuvenile[];
  };
  /**
   * County behavioral health and public health records as HL7 FHIR R4 resources, with confidentiality and sensitivity in meta.security.
   */
  health: {
    resources: FhirResource[];
  };
  /**
   * The county office of education's student records.
   */
  education: {
    students: EducationStudent[];
  };
  /**
   * The juvenile court's case management system: each party (a youth) under the court's own party number, with the cases, proceedings and W&IC 827 orders about them.
   */
  juvenileCourt: {
    parties: JuvenileCourtParty[];
  };
}
export interface User {
  id: UserId;
  displayName: string;
  agency: Agency;
  /**
   * @minItems 1
   */
  roles: [Role, ...Role[]];
  email?: string;
}
export interface CsecYouth {
  /**
   * CSEC program youth id.
   */
  id: string;
  givenName: string;
  familyName: string;
  preferredName?: string;
  birthDate: Date;
  /**
   * Date the youth was identified as commercially sexually exploited or at risk.
   */
  identifiedOn: string;
  exploitationStatus: 'AT_RISK' | 'SUSPECTED' | 'CONFIRMED';
  /**
   * Set while the youth is AWOL or missing.
   */
  missingSince?: string;
  /**
   * Deliberate, recorded links from this youth to each agency's own identifier.
   */
  links: {
    agency: SourceAgency;
    identifier: string;
    linkedOn: Date;
    linkedByUserId: UserId;
  }[];
  mdt?: {
    id: string;
    status: 'OPEN' | 'CLOSED';
    leadAgency: Agency;
    openedOn: Date;
    closedOn?: Date;
    members: {
      userId: UserId;
      joinedOn: Date;
      leftOn?: Date;
    }[];
  };
  screenings?: {
    id: string;
    tool: 'CSE_IT';
    screenedOn: Date;
    screenerUserId: UserId;
    levelOfConcern: 'NO_CONCERN' | 'POSSIBLE_CONCERN' | 'CLEAR_CONCERN';
  }[];
  stagesOfChange?: {
    stage: 'PRECONTEMPLATION' | 'CONTEMPLATION' | 'PREPARATION' | 'ACTION' | 'MAINTENANCE';
    assessedOn: Date;
  }[];
  triggeringEvents?: {
    id: string;
    kind:
      | 'AWOL'
      | 'PLACEMENT_CHANGE'
      | 'LAW_ENFORCEMENT_CONTACT'
      | 'PSYCHIATRIC_CRISIS'
      | 'EXPLOITER_THREAT'
      | 'NEW_EXPLOITATION_DISCLOSURE';
    occurredOn: Date;
    summary: string;
  }[];
  safetyPlan?: {
    updatedOn: Date;
    summary: string;
    /**
     * An exploiter is a current threat: the placement address becomes very restricted (V).
     */
    exploiterIsThreat: boolean;
  };
  /**
   * How to recognise the youth, as the MDT last recorded it for a missing-person report (42 U.S.C. 671(a)(35)(B); Penal Code 14205-14211).
   */
  physicalDescription?: {
    heightInches: number;
    weightPounds: number;
    /**
     * NCIC missing person file hair colours.
     */
    hairColor:
      | 'BALD'
      | 'BLACK'
      | 'BLOND'
      | 'BLUE'
      | 'BROWN'
      | 'GRAY'
      | 'GREEN'
      | 'ORANGE'
      | 'PINK'
      | 'PURPLE'
      | 'RED'
      | 'SANDY'
      | 'WHITE'
      | 'UNKNOWN';
    /**
     * NCIC missing person file eye colours.
     */
    eyeColor: 'BLACK' | 'BLUE' | 'BROWN' | 'GRAY' | 'GREEN' | 'HAZEL' | 'MAROON' | 'MULTICOLORED' | 'PINK' | 'UNKNOWN';
    /**
     * Scars, marks and tattoos, one each with where they are. A tattoo can be an exploiter's brand: CSEC status.
     */
    distinguishingMarks: string[];
    recordedOn: Date;
    /**
     * The MDT member who recorded it.
     */
    recordedByUserId: string;
  };
  meetings?: {
    id: string;
    heldOn: Date;
    kind: 'INITIAL' | 'ONGOING' | 'RECONVENED';
    notes: string;
    attendeeUserIds: UserId[];
  }[];
  /**
   * Consents and authorizations to disclose, as signed.
   */
  consents?: Consent[];
  /**
   * Reports under investigation by the MDT (W&IC 18961.7 opens a 30-day sharing window from the report).
   */
  investigations?: {
    id: string;
    reportedOn: Date;
    goodCauseExtendedUntil?: Date;
  }[];
}
export interface Consent {
  id: string;
  form:
    | 'CFR42_PART2_2_31'
    | 'CFR42_PART2_TPO'
    | 'HIV_HSC_120980'
    | 'FERPA_RELEASE'
    | 'HIPAA_AUTHORIZATION'
    | 'GENERAL_RELEASE';
  /**
   * Information categories the consent covers (see policies/data/categories.yaml).
   *
   * @minItems 1
   */
  categories: [string, ...string[]];
  /**
   * @minItems 1
   */
  recipients: [
    {
      userId?: UserId;
      role?: Role;
      agency?: Agency;
    },
    ...{
      userId?: UserId;
      role?: Role;
      agency?: Agency;
    }[]
  ];
  /**
   * @minItems 1
   */
  purposes: [string, ...string[]];
  signedBy: 'YOUTH' | 'PARENT_OR_GUARDIAN' | 'EDUCATION_RIGHTS_HOLDER' | 'COURT';
  signedOn: Date;
  youthAgeAtSigning: number;
  expiresOn?: Date;
  revokedOn?: Date;
}
export interface ChildWelfareClient {
  /**
   * Child welfare client id, in the state case management system's shape.
   */
  clientId: string;
  firstName: string;
  lastName: string;
  birthDate: Date;
  assignedSocialWorkerUserId?: UserId;
  case?: {
    caseNumber: string;
    status: 'OPEN' | 'CLOSED';
    serviceComponent: 'EMERGENCY_RESPONSE' | 'FAMILY_MAINTENANCE' | 'FAMILY_REUNIFICATION' | 'PERMANENT_PLACEMENT';
    openedOn: Date;
    closedOn?: Date;
  };
  referrals: {
    referralId: string;
    receivedOn: Date;
    /**
     * Never disclosed (Penal Code 11167).
     */
    reporterName: string;
    reporterRole:
      | 'MANDATED_REPORTER_EDUCATION'
      | 'MANDATED_REPORTER_HEALTH'
      | 'MANDATED_REPORTER_LAW_ENFORCEMENT'
      | 'FAMILY_MEMBER'
      | 'ANONYMOUS'
      | 'OTHER';
    allegations: {
      allegationType:
        | 'COMMERCIAL_SEXUAL_EXPLOITATION'
        | 'SEXUAL_ABUSE'
        | 'PHYSICAL_ABUSE'
        | 'GENERAL_NEGLECT'
        | 'SEVERE_NEGLECT'
        | 'EMOTIONAL_ABUSE'
        | 'CARETAKER_ABSENCE';
      disposition: 'SUBSTANTIATED' | 'INCONCLUSIVE' | 'UNFOUNDED' | 'PENDING';
    }[];
  }[];
  placements: {
    placementId: string;
    placementType:
      | 'RESOURCE_FAMILY'
      | 'KIN'
      | 'FOSTER_FAMILY_AGENCY'
      | 'STRTP'
      | 'TRANSITIONAL_HOUSING'
      | 'GUARDIAN'
      | 'HOME_OF_PARENT';
    facilityName: string;
    address: Address;
    startedOn: Date;
    endedOn?: Date;
    endReason?: 'AWOL' | 'PLACEMENT_CHANGE' | 'REUNIFIED' | 'STEP_DOWN' | 'OTHER';
  }[];
  /**
   * Services the youth received through child welfare.
   */
  services?: Service[];
  casePlan?: {
    updatedOn: Date;
    goals: string[];
  };
  courtHearings: {
    hearingId: string;
    hearingType:
      'DETENTION' | 'JURISDICTION' | 'DISPOSITION' | 'SIX_MONTH_REVIEW' | 'TWELVE_MONTH_REVIEW' | 'PERMANENCY_PLANNING';
    scheduledFor: DateTime;
    department: string;
    outcome?: string;
  }[];
}
export interface Address {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  postalCode: string;
}
/**
 * A service an agency provided or referred the youth to: its kind and from when to when.
 */
export interface Service {
  serviceId: string;
  serviceType:
    | 'CSEC_ADVOCACY'
    | 'MENTAL_HEALTH'
    | 'SUBSTANCE_USE'
    | 'HEALTH_CARE'
    | 'EDUCATION_SUPPORT'
    | 'HOUSING'
    | 'LEGAL'
    | 'FAMILY_SUPPORT';
  startedOn: Date;
  endedOn?: Date;
}
export interface ProbationJuvenile {
  probationNumber: string;
  /**
   * As booked: LAST, FIRST MIDDLE.
   */
  name: string;
  dateOfBirth: Date;
  assignedOfficerUserId?: UserId;
  referrals: {
    referralNumber: string;
    receivedOn: Date;
    source: 'LAW_ENFORCEMENT' | 'SCHOOL' | 'PARENT' | 'CHILD_WELFARE' | 'OTHER';
    /**
     * Offense as charged, e.g. PC 459.
     */
    offense: string;
    outcome: 'CLOSED_AT_INTAKE' | 'INFORMAL_SUPERVISION' | 'PETITION_FILED' | 'DIVERTED' | 'PENDING';
  }[];
  petitions: {
    petitionNumber: string;
    filedOn: Date;
    section: 'WIC_601' | 'WIC_602';
    charges: string[];
    disposition?:
      | 'DISMISSED'
      | 'INFORMAL_PROBATION_654_2'
      | 'WARDSHIP_PROBATION'
      | 'NON_WARD_PROBATION_725A'
      | 'DEFERRED_ENTRY_OF_JUDGMENT'
      | 'PLACEMENT';
    adjudicatedOn?: Date;
    sealed?: {
      sealedOn: Date;
      authority: 'WIC_781' | 'WIC_786' | 'WIC_786_5';
    };
    vacated?: {
      vacatedOn: Date;
      authority: 'PC_236_14';
    };
  }[];
  /**
   * Terms and conditions of probation.
   */
  conditions: {
    condition: string;
    imposedOn: Date;
  }[];
  /**
   * Services the youth received through probation.
   */
  services?: Service[];
  warrants: {
    warrantNumber: string;
    issuedOn: Date;
    status: 'ACTIVE' | 'RECALLED' | 'SERVED';
  }[];
}
/**
 * An HL7 FHIR R4 resource (Patient, Condition, Encounter, Observation, EpisodeOfCare, Procedure, MedicationRequest, Consent, ...). Patients carry the health system's medical record number in identifier; sensitive records carry meta.security labels.
 */
export interface FhirResource {
  resourceType:
    | 'Patient'
    | 'Practitioner'
    | 'Condition'
    | 'Encounter'
    | 'Observation'
    | 'EpisodeOfCare'
    | 'Procedure'
    | 'MedicationRequest'
    | 'MedicationStatement'
    | 'PractitionerRole'
    | 'Consent'
    | 'CareTeam';
  id: string;
  meta?: {
    security?: {
      system: string;
      code: string;
    }[];
  };
}
export interface EducationStudent {
  /**
   * Statewide Student Identifier.
   */
  ssid: string;
  legalFirstName: string;
  legalLastName: string;
  birthDate: Date;
  enrollments: {
    schoolName: string;
    districtName: string;
    gradeLevel: string;
    enteredOn: Date;
    exitedOn?: Date;
  }[];
  attendance: {
    schoolYear: string;
    daysEnrolled: number;
    daysAbsent: number;
  }[];
  creditsEarned?: number;
  creditsRequired?: number;
  hasIep?: boolean;
  has504Plan?: boolean;
  fosterYouthLiaison?: {
    name: string;
    phone: string;
  };
  educationRightsHolder?: {
    name: string;
    relationship: 'PARENT' | 'GUARDIAN' | 'COURT_APPOINTED' | 'RELATIVE' | 'FOSTER_PARENT' | 'YOUTH_SELF';
  };
}
/**
 * A youth as the juvenile court knows them, under its own party number (which the CSEC program links, agency JUVENILE_COURT): the youth's cases, the proceedings about the youth with who takes part in each, and the W&IC 827 orders that let a named person or agency inspect the youth's juvenile case file.
 */
export interface JuvenileCourtParty {
  /**
   * The court's party number for the youth, one for all the youth's cases (a dependency and a delinquency case alike): a case number names a case, not the youth.
   */
  courtPartyNumber: string;
  cases: {
    caseNumber: string;
    /**
     * Dependency (W&IC 300) or delinquency (W&IC 602).
     */
    jurisdiction: 'DEPENDENCY' | 'DELINQUENCY';
    filedOn: Date;
    nextHearing?: {
      date: Date;
      type: 'DETENTION' | 'JURISDICTION' | 'DISPOSITION' | 'REVIEW' | 'PERMANENCY' | 'TERMINATION';
    };
    /**
     * The hearings held in the case, each with its minute order: what the court found and ordered, as the clerk recorded it.
     */
    hearings?: {
      date: Date;
      type: 'DETENTION' | 'JURISDICTION' | 'DISPOSITION' | 'REVIEW' | 'PERMANENCY' | 'TERMINATION';
      minuteOrder: string;
    }[];
    attorneysOfRecord: {
      name: string;
      represents: 'YOUTH' | 'PARENT' | 'CHILD_WELFARE_AGENCY' | 'PEOPLE';
    }[];
  }[];
  /**
   * Proceedings about the youth the court records: who is a party to, investigating, counsel in or witness to each one, from when to when. Sitting on the MDT is not being part of proceedings.
   */
  proceedings?: {
    id: string;
    /**
     * Dependency (W&IC 300), delinquency (W&IC 601/602), or a criminal case involving the youth (e.g. against an exploiter).
     */
    kind: 'DEPENDENCY' | 'DELINQUENCY' | 'CRIMINAL';
    /**
     * Each in force from `from` to `until` inclusive; without `until` while it lasts.
     */
    participants: {
      userId: UserId;
      role: 'PARTY' | 'INVESTIGATING' | 'COUNSEL' | 'WITNESS';
      from: Date;
      until?: Date;
    }[];
  }[];
  inspectionOrders: {
    orderNumber: string;
    grantedOn: Date;
    /**
     * The last day the order allows inspection.
     */
    expiresOn: string;
    /**
     * Whom the order names: a person (by user id) or an agency, and the name the order gives.
     */
    authorized: {
      userId?: UserId;
      agency?: Agency;
      name: string;
    };
    /**
     * The categories of the juvenile case file the order opens (policies/csec/court_orders/data.yaml).
     *
     * @minItems 1
     */
    categories: [string, ...string[]];
    /**
     * The parts of the case file the order opens, in the court's words.
     */
    scope: string;
  }[];
}
