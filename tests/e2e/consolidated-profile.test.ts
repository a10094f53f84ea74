import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Scenario } from '../../scenario/load-scenario.ts';
import { queryGateway, sourceRoundTrips } from '../support/gateway.ts';
import { EXPLOITER_THREAT } from '../support/test-situations.ts';
import { registeredSubgraph } from '../../subgraphs/registry.ts';

const PROFILE = /* GraphQL */ `
  query Profile($id: ID!) {
    youth(id: $id) {
      id
      name {
        givenName
        familyName
      }
      mdt {
        status
        members {
          person {
            userId
          }
          active
        }
      }
      childWelfare {
        clientId
        firstName
        case {
          status
        }
        placements {
          placementId
        }
        currentPlacement {
          placementType
        }
      }
      probation {
        probationNumber
        bookedName
      }
      health {
        medicalRecordNumber
        firstName
      }
      education {
        statewideStudentId
        legalFirstName
      }
    }
  }
`;

const PETITIONS = 'query Petitions($id: ID!) { youth(id: $id) { probation { petitions { petitionNumber } } } }';

/** Fields a social worker on the MDT may see for every youth on the caseload, from every subgraph. */
const CASELOAD_FIELDS = /* GraphQL */ `
  id
  name { givenName }
  mdt { status }
  screenings { levelOfConcern }
  childWelfare { case { status } currentPlacement { placementType } referrals { receivedOn } }
  probation { bookedName }
  health { birthDate }
  education { legalFirstName }
`;
const CASELOAD = `query Caseload { caseload { ${CASELOAD_FIELDS} } }`;
const ONE_YOUTH = `query OneYouth($id: ID!) { youth(id: $id) { ${CASELOAD_FIELDS} } }`;

interface ProfileData {
  youth: {
    id: string;
    name: { givenName: string; familyName: string };
    mdt: { status: string } | null;
    childWelfare: { clientId: string; firstName: string; placements: Array<{ placementId: string }> } | null;
    probation: { probationNumber: string; petitions?: Array<{ petitionNumber: string }> | null } | null;
    health: { medicalRecordNumber: string; firstName: string | null } | null;
    education: { statewideStudentId: string; legalFirstName: string } | null;
  } | null;
}

let scenario: Scenario;

beforeAll(async () => {
  scenario = JSON.parse(await readFile(inject('scenarioPath'), 'utf8')) as Scenario;
});

function linkOf(youthId: string, agency: string): string | undefined {
  return scenario.csec.youth.find((youth) => youth.id === youthId)?.links.find((link) => link.agency === agency)?.identifier;
}

describe(`federated youth profile (${inject('storeKind')} sources)`, () => {
  it('reports ready once the gateway and every subgraph are', async () => {
    const response = await fetch(inject('gatewayUrl').replace('/graphql', '/ready'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ready',
      policyRevision: expect.stringMatching(/^sha256:[0-9a-f]{16}$/),
      subgraphs: {
        csec: { status: 'ready' },
        'child-welfare': { status: 'ready' },
        probation: { status: 'ready' },
        health: { status: 'ready' },
        education: { status: 'ready' },
      },
    });
  });

  it("returns one youth's consolidated profile with fields from all five subgraphs", async () => {
    const youth = scenario.csec.youth[0];
    if (!youth) throw new Error('The test scenario has no youth.');
    const { status, body } = await queryGateway<ProfileData>(PROFILE, { id: youth.id });

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const profile = body.data?.youth;
    expect(profile?.name).toEqual({ givenName: youth.givenName, familyName: youth.familyName });
    expect(profile?.mdt?.status).toBe(youth.mdt?.status);

    const client = scenario.childWelfare.clients.find((record) => record.clientId === linkOf(youth.id, 'CHILD_WELFARE'));
    expect(profile?.childWelfare?.clientId).toBe(client?.clientId);
    expect(profile?.childWelfare?.firstName).toBe(client?.firstName);
    expect(profile?.childWelfare?.placements.map((placement) => placement.placementId).sort()).toEqual(
      client?.placements.map((placement) => placement.placementId).sort(),
    );

    const juvenile = scenario.probation.juveniles.find((record) => record.probationNumber === linkOf(youth.id, 'PROBATION'));
    expect(profile?.probation?.probationNumber).toBe(juvenile?.probationNumber);

    expect(profile?.health?.medicalRecordNumber).toBe(linkOf(youth.id, 'HEALTH'));
    expect(profile?.health?.firstName).toBeTruthy();

    const student = scenario.education.students.find((record) => record.ssid === linkOf(youth.id, 'EDUCATION'));
    expect(profile?.education?.statewideStudentId).toBe(student?.ssid);
    expect(profile?.education?.legalFirstName).toBe(student?.legalFirstName);
  });

  it('leaves sealed and vacated probation petitions out of the profile entirely', async () => {
    const withSealed = scenario.csec.youth.slice(0, 50).find((youth) => {
      const juvenile = scenario.probation.juveniles.find((record) => record.probationNumber === linkOf(youth.id, 'PROBATION'));
      return juvenile?.petitions.some((petition) => petition.sealed ?? petition.vacated);
    });
    if (!withSealed) throw new Error('The test scenario has no youth with a sealed or vacated petition.');
    const juvenile = scenario.probation.juveniles.find((record) => record.probationNumber === linkOf(withSealed.id, 'PROBATION'));
    const hidden =
      juvenile?.petitions.filter((petition) => petition.sealed ?? petition.vacated).map((petition) => petition.petitionNumber) ?? [];

    const { body } = await queryGateway<ProfileData>(PETITIONS, { id: withSealed.id }, { user: 'po.demo', purpose: 'JUV-SUPERVISION' });

    const shown = body.data?.youth?.probation?.petitions?.map((petition) => petition.petitionNumber) ?? [];
    expect(body.errors).toBeUndefined();
    expect(hidden.length).toBeGreaterThan(0);
    for (const petitionNumber of hidden) {
      expect(shown).not.toContain(petitionNumber);
      expect(JSON.stringify(body)).not.toContain(petitionNumber);
    }
  });

  it("lists an MDT member's caseload of 50 youth, each with records from every agency", async () => {
    const { body } = await queryGateway<{ caseload: Array<{ id: string; childWelfare: unknown; health: unknown }> }>(CASELOAD);
    expect(body.errors).toBeUndefined();
    expect(body.data?.caseload).toHaveLength(50);
    expect(body.data?.caseload.every((youth) => youth.childWelfare !== null && youth.health !== null)).toBe(true);
  });

  it('costs the same source round trips per subgraph for a caseload of 50 youth as for one youth', async () => {
    const before = await sourceRoundTrips();
    const one = await queryGateway<{ youth: unknown }>(ONE_YOUTH, { id: 'Y-000001' });
    const middle = await sourceRoundTrips();
    const fifty = await queryGateway<{ caseload: unknown[] }>(CASELOAD);
    const after = await sourceRoundTrips();

    expect(one.body.errors).toBeUndefined();
    expect(fifty.body.errors).toBeUndefined();
    expect(fifty.body.data?.caseload).toHaveLength(50);
    for (const subgraph of Object.keys(before) as Array<keyof typeof before>) {
      const forOne = middle[subgraph] - before[subgraph];
      const forFifty = after[subgraph] - middle[subgraph];
      // Finding the caseload itself costs csec one query for the data and one for the policy facts.
      const caseloadLookups = subgraph === 'csec' ? 2 : 0;
      // A subgraph's facts answer may be remembered from an earlier request for one and not the
      // other (a subgraph whose registry line says factsChanges): one round trip at most.
      const factsAnswer = registeredSubgraph(subgraph).factsChanges ? 1 : 0;
      // No field of the profile is the court's: it is asked for facts alone, which may be remembered.
      if (subgraph !== 'juvenile-court') expect(forOne, `${subgraph} round trips for one youth`).toBeGreaterThan(0);
      expect(forFifty, `${subgraph} round trips for 50 youth`).toBeLessThanOrEqual(forOne + caseloadLookups + factsAnswer);
    }
  });

  it('asks child welfare and probation for disclosure facts only when a condition in play for the requester reads them', async () => {
    const roundTripsOf = async (query: string, asking: Parameters<typeof queryGateway>[2]) => {
      const before = await sourceRoundTrips();
      const { status } = await queryGateway(query, { id: 'Y-000001' }, asking);
      const after = await sourceRoundTrips();
      expect(status).toBe(200);
      return { childWelfare: after['child-welfare'] - before['child-welfare'], probation: after.probation - before.probation };
    };
    const idOnly = 'query ($id: ID!) { youth(id: $id) { id } }';
    // The social worker's clauses read the assigned social worker for the current address alone, never adjudication.
    expect(await roundTripsOf('query ($id: ID!) { youth(id: $id) { id exploitationStatus } }', {})).toEqual({
      childWelfare: 0,
      probation: 0,
    });
    const address = await roundTripsOf('query ($id: ID!) { youth(id: $id) { id childWelfare { currentPlacement { facilityName } } } }', {});
    expect(address.probation).toBe(0);
    expect(address.childWelfare).toBeGreaterThan(0);
    // Supervising, the probation officer's education clause reads the assignment and adjudication,
    // even when no probation field is asked for (once at most: probation's answer to the same
    // question may be remembered from an earlier query); without an education field, nothing reads them.
    const supervising = { user: 'po.demo', purpose: 'JUV-SUPERVISION' };
    const education = 'query ($id: ID!) { youth(id: $id) { id education { gradeLevel } } }';
    const supervisingEducation = await roundTripsOf(education, supervising);
    expect(supervisingEducation.childWelfare).toBe(0);
    expect(supervisingEducation.probation).toBeLessThanOrEqual(1);
    expect(await roundTripsOf(idOnly, supervising)).toEqual({ childWelfare: 0, probation: 0 });
    // No clause of law enforcement's reads what either agency holds.
    expect(await roundTripsOf(idOnly, { user: 'le.demo' })).toEqual({ childWelfare: 0, probation: 0 });
  });

  it("asks child welfare for the social worker's assignment only about a youth whose decisions it changes, and decides on its answer", async () => {
    interface Placement {
      youth: { childWelfare: { currentPlacement: { placementType: string | null; facilityName?: string | null } | null } | null } | null;
    }
    const ask = async (fields: string, id: string) => {
      const before = await sourceRoundTrips();
      const response = await queryGateway<Placement>(
        `query ($id: ID!) { youth(id: $id) { childWelfare { currentPlacement { ${fields} } } } }`,
        { id },
      );
      const after = await sourceRoundTrips();
      expect(response.status).toBe(200);
      return { response, childWelfareRoundTrips: after['child-welfare'] - before['child-welfare'] };
    };
    // While an exploiter is a threat, only the youth's assigned social worker sees the current
    // address (IAP-2025-5.2); otherwise every social worker on the MDT does (IAP-2025-5.1).
    for (const { id, assignmentAsked, addressSeen } of [
      { id: EXPLOITER_THREAT.none, assignmentAsked: false, addressSeen: true },
      { id: EXPLOITER_THREAT.assignedToSocialWorker, assignmentAsked: true, addressSeen: true },
      { id: EXPLOITER_THREAT.assignedToAnother, assignmentAsked: true, addressSeen: false },
    ]) {
      const withoutAddress = await ask('placementType', id);
      const withAddress = await ask('placementType facilityName', id);
      // Asked once at most: child welfare's answer to the same question may be remembered from an
      // earlier query; the decision below is the one its answer leads to.
      expect(withAddress.childWelfareRoundTrips - withoutAddress.childWelfareRoundTrips, `${id}: the assignment asked`).toBeLessThanOrEqual(
        assignmentAsked ? 1 : 0,
      );
      const placement = withAddress.response.body.data?.youth?.childWelfare?.currentPlacement;
      expect(placement?.placementType, id).toBeTruthy();
      const withheld = (withAddress.response.body.errors ?? []).map((error) => (error.path ?? []).join('.'));
      if (addressSeen) {
        expect(placement?.facilityName, id).toBeTruthy();
        expect(withheld, id).toEqual([]);
      } else {
        expect(placement?.facilityName ?? null, id).toBeNull();
        expect(withheld, id).toEqual(['youth.childWelfare.currentPlacement.facilityName']);
      }
    }
  });

  it('reads health records from the FHIR server over HTTP', async () => {
    const youth = scenario.csec.youth[0];
    const mrn = linkOf(youth?.id ?? '', 'HEALTH');
    const env = inject('serviceEnvironment');
    const fhirBase = env['HEALTH_FHIR_BASE_URL'] ?? `https://127.0.0.1:${env['HEALTH_EMBEDDED_FHIR_PORT']}/fhir/R4`;
    const search = await fetch(`${fhirBase}/Patient?identifier=${encodeURIComponent(`urn:csec:county-health:mrn|${mrn}`)}`, {
      headers: { accept: 'application/fhir+json' },
    });
    const bundle = (await search.json()) as { entry?: Array<{ resource: { name?: Array<{ given?: string[] }> } }> };
    const fhirGivenName = bundle.entry?.[0]?.resource.name?.[0]?.given?.[0];

    const before = await sourceRoundTrips();
    const { body } = await queryGateway<ProfileData>(PROFILE, { id: youth?.id });
    const after = await sourceRoundTrips();

    expect(search.status).toBe(200);
    expect(fhirGivenName).toBeTruthy();
    expect(body.data?.youth?.health?.firstName).toBe(fhirGivenName);
    expect(after.health - before.health).toBeGreaterThan(0);
  });
});
