import { describe, expect, inject, it } from 'vitest';
import { queryGateway, type GraphQLResponse } from '../support/gateway.ts';
import { LAW_ENFORCEMENT } from '../support/test-situations.ts';

// The privacy officer's situations for law enforcement on the MDT: W&IC 827(a)(1)(E) opens CSEC status
// to an officer actively participating in proceedings about the youth (a party or investigating, while
// the participation lasts), as the juvenile court's subgraph records them; W&IC 18961.7 only for 30 days
// after a report. Sitting on the MDT is neither.

const CSEC_STATUS = /* GraphQL */ `
  query Status($id: ID!) {
    youth(id: $id) {
      id
      exploitationStatus
      screenings {
        levelOfConcern
      }
    }
  }
`;

type Status = GraphQLResponse<{ youth: { id: string; exploitationStatus: string | null; screenings: unknown } | null }>;

const officer = { user: 'le.demo', purpose: 'CSEC-MDT' };

describe(`law enforcement on the MDT (${inject('storeKind')} sources)`, () => {
  it('an officer on the MDT whose investigation window closed 31 days ago and who is not part of any proceeding is refused CSEC status', async () => {
    const response: Status = await queryGateway(CSEC_STATUS, { id: LAW_ENFORCEMENT.windowClosed }, officer);

    expect(response.status).toBe(200);
    // On the team: the youth's identity is shown (IAP-2025-3.1); the status is not (IAP-2025-4.3).
    expect(response.body.data?.youth?.id).toBe(LAW_ENFORCEMENT.windowClosed);
    expect(response.body.data?.youth?.exploitationStatus).toBeNull();
    expect(response.body.errors).toContainEqual({
      message: 'Shared with law enforcement only during proceedings about the youth or an open investigation.',
      path: ['youth', 'exploitationStatus'],
      extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' },
    });
  });

  it('an officer listed as investigating in a proceeding in force sees it', async () => {
    const response: Status = await queryGateway(CSEC_STATUS, { id: LAW_ENFORCEMENT.investigating }, officer);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.youth?.exploitationStatus).toBeTruthy();
  });

  it('an officer the court lists as a party to a proceeding in force sees it', async () => {
    const response: Status = await queryGateway(CSEC_STATUS, { id: LAW_ENFORCEMENT.party }, officer);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.youth?.exploitationStatus).toBeTruthy();
  });

  it('an officer whose investigation in the proceeding ended yesterday is refused it', async () => {
    const response: Status = await queryGateway(CSEC_STATUS, { id: LAW_ENFORCEMENT.investigationEnded }, officer);

    expect(response.body.data?.youth?.id).toBe(LAW_ENFORCEMENT.investigationEnded);
    expect(response.body.data?.youth?.exploitationStatus).toBeNull();
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ path: ['youth', 'exploitationStatus'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } }),
    );
  });

  it('an officer the court lists only as a witness is not part of the proceeding, and is refused it', async () => {
    const response: Status = await queryGateway(CSEC_STATUS, { id: LAW_ENFORCEMENT.witness }, officer);

    expect(response.body.data?.youth?.exploitationStatus).toBeNull();
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ path: ['youth', 'exploitationStatus'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } }),
    );
  });

  it("the privacy officer's explanation reads the officer's participations from the court's records", async () => {
    const explain = (youthId: string) =>
      queryGateway<{ disclosureExplanation: { outcome: string; facts: Array<{ name: string; finding: string }> } | null }>(
        'query Explain($youthId: ID!) { disclosureExplanation(youthId: $youthId, userId: "le.demo", field: "Youth.exploitationStatus", purposeOfUse: "CSEC-MDT") { outcome facts { name finding } } }',
        { youthId },
        { user: 'privacy.demo', purpose: 'HOPERAT' },
      );
    const investigating = await explain(LAW_ENFORCEMENT.investigating);
    expect(investigating.body.errors).toBeUndefined();
    expect(investigating.body.data?.disclosureExplanation?.outcome).toBe('DISCLOSED');
    expect(JSON.stringify(investigating.body.data?.disclosureExplanation?.facts)).toContain('PRC-TEST-INVESTIGATING');
    const ended = await explain(LAW_ENFORCEMENT.investigationEnded);
    expect(ended.body.data?.disclosureExplanation?.outcome).toBe('WITHHELD');
    expect(JSON.stringify(ended.body.data?.disclosureExplanation?.facts)).toContain('PRC-TEST-ENDED');
  });

  it('the accounting names W&IC 827(a)(1) for the disclosure to the investigating officer', async () => {
    const asked: Status = await queryGateway(CSEC_STATUS, { id: LAW_ENFORCEMENT.investigating }, officer);
    const accounting = await queryGateway<{
      accountingOfDisclosures: Array<{ requestId: string; fields: string[]; outcome: string; rule: string; legalBasis: string }>;
    }>(
      'query Accounting($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) { requestId fields outcome rule legalBasis } }',
      { youthId: LAW_ENFORCEMENT.investigating },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const entry = accounting.body.data?.accountingOfDisclosures.find(
      (candidate) => candidate.requestId === asked.headers.get('x-request-id') && candidate.fields.includes('Youth.exploitationStatus'),
    );
    expect(entry).toMatchObject({ outcome: 'DISCLOSED', rule: 'IAP-2025-4.3' });
    expect(entry?.legalBasis).toContain('W&IC 827(a)(1)');
  });
});
