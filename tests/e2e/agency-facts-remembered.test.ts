import { readFile, stat } from 'node:fs/promises';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { queryGateway, type GraphQLResponse } from '../support/gateway.ts';
import { EXPLOITER_THREAT } from '../support/test-situations.ts';

// While an exploiter is a threat to the youth, only the youth's assigned social worker sees the
// current placement's address (IAP-2025-5.2): for sw.demo, assigned to this youth, the assignment
// is decisive, so the gateway asks child welfare for it after the policy (policy-evaluation.ts).
const YOUTH = EXPLOITER_THREAT.assignedToSocialWorker;

const PLACEMENT = /* GraphQL */ `
  query Placement($id: ID!) {
    youth(id: $id) {
      id
      childWelfare {
        clientId
        currentPlacement {
          placementType
          facilityName
        }
      }
    }
  }
`;

type Placement = GraphQLResponse<{
  youth: {
    id: string;
    childWelfare: { clientId: string; currentPlacement: { placementType: string | null; facilityName: string | null } | null } | null;
  } | null;
}>;

const askedBySocialWorker = (): Promise<Placement> => queryGateway(PLACEMENT, { id: YOUTH }, { user: 'sw.demo', purpose: 'CSEC-MDT' });

/** Whether the answer discloses the placement's address. */
const addressSeen = (response: Placement): boolean => Boolean(response.body.data?.youth?.childWelfare?.currentPlacement?.facilityName);

describe(`the gateway remembers child welfare's facts between requests (${inject('storeKind')} sources)`, () => {
  it("asks child welfare for the social worker's assignment once for repeated profile queries of the same youth", async () => {
    const { first, captured } = await askedRepeatedly(askedBySocialWorker);
    expect(addressSeen(first)).toBe(true);
    const clientId = first.body.data?.youth?.childWelfare?.clientId;
    expect(clientId).toBeTruthy();
    // Asked at most once: by the first query, unless an earlier one left its answer remembered.
    expect(factsQuestions(captured, 'child-welfare', clientId!).length).toBeLessThanOrEqual(1);
  });

  // A worker is reassigned in child welfare's own system of record, outside this system: here in
  // its PostgreSQL database, where the embedded store has no other writer than its subgraph.
  it.runIf(inject('storeKind') === 'postgres')(
    "another social worker assigned in child welfare's store closes the address from a later request on, and sw.demo assigned again opens it",
    async () => {
      const childWelfare = new pg.Client({ connectionString: inject('serviceEnvironment')['CHILD_WELFARE_DATABASE_URL'] });
      await childWelfare.connect();
      const clientId = (await askedBySocialWorker()).body.data?.youth?.childWelfare?.clientId;
      expect(clientId).toBeTruthy();
      const reassign = (worker: string) =>
        childWelfare.query('UPDATE client SET assigned_social_worker_id = $2 WHERE client_id = $1', [clientId, worker]);
      try {
        // Assigned to sw.demo: seen, and child welfare's answer remembered.
        for (let index = 0; index < 2; index += 1) expect(addressSeen(await askedBySocialWorker())).toBe(true);

        await reassign('sw.reassigned');
        const closed = await untilAnswered(askedBySocialWorker, (response) => !addressSeen(response));
        expect(addressSeen(closed)).toBe(false);
        expect((closed.body.errors ?? []).map((error) => (error.path ?? []).join('.'))).toEqual([
          'youth.childWelfare.currentPlacement.facilityName',
        ]);

        await reassign('sw.demo');
        expect(addressSeen(await untilAnswered(askedBySocialWorker, addressSeen))).toBe(true);
      } finally {
        await reassign('sw.demo');
        await childWelfare.end();
      }
    },
    150_000,
  );
});

// A probation officer sees the youth's education records only before adjudication (34 CFR 99.38,
// BEFORE_ADJUDICATION): whether probation's open record has an adjudicated petition is probation's
// answer, asked when the condition is in play and remembered like child welfare's.
const NOT_YET_ADJUDICATED = 'Y-000004';

const SCHOOL = /* GraphQL */ `
  query School($id: ID!) {
    youth(id: $id) {
      id
      probationNumber
      education {
        enrollments {
          schoolName
        }
      }
    }
  }
`;

type School = GraphQLResponse<{
  youth: { id: string; probationNumber: string | null; education: { enrollments: Array<{ schoolName: string }> | null } | null } | null;
}>;

const askedByProbationOfficer = (): Promise<School> =>
  queryGateway(SCHOOL, { id: NOT_YET_ADJUDICATED }, { user: 'po.demo', purpose: 'JUV-SUPERVISION' });

const schoolSeen = (response: School): boolean => (response.body.data?.youth?.education?.enrollments?.length ?? 0) > 0;

describe(`the gateway remembers probation's facts between requests (${inject('storeKind')} sources)`, () => {
  it('asks probation whether the youth is adjudicated once for repeated queries of the same youth', async () => {
    const { first, captured } = await askedRepeatedly(askedByProbationOfficer);
    expect(schoolSeen(first)).toBe(true);
    const probationNumber = first.body.data?.youth?.probationNumber;
    expect(probationNumber).toBeTruthy();
    expect(factsQuestions(captured, 'probation', probationNumber!).length).toBeLessThanOrEqual(1);
  });

  // A petition is adjudicated in probation's own system of record, outside this system.
  it.runIf(inject('storeKind') === 'postgres')(
    "a petition adjudicated in probation's store closes the education records from a later request on, and opens them when it is gone",
    async () => {
      const probation = new pg.Client({ connectionString: inject('serviceEnvironment')['PROBATION_DATABASE_URL'] });
      await probation.connect();
      const probationNumber = (await askedByProbationOfficer()).body.data?.youth?.probationNumber;
      expect(probationNumber).toBeTruthy();
      const withdraw = () => probation.query(`DELETE FROM petition WHERE petition_number = 'PET-TEST-REMEMBERED'`);
      try {
        for (let index = 0; index < 2; index += 1) expect(schoolSeen(await askedByProbationOfficer())).toBe(true);

        await probation.query(
          `INSERT INTO petition (petition_number, probation_number, filed_on, section, charges, disposition, adjudicated_on)
           VALUES ('PET-TEST-REMEMBERED', $1, current_date - 30, 'WIC_602', '["PC 647(b)"]', 'WARDSHIP_PROBATION', current_date - 1)`,
          [probationNumber],
        );
        const closed = await untilAnswered(askedByProbationOfficer, (response) => !schoolSeen(response));
        expect(schoolSeen(closed)).toBe(false);
        expect((closed.body.errors ?? []).map((error) => (error.path ?? []).join('.'))).toEqual(['youth.education.enrollments']);

        await withdraw();
        expect(schoolSeen(await untilAnswered(askedByProbationOfficer, schoolSeen))).toBe(true);
      } finally {
        await withdraw();
        await probation.end();
      }
    },
    150_000,
  );
});

/**
 * Asks four times in a row; every answer has no error and is the first's. With the requests the
 * subgraphs were sent meanwhile.
 */
async function askedRepeatedly<TAnswer extends GraphQLResponse<unknown>>(
  ask: () => Promise<TAnswer>,
): Promise<{ first: TAnswer; captured: string }> {
  const before = await capturedRequestsLength();
  const responses: TAnswer[] = [];
  for (let index = 0; index < 4; index += 1) responses.push(await ask());
  for (const response of responses) {
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual(responses[0]?.body.data);
  }
  return { first: responses[0] as TAnswer, captured: await capturedRequestsSince(before) };
}

/** The gateway's questions to a subgraph's facts route about an identifier, in captured requests. */
function factsQuestions(captured: string, subgraph: string, identifier: string): string[] {
  return captured.split('\n').filter((line) => line.startsWith(`${subgraph} /disclosure-facts {`) && line.includes(identifier));
}

/** Asks until the answer is `wanted`: a change is heard soon after it commits, never at a set time. */
async function untilAnswered<TAnswer>(ask: () => Promise<TAnswer>, wanted: (response: TAnswer) => boolean): Promise<TAnswer> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await ask();
    if (wanted(response) || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function capturedRequestsLength(): Promise<number> {
  return (await stat(inject('subgraphRequestCapturePath')).catch(() => ({ size: 0 }))).size;
}

async function capturedRequestsSince(offset: number): Promise<string> {
  return (await readFile(inject('subgraphRequestCapturePath'))).subarray(offset).toString('utf8');
}
