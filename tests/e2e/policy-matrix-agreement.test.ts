import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { classificationsFromSdl } from '../../runtime/policy/classifications.ts';
import { explainDecision } from '../../runtime/policy/decision-explanation.ts';
import type { Decision } from '../../runtime/policy/policy-input.ts';
import { youthFactsFromScenario } from '../../scripts/policy-explain.ts';
import { situationOf } from '../../scripts/lib/policy-explained-space.ts';
import { ROLE_AGENCIES } from '../../runtime/policy/access-space.ts';
import { computeMatrix, type MatrixResult } from '../../scripts/policy-matrix.ts';
import { queryGateway, testScenario, type AskingAs, type GraphQLResponse } from '../support/gateway.ts';
import { MISSING_YOUTH } from '../support/test-situations.ts';

/**
 * The policy explains its own decisions (csec/explanation/decisions_explained), and the privacy
 * officer's explanation, the access matrix and the gateway must all say the same. These tests ask
 * the running system: the gateway's answer to a person (what it showed, what it told them, and the
 * rule its audit recorded) against the explanation of the same decision, for every role, purpose
 * and category, break the glass included; and real requests placed in the matrix cell their facts
 * fall in against that cell.
 */

/** One field or more per category, where each sits in the profile query. */
const FIELD_PATHS: Record<string, string[]> = {
  'Youth.name': ['youth', 'name'],
  'Youth.birthDate': ['youth', 'birthDate'],
  'Youth.missingSince': ['youth', 'missingSince'],
  'Youth.meetings': ['youth', 'meetings'],
  'Youth.consents': ['youth', 'consents'],
  'ChildWelfareClient.referrals': ['youth', 'childWelfare', 'referrals'],
  'ChildWelfareClient.currentPlacement': ['youth', 'childWelfare', 'currentPlacement'],
  'ChildWelfareClient.lastKnownPlacement': ['youth', 'childWelfare', 'lastKnownPlacement'],
  'Placement.address': ['youth', 'childWelfare', 'currentPlacement', 'address'],
  'ChildWelfareClient.casePlan': ['youth', 'childWelfare', 'casePlan'],
  'ProbationJuvenile.petitions': ['youth', 'probation', 'petitions'],
  'HealthPatient.mentalHealth': ['youth', 'health', 'mentalHealth'],
  'HealthPatient.medicalEvaluation': ['youth', 'health', 'medicalEvaluation'],
  'HealthPatient.substanceUse': ['youth', 'health', 'substanceUse'],
  'HealthPatient.hivTestResults': ['youth', 'health', 'hivTestResults'],
  'HealthPatient.sensitiveServices': ['youth', 'health', 'sensitiveServices'],
  'EducationStudent.enrollments': ['youth', 'education', 'enrollments'],
};

const PROFILE = /* GraphQL */ `
  query Profile($id: ID!) {
    youth(id: $id) {
      id
      name {
        givenName
      }
      birthDate
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
          address {
            city
          }
        }
        lastKnownPlacement {
          placementType
        }
        casePlan {
          goals
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
        medicalEvaluation {
          evaluations {
            kind
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
        sensitiveServices {
          diagnoses {
            description
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

const FIELDS = Object.keys(FIELD_PATHS);
/** The gateway answers at most this many top-level fields per operation. */
const TOP_LEVEL_FIELDS = 5;

/** The explanations of some fields in one request, each under an alias of its own (`f<index in FIELDS>`). */
function explainSome(indexes: number[]): string {
  const aliases = indexes.map(
    (index) =>
      `f${index}: disclosureExplanation(youthId: $youthId, userId: $userId, field: "${FIELDS[index]}", purposeOfUse: $purposeOfUse) { outcome rule toldToRequester flaggedForReview }`,
  );
  return `query Explain($youthId: ID!, $userId: ID!, $purposeOfUse: String!) { ${aliases.join(' ')} }`;
}

/** Every field's explanation, asked a few fields at a time. */
async function explainAll(youthId: string, userId: string, purposeOfUse: string): Promise<Record<string, Explained>> {
  const explained: Record<string, Explained> = {};
  for (let start = 0; start < FIELDS.length; start += TOP_LEVEL_FIELDS) {
    const indexes = FIELDS.map((_, index) => index).slice(start, start + TOP_LEVEL_FIELDS);
    const response = await queryGateway<Record<string, Explained>>(
      explainSome(indexes),
      { youthId, userId, purposeOfUse },
      PRIVACY_OFFICER,
    );
    expect(response.body.errors, `${userId} ${purposeOfUse} ${youthId}`).toBeUndefined();
    Object.assign(explained, response.body.data);
  }
  return explained;
}

const ACCOUNTING = /* GraphQL */ `
  query Accounting($youthId: ID!) {
    accountingOfDisclosures(youthId: $youthId, first: 200) {
      requestId
      requester {
        userId
      }
      purposeOfUse
      fields
      outcome
      rule
      flaggedForReview
    }
  }
`;

interface Explained {
  outcome: 'DISCLOSED' | 'WITHHELD';
  rule: string;
  toldToRequester: string | null;
  flaggedForReview: boolean;
}

interface AccountingEntry {
  requestId: string;
  requester: { userId: string };
  purposeOfUse: string;
  fields: string[];
  outcome: 'DISCLOSED' | 'WITHHELD';
  rule: string;
  flaggedForReview: boolean;
}

/** The category of every field of the composed schema. */
const FIELD_CATEGORIES: Record<string, string> = Object.fromEntries(
  [...classificationsFromSdl(await readFile('schema/supergraph.graphql', 'utf8'))].map(([field, classification]) => [
    field,
    classification.category,
  ]),
);

const PRIVACY_OFFICER: AskingAs = { user: 'privacy.demo', purpose: 'HOPERAT' };

type Observed = { seen: 'DISCLOSED' | 'CONCEALED' | 'NOT_OBSERVABLE' } | { seen: 'WITHHELD'; told: string };

/** What the gateway did with the value at a path: only where its parent object came back. */
function observed(response: GraphQLResponse<Record<string, unknown>>, path: string[]): Observed {
  let parent: unknown = response.body.data;
  for (const key of path.slice(0, -1)) {
    parent = typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[key] : undefined;
  }
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) return { seen: 'NOT_OBSERVABLE' };
  const error = (response.body.errors ?? []).find(
    (candidate) => candidate.extensions?.['code'] === 'UNAUTHORIZED_FIELD_OR_TYPE' && (candidate.path ?? []).join('.') === path.join('.'),
  );
  if (error) return { seen: 'WITHHELD', told: error.message };
  const value = (parent as Record<string, unknown>)[path.at(-1) as string];
  return { seen: value === null || value === undefined ? 'CONCEALED' : 'DISCLOSED' };
}

describe("the policy's explanation, the access matrix and the running gateway agree", () => {
  let matrix: MatrixResult;
  beforeAll(async () => {
    matrix = await computeMatrix();
  }, 180_000);

  it('for every role, purpose and category, break the glass included: the explanation gives the outcome, rule and reason the gateway gives', async () => {
    const scenario = await testScenario();
    const { roles, purposes, breakGlass } = matrix.space.vocabulary;
    const seatOf = (userId: string) =>
      scenario.csec.youth.find(
        (youth) => youth.mdt?.status === 'OPEN' && youth.mdt.members.some((member) => member.userId === userId && !member.leftOn),
      )?.id;
    const disagreements: string[] = [];
    const compared = new Set<string>();
    const outcomes = new Set<string>();
    let observedReasons = 0;

    for (const role of roles) {
      const holders = scenario.users.filter((user) => user.roles.length === 1 && user.roles[0] === role);
      const asker = holders.find((user) => user.id.endsWith('.demo')) ?? holders.find((user) => seatOf(user.id)) ?? holders[0];
      if (!asker) throw new Error(`No ${role} in the test county.`);
      const ownYouth = asker.id.endsWith('.demo') ? 'Y-000001' : (seatOf(asker.id) ?? 'Y-000001');
      for (const youthId of [...new Set([ownYouth, MISSING_YOUTH])]) {
        for (const purpose of purposes) {
          const emergency = breakGlass.purposes.includes(purpose);
          const asking: AskingAs = {
            user: asker.id,
            purpose,
            ...(emergency ? { breakGlassReason: 'Missing youth: agreement test.' } : {}),
          };
          const profile = await queryGateway<Record<string, unknown>>(PROFILE, { id: youthId }, asking);
          expect(profile.status, `${asker.id} ${purpose}`).toBe(200);
          const requestId = profile.headers.get('x-request-id');
          const explanations = await explainAll(youthId, asker.id, purpose);
          const accounting = await queryGateway<{ accountingOfDisclosures: AccountingEntry[] }>(ACCOUNTING, { youthId }, PRIVACY_OFFICER);
          const recorded = (accounting.body.data?.accountingOfDisclosures ?? []).filter((entry) => entry.requestId === requestId);
          expect(recorded.length, `${asker.id} ${purpose} ${youthId}: the gateway recorded its decisions`).toBeGreaterThan(0);

          FIELDS.forEach((field, index) => {
            const cell = `${role}|${purpose}|${youthId}|${field}`;
            const explanation = explanations[`f${index}`] as Explained;
            const actual = recorded.find((entry) => entry.fields.includes(field));
            if (!actual) return;
            compared.add(cell);
            outcomes.add(`${explanation.outcome}${emergency ? ' (emergency)' : ''}`);
            if (
              actual.outcome !== explanation.outcome ||
              actual.rule !== explanation.rule ||
              actual.flaggedForReview !== explanation.flaggedForReview
            ) {
              disagreements.push(
                `${cell}: the gateway ${actual.outcome} by ${actual.rule}; the explanation says ${explanation.outcome} by ${explanation.rule}`,
              );
            }
            const seen = observed(profile, FIELD_PATHS[field] as string[]);
            if (seen.seen === 'WITHHELD') {
              observedReasons += 1;
              if (explanation.outcome !== 'WITHHELD' || seen.told !== explanation.toldToRequester) {
                disagreements.push(
                  `${cell}: the gateway told "${seen.told}"; the explanation says ${explanation.outcome}, told "${explanation.toldToRequester ?? ''}"`,
                );
              }
            } else if (seen.seen === 'DISCLOSED' && explanation.outcome !== 'DISCLOSED') {
              disagreements.push(`${cell}: the gateway disclosed it; the explanation says ${explanation.outcome} by ${explanation.rule}`);
            }
          });
        }
      }
    }

    expect(disagreements).toEqual([]);
    // Every role and purpose was compared on every category the profile asks for.
    const categories = new Set(FIELDS.map((field) => FIELD_CATEGORIES[field]));
    expect(categories.size).toBeGreaterThanOrEqual(13);
    for (const role of roles) {
      for (const purpose of purposes) {
        const cells = [...compared].filter((cell) => cell.startsWith(`${role}|${purpose}|`));
        expect(new Set(cells.map((cell) => FIELD_CATEGORIES[cell.split('|')[3] as string])), `${role} ${purpose}`).toEqual(categories);
      }
    }
    expect(outcomes).toEqual(new Set(['DISCLOSED', 'WITHHELD', 'DISCLOSED (emergency)', 'WITHHELD (emergency)']));
    expect(observedReasons).toBeGreaterThan(100);
  }, 600_000);

  it('for every sampled cell of the matrix: the decision it shows is the one the gateway makes', async () => {
    const scenario = await testScenario();
    const classifications = classificationsFromSdl(await readFile('schema/supergraph.graphql', 'utf8'));
    const categories = matrix.space.vocabulary.categories;
    const fields = Object.keys(FIELD_PATHS).filter(
      (field) => !['Youth.name', 'ChildWelfareClient.lastKnownPlacement', 'HealthPatient.medicalEvaluation'].includes(field),
    );
    // A field stands for its category's cells only when it carries the category's own labels.
    for (const field of fields) {
      const classification = classifications.get(field);
      const category = classification && categories[classification.category];
      expect({ confidentiality: classification?.confidentiality, sensitivity: classification?.sensitivity }, field).toEqual({
        confidentiality: category?.confidentiality,
        sensitivity: category?.sensitivity,
      });
    }
    const cellDecisions = new Map(matrix.evaluated.map(({ cell, decision }) => [cell.key, decision]));
    const sampled = new Map<string, Decision[]>();
    const disagreements: string[] = [];
    const asking = [
      { user: 'sw.demo', purposes: ['CSEC-MDT', 'COC'] },
      { user: 'po.demo', purposes: ['CSEC-MDT', 'JUV-SUPERVISION'] },
      { user: 'mh.demo', purposes: ['CSEC-MDT', 'TREAT'] },
      { user: 'phn.demo', purposes: ['CSEC-MDT', 'TREAT'] },
      { user: 'attorney.demo', purposes: ['CSEC-MDT', 'HLEGAL'] },
      { user: 'le.demo', purposes: ['CSEC-MDT'] },
    ];

    for (const { user: userId, purposes } of asking) {
      const user = scenario.users.find((candidate) => candidate.id === userId);
      if (!user) throw new Error(`No ${userId} in the test county.`);
      const role = user.roles[0] as string;
      expect(ROLE_AGENCIES[role]).toBe(user.agency);
      for (const purpose of purposes) {
        for (let number = 1; number <= 16; number += 1) {
          const youthId = `Y-${String(number).padStart(6, '0')}`;
          const now = new Date().toISOString();
          const response = await queryGateway<Record<string, unknown>>(PROFILE, { id: youthId }, { user: userId, purpose });
          expect((response.body.extensions?.['disclosure'] as { policyRevision: string }).policyRevision).toBe(matrix.revision);
          const facts = youthFactsFromScenario(scenario, youthId);
          for (const field of fields) {
            const classification = classifications.get(field);
            if (!classification) continue;
            const requester = { userId, agency: user.agency, roles: user.roles, purposeOfUse: purpose };
            const explained = explainDecision(matrix.policy, { youthId, facts, field, classification, requester, now });
            const situation = situationOf(explained.policyExplanation, matrix.space.vocabulary);
            const key = situation && `${classification.category}|${role}|${purpose}|${situation.id}`;
            const decision = key ? cellDecisions.get(key) : undefined;
            const seen = observed(response, FIELD_PATHS[field] as string[]);
            if (!key || !decision || seen.seen === 'NOT_OBSERVABLE') continue;
            const agrees = decision.allow
              ? seen.seen !== 'WITHHELD'
              : decision.conceal
                ? seen.seen === 'CONCEALED'
                : seen.seen === 'WITHHELD';
            if (!agrees)
              disagreements.push(
                `${key}: the matrix says ${decision.allow ? 'allow' : 'withhold'} (${decision.rule}); ${userId} was ${seen.seen} ${field} of ${youthId}`,
              );
            sampled.set(key, [...(sampled.get(key) ?? []), decision]);
          }
        }
      }
    }

    expect(disagreements).toEqual([]);
    const keys = [...sampled.keys()];
    expect(keys.length).toBeGreaterThanOrEqual(40);
    expect(new Set(keys.map((key) => key.split('|')[0])).size).toBeGreaterThanOrEqual(8);
    expect(new Set([...sampled.values()].flat().map((decision) => decision.allow))).toEqual(new Set([true, false]));
  }, 240_000);
});
