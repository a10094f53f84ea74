import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { classificationsFromSdl } from '../../runtime/policy/classifications.ts';
import type { Decision, PolicyRequester } from '../../runtime/policy/policy-input.ts';
import { youthFactsFromScenario } from '../../scripts/policy-explain.ts';
import { ROLE_AGENCIES, situationOf } from '../../scripts/lib/policy-space.ts';
import { computeMatrix, type MatrixResult } from '../../scripts/policy-matrix.ts';
import { queryGateway, testScenario, type GraphQLResponse } from '../support/gateway.ts';

/**
 * The access matrix privacy officers review is computed from the policy bundle over synthetic
 * youth. This test checks it against the running system: real requests by the demo users about
 * seeded youth, each placed in the matrix cell its facts fall in, must get from the gateway what
 * that cell says.
 */

/** One field per category, where it sits in the profile query. */
const FIELD_PATHS: Record<string, string[]> = {
  'Youth.birthDate': ['youth', 'birthDate'],
  'Youth.missingSince': ['youth', 'missingSince'],
  'Youth.meetings': ['youth', 'meetings'],
  'Youth.consents': ['youth', 'consents'],
  'ChildWelfareClient.referrals': ['youth', 'childWelfare', 'referrals'],
  'ChildWelfareClient.currentPlacement': ['youth', 'childWelfare', 'currentPlacement'],
  'Placement.address': ['youth', 'childWelfare', 'currentPlacement', 'address'],
  'ChildWelfareClient.casePlan': ['youth', 'childWelfare', 'casePlan'],
  'ProbationJuvenile.petitions': ['youth', 'probation', 'petitions'],
  'HealthPatient.mentalHealth': ['youth', 'health', 'mentalHealth'],
  'HealthPatient.substanceUse': ['youth', 'health', 'substanceUse'],
  'HealthPatient.hivTestResults': ['youth', 'health', 'hivTestResults'],
  'HealthPatient.sensitiveServices': ['youth', 'health', 'sensitiveServices'],
  'EducationStudent.enrollments': ['youth', 'education', 'enrollments'],
};

const PROFILE = /* GraphQL */ `
  query Profile($id: ID!) {
    youth(id: $id) {
      id
      birthDate
      missingSince
      meetings { heldOn }
      consents { id }
      childWelfare { referrals { receivedOn } currentPlacement { placementType address { city } } casePlan { goals } }
      probation { petitions { petitionNumber } }
      health {
        mentalHealth { diagnoses { description } }
        substanceUse { treatment { program } }
        hivTestResults { result }
        sensitiveServices { diagnoses { description } }
      }
      education { enrollments { schoolName } }
    }
  }
`;

/** Who asks, each for the purpose of their work and for MDT case coordination. */
const ASKING = [
  { user: 'sw.demo', purposes: ['CSEC-MDT', 'COC'] },
  { user: 'po.demo', purposes: ['CSEC-MDT', 'JUV-SUPERVISION'] },
  { user: 'mh.demo', purposes: ['CSEC-MDT', 'TREAT'] },
  { user: 'phn.demo', purposes: ['CSEC-MDT', 'TREAT'] },
  { user: 'attorney.demo', purposes: ['CSEC-MDT', 'HLEGAL'] },
  { user: 'le.demo', purposes: ['CSEC-MDT'] },
];
const YOUTH = Array.from({ length: 16 }, (_, index) => `Y-${String(index + 1).padStart(6, '0')}`);

type Observed = 'DISCLOSED' | 'WITHHELD' | 'CONCEALED' | 'NOT_OBSERVABLE';

/** What the gateway did with the value at a path: only where its parent object came back. */
function observed(response: GraphQLResponse<Record<string, unknown>>, path: string[]): Observed {
  const withheldAt = new Set(
    (response.body.errors ?? [])
      .filter((error) => error.extensions?.['code'] === 'UNAUTHORIZED_FIELD_OR_TYPE')
      .map((error) => (error.path ?? []).join('.')),
  );
  let parent: unknown = response.body.data;
  for (const key of path.slice(0, -1)) {
    parent = typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[key] : undefined;
  }
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) return 'NOT_OBSERVABLE';
  if (withheldAt.has(path.join('.'))) return 'WITHHELD';
  const value = (parent as Record<string, unknown>)[path.at(-1) as string];
  return value === null || value === undefined ? 'CONCEALED' : 'DISCLOSED';
}

function agrees(decision: Decision, seen: Observed): boolean {
  if (decision.allow) return seen === 'DISCLOSED' || seen === 'CONCEALED';
  return decision.conceal ? seen === 'CONCEALED' : seen === 'WITHHELD';
}

describe('the access matrix agrees with the running gateway', () => {
  let matrix: MatrixResult;
  beforeAll(async () => {
    matrix = await computeMatrix();
  }, 180_000);

  it('for every sampled cell: the decision the matrix shows is the one the gateway makes', async () => {
    const scenario = await testScenario();
    const classifications = classificationsFromSdl(await readFile('schema/supergraph.graphql', 'utf8'));
    const categories = matrix.space.vocabulary.categories;
    // A field stands for its category's cells only when it carries the category's own labels.
    for (const field of Object.keys(FIELD_PATHS)) {
      const classification = classifications.get(field);
      const category = classification && categories[classification.category];
      expect(category, field).toBeDefined();
      expect({ confidentiality: classification?.confidentiality, sensitivity: classification?.sensitivity }, field).toEqual({
        confidentiality: category?.confidentiality,
        sensitivity: category?.sensitivity,
      });
    }
    const cellDecisions = new Map(matrix.evaluated.map(({ cell, decision }) => [cell.key, decision]));
    const sampled = new Map<string, Array<{ allow: boolean }>>();
    const disagreements: string[] = [];

    for (const { user: userId, purposes } of ASKING) {
      const user = scenario.users.find((candidate) => candidate.id === userId);
      if (!user) throw new Error(`No ${userId} in the test county.`);
      const role = user.roles[0] as string;
      expect(user.roles).toHaveLength(1);
      expect(ROLE_AGENCIES[role]).toBe(user.agency);
      for (const purpose of purposes) {
        for (const youthId of YOUTH) {
          const now = new Date().toISOString();
          const response = await queryGateway<Record<string, unknown>>(PROFILE, { id: youthId }, { user: userId, purpose });
          expect(response.status).toBe(200);
          expect((response.body.extensions?.['disclosure'] as { policyRevision: string }).policyRevision).toBe(matrix.revision);
          const facts = youthFactsFromScenario(scenario, youthId);
          const requester: PolicyRequester = { userId, agency: user.agency, roles: user.roles, purposeOfUse: purpose, breakGlassReason: null };
          for (const [field, path] of Object.entries(FIELD_PATHS)) {
            const category = classifications.get(field)?.category as string;
            const situation = situationOf(facts, requester, category, now, matrix.space.vocabulary);
            const key = situation && `${category}|${role}|${purpose}|${situation.id}`;
            const decision = key ? cellDecisions.get(key) : undefined;
            const seen = observed(response, path);
            if (!key || !decision || seen === 'NOT_OBSERVABLE') continue;
            if (!agrees(decision, seen)) {
              disagreements.push(`${key}: the matrix says ${decision.allow ? 'allow' : 'withhold'} (${decision.rule}); ${userId} was ${seen} ${field} of ${youthId}`);
            }
            sampled.set(key, [...(sampled.get(key) ?? []), { allow: decision.allow }]);
          }
        }
      }
    }

    expect(disagreements).toEqual([]);
    const keys = [...sampled.keys()];
    expect(keys.length).toBeGreaterThanOrEqual(40);
    expect(new Set(keys.map((key) => key.split('|')[0])).size).toBeGreaterThanOrEqual(8);
    const outcomes = new Set([...sampled.values()].flat().map((entry) => entry.allow));
    expect(outcomes).toEqual(new Set([true, false]));
  }, 240_000);
});
