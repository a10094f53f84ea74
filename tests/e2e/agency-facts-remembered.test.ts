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
    const before = await capturedRequestsLength();
    const responses = [];
    for (let index = 0; index < 4; index += 1) responses.push(await askedBySocialWorker());

    for (const response of responses) {
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data).toEqual(responses[0]?.body.data);
    }
    expect(addressSeen(responses[0]!)).toBe(true);
    const clientId = responses[0]?.body.data?.youth?.childWelfare?.clientId;
    expect(clientId).toBeTruthy();
    // Asked at most once: by the first query, unless an earlier one left its answer remembered.
    expect(childWelfareFactsQuestions(await capturedRequestsSince(before), clientId!).length).toBeLessThanOrEqual(1);
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
        const closed = await untilAnswer((response) => !addressSeen(response));
        expect(addressSeen(closed)).toBe(false);
        expect((closed.body.errors ?? []).map((error) => (error.path ?? []).join('.'))).toEqual([
          'youth.childWelfare.currentPlacement.facilityName',
        ]);

        await reassign('sw.demo');
        expect(addressSeen(await untilAnswer(addressSeen))).toBe(true);
      } finally {
        await reassign('sw.demo');
        await childWelfare.end();
      }
    },
    150_000,
  );
});

/** The gateway's questions to child welfare's facts route about `clientId`, in captured requests. */
function childWelfareFactsQuestions(captured: string, clientId: string): string[] {
  return captured.split('\n').filter((line) => line.startsWith('child-welfare /disclosure-facts {') && line.includes(clientId));
}

/** Asks until the answer is `wanted`: a change is heard soon after it commits, never at a set time. */
async function untilAnswer(wanted: (response: Placement) => boolean): Promise<Placement> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await askedBySocialWorker();
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
