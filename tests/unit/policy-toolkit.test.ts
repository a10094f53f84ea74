import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScenario } from '../../scenario/generate-scenario.ts';
import { computeMatrix, type MatrixResult } from '../../scripts/policy-matrix.ts';
import { explainFromScenario } from '../../scripts/policy-explain.ts';
import type { EvaluatedCell } from '../../runtime/policy/access-space.ts';
import { diffExitCode, diffPolicyDirectories, type PolicyDiff } from '../../scripts/lib/policy-space.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NODE = join(ROOT, 'node_modules/.bin/node');
let SCENARIO = '';

function decisionOf(matrix: MatrixResult, category: string, role: string, purpose: string, situation: string): EvaluatedCell {
  const found = matrix.evaluated.find(
    (entry) =>
      entry.cell.category === category &&
      entry.cell.role === role &&
      entry.cell.purpose === purpose &&
      entry.cell.situation.label === situation,
  );
  if (!found) throw new Error(`no cell ${category}/${role}/${purpose}/${situation}`);
  return found;
}

describe('access matrix', () => {
  let matrix: MatrixResult;
  beforeAll(async () => {
    matrix = await computeMatrix();
  }, 120_000);

  it('is decided by the real policy, not by a policy that withholds everything', () => {
    expect(matrix.evaluated.length).toBeGreaterThan(1_000);
    expect(matrix.evaluated.some((entry) => entry.decision.rule.startsWith('POLICY_'))).toBe(false);
    expect(matrix.evaluated.some((entry) => entry.decision.allow)).toBe(true);
  });

  it('probation officer sees education records before adjudication, not after', () => {
    const before = decisionOf(matrix, 'EDUCATION', 'PROBATION_OFFICER', 'JUV-SUPERVISION', 'baseline').decision;
    expect(before.allow).toBe(true);
    expect(before.rule).toBe('IAP-2025-8.2');
    expect(before.legal_basis).toContain('34 CFR 99.38');
    const after = decisionOf(matrix, 'EDUCATION', 'PROBATION_OFFICER', 'JUV-SUPERVISION', 'adjudicated').decision;
    expect(after.allow).toBe(false);
    expect(after.rule).toBe('EDUCATION_UNMET_BEFORE_ADJUDICATION');
  });

  it("says why each cell is decided as it is, in the policy's own findings", () => {
    expect(decisionOf(matrix, 'EDUCATION', 'PROBATION_OFFICER', 'JUV-SUPERVISION', 'baseline').why).toBe(
      'EDUCATION opened by IAP-2025-8.2',
    );
    expect(decisionOf(matrix, 'EDUCATION', 'PROBATION_OFFICER', 'JUV-SUPERVISION', 'adjudicated').why).toContain(
      'IAP-2025-8.2: unmet: BEFORE_ADJUDICATION',
    );
    expect(decisionOf(matrix, 'SUBSTANCE_USE', 'SOCIAL_WORKER', 'CSEC-MDT', 'consent expired').why).toMatch(
      /consent C-EXPIRED: it expired on 2026-10-01/,
    );
    expect(decisionOf(matrix, 'PLACEMENT_ADDRESS', 'LAW_ENFORCEMENT_OFFICER', 'BTG', 'baseline').why).toBe(
      'BTG-MISSING-YOUTH-LAST-PLACEMENT: unmet YOUTH_MISSING',
    );
    expect(matrix.evaluated.every((entry) => typeof entry.why === 'string' && entry.why.length > 0)).toBe(true);
  });

  it('substance use records are withheld without consent and allowed with an in-force consent naming the role', () => {
    const without = decisionOf(matrix, 'SUBSTANCE_USE', 'SOCIAL_WORKER', 'CSEC-MDT', 'baseline').decision;
    expect(without.allow).toBe(false);
    expect(without.rule).toBe('SUBSTANCE_USE_WITHHELD');
    const withConsent = decisionOf(matrix, 'SUBSTANCE_USE', 'SOCIAL_WORKER', 'CSEC-MDT', 'consent in force').decision;
    expect(withConsent.allow).toBe(true);
    expect(withConsent.rule).toBe('SUD_PART2_CONSENT');
    expect(withConsent.obligations.map((obligation) => obligation.code)).toContain('42CFR2.32');
  });

  it('an expired or revoked consent, or one the youth signed at 11, opens no substance use record', () => {
    for (const situation of ['consent expired', 'consent revoked', 'youth 11; consent in force']) {
      expect(decisionOf(matrix, 'SUBSTANCE_USE', 'SOCIAL_WORKER', 'CSEC-MDT', situation).decision.allow).toBe(false);
    }
  });

  it('law enforcement sees the placement address only while the youth is missing', () => {
    expect(decisionOf(matrix, 'PLACEMENT_ADDRESS', 'LAW_ENFORCEMENT_OFFICER', 'CSEC-MDT', 'baseline').decision.allow).toBe(false);
    expect(decisionOf(matrix, 'PLACEMENT_ADDRESS', 'LAW_ENFORCEMENT_OFFICER', 'CSEC-MDT', 'youth missing').decision.rule).toBe(
      'IAP-2025-5.3',
    );
  });

  it('a W&IC 827 order in force opens the court records it lists to the person it names, on the team or not, and an expired one does not', () => {
    expect(decisionOf(matrix, 'COURT_AND_CASE_PLAN', 'MENTAL_HEALTH_CLINICIAN', 'CSEC-MDT', 'baseline').decision.allow).toBe(false);
    for (const situation of ['W&IC 827 order in force', 'not an active MDT member; W&IC 827 order in force']) {
      const opened = decisionOf(matrix, 'COURT_AND_CASE_PLAN', 'MENTAL_HEALTH_CLINICIAN', 'CSEC-MDT', situation).decision;
      expect(opened).toMatchObject({ allow: true, rule: 'WIC_827_ORDER' });
      expect(opened.legal_basis).toContain('W&IC 827(a)(1)(Q)');
      expect(opened.obligations.map((obligation) => obligation.code)).toContain('WIC827(a)(4)');
    }
    expect(decisionOf(matrix, 'COURT_AND_CASE_PLAN', 'MENTAL_HEALTH_CLINICIAN', 'CSEC-MDT', 'W&IC 827 order expired').decision.allow).toBe(
      false,
    );
    expect(decisionOf(matrix, 'DELINQUENCY', 'PUBLIC_HEALTH_NURSE', 'CSEC-MDT', 'W&IC 827 order in force').decision.rule).toBe(
      'WIC_827_ORDER',
    );
  });

  it('probes court orders only for the categories of the juvenile case file, so an order is never shown opening anything else', () => {
    const probed = new Set(
      matrix.evaluated.filter((entry) => entry.cell.situation.facts.courtOrder !== 'NONE').map((entry) => entry.cell.category),
    );
    expect([...probed].sort()).toEqual([...matrix.space.vocabulary.caseFileCategories].sort());
    expect(probed).toContain('COURT_AND_CASE_PLAN');
    expect(probed).not.toContain('MENTAL_HEALTH');
  });

  it('a sealed delinquency record is concealed even from the probation officer', () => {
    const sealed = decisionOf(matrix, 'DELINQUENCY', 'PROBATION_OFFICER', 'JUV-SUPERVISION', 'sealed record').decision;
    expect(sealed).toMatchObject({ allow: false, rule: 'SEALED_OR_VACATED', conceal: true });
  });
});

describe('change impact', () => {
  let workDir: string;
  let diff: PolicyDiff;
  let unchanged: PolicyDiff;
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'policy-toolkit-test-'));
    const changed = join(workDir, 'changed/policies');
    await cp(join(ROOT, 'policies'), changed, { recursive: true });
    const agreements = join(changed, 'csec/agreements/data.yaml');
    const text = await readFile(agreements, 'utf8');
    expect(text.split('categories: [DELINQUENCY]\n').length).toBe(2);
    await writeFile(agreements, text.replace('categories: [DELINQUENCY]\n', 'categories: [DELINQUENCY, EDUCATION]\n'));
    diff = await diffPolicyDirectories(join(ROOT, 'policies'), changed, join(workDir, 'bundles'));
    unchanged = await diffPolicyDirectories(join(ROOT, 'policies'), join(ROOT, 'policies'), join(workDir, 'same'));
  }, 180_000);
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('adding education to the delinquency clause widens exactly the education cells that clause now opens', async () => {
    const matrix = await computeMatrix();
    const expected = matrix.evaluated
      .filter(
        ({ cell, decision }) =>
          cell.category === 'EDUCATION' &&
          ['PROBATION_OFFICER', 'PROSECUTOR', 'YOUTH_ATTORNEY'].includes(cell.role) &&
          ['CSEC-MDT', 'HLEGAL', 'JUV-SUPERVISION'].includes(cell.purpose) &&
          cell.situation.facts.member &&
          !decision.allow,
      )
      .map(({ cell }) => cell.key)
      .sort();
    const widened = diff.changes.filter((change) => change.kind === 'WIDENED');
    expect(expected.length).toBeGreaterThan(0);
    expect(widened.map((change) => change.cell.key).sort()).toEqual(expected);
    expect(widened.every((change) => change.after.rule.includes('IAP-2025-6.2'))).toBe(true);
    expect(diff.changes.filter((change) => change.kind === 'NARROWED')).toEqual([]);
    expect(diffExitCode(diff.changes)).toBe(1);
  }, 120_000);

  it('the same policies change nothing', () => {
    expect(unchanged.changes).toEqual([]);
    expect(diffExitCode(unchanged.changes)).toBe(0);
  });

  it('the command exits 0 against HEAD when the policies are unchanged, and 2 on bad arguments', async () => {
    const { stdout: head } = await run('git', ['diff', '--quiet', 'HEAD', '--', 'policies'], { cwd: ROOT }).then(
      () => ({ stdout: 'clean' }),
      () => ({ stdout: 'dirty' }),
    );
    if (head === 'clean') {
      const { stdout } = await run(NODE, ['scripts/policy-diff.ts', 'HEAD'], { cwd: ROOT });
      expect(stdout).toContain('0 widened');
    }
    const bad = await run(NODE, ['scripts/policy-diff.ts'], { cwd: ROOT }).then(
      () => 0,
      (error: { code?: number }) => error.code,
    );
    expect(bad).toBe(2);
  }, 120_000);
});

describe('explanation', () => {
  let folder = '';
  beforeAll(async () => {
    // The county `npm start` seeds, generated the same way: fixed seed, fixed day.
    folder = await mkdtemp(join(tmpdir(), 'csec-explain-'));
    SCENARIO = join(folder, 'scenario.json');
    await writeFile(SCENARIO, JSON.stringify(generateScenario({ youthCount: 200, seed: 2014, today: '2026-11-22' })));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('names the rule and legal basis of a withheld substance use record', async () => {
    const explanation = await explainFromScenario({
      user: 'sw.demo',
      youth: 'Y-000001',
      field: 'HealthPatient.substanceUse',
      purpose: 'CSEC-MDT',
      scenario: SCENARIO,
      now: '2026-11-22T20:00:00Z',
    });
    const text = explanation.plainWords.join('\n');
    expect(explanation.decision.allow).toBe(false);
    expect(text).toContain('Rule that decided: SUBSTANCE_USE_WITHHELD');
    expect(text).toContain('Legal basis: 42 CFR Part 2; Family Code 6929');
    expect(text).toContain('Consents considered for SUBSTANCE_USE');
  }, 120_000);

  it('refuses an unknown field with a clear error', async () => {
    await expect(
      explainFromScenario({
        user: 'sw.demo',
        youth: 'Y-000001',
        field: 'Youth.nope',
        purpose: 'CSEC-MDT',
        scenario: SCENARIO,
        now: '2026-11-22T20:00:00Z',
      }),
    ).rejects.toMatchObject({ code: 'UNKNOWN_FIELD' });
  });
});
