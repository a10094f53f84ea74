import type {
  ChildWelfareClient,
  CsecYouth,
  EducationStudent,
  FhirResource,
  JuvenileCourtParty,
  ProbationJuvenile,
  User,
} from './__generated__/scenario-types.ts';

type AgencyWithRecords = CsecYouth['links'][number]['agency'];

/**
 * The checks a schema cannot express (unique identifiers, links and user references that point at
 * real records), made record by record so that a scenario too large to hold in memory is checked as
 * it is read. Only identifiers are kept, never the records.
 */
export class ReferentialChecks {
  private readonly problems: string[] = [];
  private readonly seen = new Map<string, Set<string>>();
  private readonly agencyRecords: Record<AgencyWithRecords, Set<string>> = {
    CHILD_WELFARE: new Set(),
    PROBATION: new Set(),
    EDUCATION: new Set(),
    HEALTH: new Set(),
    JUVENILE_COURT: new Set(),
  };
  private readonly users = new Set<string>();
  /** User references met before the users they name, checked at the end. */
  private readonly laterUserReferences: Array<{ userId: string; where: string }> = [];
  private readonly links: Array<{ agency: AgencyWithRecords; identifier: string; where: string }> = [];
  private readonly linked = new Map<string, string>();
  private usersRead = false;

  user(user: User): void {
    this.users.add(this.unique('user id', user.id));
  }

  /** Every user has been read: later references are checked as they come. */
  usersComplete(): void {
    this.usersRead = true;
  }

  youth(youth: CsecYouth, index: number): void {
    const at = `/csec/youth/${index} (${youth.id})`;
    this.unique('youth id', youth.id);
    const agenciesSeen = new Set<string>();
    for (const link of youth.links) {
      if (agenciesSeen.has(link.agency)) this.problems.push(`${at}: more than one ${link.agency} link`);
      agenciesSeen.add(link.agency);
      this.links.push({ agency: link.agency, identifier: kept(link.identifier), where: kept(at) });
      const key = kept(`${link.agency}:${link.identifier}`);
      const other = this.linked.get(key);
      if (other) this.problems.push(`${at}: ${link.agency} record "${link.identifier}" is already linked to ${other}`);
      this.linked.set(key, kept(youth.id));
      this.requireUser(link.linkedByUserId, `${at}: linkedByUserId`);
    }
    if (youth.mdt) this.unique('MDT id', youth.mdt.id);
    for (const member of youth.mdt?.members ?? []) this.requireUser(member.userId, `${at}: MDT member`);
    for (const screening of youth.screenings ?? []) {
      this.unique('screening id', screening.id);
      this.requireUser(screening.screenerUserId, `${at}: screening ${screening.id} screener`);
    }
    if (youth.physicalDescription)
      this.requireUser(youth.physicalDescription.recordedByUserId, `${at}: physical description recordedByUserId`);
    for (const event of youth.triggeringEvents ?? []) this.unique('triggering event id', event.id);
    for (const meeting of youth.meetings ?? []) {
      this.unique('meeting id', meeting.id);
      for (const attendee of meeting.attendeeUserIds) this.requireUser(attendee, `${at}: meeting ${meeting.id} attendee`);
    }
    for (const consent of youth.consents ?? []) {
      this.unique('consent id', consent.id);
      for (const recipient of consent.recipients) {
        if (recipient.userId) this.requireUser(recipient.userId, `${at}: consent ${consent.id} recipient`);
      }
    }
    for (const report of youth.investigations ?? []) this.unique('investigation id', report.id);
  }

  client(client: ChildWelfareClient, index: number): void {
    this.agencyRecord('CHILD_WELFARE', 'child welfare client id', client.clientId);
    if (client.case) this.unique('child welfare case number', client.case.caseNumber);
    for (const referral of client.referrals) this.unique('child welfare referral id', referral.referralId);
    for (const placement of client.placements) this.unique('placement id', placement.placementId);
    for (const hearing of client.courtHearings) this.unique('court hearing id', hearing.hearingId);
    if (client.assignedSocialWorkerUserId) {
      this.requireUser(client.assignedSocialWorkerUserId, `/childWelfare/clients/${index}: assignedSocialWorkerUserId`);
    }
  }

  juvenile(juvenile: ProbationJuvenile, index: number): void {
    this.agencyRecord('PROBATION', 'probation number', juvenile.probationNumber);
    for (const referral of juvenile.referrals) this.unique('probation referral number', referral.referralNumber);
    for (const petition of juvenile.petitions) this.unique('petition number', petition.petitionNumber);
    for (const warrant of juvenile.warrants) this.unique('warrant number', warrant.warrantNumber);
    if (juvenile.assignedOfficerUserId) {
      this.requireUser(juvenile.assignedOfficerUserId, `/probation/juveniles/${index}: assignedOfficerUserId`);
    }
  }

  resource(resource: FhirResource): void {
    this.unique('FHIR resource', `${resource.resourceType}/${resource.id}`);
    for (const number of medicalRecordNumbersOf(resource)) this.agencyRecords.HEALTH.add(kept(number));
  }

  student(student: EducationStudent): void {
    this.agencyRecord('EDUCATION', 'statewide student id', student.ssid);
  }

  party(party: JuvenileCourtParty, index: number): void {
    const at = `/juvenileCourt/parties/${index} (${party.courtPartyNumber})`;
    this.agencyRecord('JUVENILE_COURT', 'court party number', party.courtPartyNumber);
    for (const courtCase of party.cases) {
      this.unique('court case number', courtCase.caseNumber);
      // The court keeps one hearing of a kind on a day in a case.
      const hearings = new Set<string>();
      for (const hearing of [...(courtCase.hearings ?? []), ...(courtCase.nextHearing ? [courtCase.nextHearing] : [])]) {
        const key = `${hearing.date} ${hearing.type}`;
        if (hearings.has(key))
          this.problems.push(`${at}: case ${courtCase.caseNumber} has two ${hearing.type} hearings on ${hearing.date}`);
        hearings.add(key);
      }
    }
    for (const order of party.inspectionOrders) {
      this.unique('W&IC 827 order number', order.orderNumber);
      if (order.authorized.userId !== undefined)
        this.requireUser(order.authorized.userId, `${at}: W&IC 827 order ${order.orderNumber} authorized`);
    }
    for (const proceeding of party.proceedings ?? []) {
      this.unique('proceeding id', proceeding.id);
      for (const participant of proceeding.participants) {
        this.requireUser(participant.userId, `${at}: proceeding ${proceeding.id} participant`);
        if (participant.until !== undefined && participant.until < participant.from) {
          this.problems.push(`${at}: proceeding ${proceeding.id} participant "${participant.userId}" ends before it starts`);
        }
      }
    }
  }

  /** Every problem found, once every record has been read. */
  finish(): string[] {
    for (const { userId, where } of this.laterUserReferences) this.requireUser(userId, where, true);
    for (const { agency, identifier, where } of this.links) {
      if (!this.agencyRecords[agency].has(identifier)) {
        this.problems.push(`${where}: links to ${agency} record "${identifier}", which that agency does not have`);
      }
    }
    return this.problems;
  }

  private agencyRecord(agency: AgencyWithRecords, label: string, id: string): void {
    this.agencyRecords[agency].add(this.unique(label, id));
  }

  /** Notes an identifier, and returns the copy kept. */
  private unique(label: string, id: string): string {
    let ids = this.seen.get(label);
    if (!ids) this.seen.set(label, (ids = new Set()));
    if (ids.has(id)) this.problems.push(`${label} "${id}" appears more than once`);
    const copy = kept(id);
    ids.add(copy);
    return copy;
  }

  private requireUser(userId: string, where: string, atEnd = false): void {
    if (!this.usersRead && !atEnd) this.laterUserReferences.push({ userId: kept(userId), where: kept(where) });
    else if (!this.users.has(userId)) this.problems.push(`${where} "${userId}" is not one of the scenario's users`);
  }
}

/**
 * A copy of a string read from a file that holds on to nothing else: V8 may keep a substring as a
 * slice of the whole block of text it was read from, which would keep the file in memory.
 */
function kept(text: string): string {
  return Buffer.from(text).toString();
}

/** The health system's medical record numbers of a resource: the `MR`-typed identifiers of a Patient. */
export function medicalRecordNumbersOf(resource: FhirResource): string[] {
  if (resource.resourceType !== 'Patient') return [];
  const identifiers =
    (resource as { identifier?: Array<{ type?: { coding?: Array<{ code?: string }> }; value?: string }> }).identifier ?? [];
  return identifiers.flatMap((identifier) =>
    identifier.value && identifier.type?.coding?.some((coding) => coding.code === 'MR') ? [identifier.value] : [],
  );
}
