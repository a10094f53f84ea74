import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn as signInAt } from '../support/browser-sign-in.ts';
import { startWebApplicationUnderTest, type WebApplicationUnderTest } from '../support/web-application-under-test.ts';

const signIn = (page: Page, userId: string, purposeTitle: string) => signInAt(page, web.webUrl, userId, purposeTitle);

let application: WebApplicationUnderTest;
let web: WebApplicationUnderTest['web'];
let browser: WebApplicationUnderTest['browser'];

beforeAll(async () => {
  application = await startWebApplicationUnderTest();
  ({ web, browser } = application);
});

afterAll(() => application?.stop());

async function expectNoAccessibilityViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    ),
    label,
  ).toEqual([]);
}

describe('the access matrix page', () => {
  it('the privacy officer opens the access matrix, reads the revision in force, picks a purpose and opens a cell', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await signIn(page, 'privacy.demo', 'Operations and oversight');
    await page.getByRole('link', { name: 'Access matrix' }).click();
    await page.getByRole('heading', { name: 'Access matrix', level: 1 }).waitFor();
    const table = page.getByRole('grid', { name: 'Access matrix for MDT case coordination' });
    await table.waitFor();
    expect(await page.locator('.matrix-revision').innerText()).toMatch(/Policy revision in force\s+sha256:[0-9a-f]{16}/);
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['Kind of information', 'Social worker', 'Privacy officer']),
    );
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(20);
    await expectNoAccessibilityViolations(page, 'matrix');

    // Another purpose: the privacy officer's own, where only the oversight clauses open anything.
    await page.getByRole('button', { name: /Matrix for the purpose/ }).click();
    await page.getByRole('option', { name: 'Operations and oversight' }).click();
    await page.getByRole('grid', { name: 'Access matrix for Operations and oversight' }).waitFor();
    // A keyboard user: into the table, down to the row, across to the privacy officer's cell.
    const matrix = page.getByRole('grid', { name: 'Access matrix for Operations and oversight' });
    const column = (await matrix.getByRole('columnheader').allInnerTexts()).indexOf('Privacy officer');
    expect(column).toBeGreaterThan(0);
    await matrix.getByRole('row').filter({ hasText: 'Access matrix of the policy in force' }).focus();
    for (let step = 0; step <= column; step += 1) await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Allowed: Access matrix of the policy in force, Privacy officer');
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog', { name: 'Access matrix of the policy in force: Privacy officer' });
    await details.waitFor();
    expect(await details.innerText()).toContain('IAP-2025-3.5');
    expect(await details.innerText()).toContain('45 CFR 164.530(i)');
    await expectNoAccessibilityViolations(page, 'cell details');
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    await context.close();
  });

  it("a social worker has no link to the matrix, and at its address reads the gateway's refusal", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'sw.demo', 'MDT case coordination');
    await page.getByRole('link', { name: 'Caseload' }).waitFor();
    expect(await page.getByRole('link', { name: 'Access matrix' }).count()).toBe(0);
    const answer = page.waitForResponse(
      (response) => response.url().endsWith('/api/graphql') && (response.request().postData() ?? '').includes('AccessMatrixPage'),
    );
    await page.goto(`${web.webUrl}/privacy/access-matrix`);
    const body = (await (await answer).json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toBe(body.errors?.[0]?.message);
    await context.close();
  });
});
