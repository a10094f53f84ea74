import type { Scenario } from '../../scenario/load-scenario.ts';

type Consent = NonNullable<Scenario['csec']['youth'][number]['consents']>[number];
type PhysicalDescription = NonNullable<Scenario['csec']['youth'][number]['physicalDescription']>;
type CourtParty = Scenario['juvenileCourt']['parties'][number];

/**
 * Values planted in records that the requesters of the disclosure tests may not see. None of
 * them may ever appear in a subgraph response, a client response, an error, a log or the audit.
 */
export const PLANTED = {
  schoolOfY1: 'PLANTED-SCHOOL-Y000001',
  chargeOfY1: 'PLANTED-CHARGE-Y000001',
  reporterOfY1: 'PLANTED-REPORTER-Y000001',
  substanceUseProgramOfY2: 'PLANTED-SUD-PROGRAM-Y000002',
  meetingNotesOfY60: 'PLANTED-MDT-NOTES-Y000060',
} as const;

/** The substance use program disclosed to the social worker under the youth's consent. */
export const CONSENTED_PROGRAM_OF_Y1 = 'Adolescent outpatient SUD treatment (consented)';

/**
 * The example situations of the disclosure tests, written over a generated county so each one
 * holds whatever the generator drew: consents with known recipients and dates, an adjudicated and
 * a non-adjudicated probation youth, a reassigned worker, a closed MDT, a missing youth.
 */
export function withTestSituations(scenario: Scenario, today: string): Scenario {
  const county = structuredClone(scenario);
  const youth = (id: string) => {
    const record = county.csec.youth.find((candidate) => candidate.id === id);
    if (!record) throw new Error(`The test county has no ${id}.`);
    return record;
  };
  const linked = (id: string, agency: 'CHILD_WELFARE' | 'PROBATION' | 'HEALTH' | 'EDUCATION') => {
    const identifier = youth(id).links.find((link) => link.agency === agency)?.identifier;
    if (!identifier) throw new Error(`${id} has no ${agency} record in the test county.`);
    return identifier;
  };
  // The court knows a youth under its own party number, which the MDT links. `courtPartyOf` gives the
  // party a youth is linked to, or a new one linked today; `newCourtParty` replaces whatever the court
  // held for the youth by a party of the number given, linked to the youth, with no records yet.
  const courtPartyOf = (id: string): CourtParty => {
    const number = youth(id).links.find((link) => link.agency === 'JUVENILE_COURT')?.identifier;
    const party = county.juvenileCourt.parties.find((candidate) => candidate.courtPartyNumber === number);
    return party ?? newCourtParty(id, `P-TEST-${id.replace('-', '')}`);
  };
  const newCourtParty = (id: string, courtPartyNumber: string): CourtParty => {
    const record = youth(id);
    const previous = record.links.find((link) => link.agency === 'JUVENILE_COURT')?.identifier;
    county.juvenileCourt.parties = county.juvenileCourt.parties.filter((party) => party.courtPartyNumber !== previous);
    record.links = [
      ...record.links.filter((link) => link.agency !== 'JUVENILE_COURT'),
      { agency: 'JUVENILE_COURT', identifier: courtPartyNumber, linkedOn: shift(today, -150), linkedByUserId: 'sw.demo' },
    ];
    const party: CourtParty = { courtPartyNumber, cases: [], inspectionOrders: [] };
    county.juvenileCourt.parties.push(party);
    return party;
  };

  // Substance use: consents naming the social worker, signed by the youth at 15.
  for (const [id, consent] of [
    ['Y-000001', substanceUseConsent('CN-TEST-SUD-ACTIVE', today, { expiresInDays: 365 })],
    ['Y-000002', substanceUseConsent('CN-TEST-SUD-EXPIRED', today, { expiresInDays: -1 })],
    ['Y-000003', substanceUseConsent('CN-TEST-SUD-REVOKE', today, { expiresInDays: 365 })],
  ] as const) {
    const record = youth(id);
    record.birthDate = shift(today, -15 * 365 - 30);
    record.consents = [...(record.consents ?? []), consent];
  }
  addSubstanceUseProgram(county, linked('Y-000001', 'HEALTH'), 'test-sud-y000001', CONSENTED_PROGRAM_OF_Y1);
  addSubstanceUseProgram(county, linked('Y-000002', 'HEALTH'), 'test-sud-y000002', PLANTED.substanceUseProgramOfY2);
  addSubstanceUseProgram(county, linked('Y-000003', 'HEALTH'), 'test-sud-y000003', 'Intensive outpatient SUD treatment');

  // The 2024 42 CFR Part 2 rule: one consent for treatment, payment and health care operations, signed by
  // the youth at 15, naming clinicians and social workers by role for treatment and MDT case coordination.
  // mh.demo and sw.demo sit on the youth's MDT.
  const tpo = youth(PART2_TPO.youthId);
  tpo.birthDate = shift(today, -15 * 365 - 30);
  tpo.consents = [
    ...(tpo.consents ?? []).filter((consent) => !consent.categories.includes('SUBSTANCE_USE')),
    {
      ...substanceUseConsent(PART2_TPO.consentId, today, { expiresInDays: 365 }),
      form: 'CFR42_PART2_TPO',
      recipients: [{ role: 'MENTAL_HEALTH_CLINICIAN' }, { role: 'SOCIAL_WORKER' }],
      purposes: ['TREAT', 'CSEC-MDT'],
    },
  ];
  tpo.mdt = openMdt(tpo.mdt, `MDT-TEST-${PART2_TPO.youthId.replace('-', '')}`, today);
  const tpoSeats = new Set(['mh.demo', 'sw.demo']);
  tpo.mdt.members = [
    ...tpo.mdt.members.filter((member) => !tpoSeats.has(member.userId)),
    ...[...tpoSeats].map((userId) => ({ userId, joinedOn: shift(today, -200) })),
  ];
  addSubstanceUseProgram(county, linked(PART2_TPO.youthId, 'HEALTH'), 'test-sud-tpo', PART2_TPO.program);

  // A consent the youth revokes through one gateway while the social worker it names reads through another.
  const elsewhere = youth(REVOKED_ELSEWHERE.youthId);
  elsewhere.birthDate = shift(today, -15 * 365 - 30);
  elsewhere.consents = [...(elsewhere.consents ?? []), substanceUseConsent(REVOKED_ELSEWHERE.consentId, today, { expiresInDays: 365 })];
  elsewhere.mdt = openMdt(elsewhere.mdt, `MDT-TEST-${REVOKED_ELSEWHERE.youthId.replace('-', '')}`, today);
  elsewhere.mdt.members = [
    ...elsewhere.mdt.members.filter((member) => member.userId !== 'sw.demo'),
    { userId: 'sw.demo', joinedOn: shift(today, -200) },
  ];
  addSubstanceUseProgram(county, linked(REVOKED_ELSEWHERE.youthId, 'HEALTH'), 'test-sud-revoked-elsewhere', REVOKED_ELSEWHERE.program);

  // Values no social worker may see under MDT case coordination, and a reporter nobody may see.
  const student = county.education.students.find((record) => record.ssid === linked('Y-000001', 'EDUCATION'));
  for (const enrollment of student?.enrollments ?? []) enrollment.schoolName = PLANTED.schoolOfY1;
  const client = county.childWelfare.clients.find((record) => record.clientId === linked('Y-000001', 'CHILD_WELFARE'));
  for (const referral of client?.referrals ?? []) referral.reporterName = PLANTED.reporterOfY1;
  const meetings = youth('Y-000060').meetings ?? [];
  for (const meeting of meetings) meeting.notes = PLANTED.meetingNotesOfY60;

  // Probation: Y-000001 adjudicated, Y-000004 not yet.
  const adjudicated = county.probation.juveniles.find((record) => record.probationNumber === linked('Y-000001', 'PROBATION'));
  if (adjudicated) {
    adjudicated.petitions = [
      ...adjudicated.petitions,
      {
        petitionNumber: 'PET-TEST-Y000001',
        filedOn: shift(today, -120),
        section: 'WIC_602',
        charges: [PLANTED.chargeOfY1],
        disposition: 'WARDSHIP_PROBATION',
        adjudicatedOn: shift(today, -90),
      },
    ];
  }
  const notAdjudicated = county.probation.juveniles.find((record) => record.probationNumber === linked('Y-000004', 'PROBATION'));
  for (const petition of notAdjudicated?.petitions ?? []) {
    if (!petition.sealed && !petition.vacated) {
      delete petition.adjudicatedOn;
      delete petition.disposition;
    }
  }

  // The social worker was reassigned off Y-000070's MDT; Y-000071's MDT closed; Y-000075 is missing.
  const reassigned = youth('Y-000070');
  reassigned.mdt = openMdt(reassigned.mdt, 'MDT-TEST-Y000070', today);
  reassigned.mdt.members = [
    ...reassigned.mdt.members.filter((member) => member.userId !== 'sw.demo'),
    { userId: 'sw.demo', joinedOn: shift(today, -200), leftOn: shift(today, -10) },
  ];
  const closed = youth('Y-000071');
  closed.mdt = { ...openMdt(closed.mdt, 'MDT-TEST-Y000071', today), status: 'CLOSED', closedOn: shift(today, -5) };
  closed.mdt.members = [
    ...closed.mdt.members.filter((member) => member.userId !== 'sw.demo'),
    { userId: 'sw.demo', joinedOn: shift(today, -200) },
  ];
  youth('Y-000075').missingSince = shift(today, -2);

  // A missing youth whose placement ended when she left (AWOL): no current placement, so only the last
  // known one says where to look. An exploiter is a threat (the risk flags of break the glass).
  const missing = youth(MISSING_YOUTH);
  missing.missingSince = shift(today, -2);
  missing.safetyPlan = { updatedOn: shift(today, -2), summary: 'Safety plan reviewed at the MDT.', exploiterIsThreat: true };
  const missingClient = county.childWelfare.clients.find((candidate) => candidate.clientId === linked(MISSING_YOUTH, 'CHILD_WELFARE'));
  const lastPlacement = missingClient?.placements.at(-1);
  if (!missingClient || !lastPlacement) throw new Error(`${MISSING_YOUTH} has no placement in the test county.`);
  missingClient.placements = [...missingClient.placements.slice(0, -1), { ...lastPlacement, endedOn: shift(today, -2), endReason: 'AWOL' }];
  linked(MISSING_YOUTH, 'HEALTH');
  // How to recognise her, with a mark only the members who read CSEC status see (an exploiter's brand).
  missing.physicalDescription = { ...MISSING_YOUTH_DESCRIPTION, recordedOn: shift(today, -30), recordedByUserId: 'sw.demo' };

  // Law enforcement on the MDT (W&IC 827(a)(1)(E), 18961.7): le.demo sits on each team. On the first
  // the only report was made 31 days ago, with no good cause recorded, and the court lists le.demo in
  // no proceeding; on the others the court lists le.demo in a proceeding: investigating, in force; a
  // party, in force; investigating until yesterday; a witness, in force.
  type Proceeding = NonNullable<CourtParty['proceedings']>[number];
  const takingPart = (id: string, role: Proceeding['participants'][number]['role'], until?: string): Proceeding => ({
    id,
    kind: 'CRIMINAL',
    participants: [{ userId: 'le.demo', role, from: shift(today, -10), ...(until === undefined ? {} : { until }) }],
  });
  const situations: Array<[string, NonNullable<Scenario['csec']['youth'][number]['investigations']>, Proceeding[]]> = [
    [LAW_ENFORCEMENT.windowClosed, [{ id: 'INV-TEST-CLOSED', reportedOn: shift(today, -31) }], []],
    [LAW_ENFORCEMENT.investigating, [], [takingPart('PRC-TEST-INVESTIGATING', 'INVESTIGATING')]],
    [LAW_ENFORCEMENT.party, [], [takingPart('PRC-TEST-PARTY', 'PARTY')]],
    [LAW_ENFORCEMENT.investigationEnded, [], [takingPart('PRC-TEST-ENDED', 'INVESTIGATING', shift(today, -1))]],
    [LAW_ENFORCEMENT.witness, [], [takingPart('PRC-TEST-WITNESS', 'WITNESS')]],
  ];
  for (const [id, investigations, proceedings] of situations) {
    const record = youth(id);
    record.mdt = openMdt(record.mdt, `MDT-TEST-${id.replace('-', '')}`, today);
    record.mdt.members = [
      ...record.mdt.members.filter((member) => member.userId !== 'le.demo'),
      { userId: 'le.demo', joinedOn: shift(today, -200) },
    ];
    record.investigations = investigations;
    if (proceedings.length > 0) courtPartyOf(id).proceedings = proceedings;
    else if (record.links.some((link) => link.agency === 'JUVENILE_COURT')) delete courtPartyOf(id).proceedings;
  }

  // Health records of Y-000012 as a county EHR sends them: no labels, SNOMED only, context and reasons.
  addEhrStyleHealthRecords(county, youth(EHR_STYLE.youthId), linked(EHR_STYLE.youthId, 'HEALTH'), today);

  // An exploiter is a threat to Y-000008, whose social worker is sw.demo, and to Y-000009, whose
  // social worker is another; not to Y-000010. sw.demo sits on all three MDTs and each has a current
  // placement, so only the assignment decides whether sw.demo sees its address (IAP-2025-5.1, 5.2).
  const otherSocialWorker = county.users.find((user) => user.roles.includes('SOCIAL_WORKER') && user.id !== 'sw.demo');
  if (!otherSocialWorker) throw new Error('The test county has only one social worker.');
  for (const [id, exploiterIsThreat, socialWorker] of [
    [EXPLOITER_THREAT.assignedToSocialWorker, true, 'sw.demo'],
    [EXPLOITER_THREAT.assignedToAnother, true, otherSocialWorker.id],
    [EXPLOITER_THREAT.none, false, 'sw.demo'],
  ] as const) {
    const record = youth(id);
    record.mdt = openMdt(record.mdt, `MDT-TEST-${id.replace('-', '')}`, today);
    record.mdt.members = [
      ...record.mdt.members.filter((member) => member.userId !== 'sw.demo'),
      { userId: 'sw.demo', joinedOn: shift(today, -200) },
    ];
    record.safetyPlan = { updatedOn: shift(today, -3), summary: 'Safety plan reviewed at the MDT.', exploiterIsThreat };
    const client = county.childWelfare.clients.find((candidate) => candidate.clientId === linked(id, 'CHILD_WELFARE'));
    const latest = client?.placements.at(-1);
    if (!client || !latest) throw new Error(`${id} has no placement in the test county.`);
    const { endedOn: _endedOn, endReason: _endReason, ...current } = latest;
    client.placements = [...client.placements.slice(0, -1), current];
    client.assignedSocialWorkerUserId = socialWorker;
  }
  // The youth's attorney and a probation officer who is not the assigned one also sit on Y-000008's
  // MDT: while the exploiter is a threat the attorney keeps the address (IAP-2025-5.4), the officer not.
  const threatened = youth(EXPLOITER_THREAT.assignedToSocialWorker);
  if (threatened.mdt) {
    const seated = new Set(['attorney.demo', 'po.demo']);
    threatened.mdt.members = [
      ...threatened.mdt.members.filter((member) => !seated.has(member.userId)),
      ...[...seated].map((userId) => ({ userId, joinedOn: shift(today, -200) })),
    ];
  }
  const probationNumber = threatened.links.find((link) => link.agency === 'PROBATION')?.identifier;
  const juvenile = county.probation.juveniles.find((record) => record.probationNumber === probationNumber);
  if (juvenile?.assignedOfficerUserId === 'po.demo') delete juvenile.assignedOfficerUserId;

  // The juvenile court's W&IC 827 orders about Y-000020, on whose MDT the demo staff sit: one in force
  // naming the public health nurse, one that expired yesterday naming the clinician. No agreement clause
  // opens court records to either; one opens them to the social worker (IAP-2025-6.1). The court's
  // dependency proceeding lists the youth's attorney as counsel.
  Object.assign(newCourtParty(COURT_ORDERS.youthId, COURT_ORDERS.courtPartyNumber), {
    cases: [
      {
        caseNumber: COURT_ORDERS.caseNumber,
        jurisdiction: 'DEPENDENCY',
        filedOn: shift(today, -120),
        nextHearing: { date: shift(today, 14), type: 'REVIEW' },
        hearings: [{ date: shift(today, -100), type: 'JURISDICTION', minuteOrder: COURT_ORDERS.minuteOrder }],
        attorneysOfRecord: [
          { name: 'Dana Whitfield', represents: 'YOUTH' },
          { name: 'Luis Ortega, county counsel', represents: 'CHILD_WELFARE_AGENCY' },
        ],
      },
    ],
    inspectionOrders: [
      {
        orderNumber: COURT_ORDERS.inForce,
        grantedOn: shift(today, -10),
        expiresOn: shift(today, 30),
        authorized: { userId: 'phn.demo', name: "The youth's public health nurse" },
        categories: ['COURT_AND_CASE_PLAN'],
        scope: "Hearing dates and orders, to coordinate the youth's medical care.",
      },
      {
        orderNumber: COURT_ORDERS.expired,
        grantedOn: shift(today, -100),
        expiresOn: shift(today, -1),
        authorized: { userId: 'mh.demo', name: "The youth's mental health clinician" },
        categories: ['COURT_AND_CASE_PLAN'],
        scope: "Court reports, for the youth's treatment plan.",
      },
    ],
    proceedings: [
      {
        id: COURT_ORDERS.proceedingId,
        kind: 'DEPENDENCY',
        participants: [{ userId: 'attorney.demo', role: 'COUNSEL', from: shift(today, -120) }],
      },
    ],
  });

  // The court holds a dependency case of Y-000021, on whose MDT the demo staff sit, under a party
  // number the MDT has not linked: the court is never asked about the youth, and the case never shows.
  const unlinked = newCourtParty(UNLINKED_COURT_PARTY.youthId, UNLINKED_COURT_PARTY.courtPartyNumber);
  unlinked.cases = [
    {
      caseNumber: UNLINKED_COURT_PARTY.caseNumber,
      jurisdiction: 'DEPENDENCY',
      filedOn: shift(today, -60),
      attorneysOfRecord: [{ name: 'Morgan Reyes', represents: 'YOUTH' }],
    },
  ];
  youth(UNLINKED_COURT_PARTY.youthId).links = youth(UNLINKED_COURT_PARTY.youthId).links.filter((link) => link.agency !== 'JUVENILE_COURT');
  return county;
}

/** The juvenile court's W&IC 827 orders about a youth: one in force naming phn.demo, one expired yesterday naming mh.demo; its proceeding and a hearing's minutes. */
export const COURT_ORDERS = {
  youthId: 'Y-000020',
  courtPartyNumber: 'P-TEST-Y000020',
  caseNumber: 'JD-TEST-Y000020',
  inForce: 'JV570-TEST-IN-FORCE',
  expired: 'JV570-TEST-EXPIRED',
  proceedingId: 'PRC-TEST-Y000020',
  minuteOrder: 'Amended petition sustained under W&IC 300(b)(2); CSEC advocate appointed; the agency to report in 60 days.',
} as const;

/** A youth on the demo caseload whose court party (with one dependency case) the MDT has not linked. */
export const UNLINKED_COURT_PARTY = { youthId: 'Y-000021', courtPartyNumber: 'P-TEST-UNLINKED', caseNumber: 'JD-TEST-UNLINKED' } as const;

/** A youth whose substance use consent, naming the social worker, is revoked through a second gateway. */
export const REVOKED_ELSEWHERE = {
  youthId: 'Y-000013',
  consentId: 'CN-TEST-SUD-REVOKE-ELSEWHERE',
  program: 'Adolescent residential SUD program (revoked elsewhere)',
} as const;

/** A youth whose 42 CFR Part 2 consent is the single consent for treatment, payment and health care operations. */
export const PART2_TPO = { youthId: 'Y-000007', consentId: 'CN-TEST-SUD-TPO', program: 'Adolescent SUD program (TPO consent)' } as const;

/** A missing youth with child welfare, probation and health records, whose last placement ended AWOL. */
export const MISSING_YOUTH = 'Y-000083';

/** How the missing youth is described (her physical description, version 1). */
export const MISSING_YOUTH_DESCRIPTION: Omit<PhysicalDescription, 'recordedOn' | 'recordedByUserId'> = {
  heightInches: 63,
  weightPounds: 118,
  hairColor: 'BROWN',
  eyeColor: 'HAZEL',
  distinguishingMarks: ['Tattoo of a crown, back of neck', 'Scar, 2 inches, left forearm'],
};

/** The youth of the law enforcement situations (IAP-2025-4.3). */
export const LAW_ENFORCEMENT = {
  windowClosed: 'Y-000080',
  investigating: 'Y-000081',
  party: 'Y-000084',
  investigationEnded: 'Y-000085',
  witness: 'Y-000086',
} as const;

/** The youth of the placement address situations (IAP-2025-5.2). */
export const EXPLOITER_THREAT = {
  assignedToSocialWorker: 'Y-000008',
  assignedToAnother: 'Y-000009',
  none: 'Y-000010',
} as const;

function substanceUseConsent(id: string, today: string, { expiresInDays }: { expiresInDays: number }): Consent {
  return {
    id,
    form: 'CFR42_PART2_2_31',
    categories: ['SUBSTANCE_USE'],
    recipients: [{ userId: 'sw.demo' }],
    purposes: ['CSEC-MDT', 'COC'],
    signedBy: 'YOUTH',
    signedOn: shift(today, -30),
    youthAgeAtSigning: 15,
    expiresOn: shift(today, expiresInDays),
  };
}

/** A substance use treatment episode for a patient, labelled as 42 CFR Part 2 records are. */
function addSubstanceUseProgram(county: Scenario, medicalRecordNumber: string, id: string, program: string): void {
  county.health.resources.push({
    resourceType: 'EpisodeOfCare',
    id,
    meta: {
      security: [
        { system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' },
        { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'ETH' },
        { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: '42CFRPart2' },
      ],
    },
    status: 'active',
    type: [{ coding: [{ system: 'urn:csec:county-health:program', code: 'SUD-OP', display: program }], text: program }],
    patient: { reference: `Patient/pat-${medicalRecordNumber}` },
    period: { start: '2026-01-15' },
  } as Scenario['health']['resources'][number]);
}

function openMdt(
  mdt: Scenario['csec']['youth'][number]['mdt'],
  id: string,
  today: string,
): NonNullable<Scenario['csec']['youth'][number]['mdt']> {
  if (mdt) {
    const { closedOn: _closedOn, ...open } = mdt;
    return { ...open, status: 'OPEN' };
  }
  return { id, status: 'OPEN', leadAgency: 'CHILD_WELFARE', openedOn: shift(today, -300), members: [] };
}

function shift(date: string, days: number): string {
  const moved = new Date(`${date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/**
 * Health records written as a county EHR sends them (no security labels), each named by a planted
 * text that shows where it went. Y-000012's sensitive consents are replaced by known ones: the youth
 * named the demo clinician for substance use treatment, and a parent authorized general medical
 * (and, beyond what a parent may sign for a minor's own care, sensitive services) to a caregiver.
 */
export const EHR_STYLE = {
  youthId: 'Y-000012',
  /** Diagnosis coded only in SNOMED CT, opioid dependence (75544000). */
  snomedOpioidDependence: 'PLANTED-EHR-SNOMED-OPIOID-DEPENDENCE',
  /** Cannabis dependence (SNOMED 85005007) labelled only PSY by the source. */
  snomedCannabisLabelledPsy: 'PLANTED-EHR-SNOMED-CANNABIS-PSY',
  /** An office visit inside an (unlabelled) substance use treatment episode. */
  visitInSubstanceUseEpisode: 'PLANTED-EHR-VISIT-IN-SUD-EPISODE',
  /** An office visit whose reason is F12.20. */
  visitForCannabisUse: 'PLANTED-EHR-VISIT-REASON-F12',
  /** The visit of the minor's STI test (reason Z11.3). */
  stiTestVisit: 'PLANTED-EHR-STI-TEST-VISIT',
  /** HIV 1 RNA viral load (LOINC 25836-8). */
  hivViralLoad: 'PLANTED-EHR-HIV-VIRAL-LOAD',
  /** A well child visit: general medical, which the care team and the caregiver keep seeing. */
  wellChildVisit: 'PLANTED-EHR-WELL-CHILD-VISIT',
  /** An HIV screening visit (reason Z11.4): HIV care. */
  hivScreeningVisit: 'PLANTED-EHR-HIV-SCREENING-VISIT',
  /** A counseling note of the substance use program: never read. */
  counselingNote: 'PLANTED-EHR-SUD-COUNSELING-NOTE',
  /** An unlabelled buprenorphine/naloxone prescription (RxNorm 1010604): substance use. */
  buprenorphinePrescription: 'PLANTED-EHR-BUPRENORPHINE-PRESCRIPTION',
  /** An unlabelled PrEP prescription, emtricitabine/tenofovir (RxNorm 476556): HIV. */
  prepPrescription: 'PLANTED-EHR-PREP-PRESCRIPTION',
  /** An unlabelled asthma inhaler, albuterol (RxNorm 435): general medical. */
  albuterolPrescription: 'PLANTED-EHR-ALBUTEROL-PRESCRIPTION',
  /** An office visit with an addiction counselor (PractitionerRole specialty NUCC 101YA0400X), nothing else coded: substance use. */
  visitWithAddictionCounselor: 'PLANTED-EHR-VISIT-ADDICTION-COUNSELOR',
  /** Naltrexone the youth reports taking at intake (a MedicationStatement, RxNorm 7243): substance use. */
  reportedNaltrexone: 'PLANTED-EHR-REPORTED-NALTREXONE',
} as const;

type ScenarioYouth = Scenario['csec']['youth'][number];

function addEhrStyleHealthRecords(county: Scenario, record: ScenarioYouth, medicalRecordNumber: string, today: string): void {
  record.birthDate = shift(today, -15 * 365 - 30);
  const caregiver = county.users.find((user) => user.roles.includes('CAREGIVER'));
  if (!caregiver || !record.mdt) throw new Error(`${EHR_STYLE.youthId} has no MDT, or the test county no caregiver.`);
  record.mdt.members = [
    ...record.mdt.members.filter((member) => member.userId !== caregiver.id),
    { userId: caregiver.id, joinedOn: shift(today, -100) },
  ];
  const sensitive = new Set(['SUBSTANCE_USE', 'HIV', 'SENSITIVE_SERVICES', 'GENERAL_MEDICAL']);
  record.consents = [
    ...(record.consents ?? []).filter((consent) => !consent.categories.some((category) => sensitive.has(category))),
    { ...substanceUseConsent('CN-TEST-EHR-SUD', today, { expiresInDays: 365 }), recipients: [{ userId: 'mh.demo' }], purposes: ['TREAT'] },
    {
      id: 'CN-TEST-EHR-PARENT',
      form: 'HIPAA_AUTHORIZATION',
      categories: ['GENERAL_MEDICAL', 'SENSITIVE_SERVICES'],
      recipients: [{ userId: caregiver.id }],
      purposes: ['CSEC-MDT'],
      signedBy: 'PARENT_OR_GUARDIAN',
      signedOn: shift(today, -30),
      youthAgeAtSigning: 15,
      expiresOn: shift(today, 365),
    },
  ];
  const patient = { reference: `Patient/pat-${medicalRecordNumber}` };
  const tag = (id: string) => `ehr-${id}-${medicalRecordNumber}`;
  const concept = (system: string, code: string, text: string) => ({ coding: [{ system, code }], text });
  const officeVisit = (text: string) => [{ text, coding: [{ system: 'http://snomed.info/sct', code: '308335008' }] }];
  const resources = [
    {
      resourceType: 'Condition',
      id: tag('opioid'),
      subject: patient,
      code: concept('http://snomed.info/sct', '75544000', EHR_STYLE.snomedOpioidDependence),
      recordedDate: shift(today, -40),
    },
    {
      resourceType: 'Condition',
      id: tag('cannabis'),
      subject: patient,
      recordedDate: shift(today, -41),
      meta: { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'PSY' }] },
      code: concept('http://snomed.info/sct', '85005007', EHR_STYLE.snomedCannabisLabelledPsy),
    },
    {
      resourceType: 'EpisodeOfCare',
      id: tag('episode'),
      status: 'active',
      patient,
      type: [concept('urn:csec:county-health:program', 'SUD-OP', 'Outpatient treatment')],
      period: { start: shift(today, -60) },
    },
    {
      resourceType: 'Encounter',
      id: tag('in-episode'),
      status: 'finished',
      class: { code: 'AMB' },
      subject: patient,
      type: officeVisit(EHR_STYLE.visitInSubstanceUseEpisode),
      episodeOfCare: [{ reference: `EpisodeOfCare/${tag('episode')}` }],
      period: { start: shift(today, -20) },
    },
    {
      resourceType: 'Encounter',
      id: tag('reason-f12'),
      status: 'finished',
      class: { code: 'AMB' },
      subject: patient,
      type: officeVisit(EHR_STYLE.visitForCannabisUse),
      reasonCode: [concept('http://hl7.org/fhir/sid/icd-10-cm', 'F12.20', 'Cannabis dependence')],
      period: { start: shift(today, -21) },
    },
    {
      resourceType: 'Encounter',
      id: tag('sti-test'),
      status: 'finished',
      class: { code: 'AMB' },
      subject: patient,
      type: officeVisit(EHR_STYLE.stiTestVisit),
      reasonCode: [concept('http://hl7.org/fhir/sid/icd-10-cm', 'Z11.3', 'STI screening')],
      period: { start: shift(today, -22) },
    },
    {
      resourceType: 'Encounter',
      id: tag('well-child'),
      status: 'finished',
      class: { code: 'AMB' },
      subject: patient,
      type: [concept('http://snomed.info/sct', '410620009', EHR_STYLE.wellChildVisit)],
      period: { start: shift(today, -23) },
    },
    {
      resourceType: 'Observation',
      id: tag('viral-load'),
      status: 'final',
      subject: patient,
      code: concept('http://loinc.org', '25836-8', EHR_STYLE.hivViralLoad),
      valueString: 'Not detected',
      effectiveDateTime: shift(today, -24),
    },
    {
      resourceType: 'Encounter',
      id: tag('hiv-screening'),
      status: 'finished',
      class: { code: 'AMB' },
      subject: patient,
      type: officeVisit(EHR_STYLE.hivScreeningVisit),
      reasonCode: [concept('http://hl7.org/fhir/sid/icd-10-cm', 'Z11.4', 'HIV screening')],
      period: { start: shift(today, -25) },
    },
    {
      resourceType: 'Observation',
      id: tag('note'),
      status: 'final',
      subject: patient,
      code: concept('urn:csec:county-health:note-type', 'SUD-COUNSELING-NOTE', EHR_STYLE.counselingNote),
      encounter: { reference: `Encounter/${tag('in-episode')}` },
      effectiveDateTime: shift(today, -20),
    },
    ...(
      [
        ['buprenorphine', '1010604', EHR_STYLE.buprenorphinePrescription],
        ['prep', '476556', EHR_STYLE.prepPrescription],
        ['albuterol', '435', EHR_STYLE.albuterolPrescription],
      ] as const
    ).map(([id, code, text], index) => ({
      resourceType: 'MedicationRequest',
      id: tag(id),
      status: 'active',
      intent: 'order',
      subject: patient,
      medicationCodeableConcept: concept('http://www.nlm.nih.gov/research/umls/rxnorm', code, text),
      authoredOn: shift(today, -26 - index),
    })),
    {
      resourceType: 'PractitionerRole',
      id: tag('addiction-counselor'),
      specialty: [concept('http://nucc.org/provider-taxonomy', '101YA0400X', 'Counselor, Addiction (Substance Use Disorder)')],
    },
    {
      resourceType: 'Encounter',
      id: tag('counselor-visit'),
      status: 'finished',
      class: { code: 'AMB' },
      subject: patient,
      type: officeVisit(EHR_STYLE.visitWithAddictionCounselor),
      participant: [{ individual: { reference: `PractitionerRole/${tag('addiction-counselor')}`, display: 'An addiction counselor' } }],
      period: { start: shift(today, -30) },
    },
    {
      resourceType: 'MedicationStatement',
      id: tag('reported-naltrexone'),
      status: 'active',
      subject: patient,
      dateAsserted: shift(today, -31),
      medicationCodeableConcept: concept('http://www.nlm.nih.gov/research/umls/rxnorm', '7243', EHR_STYLE.reportedNaltrexone),
      informationSource: { display: 'the youth, at intake' },
    },
  ];
  county.health.resources.push(...(resources as unknown as Scenario['health']['resources']));
}
