import { readFile, stat } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Scenario } from '../../scenario/load-scenario.ts';
import { queryGateway, type GraphQLResponse } from '../support/gateway.ts';
import { CONSENTED_PROGRAM_OF_Y1, PLANTED } from '../support/test-situations.ts';
import { countyToday } from '../../runtime/calendar.ts';

/** The part of a request's disclosure context a subgraph is sent (runtime/policy/disclosure-context.ts). */
interface DisclosureContextSent {
  youth: Record<string, unknown>;
  links: Record<string, Record<string, string>>;
  allowed: Array<{ youth: string[]; fields: string[] }>;
}

const PROFILE = /* GraphQL */ `
  query Profile($id: ID!) {
    youth(id: $id) {
      id
      name {
        givenName
        familyName
      }
      exploitationStatus
      missingSince
      mdt {
        status
      }
      meetings {
        notes
      }
      consents {
        id
      }
      childWelfare {
        referrals {
          receivedOn
          allegations {
            allegationType
          }
        }
        currentPlacement {
          placementType
          address {
            city
          }
        }
        casePlan {
          goals
        }
      }
      probation {
        petitions {
          petitionNumber
          charges
        }
      }
      health {
        mentalHealth {
          diagnoses {
            description
          }
        }
        substanceUse {
          treatment {
            program
          }
        }
        hivTestResults {
          result
        }
      }
      education {
        enrollments {
          schoolName
        }
      }
    }
  }
`;

interface Profile {
  youth: {
    id: string;
    name: { givenName: string } | null;
    exploitationStatus: string | null;
    missingSince: string | null;
    health: {
      mentalHealth: unknown;
      substanceUse: { treatment: Array<{ program: string }> | null } | null;
      hivTestResults: unknown;
    } | null;
    education: { enrollments: Array<{ schoolName: string }> | null } | null;
    childWelfare: { currentPlacement: { address: { city: string } | null } | null; casePlan: unknown } | null;
    probation: { petitions: unknown } | null;
  } | null;
}

type Response = GraphQLResponse<Profile>;

interface AccountingEntry {
  requestId: string;
  fields: string[];
  category: string;
  outcome: 'DISCLOSED' | 'WITHHELD';
  rule: string;
  legalBasis: string;
  policyRevision: string;
  flaggedForReview: boolean;
}

function withheldPaths(response: Response): string[] {
  return (response.body.errors ?? [])
    .filter((error) => error.extensions?.['code'] === 'UNAUTHORIZED_FIELD_OR_TYPE')
    .map((error) => (error.path ?? []).join('.'));
}

function reasonAt(response: Response, path: string): string | undefined {
  return response.body.errors?.find((error) => (error.path ?? []).join('.') === path)?.message;
}

function obligationCodes(response: Response): string[] {
  const disclosure = response.body.extensions?.['disclosure'] as { obligations: Array<{ code: string }> } | undefined;
  return disclosure?.obligations.map((obligation) => obligation.code) ?? [];
}

describe(`disclosure decisions (${inject('storeKind')} sources)`, () => {
  it('a social worker on the MDT sees identity, CSEC status and placement, not mental health, education or probation records, under MDT case coordination', async () => {
    const response: Response = await queryGateway<Profile>(PROFILE, { id: 'Y-000004' });

    expect(response.status).toBe(200);
    expect(response.body.data?.youth?.name?.givenName).toBeTruthy();
    expect(response.body.data?.youth?.exploitationStatus).toBeTruthy();
    expect(withheldPaths(response)).toEqual(
      expect.arrayContaining(['youth.health.mentalHealth', 'youth.education.enrollments', 'youth.probation.petitions']),
    );
    expect(withheldPaths(response)).not.toContain('youth.exploitationStatus');
    expect(response.body.data?.youth?.health?.mentalHealth).toBeNull();
    expect(reasonAt(response, 'youth.health.mentalHealth')).toBe('Not shared with your role for this purpose.');
  });

  it('the same social worker sees mental health to coordinate care, with the no-redisclosure obligation', async () => {
    const response: Response = await queryGateway<Profile>(PROFILE, { id: 'Y-000004' }, { purpose: 'COC' });
    expect(withheldPaths(response)).not.toContain('youth.health.mentalHealth');
    expect(obligationCodes(response)).toContain('WIC5328.04');
  });

  it('says that labelled records may be left out of a list, the same way whether or not any were', async () => {
    const notices = async (id: string) => {
      const response: Response = await queryGateway<Profile>(PROFILE, { id }, { purpose: 'COC' });
      return (response.body.extensions?.['disclosure'] as { notices?: string[] }).notices;
    };
    const expected = ['Records with restrictions of their own may be left out of lists; they are not counted.'];
    expect(await notices('Y-000004')).toEqual(expected);
    expect(await notices('Y-000005')).toEqual(expected);
  });

  it('discloses substance use treatment to the recipient the youth named, with the 42 CFR 2.32 notice', async () => {
    const response: Response = await queryGateway<Profile>(PROFILE, { id: 'Y-000001' });
    const programs = response.body.data?.youth?.health?.substanceUse?.treatment?.map((treatment) => treatment.program) ?? [];
    expect(programs).toContain(CONSENTED_PROGRAM_OF_Y1);
    expect(obligationCodes(response)).toContain('42CFR2.32');
    const notice = (
      response.body.extensions?.['disclosure'] as { obligations: Array<{ code: string; text: string; categories: string[] }> }
    ).obligations.find((obligation) => obligation.code === '42CFR2.32');
    expect(notice?.text).toBe('42 CFR part 2 prohibits unauthorized use or disclosure of these records.');
    // It says which values it came with, so a page shows it beside them and nowhere else.
    expect(notice?.categories).toEqual(['SUBSTANCE_USE']);
  });

  it('withholds substance use treatment under an expired consent, without revealing that it exists', async () => {
    const expired: Response = await queryGateway<Profile>(PROFILE, { id: 'Y-000002' });
    const mentalHealthOnly: Response = await queryGateway<Profile>(PROFILE, { id: 'Y-000004' });

    expect(expired.body.data?.youth?.health?.substanceUse).toBeNull();
    expect(reasonAt(expired, 'youth.health.substanceUse')).toBe('Not available to you.');
    expect(reasonAt(mentalHealthOnly, 'youth.health.substanceUse')).toBe('Not available to you.');
    const said = JSON.stringify([expired.body.errors?.map((error) => [error.message, error.extensions]), expired.body.extensions]);
    expect(said).not.toMatch(/42 ?CFR|Part 2|substance|consent/i);
    expect(obligationCodes(expired)).not.toContain('42CFR2.32');
  });

  it('a clinician asks again right after the youth revokes the consent: no subgraph sends the records', async () => {
    const requests = inject('subgraphRequestCapturePath');
    const responses = inject('subgraphCapturePath');
    const factsQuestions = async (since: number) =>
      (await readFile(requests, 'utf8'))
        .slice(since)
        .split('\n')
        .filter((line) => line.startsWith('csec /disclosure-facts ') && line.includes('Y-000003'));
    const decidedAgain = async () =>
      Number(/^csec_gate_decided_again_total (\d+)$/m.exec(await (await fetch(new URL('/metrics', inject('gatewayUrl')))).text())?.[1]);

    const before: Response = await queryGateway<Profile>(PROFILE, { id: 'Y-000003' });
    const remembered = (await readFile(requests, 'utf8')).length;
    const again: Response = await queryGateway<Profile>(PROFILE, { id: 'Y-000003' });
    const askedAgain = await factsQuestions(remembered);
    const revoke = await queryGateway(
      'mutation Revoke($youthId: ID!, $consentId: ID!, $revokedOn: Date!) { recordConsentRevocation(youthId: $youthId, consentId: $consentId, revokedOn: $revokedOn) { id revokedOn } }',
      { youthId: 'Y-000003', consentId: 'CN-TEST-SUD-REVOKE', revokedOn: countyToday() },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const revoked = (await readFile(requests, 'utf8')).length;
    const sentBefore = (await readFile(responses, 'utf8')).length;
    const decidedAgainBefore = await decidedAgain();
    const after: Response = await queryGateway<Profile>(PROFILE, { id: 'Y-000003' });
    const askedAfter = await factsQuestions(revoked);
    const sentAfter = (await readFile(responses, 'utf8')).slice(sentBefore);
    const accounting = await queryGateway<{ accountingOfDisclosures: AccountingEntry[] }>(
      'query Accounting($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) { requestId fields outcome } }',
      { youthId: 'Y-000003' },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const afterId = after.headers.get('x-request-id');
    const recordedAfter = (accounting.body.data?.accountingOfDisclosures ?? []).filter((entry) => entry.requestId === afterId);

    expect(before.body.data?.youth?.health?.substanceUse?.treatment?.length).toBeGreaterThan(0);
    expect(JSON.stringify(before.body.data)).toContain('Intensive outpatient SUD treatment');
    // Asked again while no fact changed, the gateway decides on the CSEC facts it already read.
    expect(again.body.data).toEqual(before.body.data);
    expect(askedAgain).toEqual([]);
    expect(revoke.body.errors).toBeUndefined();
    expect(revoke.body.data).toMatchObject({ recordConsentRevocation: { id: 'CN-TEST-SUD-REVOKE' } });
    // The revocation is known before anything is asked: the facts are read afresh, once, and the
    // answer never had to be decided again.
    expect(askedAfter).toHaveLength(1);
    expect(await decidedAgain()).toBe(decidedAgainBefore);
    // What left the health system after the revocation holds no substance use record.
    expect(sentAfter).not.toContain('Intensive outpatient SUD treatment');
    expect(after.body.data?.youth?.health?.substanceUse).toBeNull();
    expect(reasonAt(after, 'youth.health.substanceUse')).toBe('Not available to you.');
    // Only the decisions the answer was given on are recorded.
    const substanceUse = recordedAfter.filter((entry) =>
      entry.fields.some((field) => field.startsWith('HealthSubstanceUse') || field === 'HealthPatient.substanceUse'),
    );
    expect(substanceUse.length).toBeGreaterThan(0);
    expect(substanceUse.every((entry) => entry.outcome === 'WITHHELD')).toBe(true);
    expect(new Set(recordedAfter.map((entry) => JSON.stringify(entry.fields))).size).toBe(recordedAfter.length);
  });

  it('a law enforcement officer who is not part of proceedings about the youth sees nothing', async () => {
    const response: Response = await queryGateway<Profile>(PROFILE, { id: 'Y-000001' }, { user: 'le.demo', purpose: 'CSEC-MDT' });
    expect(response.body.data?.youth).toBeNull();
    expect(response.body.errors).toEqual([
      { message: 'Not available to you.', path: ['youth'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } },
    ]);
  });

  it('a probation officer sees education records before adjudication, and not after', async () => {
    const query = 'query School($id: ID!) { youth(id: $id) { education { enrollments { schoolName } } } }';
    const before = await queryGateway<Profile>(query, { id: 'Y-000004' }, { user: 'po.demo', purpose: 'JUV-SUPERVISION' });
    const after = await queryGateway<Profile>(query, { id: 'Y-000001' }, { user: 'po.demo', purpose: 'JUV-SUPERVISION' });

    expect(before.body.errors).toBeUndefined();
    expect(before.body.data?.youth?.education?.enrollments?.length).toBeGreaterThan(0);
    expect(after.body.data?.youth?.education?.enrollments).toBeNull();
    expect(withheldPaths(after)).toEqual(['youth.education.enrollments']);
  });

  it('access ends when a worker is reassigned off the MDT or the MDT closes', async () => {
    for (const id of ['Y-000070', 'Y-000071']) {
      const response: Response = await queryGateway<Profile>(PROFILE, { id });
      expect(response.body.data?.youth, id).toBeNull();
      expect(withheldPaths(response), id).toEqual(['youth']);
    }
  });

  it('breaking the glass for a missing youth opens only the predefined fields, and flags the request for review', async () => {
    const response: Response = await queryGateway<Profile>(
      PROFILE,
      { id: 'Y-000075' },
      {
        purpose: 'BTG',
        breakGlassReason: 'Youth missing since Friday; recovering her tonight',
      },
    );

    expect(response.body.data?.youth?.name?.givenName).toBeTruthy();
    expect(response.body.data?.youth?.missingSince).toBeTruthy();
    const withheld = withheldPaths(response);
    const isWithheld = (path: string) => withheld.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));
    expect(withheld).not.toContain('youth');
    const parentOf = (path: string): unknown =>
      path
        .split('.')
        .slice(0, -1)
        .reduce<unknown>(
          (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
          response.body.data,
        );
    for (const path of [
      'youth.health.mentalHealth',
      'youth.education.enrollments',
      'youth.childWelfare.casePlan',
      'youth.meetings',
      'youth.consents',
    ]) {
      // A field under an agency record the youth does not have has nothing to withhold.
      if (parentOf(path) === null) continue;
      expect(isWithheld(path), path).toBe(true);
    }
    expect(isWithheld('youth.childWelfare.currentPlacement.address')).toBe(false);
    expect(response.body.extensions?.['disclosure']).toMatchObject({ review: { breakGlass: true, flaggedForReview: true } });
  });

  it('no withheld value leaves its agency: not in subgraph responses, client responses, errors, logs or the audit', async () => {
    // What the subgraphs sent for these requests: a test run before may rightly have been sent a planted value.
    const capturedBefore = (await stat(inject('subgraphCapturePath')).catch(() => ({ size: 0 }))).size;
    const asked: Response[] = [
      await queryGateway<Profile>(PROFILE, { id: 'Y-000001' }),
      await queryGateway<Profile>(PROFILE, { id: 'Y-000002' }),
      await queryGateway<Profile>(PROFILE, { id: 'Y-000060' }),
      await queryGateway<Profile>(
        `{ caseload { id health { substanceUse { treatment { program } } } education { enrollments { schoolName } } childWelfare { referrals { receivedOn } } } }`,
      ),
    ];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const accounting = await queryGateway(
      'query Accounting($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) { fields outcome rule legalBasis } }',
      { youthId: 'Y-000001' },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const captured = (await readFile(inject('subgraphCapturePath'))).subarray(capturedBefore).toString('utf8');
    const logs = await readFile(inject('serviceLogPath'), 'utf8');

    expect(captured.length).toBeGreaterThan(0);
    expect(captured).toContain(CONSENTED_PROGRAM_OF_Y1);
    for (const planted of Object.values(PLANTED)) {
      for (const response of [...asked, accounting]) expect(JSON.stringify(response.body)).not.toContain(planted);
      expect(captured).not.toContain(planted);
      expect(logs).not.toContain(planted);
    }
  });

  it('tells each agency only its own identifiers, youth and fields, and the policy facts only to the one deciding records itself', async () => {
    const scenario = JSON.parse(await readFile(inject('scenarioPath'), 'utf8')) as Scenario;
    const withoutHealthRecord = scenario.csec.youth.find((youth) => !youth.links.some((link) => link.agency === 'HEALTH'));
    if (!withoutHealthRecord) throw new Error('The test county has no youth without a health record.');
    // Only what this test asks is read: the capture holds every request of the run so far (an explanation sends csec the facts).
    const before = (await readFile(inject('subgraphRequestCapturePath'), 'utf8')).length;
    await queryGateway<Profile>(PROFILE, { id: 'Y-000001' });
    // Both youth are in the request's scope, but health serves only one of them.
    await queryGateway(
      'query Two($served: ID!, $unserved: ID!) { a: youth(id: $served) { health { birthDate } } b: youth(id: $unserved) { health { birthDate } } }',
      { served: 'Y-000001', unserved: withoutHealthRecord.id },
    );
    await queryGateway(
      `{ caseload { id probation { petitions { filedOn } } health { substanceUse { treatment { program } } } education { enrollments { schoolName } } childWelfare { referrals { receivedOn } } } }`,
    );
    const ownAgency: Record<string, string | undefined> = {
      csec: undefined,
      'child-welfare': 'CHILD_WELFARE',
      probation: 'PROBATION',
      health: 'HEALTH',
      education: 'EDUCATION',
    };
    const typesOf = async (subgraph: string) =>
      new Set(
        [...(await readFile(`subgraphs/${subgraph}/schema.graphql`, 'utf8')).matchAll(/^(?:extend )?type (\w+)/gm)].map(
          (match) => match[1],
        ),
      );
    const ownTypes = Object.fromEntries(
      await Promise.all(Object.keys(ownAgency).map(async (subgraph) => [subgraph, await typesOf(subgraph)] as const)),
    );
    const told = (await readFile(inject('subgraphRequestCapturePath'), 'utf8'))
      .slice(before)
      .split('\n')
      .filter((line) => line.includes('"csecDisclosure"'))
      .map((line) => {
        const [subgraph, , ...body] = line.split(' ');
        return {
          subgraph: subgraph as string,
          context: (JSON.parse(body.join(' ')) as { extensions: { csecDisclosure: DisclosureContextSent } }).extensions.csecDisclosure,
        };
      });

    expect(new Set(told.map((request) => request.subgraph))).toEqual(new Set(Object.keys(ownAgency)));
    for (const subgraph of ['child-welfare', 'probation', 'health', 'education']) {
      expect(
        told.some((request) => request.subgraph === subgraph && Object.keys(request.context.links).length > 0),
        subgraph,
      ).toBe(true);
    }
    for (const { subgraph, context } of told) {
      const agencies = new Set(Object.values(context.links).flatMap((identifiers) => Object.keys(identifiers)));
      const own = ownAgency[subgraph];
      for (const agency of agencies) expect(agency, subgraph).toBe(own);
      for (const group of context.allowed) {
        for (const field of group.fields)
          expect(ownTypes[subgraph]?.has(field.split('.')[0] as string), `${subgraph}: ${field}`).toBe(true);
      }
      expect(Object.keys(context.youth).length > 0, subgraph).toBe(subgraph === 'health');
      if (own) {
        // Facts and decisions only about youth its agency is linked to, and so knows.
        const mentioned = [...Object.keys(context.youth), ...context.allowed.flatMap((group) => group.youth)];
        for (const youthId of mentioned) expect(context.links[youthId]?.[own], `${subgraph}: ${youthId}`).toBeDefined();
        if (subgraph === 'health') expect(mentioned).not.toContain(withoutHealthRecord.id);
      }
    }
    expect(told.some(({ subgraph, context }) => subgraph === 'health' && 'Y-000001' in context.youth)).toBe(true);
  });

  it('gives a privacy officer an accounting of who saw what about a youth, and why, without any values', async () => {
    await queryGateway<Profile>(PROFILE, { id: 'Y-000001' });
    const accounting = await queryGateway<{ accountingOfDisclosures: AccountingEntry[] }>(
      'query Accounting($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) { requestId decidedAt requester { userId } purposeOfUse fields category outcome rule legalBasis policyRevision flaggedForReview } }',
      { youthId: 'Y-000001' },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    expect(accounting.body.errors).toBeUndefined();
    const entries = accounting.body.data?.accountingOfDisclosures ?? [];
    expect(entries.some((entry) => entry.fields.includes('HealthPatient.substanceUse') && entry.outcome === 'DISCLOSED')).toBe(true);
    expect(entries.some((entry) => entry.fields.includes('EducationStudent.enrollments') && entry.outcome === 'WITHHELD')).toBe(true);
    expect(entries.every((entry) => entry.policyRevision !== '' && entry.fields.length > 0)).toBe(true);
    expect(entries.every((entry) => entry.fields.join() === [...new Set(entry.fields)].sort().join())).toBe(true);
    // One entry per decision: the fields of a request that got the same decision share it.
    const decisions = entries.map((entry) =>
      JSON.stringify([entry.requestId, entry.category, entry.outcome, entry.rule, entry.legalBasis, entry.flaggedForReview]),
    );
    expect(new Set(decisions).size).toBe(entries.length);
    expect(entries.some((entry) => entry.fields.length > 1)).toBe(true);
  });

  it("records a request's decisions with the plan's csec fetch, its health records once they are known, and by the audit route when the plan fetches nothing", async () => {
    const captured = async () => ({
      requests: await readFile(inject('subgraphRequestCapturePath'), 'utf8'),
      responses: await readFile(inject('subgraphCapturePath'), 'utf8'),
    });
    const before = await captured();
    const profile = await queryGateway<Profile>(PROFILE, { id: 'Y-000001' });
    // Everything withheld: the plan has no fetch for the records to go with.
    const nothing = await queryGateway<Profile>(PROFILE, { id: 'Y-000001' }, { user: 'le.demo', purpose: 'CSEC-MDT' });
    const after = await captured();
    const requestLines = after.requests.slice(before.requests.length).split('\n');
    const responseLines = after.responses.slice(before.responses.length).split('\n');
    const linesOf = (lines: string[], prefix: string, requestId: string) =>
      lines.filter((line) => line.startsWith(prefix) && line.includes(`"requestId":"${requestId}"`));
    const profileId = profile.headers.get('x-request-id') ?? '';
    const nothingId = nothing.headers.get('x-request-id') ?? '';
    const accounting = await queryGateway<{ accountingOfDisclosures: AccountingEntry[] }>(
      'query Accounting($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) { requestId outcome } }',
      { youthId: 'Y-000001' },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const entries = accounting.body.data?.accountingOfDisclosures ?? [];

    expect(linesOf(requestLines, 'csec /graphql ', profileId).filter((line) => line.includes('"csecDisclosureAudit"'))).toHaveLength(1);
    // The health lists' records are known only once the answer is: they amend the carried records in one append.
    const amending = linesOf(requestLines, 'csec /audit-records ', profileId);
    expect(amending).toHaveLength(1);
    expect(amending[0]).toContain('"amends":true');
    expect(amending[0]).toContain('"records":[');
    expect(responseLines.some((line) => line.startsWith('csec /graphql ') && line.includes('"csecDisclosureAudit":{"appended":'))).toBe(
      true,
    );
    expect(JSON.stringify(profile.body)).not.toContain('csecDisclosureAudit');
    expect(linesOf(requestLines, 'csec /audit-records ', nothingId)).toHaveLength(1);
    expect(entries.filter((entry) => entry.requestId === profileId).map((entry) => entry.outcome)).toEqual(
      expect.arrayContaining(['DISCLOSED', 'WITHHELD']),
    );
    expect(new Set(entries.filter((entry) => entry.requestId === nothingId).map((entry) => entry.outcome))).toEqual(new Set(['WITHHELD']));
  });
});
