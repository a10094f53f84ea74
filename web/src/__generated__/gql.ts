/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccessMatrixPage($purposeOfUse: String!) {\n    accessMatrix(purposeOfUse: $purposeOfUse) {\n      policyRevision\n      purposeOfUse\n      decidedAt\n      roles { code title }\n      categories { code title legalBasis }\n      purposes { code title }\n      cells {\n        role\n        category\n        outcome\n        rule\n        legalBasis\n        situations { situation allowed rule legalBasis obligations }\n      }\n    }\n  }\n": typeof types.AccessMatrixPageDocument,
    "\n  query AccountingPage($youthId: ID!, $first: Int, $after: String) {\n    accountingOfDisclosures(youthId: $youthId, first: $first, after: $after) {\n      cursor\n      decisionId\n      decidedAt\n      requester { userId agency roles }\n      purposeOfUse\n      breakGlassReason\n      fields\n      category\n      outcome\n      rule\n      legalBasis\n      flaggedForReview\n    }\n  }\n": typeof types.AccountingPageDocument,
    "\n  query Caseload {\n    caseload {\n      id\n      name { givenName familyName preferredName }\n      age\n      mdt { status leadAgency }\n      triggeringEvents { kind occurredOn }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query ExplanationPage($youthId: ID!, $userId: ID!, $field: String!, $purposeOfUse: String!) {\n    disclosureExplanation(youthId: $youthId, userId: $userId, field: $field, purposeOfUse: $purposeOfUse) {\n      field\n      requesterUserId\n      requesterAgency\n      requesterRoles\n      purposeOfUse\n      outcome\n      rule\n      legalBasis\n      toldToRequester\n      obligations\n      flaggedForReview\n      categoryTitle\n      plainWords\n      facts { name finding }\n      agreementClauses { clause legalBasis opens problems }\n      consents { consentId form signedOn expiresOn revokedOn applies problems }\n    }\n  }\n": typeof types.ExplanationPageDocument,
    "\n  query YouthProfile($id: ID!) {\n    youth(id: $id) {\n      id\n      name { givenName familyName preferredName }\n      age\n      mdt { status }\n      ...IdentitySection_youth\n      ...CsecStatusSection_youth\n      ...MdtSection_youth\n      ...ChildWelfareSection_youth\n      ...ProbationSection_youth\n      ...HealthSection_youth\n      ...EducationSection_youth\n    }\n  }\n": typeof types.YouthProfileDocument,
    "\n  fragment ChildWelfareSection_youth on Youth {\n    childWelfare {\n      clientId\n      assignedSocialWorker { name }\n      case { caseNumber status serviceComponent openedOn }\n      currentPlacement { placementType facilityName startedOn address { line1 line2 city state postalCode } }\n      placements { placementId placementType startedOn endedOn endReason }\n      referrals { referralId receivedOn }\n      casePlan { updatedOn goals }\n      courtHearings { hearingId hearingType scheduledFor outcome }\n    }\n  }\n": typeof types.ChildWelfareSection_YouthFragmentDoc,
    "\n  fragment CsecStatusSection_youth on Youth {\n    exploitationStatus\n    identifiedOn\n    missingSince\n    screenings { id tool screenedOn levelOfConcern screener { name } }\n    stagesOfChange { stage assessedOn }\n    triggeringEvents { id kind occurredOn summary }\n  }\n": typeof types.CsecStatusSection_YouthFragmentDoc,
    "\n  fragment EducationSection_youth on Youth {\n    education {\n      statewideStudentId\n      gradeLevel\n      currentEnrollment { schoolName districtName }\n      attendance { schoolYear attendanceRate daysAbsent }\n      creditsEarned\n      creditsRequired\n      hasIep\n      has504Plan\n    }\n  }\n": typeof types.EducationSection_YouthFragmentDoc,
    "\n  fragment HealthSection_youth on Youth {\n    health {\n      medicalRecordNumber\n      publicHealthNursing { assignedNurseName caseStatus caseOpenedOn }\n      mentalHealth {\n        screenings { screeningId instrument interpretation screenedOn }\n        diagnoses { diagnosisId description diagnosedOn clinicalStatus }\n        services { serviceId program status startedOn clinician }\n        medications { medicationId medication status prescribedOn dosage }\n      }\n      substanceUse {\n        assessments { assessmentId instrument interpretation assessedOn }\n        diagnoses { diagnosisId description diagnosedOn clinicalStatus }\n        treatment { treatmentId program status startedOn endedOn counselor }\n        medications { medicationId medication status prescribedOn dosage }\n      }\n    }\n  }\n": typeof types.HealthSection_YouthFragmentDoc,
    "\n  fragment IdentitySection_youth on Youth {\n    id\n    name { givenName familyName preferredName }\n    birthDate\n    age\n    childWelfareClientId\n    probationNumber\n    medicalRecordNumber\n    statewideStudentId\n    physicalDescription {\n      heightInches\n      weightPounds\n      hairColor\n      eyeColor\n      distinguishingMarks\n      recordedOn\n      recordedBy { name }\n    }\n  }\n": typeof types.IdentitySection_YouthFragmentDoc,
    "\n  fragment MdtSection_youth on Youth {\n    mdt {\n      id\n      status\n      leadAgency\n      openedOn\n      closedOn\n      members { active joinedOn person { userId name agency roles } }\n    }\n    safetyPlan { updatedOn summary exploiterIsThreat }\n  }\n": typeof types.MdtSection_YouthFragmentDoc,
    "\n  fragment ProbationSection_youth on Youth {\n    probation {\n      probationNumber\n      assignedOfficer { name }\n      adjudicated\n      petitions { petitionNumber filedOn section disposition }\n      conditions { condition imposedOn }\n      warrants { warrantNumber issuedOn status }\n    }\n  }\n": typeof types.ProbationSection_YouthFragmentDoc,
};
const documents: Documents = {
    "\n  query AccessMatrixPage($purposeOfUse: String!) {\n    accessMatrix(purposeOfUse: $purposeOfUse) {\n      policyRevision\n      purposeOfUse\n      decidedAt\n      roles { code title }\n      categories { code title legalBasis }\n      purposes { code title }\n      cells {\n        role\n        category\n        outcome\n        rule\n        legalBasis\n        situations { situation allowed rule legalBasis obligations }\n      }\n    }\n  }\n": types.AccessMatrixPageDocument,
    "\n  query AccountingPage($youthId: ID!, $first: Int, $after: String) {\n    accountingOfDisclosures(youthId: $youthId, first: $first, after: $after) {\n      cursor\n      decisionId\n      decidedAt\n      requester { userId agency roles }\n      purposeOfUse\n      breakGlassReason\n      fields\n      category\n      outcome\n      rule\n      legalBasis\n      flaggedForReview\n    }\n  }\n": types.AccountingPageDocument,
    "\n  query Caseload {\n    caseload {\n      id\n      name { givenName familyName preferredName }\n      age\n      mdt { status leadAgency }\n      triggeringEvents { kind occurredOn }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query ExplanationPage($youthId: ID!, $userId: ID!, $field: String!, $purposeOfUse: String!) {\n    disclosureExplanation(youthId: $youthId, userId: $userId, field: $field, purposeOfUse: $purposeOfUse) {\n      field\n      requesterUserId\n      requesterAgency\n      requesterRoles\n      purposeOfUse\n      outcome\n      rule\n      legalBasis\n      toldToRequester\n      obligations\n      flaggedForReview\n      categoryTitle\n      plainWords\n      facts { name finding }\n      agreementClauses { clause legalBasis opens problems }\n      consents { consentId form signedOn expiresOn revokedOn applies problems }\n    }\n  }\n": types.ExplanationPageDocument,
    "\n  query YouthProfile($id: ID!) {\n    youth(id: $id) {\n      id\n      name { givenName familyName preferredName }\n      age\n      mdt { status }\n      ...IdentitySection_youth\n      ...CsecStatusSection_youth\n      ...MdtSection_youth\n      ...ChildWelfareSection_youth\n      ...ProbationSection_youth\n      ...HealthSection_youth\n      ...EducationSection_youth\n    }\n  }\n": types.YouthProfileDocument,
    "\n  fragment ChildWelfareSection_youth on Youth {\n    childWelfare {\n      clientId\n      assignedSocialWorker { name }\n      case { caseNumber status serviceComponent openedOn }\n      currentPlacement { placementType facilityName startedOn address { line1 line2 city state postalCode } }\n      placements { placementId placementType startedOn endedOn endReason }\n      referrals { referralId receivedOn }\n      casePlan { updatedOn goals }\n      courtHearings { hearingId hearingType scheduledFor outcome }\n    }\n  }\n": types.ChildWelfareSection_YouthFragmentDoc,
    "\n  fragment CsecStatusSection_youth on Youth {\n    exploitationStatus\n    identifiedOn\n    missingSince\n    screenings { id tool screenedOn levelOfConcern screener { name } }\n    stagesOfChange { stage assessedOn }\n    triggeringEvents { id kind occurredOn summary }\n  }\n": types.CsecStatusSection_YouthFragmentDoc,
    "\n  fragment EducationSection_youth on Youth {\n    education {\n      statewideStudentId\n      gradeLevel\n      currentEnrollment { schoolName districtName }\n      attendance { schoolYear attendanceRate daysAbsent }\n      creditsEarned\n      creditsRequired\n      hasIep\n      has504Plan\n    }\n  }\n": types.EducationSection_YouthFragmentDoc,
    "\n  fragment HealthSection_youth on Youth {\n    health {\n      medicalRecordNumber\n      publicHealthNursing { assignedNurseName caseStatus caseOpenedOn }\n      mentalHealth {\n        screenings { screeningId instrument interpretation screenedOn }\n        diagnoses { diagnosisId description diagnosedOn clinicalStatus }\n        services { serviceId program status startedOn clinician }\n        medications { medicationId medication status prescribedOn dosage }\n      }\n      substanceUse {\n        assessments { assessmentId instrument interpretation assessedOn }\n        diagnoses { diagnosisId description diagnosedOn clinicalStatus }\n        treatment { treatmentId program status startedOn endedOn counselor }\n        medications { medicationId medication status prescribedOn dosage }\n      }\n    }\n  }\n": types.HealthSection_YouthFragmentDoc,
    "\n  fragment IdentitySection_youth on Youth {\n    id\n    name { givenName familyName preferredName }\n    birthDate\n    age\n    childWelfareClientId\n    probationNumber\n    medicalRecordNumber\n    statewideStudentId\n    physicalDescription {\n      heightInches\n      weightPounds\n      hairColor\n      eyeColor\n      distinguishingMarks\n      recordedOn\n      recordedBy { name }\n    }\n  }\n": types.IdentitySection_YouthFragmentDoc,
    "\n  fragment MdtSection_youth on Youth {\n    mdt {\n      id\n      status\n      leadAgency\n      openedOn\n      closedOn\n      members { active joinedOn person { userId name agency roles } }\n    }\n    safetyPlan { updatedOn summary exploiterIsThreat }\n  }\n": types.MdtSection_YouthFragmentDoc,
    "\n  fragment ProbationSection_youth on Youth {\n    probation {\n      probationNumber\n      assignedOfficer { name }\n      adjudicated\n      petitions { petitionNumber filedOn section disposition }\n      conditions { condition imposedOn }\n      warrants { warrantNumber issuedOn status }\n    }\n  }\n": types.ProbationSection_YouthFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessMatrixPage($purposeOfUse: String!) {\n    accessMatrix(purposeOfUse: $purposeOfUse) {\n      policyRevision\n      purposeOfUse\n      decidedAt\n      roles { code title }\n      categories { code title legalBasis }\n      purposes { code title }\n      cells {\n        role\n        category\n        outcome\n        rule\n        legalBasis\n        situations { situation allowed rule legalBasis obligations }\n      }\n    }\n  }\n"): typeof import('./graphql').AccessMatrixPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountingPage($youthId: ID!, $first: Int, $after: String) {\n    accountingOfDisclosures(youthId: $youthId, first: $first, after: $after) {\n      cursor\n      decisionId\n      decidedAt\n      requester { userId agency roles }\n      purposeOfUse\n      breakGlassReason\n      fields\n      category\n      outcome\n      rule\n      legalBasis\n      flaggedForReview\n    }\n  }\n"): typeof import('./graphql').AccountingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload {\n    caseload {\n      id\n      name { givenName familyName preferredName }\n      age\n      mdt { status leadAgency }\n      triggeringEvents { kind occurredOn }\n    }\n  }\n"): typeof import('./graphql').CaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplanationPage($youthId: ID!, $userId: ID!, $field: String!, $purposeOfUse: String!) {\n    disclosureExplanation(youthId: $youthId, userId: $userId, field: $field, purposeOfUse: $purposeOfUse) {\n      field\n      requesterUserId\n      requesterAgency\n      requesterRoles\n      purposeOfUse\n      outcome\n      rule\n      legalBasis\n      toldToRequester\n      obligations\n      flaggedForReview\n      categoryTitle\n      plainWords\n      facts { name finding }\n      agreementClauses { clause legalBasis opens problems }\n      consents { consentId form signedOn expiresOn revokedOn applies problems }\n    }\n  }\n"): typeof import('./graphql').ExplanationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthProfile($id: ID!) {\n    youth(id: $id) {\n      id\n      name { givenName familyName preferredName }\n      age\n      mdt { status }\n      ...IdentitySection_youth\n      ...CsecStatusSection_youth\n      ...MdtSection_youth\n      ...ChildWelfareSection_youth\n      ...ProbationSection_youth\n      ...HealthSection_youth\n      ...EducationSection_youth\n    }\n  }\n"): typeof import('./graphql').YouthProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChildWelfareSection_youth on Youth {\n    childWelfare {\n      clientId\n      assignedSocialWorker { name }\n      case { caseNumber status serviceComponent openedOn }\n      currentPlacement { placementType facilityName startedOn address { line1 line2 city state postalCode } }\n      placements { placementId placementType startedOn endedOn endReason }\n      referrals { referralId receivedOn }\n      casePlan { updatedOn goals }\n      courtHearings { hearingId hearingType scheduledFor outcome }\n    }\n  }\n"): typeof import('./graphql').ChildWelfareSection_YouthFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CsecStatusSection_youth on Youth {\n    exploitationStatus\n    identifiedOn\n    missingSince\n    screenings { id tool screenedOn levelOfConcern screener { name } }\n    stagesOfChange { stage assessedOn }\n    triggeringEvents { id kind occurredOn summary }\n  }\n"): typeof import('./graphql').CsecStatusSection_YouthFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EducationSection_youth on Youth {\n    education {\n      statewideStudentId\n      gradeLevel\n      currentEnrollment { schoolName districtName }\n      attendance { schoolYear attendanceRate daysAbsent }\n      creditsEarned\n      creditsRequired\n      hasIep\n      has504Plan\n    }\n  }\n"): typeof import('./graphql').EducationSection_YouthFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HealthSection_youth on Youth {\n    health {\n      medicalRecordNumber\n      publicHealthNursing { assignedNurseName caseStatus caseOpenedOn }\n      mentalHealth {\n        screenings { screeningId instrument interpretation screenedOn }\n        diagnoses { diagnosisId description diagnosedOn clinicalStatus }\n        services { serviceId program status startedOn clinician }\n        medications { medicationId medication status prescribedOn dosage }\n      }\n      substanceUse {\n        assessments { assessmentId instrument interpretation assessedOn }\n        diagnoses { diagnosisId description diagnosedOn clinicalStatus }\n        treatment { treatmentId program status startedOn endedOn counselor }\n        medications { medicationId medication status prescribedOn dosage }\n      }\n    }\n  }\n"): typeof import('./graphql').HealthSection_YouthFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdentitySection_youth on Youth {\n    id\n    name { givenName familyName preferredName }\n    birthDate\n    age\n    childWelfareClientId\n    probationNumber\n    medicalRecordNumber\n    statewideStudentId\n    physicalDescription {\n      heightInches\n      weightPounds\n      hairColor\n      eyeColor\n      distinguishingMarks\n      recordedOn\n      recordedBy { name }\n    }\n  }\n"): typeof import('./graphql').IdentitySection_YouthFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdtSection_youth on Youth {\n    mdt {\n      id\n      status\n      leadAgency\n      openedOn\n      closedOn\n      members { active joinedOn person { userId name agency roles } }\n    }\n    safetyPlan { updatedOn summary exploiterIsThreat }\n  }\n"): typeof import('./graphql').MdtSection_YouthFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProbationSection_youth on Youth {\n    probation {\n      probationNumber\n      assignedOfficer { name }\n      adjudicated\n      petitions { petitionNumber filedOn section disposition }\n      conditions { condition imposedOn }\n      warrants { warrantNumber issuedOn status }\n    }\n  }\n"): typeof import('./graphql').ProbationSection_YouthFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
