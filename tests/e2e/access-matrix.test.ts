import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSpace, type EvaluatedCell } from '../../runtime/policy/access-space.ts';
import { explainSpace } from '../../runtime/policy/explained-space.ts';
import { loadBundle } from '../../scripts/lib/policy-space.ts';
import { queryGateway, type AskingAs, type GraphQLResponse } from '../support/gateway.ts';

const ACCESS_MATRIX = /* GraphQL */ `
  query AccessMatrix($purposeOfUse: String!) {
    accessMatrix(purposeOfUse: $purposeOfUse) {
      policyRevision
      purposeOfUse
      decidedAt
      roles {
        code
        title
      }
      categories {
        code
        title
        legalBasis
      }
      purposes {
        code
        title
      }
      cells {
        role
        category
        outcome
        rule
        legalBasis
        situations {
          situation
          allowed
          rule
          legalBasis
          obligations
        }
      }
    }
  }
`;

interface ServedMatrix {
  policyRevision: string;
  purposeOfUse: string;
  decidedAt: string;
  roles: Array<{ code: string; title: string }>;
  categories: Array<{ code: string; title: string; legalBasis: string }>;
  purposes: Array<{ code: string; title: string }>;
  cells: Array<{
    role: string;
    category: string;
    outcome: 'ALLOWED' | 'CONDITIONAL' | 'WITHHELD';
    rule: string;
    legalBasis: string;
    situations: Array<{ situation: string; allowed: boolean; rule: string; legalBasis: string; obligations: string[] }>;
  }>;
}

type MatrixResponse = GraphQLResponse<{ accessMatrix: ServedMatrix | null }>;

const PRIVACY_OFFICER: AskingAs = { user: 'privacy.demo', purpose: 'HOPERAT' };

function askMatrix(purposeOfUse: string, asking: AskingAs = PRIVACY_OFFICER): Promise<MatrixResponse> {
  return queryGateway<{ accessMatrix: ServedMatrix | null }>(ACCESS_MATRIX, { purposeOfUse }, asking);
}

describe('access matrix through the gateway', () => {
  /** The running system's own bundle, explained cell by cell here, as `policy:matrix` does. */
  let toolkit: { revision: string; emergency: string[]; evaluated: EvaluatedCell[] };
  beforeAll(async () => {
    const { policy, vocabulary } = await loadBundle(inject('policyBundlePath'));
    toolkit = {
      revision: policy.revision,
      emergency: vocabulary.breakGlass.purposes,
      evaluated: explainSpace(policy, buildSpace(vocabulary)),
    };
  }, 120_000);

  it('the privacy officer gets the matrix of the revision in force, every cell as the policy decides it', async () => {
    const first = await askMatrix('CSEC-MDT');
    expect(first.body.errors).toBeUndefined();
    const purposes = first.body.data?.accessMatrix?.purposes.map((purpose) => purpose.code) ?? [];
    expect(purposes).toContain('CSEC-MDT');
    expect(purposes).not.toContain('BTG');

    const byKey = new Map<string, EvaluatedCell>(
      toolkit.evaluated.map((entry) => [
        `${entry.cell.category}|${entry.cell.role}|${entry.cell.purpose}|${entry.cell.situation.label}`,
        entry,
      ]),
    );
    let compared = 0;
    for (const purpose of purposes) {
      const answer = await askMatrix(purpose);
      expect(answer.body.errors, purpose).toBeUndefined();
      const matrix = answer.body.data?.accessMatrix as ServedMatrix;
      expect(matrix.policyRevision).toBe(toolkit.revision);
      expect(matrix.purposeOfUse).toBe(purpose);
      expect(matrix.cells).toHaveLength(matrix.roles.length * matrix.categories.length);
      for (const cell of matrix.cells) {
        const allowedIn = cell.situations.filter((situation) => situation.allowed).length;
        expect(cell.outcome).toBe(allowedIn === cell.situations.length ? 'ALLOWED' : allowedIn === 0 ? 'WITHHELD' : 'CONDITIONAL');
        for (const situation of cell.situations) {
          const decided = byKey.get(`${cell.category}|${cell.role}|${purpose}|${situation.situation}`);
          expect(decided, `${cell.category}/${cell.role}/${purpose}/${situation.situation}`).toBeDefined();
          const decision = decided?.decision;
          expect({
            allowed: situation.allowed,
            rule: situation.rule,
            legalBasis: situation.legalBasis,
            obligations: situation.obligations,
          }).toEqual({
            allowed: decision?.allow,
            rule: decision?.rule,
            legalBasis: decision?.legal_basis,
            obligations: decision?.obligations.map((obligation) => obligation.code),
          });
          compared += 1;
        }
      }
    }
    expect(compared).toBe(toolkit.evaluated.filter((entry) => !toolkit.emergency.includes(entry.cell.purpose)).length);
  }, 120_000);

  it('names the clause and law that open a cell, and the situations a conditional cell depends on', async () => {
    const matrix = (await askMatrix('HOPERAT')).body.data?.accessMatrix as ServedMatrix;
    const own = matrix.cells.find((cell) => cell.role === 'PRIVACY_OFFICER' && cell.category === 'ACCESS_MATRIX');
    expect(own).toMatchObject({ outcome: 'ALLOWED', rule: 'IAP-2025-3.5', legalBasis: expect.stringContaining('45 CFR 164.530(i)') });
    const team = (await askMatrix('CSEC-MDT')).body.data?.accessMatrix as ServedMatrix;
    const roster = team.cells.find((cell) => cell.role === 'SOCIAL_WORKER' && cell.category === 'ROSTER');
    expect(roster?.outcome).toBe('CONDITIONAL');
    expect(roster?.rule).toBe('IAP-2025-3.1');
    expect(roster?.situations.find((situation) => situation.situation === 'not an active MDT member')?.allowed).toBe(false);
  });

  it('is withheld from a social worker, with the gateway reason, and from the privacy officer for another purpose', async () => {
    for (const asking of [
      { user: 'sw.demo', purpose: 'CSEC-MDT' },
      { user: 'attorney.demo', purpose: 'HLEGAL' },
      { user: 'privacy.demo', purpose: 'CSEC-MDT' },
    ]) {
      const refused = await askMatrix('CSEC-MDT', asking);
      expect(refused.body.data?.accessMatrix ?? null, asking.user).toBeNull();
      expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
      expect(refused.body.errors?.[0]?.path).toEqual(['accessMatrix']);
      expect(refused.body.errors?.[0]?.message).toBeTruthy();
    }
  });

  it('tells the privacy officer that emergency access and unknown purposes have no matrix', async () => {
    for (const [purpose, message] of [
      ['BTG', /emergency access/],
      ['NOT-A-PURPOSE', /is not a purpose of use/],
    ] as const) {
      const answer = await askMatrix(purpose);
      expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(answer.body.errors?.[0]?.message).toMatch(message);
    }
  });
});
