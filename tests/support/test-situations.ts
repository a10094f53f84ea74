import type { Scenario } from '../../scenario/load-scenario.ts';

type Consent = NonNullable<Scenario['csec']['youth'][number]['consents']>[number];

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
      { petitionNumber: 'PET-TEST-Y000001', filedOn: shift(today, -120), section: 'WIC_602', charges: [PLANTED.chargeOfY1], disposition: 'WARDSHIP_PROBATION', adjudicatedOn: shift(today, -90) },
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
  reassigned.mdt.members = [...reassigned.mdt.members.filter((member) => member.userId !== 'sw.demo'), { userId: 'sw.demo', joinedOn: shift(today, -200), leftOn: shift(today, -10) }];
  const closed = youth('Y-000071');
  closed.mdt = { ...openMdt(closed.mdt, 'MDT-TEST-Y000071', today), status: 'CLOSED', closedOn: shift(today, -5) };
  closed.mdt.members = [...closed.mdt.members.filter((member) => member.userId !== 'sw.demo'), { userId: 'sw.demo', joinedOn: shift(today, -200) }];
  youth('Y-000075').missingSince = shift(today, -2);

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
    record.mdt.members = [...record.mdt.members.filter((member) => member.userId !== 'sw.demo'), { userId: 'sw.demo', joinedOn: shift(today, -200) }];
    record.safetyPlan = { updatedOn: shift(today, -3), summary: 'Safety plan reviewed at the MDT.', exploiterIsThreat };
    const client = county.childWelfare.clients.find((candidate) => candidate.clientId === linked(id, 'CHILD_WELFARE'));
    const latest = client?.placements.at(-1);
    if (!client || !latest) throw new Error(`${id} has no placement in the test county.`);
    const { endedOn: _endedOn, endReason: _endReason, ...current } = latest;
    client.placements = [...client.placements.slice(0, -1), current];
    client.assignedSocialWorkerUserId = socialWorker;
  }
  return county;
}

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

function openMdt(mdt: Scenario['csec']['youth'][number]['mdt'], id: string, today: string): NonNullable<Scenario['csec']['youth'][number]['mdt']> {
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
