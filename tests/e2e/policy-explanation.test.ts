import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { queryGateway, type GraphQLResponse } from '../support/gateway.ts';
import { PLANTED } from '../support/test-situations.ts';

const EXPLANATION = /* GraphQL */ `
  query Explain($youthId: ID!, $userId: ID!, $field: String!, $purposeOfUse: String!) {
    disclosureExplanation(youthId: $youthId, userId: $userId, field: $field, purposeOfUse: $purposeOfUse) {
      outcome
      rule
      legalBasis
      toldToRequester
      requesterRoles
      category
      policyRevision
      facts {
        name
        finding
      }
      agreementClauses {
        clause
        opens
        problems
      }
      consents {
        consentId
        applies
        problems
      }
      plainWords
    }
  }
`;

interface Explanation {
  outcome: 'DISCLOSED' | 'WITHHELD';
  rule: string;
  legalBasis: string;
  toldToRequester: string | null;
  requesterRoles: string[];
  category: string;
  policyRevision: string;
  facts: Array<{ name: string; finding: string }>;
  agreementClauses: Array<{ clause: string; opens: boolean; problems: string[] }>;
  consents: Array<{ consentId: string; applies: boolean; problems: string[] }>;
  plainWords: string[];
}

type ExplanationResponse = GraphQLResponse<{ disclosureExplanation: Explanation | null }>;

function explain(
  youthId: string,
  userId: string,
  field: string,
  purposeOfUse: string,
  asking = { user: 'privacy.demo', purpose: 'HOPERAT' },
) {
  return queryGateway<{ disclosureExplanation: Explanation | null }>(EXPLANATION, { youthId, userId, field, purposeOfUse }, asking);
}

/** Where each explained field sits in the profile query below. */
const PROFILE_PATHS: Record<string, string> = {
  'Youth.missingSince': 'youth.missingSince',
  'Youth.meetings': 'youth.meetings',
  'Youth.consents': 'youth.consents',
  'ChildWelfareClient.referrals': 'youth.childWelfare.referrals',
  'ChildWelfareClient.currentPlacement': 'youth.childWelfare.currentPlacement',
  'ProbationJuvenile.petitions': 'youth.probation.petitions',
  'HealthPatient.mentalHealth': 'youth.health.mentalHealth',
  'HealthPatient.substanceUse': 'youth.health.substanceUse',
  'EducationStudent.enrollments': 'youth.education.enrollments',
};

const PROFILE = /* GraphQL */ `
  query Profile($id: ID!) {
    youth(id: $id) {
      id
      missingSince
      meetings {
        heldOn
      }
      consents {
        id
      }
      childWelfare {
        referrals {
          receivedOn
        }
        currentPlacement {
          placementType
        }
      }
      probation {
        petitions {
          petitionNumber
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
      }
      education {
        enrollments {
          schoolName
        }
      }
    }
  }
`;

/** Whether the gateway withheld the value at a path: an error there or above, or a concealed (null) value. */
function withheldAt(response: GraphQLResponse<Record<string, unknown>>, path: string): { withheld: boolean; reason?: string } {
  const errors = (response.body.errors ?? []).filter((error) => error.extensions?.['code'] === 'UNAUTHORIZED_FIELD_OR_TYPE');
  const error = errors.find((candidate) => {
    const at = (candidate.path ?? []).join('.');
    return path === at || path.startsWith(`${at}.`);
  });
  if (error) return { withheld: true, reason: error.message };
  return { withheld: false };
}

describe('a privacy officer asks the gateway why a decision is made', () => {
  it('gets, for every person and field, the decision the gateway makes for that person, with its rule and facts', async () => {
    const people = [
      { user: 'sw.demo', purpose: 'CSEC-MDT' },
      { user: 'po.demo', purpose: 'JUV-SUPERVISION' },
      { user: 'mh.demo', purpose: 'TREAT' },
      { user: 'attorney.demo', purpose: 'HLEGAL' },
      { user: 'le.demo', purpose: 'CSEC-MDT' },
    ];
    let compared = 0;
    const outcomes = new Set<string>();
    for (const person of people) {
      const profile = await queryGateway<Record<string, unknown>>(PROFILE, { id: 'Y-000001' }, person);
      expect(profile.status).toBe(200);
      for (const [field, path] of Object.entries(PROFILE_PATHS)) {
        const explained = await explain('Y-000001', person.user, field, person.purpose);
        expect(explained.body.errors, `${person.user} ${field}`).toBeUndefined();
        const explanation = explained.body.data?.disclosureExplanation as Explanation;
        const gateway = withheldAt(profile, path);
        if (!gateway.withheld && path.split('.').length > 1) {
          expect(explanation.outcome, `${person.user} ${field}: the gateway disclosed it`).toBe('DISCLOSED');
        }
        if (explanation.outcome === 'WITHHELD' && explanation.toldToRequester) {
          expect(gateway.withheld, `${person.user} ${field}: explained as withheld (${explanation.rule})`).toBe(true);
          // Below the root, the person is told the policy's own reason.
          if (gateway.reason !== 'Not available to you.') expect(gateway.reason).toBe(explanation.toldToRequester);
        }
        expect(explanation.plainWords[1]).toBe(`Rule that decided: ${explanation.rule}`);
        expect(explanation.policyRevision).toBe((profile.body.extensions?.['disclosure'] as { policyRevision: string }).policyRevision);
        outcomes.add(explanation.outcome);
        compared += 1;
      }
    }
    expect(compared).toBe(people.length * Object.keys(PROFILE_PATHS).length);
    expect([...outcomes].sort()).toEqual(['DISCLOSED', 'WITHHELD']);
  });

  it("names the consent that opens substance use records and why another youth's consent does not", async () => {
    const opened = (await explain('Y-000001', 'sw.demo', 'HealthPatient.substanceUse', 'CSEC-MDT')).body.data
      ?.disclosureExplanation as Explanation;
    expect(opened.outcome).toBe('DISCLOSED');
    expect(opened.consents.find((consent) => consent.consentId === 'CN-TEST-SUD-ACTIVE')?.applies).toBe(true);
    expect(opened.legalBasis).toContain('42 CFR');

    const expired = (await explain('Y-000002', 'sw.demo', 'HealthPatient.substanceUse', 'CSEC-MDT')).body.data
      ?.disclosureExplanation as Explanation;
    expect(expired.outcome).toBe('WITHHELD');
    const consent = expired.consents.find((candidate) => candidate.consentId === 'CN-TEST-SUD-EXPIRED');
    expect(consent?.applies).toBe(false);
    expect(consent?.problems.join(' ')).toMatch(/expired on \d{4}-\d{2}-\d{2}/);
    expect(expired.facts.map((fact) => fact.name)).toEqual(expect.arrayContaining(["Youth's age", 'MDT']));
    // An explanation is about decisions, never the information decided on.
    for (const planted of Object.values(PLANTED)) expect(JSON.stringify(expired)).not.toContain(planted);
  });

  it('is refused to everyone but the privacy officer, even the youth attorney on the team', async () => {
    for (const asking of [
      { user: 'attorney.demo', purpose: 'HLEGAL' },
      { user: 'sw.demo', purpose: 'CSEC-MDT' },
      { user: 'privacy.demo', purpose: 'CSEC-MDT' },
    ]) {
      const refused: ExplanationResponse = await explain('Y-000001', 'sw.demo', 'Youth.missingSince', 'CSEC-MDT', asking);
      expect(refused.body.data?.disclosureExplanation ?? null).toBeNull();
      expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
      expect(refused.body.errors?.[0]?.path).toEqual(['disclosureExplanation']);
    }
  });

  it('tells the privacy officer exactly which argument is wrong', async () => {
    const cases: Array<[string, string, string, RegExp]> = [
      ['sw.demo', 'Youth.nope', 'CSEC-MDT', /"Youth\.nope" is not a field of the youth profile/],
      ['nobody.demo', 'Youth.missingSince', 'CSEC-MDT', /No one with user id "nobody\.demo"/],
      ['sw.demo', 'Youth.missingSince', 'GOSSIP', /"GOSSIP" is not a purpose of use\. Use one of: .*CSEC-MDT/],
    ];
    for (const [userId, field, purpose, message] of cases) {
      const refused = await explain('Y-000001', userId, field, purpose);
      expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(refused.body.errors?.[0]?.message).toMatch(message);
    }
    const badYouth = await explain('Y-1', 'sw.demo', 'Youth.missingSince', 'CSEC-MDT');
    expect(badYouth.status).toBe(400);
    expect(badYouth.body.errors?.[0]?.message).toBe('A youth id is "Y-" followed by six digits, for example Y-000123.');
  });

  it("explains another agency's field with the classification the gateway sends, not one the CSEC program reads itself", async () => {
    const before = (await readFile(inject('subgraphRequestCapturePath'), 'utf8')).length;
    const explained = (await explain('Y-000001', 'sw.demo', 'Placement.address', 'CSEC-MDT')).body.data
      ?.disclosureExplanation as Explanation;
    expect(explained.category).toBe('PLACEMENT_ADDRESS');

    const sent = (await readFile(inject('subgraphRequestCapturePath'), 'utf8'))
      .slice(before)
      .split('\n')
      .filter((line) => line.startsWith('csec ') && line.includes('disclosureExplanation'))
      .map(
        (line) =>
          (
            JSON.parse(line.split(' ').slice(2).join(' ')) as {
              extensions: { csecDisclosure: { explained?: Record<string, { category: string }> } };
            }
          ).extensions.csecDisclosure,
      );
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]?.explained).toEqual({
      'Placement.address': expect.objectContaining({ category: 'PLACEMENT_ADDRESS', confidentiality: 'R' }),
    });
  });
});
