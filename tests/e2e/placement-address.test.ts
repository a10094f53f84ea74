import { describe, expect, inject, it } from 'vitest';
import { queryGateway, type GraphQLResponse } from '../support/gateway.ts';
import { EXPLOITER_THREAT } from '../support/test-situations.ts';

// While an exploiter is a threat the current address is very restricted: the assigned social worker and
// probation officer keep it (IAP-2025-5.2), and so does the youth's own attorney, who must be able to reach
// the client (IAP-2025-5.4, W&IC 317(e), 317(f)). Nobody else on the MDT sees it.

const ADDRESS = /* GraphQL */ `
  query Address($id: ID!) {
    youth(id: $id) {
      childWelfare {
        currentPlacement {
          address {
            line1
            city
          }
        }
      }
    }
  }
`;

type Address = GraphQLResponse<{
  youth: { childWelfare: { currentPlacement: { address: { line1: string; city: string } | null } | null } | null } | null;
}>;

describe(`the placement address while an exploiter is a threat (${inject('storeKind')} sources)`, () => {
  it("the youth's attorney on the MDT sees the placement address while an exploiter is a threat; the probation officer does not", async () => {
    const attorney: Address = await queryGateway(
      ADDRESS,
      { id: EXPLOITER_THREAT.assignedToSocialWorker },
      { user: 'attorney.demo', purpose: 'HLEGAL' },
    );
    const officer: Address = await queryGateway(
      ADDRESS,
      { id: EXPLOITER_THREAT.assignedToSocialWorker },
      { user: 'po.demo', purpose: 'JUV-SUPERVISION' },
    );

    expect(attorney.body.errors).toBeUndefined();
    expect(attorney.body.data?.youth?.childWelfare?.currentPlacement?.address?.line1).toBeTruthy();
    expect(officer.body.data?.youth?.childWelfare?.currentPlacement).not.toBeNull();
    expect(officer.body.data?.youth?.childWelfare?.currentPlacement?.address).toBeNull();
    expect(officer.body.errors).toContainEqual({
      message: 'Not available to you.',
      path: ['youth', 'childWelfare', 'currentPlacement', 'address'],
      extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' },
    });
  });

  it("the attorney's access is recorded under its own clause, naming W&IC 317(f)", async () => {
    const asked: Address = await queryGateway(
      ADDRESS,
      { id: EXPLOITER_THREAT.assignedToSocialWorker },
      { user: 'attorney.demo', purpose: 'CSEC-MDT' },
    );
    const accounting = await queryGateway<{
      accountingOfDisclosures: Array<{ requestId: string; category: string; outcome: string; rule: string; legalBasis: string }>;
    }>(
      'query Accounting($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) { requestId category outcome rule legalBasis } }',
      { youthId: EXPLOITER_THREAT.assignedToSocialWorker },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const entry = accounting.body.data?.accountingOfDisclosures.find(
      (candidate) => candidate.requestId === asked.headers.get('x-request-id') && candidate.category === 'PLACEMENT_ADDRESS',
    );
    expect(entry).toMatchObject({ outcome: 'DISCLOSED', rule: 'IAP-2025-5.4' });
    expect(entry?.legalBasis).toContain('W&IC 317(f)');
  });
});
