import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn as signInAt } from '../support/browser-sign-in.ts';
import { startWebApplicationUnderTest, type WebApplicationUnderTest } from '../support/web-application-under-test.ts';

const signIn = (page: Page, userId: string, purposeTitle: string) => signInAt(page, web.webUrl, userId, purposeTitle);

interface ReportAnswer {
  data?: {
    steeringReport?: {
      tables: Array<{
        measure: string;
        window: string;
        title: string;
        rows: Array<{ category: string; cells: Array<{ column: string; count: number | null; suppressed: boolean }> }>;
      }>;
    } | null;
  };
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

let application: WebApplicationUnderTest;
let web: WebApplicationUnderTest['web'];
let browser: WebApplicationUnderTest['browser'];

beforeAll(async () => {
  application = await startWebApplicationUnderTest();
  ({ web, browser } = application);
});

afterAll(() => application?.stop());

const reportAnswer = (page: Page) =>
  page.waitForResponse(
    (response) => response.url().endsWith('/api/graphql') && (response.request().postData() ?? '').includes('SteeringReportPage'),
    { timeout: 60_000 },
  );

describe('the steering committee report page', () => {
  it('a steering committee member opens the report and reads every table, each small count marked suppressed with its reason', async () => {
    const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    await signIn(page, 'steering.demo', 'Operations and oversight');
    const answered = reportAnswer(page);
    await page.getByRole('link', { name: 'Steering committee report' }).click();
    await page.getByRole('heading', { name: 'Steering committee report', level: 1 }).waitFor();
    const report = ((await (await answered).json()) as ReportAnswer).data?.steeringReport;
    expect(report?.tables.length).toBeGreaterThan(0);
    const tables = page.getByRole('grid');
    await expect.poll(() => tables.count(), { timeout: 30_000 }).toBe(report?.tables.length);

    // The first table, and those counted from child welfare's and probation's records, show exactly what the gateway
    // released: counts where it gave them, the marker where it suppressed one.
    const agencyMeasures = ['SERVICES_RECEIVED', 'PLACEMENT_TYPE_AT_PERIOD_END', 'EXPLOITED_BY_CARE_STATUS'];
    const checked = report!.tables.flatMap((table, position) =>
      position === 0 || (agencyMeasures.includes(table.measure) && table.window === 'PERIOD') ? [position] : [],
    );
    expect(checked).toHaveLength(1 + 2 * agencyMeasures.length);
    for (const position of checked) {
      const released = report!.tables[position]!;
      const shown = tables.nth(position);
      for (const [index, row] of released.rows.entries()) {
        const cells = await shown
          .getByRole('row')
          .nth(index + 1)
          .getByRole('gridcell')
          .allInnerTexts();
        expect(cells.map((text) => text.replace(/\s*\(\d+(\.\d+)?%\)$/, ''))).toEqual(
          row.cells.map((cell) => (cell.suppressed ? expect.stringMatching(/^Suppressed: /) : String(cell.count))),
        );
      }
    }
    await page
      .getByText(/exploited before entering care, during care, while missing from care, or at risk/)
      .first()
      .waitFor();
    const suppressed = report!.tables.flatMap((table) => table.rows.flatMap((row) => row.cells.filter((cell) => cell.suppressed))).length;
    expect(suppressed).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/^Suppressed$/).count()).toBe(suppressed);
    expect(
      (await page.getByText('Suppressed: a count from 1 to 10').count()) +
        (await page.getByText(/^Suppressed: would reveal a small count$/).count()),
    ).toBeGreaterThan(0);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/steering-report.png' });

    // Another period: the page asks the gateway again and shows its answer.
    const again = reportAnswer(page);
    await page.getByRole('button', { name: /Reporting period/ }).click();
    await page.getByRole('option', { name: /fiscal year so far/ }).click();
    expect(((await (await again).json()) as ReportAnswer).data?.steeringReport?.tables.length).toBeGreaterThan(0);
    await context.close();
  });

  it("a social worker has no link to the report, and at its address reads the gateway's refusal", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'sw.demo', 'MDT case coordination');
    await page.getByRole('link', { name: 'Caseload' }).waitFor();
    expect(await page.getByRole('link', { name: 'Steering committee report' }).count()).toBe(0);
    const answered = reportAnswer(page);
    await page.goto(`${web.webUrl}/steering/report`);
    const body = (await (await answered).json()) as ReportAnswer;
    expect(body.data?.steeringReport ?? null).toBeNull();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toBe(body.errors?.[0]?.message);
    await context.close();
  });
});
