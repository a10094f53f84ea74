import { describe, expect, inject, it } from 'vitest';
import { queryGateway, type GraphQLResponse } from '../support/gateway.ts';
import { PART2_TPO } from '../support/test-situations.ts';

/**
 * The 2024 42 CFR Part 2 final rule: a youth may sign one consent for all future uses and
 * disclosures for treatment, payment and health care operations. The test county's youth signed one
 * naming clinicians and social workers by role, for treatment and for MDT case coordination; the
 * policy opens the records only to treating providers, only for those purposes.
 */

const SUBSTANCE_USE = /* GraphQL */ `
  query SubstanceUse($id: ID!) {
    youth(id: $id) {
      id
      health {
        substanceUse {
          treatment {
            program
          }
        }
      }
    }
  }
`;

interface Answer {
  youth: { id: string; health: { substanceUse: { treatment: Array<{ program: string }> } | null } | null } | null;
}

interface Obligation {
  kind: string;
  code: string;
  text?: string;
}

function obligations(response: GraphQLResponse<Answer>): Obligation[] {
  return (response.body.extensions?.['disclosure'] as { obligations?: Obligation[] } | undefined)?.obligations ?? [];
}

function reasonAt(response: GraphQLResponse<Answer>, path: string): string | undefined {
  return response.body.errors?.find((error) => (error.path ?? []).join('.') === path)?.message;
}

describe(`42 CFR Part 2: the youth's single consent for treatment, payment and health care operations (${inject('storeKind')} sources)`, () => {
  it('a clinician on the team sees the treatment for treatment, with the 42 CFR 2.32 notice and the limit on redisclosure', async () => {
    const response = await queryGateway<Answer>(SUBSTANCE_USE, { id: PART2_TPO.youthId }, { user: 'mh.demo', purpose: 'TREAT' });

    expect(response.body.data?.youth?.health?.substanceUse?.treatment.map((treatment) => treatment.program)).toContain(PART2_TPO.program);
    const codes = obligations(response).map((obligation) => obligation.code);
    expect(codes).toEqual(expect.arrayContaining(['42CFR2.32', '42CFR2.33(b)']));
    const limit = obligations(response).find((obligation) => obligation.code === '42CFR2.33(b)');
    expect(limit).toMatchObject({ kind: 'NO_REDISCLOSURE' });
    expect(limit?.text).toMatch(/only as HIPAA allows, and never for use in proceedings against the youth without a court order/);
  });

  it('the same consent opens nothing for MDT case coordination, though it lists it, nor to the social worker it names, and says nothing of the records', async () => {
    const coordinating = await queryGateway<Answer>(SUBSTANCE_USE, { id: PART2_TPO.youthId }, { user: 'mh.demo', purpose: 'CSEC-MDT' });
    const socialWorker = await queryGateway<Answer>(SUBSTANCE_USE, { id: PART2_TPO.youthId }, { user: 'sw.demo', purpose: 'TREAT' });

    for (const response of [coordinating, socialWorker]) {
      expect(response.body.data?.youth?.id).toBe(PART2_TPO.youthId);
      expect(response.body.data?.youth?.health?.substanceUse ?? null).toBeNull();
      expect(reasonAt(response, 'youth.health.substanceUse')).toBe('Not available to you.');
      const said = JSON.stringify([response.body.errors?.map((error) => [error.message, error.extensions]), response.body.extensions]);
      expect(said).not.toMatch(/42 ?CFR|Part 2|substance|consent|TPO/i);
    }
  });

  it("the privacy officer's explanation names the form's limits that keep the consent closed", async () => {
    const explain = (userId: string, purposeOfUse: string) =>
      queryGateway<{
        disclosureExplanation: {
          outcome: string;
          rule: string;
          consents: Array<{ consentId: string; applies: boolean; problems: string[] }>;
        };
      }>(
        /* GraphQL */ `
          query Explain($youthId: ID!, $userId: ID!, $purposeOfUse: String!) {
            disclosureExplanation(youthId: $youthId, userId: $userId, field: "HealthPatient.substanceUse", purposeOfUse: $purposeOfUse) {
              outcome
              rule
              consents {
                consentId
                applies
                problems
              }
            }
          }
        `,
        { youthId: PART2_TPO.youthId, userId, purposeOfUse },
        { user: 'privacy.demo', purpose: 'HOPERAT' },
      );
    const treating = (await explain('mh.demo', 'TREAT')).body.data?.disclosureExplanation;
    const coordinating = (await explain('mh.demo', 'CSEC-MDT')).body.data?.disclosureExplanation;
    const socialWorker = (await explain('sw.demo', 'TREAT')).body.data?.disclosureExplanation;

    expect(treating).toMatchObject({ outcome: 'DISCLOSED', rule: 'SUD_PART2_CONSENT' });
    expect(treating?.consents.find((consent) => consent.consentId === PART2_TPO.consentId)).toMatchObject({ applies: true, problems: [] });
    expect(coordinating?.outcome).toBe('WITHHELD');
    expect(coordinating?.consents.find((consent) => consent.consentId === PART2_TPO.consentId)?.problems).toEqual([
      'its form serves only TREAT, CAREMGT, COC, HOPERAT',
    ]);
    expect(socialWorker?.outcome).toBe('WITHHELD');
    expect(socialWorker?.consents.find((consent) => consent.consentId === PART2_TPO.consentId)?.problems).toEqual([
      'its form opens records only to MENTAL_HEALTH_CLINICIAN, PUBLIC_HEALTH_NURSE, SUBSTANCE_USE_COUNSELOR',
    ]);
  });
});
