import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countyToday } from '../../runtime/calendar.ts';
import { loadConfig } from '../../runtime/config.ts';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { queryGateway } from '../support/gateway.ts';
import { startCapturingProxy } from '../support/subgraph-capture.ts';
import { signIn as signInAt } from '../support/browser-sign-in.ts';
import {
  startWebApplicationUnderTest,
  type WebApplicationOptions,
  type WebApplicationUnderTest,
} from '../support/web-application-under-test.ts';
import { OPERATOR_IDENTITY, readServiceIdentity } from '../../runtime/service-tls.ts';
import { CONSENTED_PROGRAM_OF_Y1, MISSING_YOUTH, MISSING_YOUTH_DESCRIPTION, PLANTED } from '../support/test-situations.ts';
import type { RunningWebApplication } from '../../scripts/lib/web-application.ts';

/** Y-000001 named sw.demo in a 42 CFR 2.31 consent (tests/support/test-situations.ts). */
const YOUTH = 'Y-000001';
/** Y-000003's 42 CFR 2.31 consent naming sw.demo, which a test revokes (tests/support/test-situations.ts). */
const REVOKED_YOUTH = 'Y-000003';
const REVOKED_CONSENT = 'CN-TEST-SUD-REVOKE';
const REVOKED_PROGRAM = 'Intensive outpatient SUD treatment';

interface GatewayBody {
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }>;
  extensions?: { disclosure?: { obligations?: Array<{ code: string; text?: string }> } };
}

let application: WebApplicationUnderTest;
let web: WebApplicationUnderTest['web'];
let browser: WebApplicationUnderTest['browser'];

beforeAll(async () => {
  application = await startWebApplicationUnderTest();
  ({ web, browser } = application);
});

afterAll(() => application?.stop());

let spareProvidersUsed = 0;

/** A test's own provider and BFF, stopped whatever the test finds. */
async function withOwnWebApplication(
  options: WebApplicationOptions,
  test: (application: RunningWebApplication) => Promise<void>,
): Promise<void> {
  const own = await ownWebApplication(options);
  try {
    await test(own);
  } finally {
    await own.stop();
  }
}

/** A provider and BFF of the test's own, over the same gateway, with shorter tokens or sessions. */
async function ownWebApplication(options: WebApplicationOptions): Promise<RunningWebApplication> {
  const identityProviderPort = inject('spareIdentityProviderPorts')[spareProvidersUsed++];
  if (identityProviderPort === undefined) throw new Error('No spare provider port is left: add one in tests/support/global-setup.ts.');
  return application.another(identityProviderPort, options);
}

/** A person at their own browser: every response the page receives is kept, to prove no token is among them. */
async function personAtBrowser(width = 1280): Promise<{ context: BrowserContext; page: Page; bodies: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const bodies: string[] = [];
  page.on('response', (response) => {
    void response.text().then(
      (text) => bodies.push(`${response.url()}\n${[...Object.entries(response.headers())].join('\n')}\n${text}`),
      () => undefined,
    );
  });
  return { context, page, bodies };
}

function signIn(page: Page, userId: string, purposeTitle: string, webUrl = web.webUrl): Promise<void> {
  return signInAt(page, webUrl, userId, purposeTitle);
}

async function openProfile(page: Page, youthId: string): Promise<GatewayBody> {
  const answer = page.waitForResponse(
    (response) => response.url().endsWith('/api/graphql') && (response.request().postData() ?? '').includes('YouthProfile'),
  );
  await page.getByRole('link', { name: 'Caseload' }).click();
  await page.getByRole('searchbox', { name: 'Search by name or youth id' }).fill(youthId);
  const caseloadRow = page.getByRole('row').filter({ hasText: youthId });
  await caseloadRow.getByRole('link').click();
  const body = (await (await answer).json()) as GatewayBody;
  await page.getByRole('heading', { name: 'Health', exact: true }).waitFor();
  return body;
}

/** The page marks withheld exactly what the gateway withheld, with the gateway's words. */
async function expectMarkersToMatch(page: Page, body: GatewayBody): Promise<string[]> {
  const withheld = new Map(
    (body.errors ?? [])
      .filter((error) => error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE')
      .map((error) => [(error.path ?? []).join('.'), error.message]),
  );
  const markers = await page.locator('[data-path]:has(.withheld)').evaluateAll((elements) =>
    elements.map((element) => ({
      path: element.getAttribute('data-path') ?? '',
      reason: element.querySelector('.withheld-reason')?.textContent ?? '',
    })),
  );
  expect(markers.length).toBeGreaterThan(0);
  for (const marker of markers) expect(withheld.get(marker.path), marker.path).toBe(marker.reason);
  return markers.map((marker) => marker.path);
}

async function expectNoSeriousAccessibilityViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    ),
    label,
  ).toEqual([]);
}

/** Values the gateway withholds from this person: never in the page, in any response it got, or in storage. */
async function expectNoWithheldValueReachedTheBrowser(page: Page, bodies: string[], withheldValues: readonly string[]): Promise<void> {
  const seen = [await page.content(), JSON.stringify(await page.evaluate(() => ({ ...localStorage, ...sessionStorage }))), ...bodies].join(
    '\n',
  );
  for (const value of withheldValues) expect(seen, value).not.toContain(value);
}

async function expectNoTokenReachedTheBrowser(context: BrowserContext, page: Page, bodies: string[]): Promise<void> {
  const cookies = await context.cookies();
  for (const cookie of cookies) expect(cookie.httpOnly, `cookie ${cookie.name} is httpOnly`).toBe(true);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(bodies.length).toBeGreaterThan(5);
  for (const body of bodies) {
    expect(body).not.toMatch(/access_token|id_token|refresh_token/);
    // No JSON Web Token of any kind (header.payload.signature, base64url of '{"').
    expect(body).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\./);
  }
}

describe('the web application, in a browser', () => {
  it('the social worker signs in, finds the youth on the caseload and reads the profile with the 42 CFR 2.32 notice beside substance use treatment', async () => {
    const { context, page, bodies } = await personAtBrowser();
    await signIn(page, 'sw.demo', 'MDT case coordination');
    await page.getByRole('heading', { name: 'Your caseload' }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(2);
    for (const column of ['Name', 'Youth id', 'Age', 'MDT status', 'Lead agency', 'Latest triggering event']) {
      await page.getByRole('columnheader', { name: new RegExp(`^${column}`) }).waitFor();
    }
    const leadAgencies = await page
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((row) => row.querySelectorAll('th, td')[4]?.textContent ?? ''));
    expect(leadAgencies.filter((agency) => /Child welfare|Probation/.test(agency)).length).toBeGreaterThan(0);
    // Sorted by the latest triggering event, the caseload follows the events' dates, not their words.
    await page.getByRole('columnheader', { name: /^Latest triggering event/ }).click();
    await expect
      .poll(() => page.getByRole('columnheader', { name: /^Latest triggering event/ }).getAttribute('aria-sort'))
      .toBe('ascending');
    const eventDates = (
      await page.getByRole('row').evaluateAll((rows) => rows.slice(1).map((row) => row.querySelectorAll('th, td')[5]?.textContent ?? ''))
    )
      .map((text) => Date.parse(text.split(', ').slice(1).join(', ')))
      .filter((time) => !Number.isNaN(time));
    expect(eventDates.length).toBeGreaterThan(1);
    expect(eventDates).toEqual(eventDates.toSorted((a, b) => a - b));
    await expectNoSeriousAccessibilityViolations(page, 'caseload');

    const body = await openProfile(page, YOUTH);
    const substanceUse = page.locator('[data-records="substance-use"]');
    const notice = body.extensions?.disclosure?.obligations?.find((obligation) => obligation.code === '42CFR2.32');
    expect(notice?.text).toBeTruthy();
    await expect.poll(() => substanceUse.locator('[data-obligation="42CFR2.32"]').innerText()).toContain(notice?.text as string);
    expect(await substanceUse.getByText(/^Treatment:/).count()).toBeGreaterThan(0);
    // Every notice the gateway sent is shown, beside the values it came with and nowhere else.
    for (const obligation of body.extensions?.disclosure?.obligations ?? []) {
      if (obligation.text) expect(await page.locator(`[data-obligation="${obligation.code}"]`).count(), obligation.code).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-obligation="42CFR2.32"]').count()).toBe(1);
    const withheld = await expectMarkersToMatch(page, body);
    expect(withheld).toContain('youth.probation.petitions');
    await page.screenshot({ path: 'docs/screenshots/profile.png', fullPage: true });
    await expectNoSeriousAccessibilityViolations(page, 'profile');
    await expectNoTokenReachedTheBrowser(context, page, bodies);
    await expectNoWithheldValueReachedTheBrowser(page, bodies, [PLANTED.schoolOfY1, PLANTED.reporterOfY1]);
    await context.close();
  });

  it("the clinician opens the same youth and sees a different profile, each withheld part marked with the gateway's reason", async () => {
    const { context, page, bodies } = await personAtBrowser(800);
    const caseloadAnswer = page.waitForResponse(
      (response) => response.url().endsWith('/api/graphql') && (response.request().postData() ?? '').includes('query Caseload'),
    );
    await signIn(page, 'mh.demo', 'MDT case coordination');
    await page.getByRole('heading', { name: 'Your caseload' }).waitFor();
    // Whatever the caseload withholds from her is marked in its row with the gateway's own reason.
    const caseload = (await (await caseloadAnswer).json()) as GatewayBody;
    const withheldInCaseload = new Map(
      (caseload.errors ?? [])
        .filter((error) => error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE')
        .map((error) => [(error.path ?? []).join('.'), error.message]),
    );
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(2);
    const caseloadMarkers = await page.locator('[data-path^="caseload."]:has(.withheld)').evaluateAll((elements) =>
      elements.map((element) => ({
        path: element.getAttribute('data-path') ?? '',
        reason: element.querySelector('.withheld-reason')?.textContent ?? '',
      })),
    );
    expect(caseloadMarkers.length).toBe(
      [...withheldInCaseload.keys()].filter((path) => /^caseload\.\d+\.(age|mdt\.status|mdt\.leadAgency|triggeringEvents)$/.test(path))
        .length,
    );
    for (const marker of caseloadMarkers) expect(withheldInCaseload.get(marker.path), marker.path).toBe(marker.reason);
    const body = await openProfile(page, YOUTH);
    const withheld = await expectMarkersToMatch(page, body);
    // The youth's consent names the social worker, not the clinician: substance use is withheld from her.
    expect(withheld).toContain('youth.health.substanceUse');
    await expect(page.locator('[data-records="substance-use"] [data-obligation="42CFR2.32"]').count()).resolves.toBe(0);
    await expectNoWithheldValueReachedTheBrowser(page, bodies, [CONSENTED_PROGRAM_OF_Y1]);
    await page.screenshot({ path: 'docs/screenshots/profile-clinician-800.png', fullPage: false });
    await expectNoSeriousAccessibilityViolations(page, 'profile at 800 px');
    await expectNoTokenReachedTheBrowser(context, page, bodies);
    await context.close();
  });

  it.each([
    ['po.demo', 'Juvenile supervision'],
    ['phn.demo', 'MDT case coordination'],
    ['attorney.demo', 'Legal proceedings'],
    ['le.demo', 'MDT case coordination'],
    ['privacy.demo', 'Operations and oversight'],
    ['steering.demo', 'Operations and oversight'],
  ])(
    '%s opens the same youth: the page shows what the gateway gave them and marks the rest withheld with its reason',
    async (userId, purpose) => {
      const { context, page, bodies } = await personAtBrowser();
      await signIn(page, userId, purpose);
      await page.getByRole('heading', { name: 'Your caseload' }).waitFor();
      const answer = page.waitForResponse(
        (response) => response.url().endsWith('/api/graphql') && (response.request().postData() ?? '').includes('YouthProfile'),
      );
      await page.goto(`${web.webUrl}/youth/${YOUTH}`);
      const body = (await (await answer).json()) as GatewayBody & { data?: { youth?: { name?: { givenName?: string } | null } | null } };
      const youth = body.data?.youth;
      if (youth) {
        await page.getByRole('heading', { name: 'Health', exact: true }).waitFor();
        if (youth.name?.givenName) await page.getByRole('heading', { level: 1, name: new RegExp(youth.name.givenName) }).waitFor();
        await expectMarkersToMatch(page, body);
      } else {
        // Nothing of the youth is theirs to see: the page says so in the gateway's words, and no more.
        const refusal = body.errors?.find((error) => error.path?.join('.') === 'youth');
        expect(refusal?.message).toBeTruthy();
        expect(await page.getByRole('alert').innerText()).toBe(refusal?.message);
      }
      await expectNoSeriousAccessibilityViolations(page, `profile for ${userId}`);
      await expectNoWithheldValueReachedTheBrowser(page, bodies, [PLANTED.reporterOfY1]);
      await expectNoTokenReachedTheBrowser(context, page, bodies);
      await context.close();
    },
  );

  it('the social worker breaks the glass: the reason is required, then a banner says until when', async () => {
    const { context, page } = await personAtBrowser();
    await signIn(page, 'sw.demo', 'MDT case coordination');
    await page.getByRole('button', { name: 'Change purpose' }).click();
    await page.getByRole('radio', { name: /^Break the glass/ }).check({ force: true });
    await expectNoSeriousAccessibilityViolations(page, 'purpose of use');
    await page.getByRole('button', { name: 'Continue' }).click();
    const dialog = page.getByRole('alertdialog');
    // What it opens and never opens, in the words of the policy bundle in force.
    const emergencySet = (
      parseYaml(await readFile(new URL('../../policies/csec/break_glass/data.yaml', import.meta.url), 'utf8')) as {
        break_glass: { opens: Array<{ description: string }>; never_opens: string };
      }
    ).break_glass;
    await dialog.getByText(emergencySet.never_opens).waitFor();
    expect(await dialog.getByRole('listitem').allInnerTexts()).toEqual(emergencySet.opens.map((entry) => entry.description));
    await expectNoSeriousAccessibilityViolations(page, 'break the glass dialog');
    await dialog.getByRole('button', { name: 'Break the glass for one hour' }).click();
    // Without a reason nothing is sent: the dialog stays open.
    expect(await dialog.isVisible()).toBe(true);
    await dialog
      .getByRole('textbox', { name: /Describe the emergency/ })
      .fill('Youth missing from placement tonight; police asking for last known placement.');
    await dialog.getByRole('button', { name: 'Break the glass for one hour' }).click();
    const banner = page.getByRole('region', { name: 'Emergency access' });
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/Emergency access is on until \d{1,2}:\d{2} [AP]M/);
    expect(await banner.innerText()).toContain('Youth missing from placement tonight');
    await page.getByRole('heading', { name: 'Your caseload' }).waitFor();
    // Only the emergency set opens: who the youth is, yes; health records, never.
    const answer = page.waitForResponse(
      (response) => response.url().endsWith('/api/graphql') && (response.request().postData() ?? '').includes('YouthProfile'),
    );
    await page.goto(`${web.webUrl}/youth/${YOUTH}`);
    const body = (await (await answer).json()) as GatewayBody;
    await page.getByRole('heading', { name: 'Health', exact: true }).waitFor();
    expect(body.errors?.some((error) => error.path?.join('.') === 'youth.name') ?? false).toBe(false);
    const withheld = await expectMarkersToMatch(page, body);
    expect(withheld).toEqual(expect.arrayContaining(['youth.health', 'youth.mdt']));
    expect(await page.locator('[data-records="substance-use"]').count()).toBe(0);
    // The missing youth's profile: how to recognise her, her marks included, but not who recorded it.
    const missingAnswer = page.waitForResponse((response) => {
      const sent = response.request().postData() ?? '';
      return response.url().endsWith('/api/graphql') && sent.includes('YouthProfile') && sent.includes(MISSING_YOUTH);
    });
    await page.goto(`${web.webUrl}/youth/${MISSING_YOUTH}`);
    const missingBody = (await (await missingAnswer).json()) as GatewayBody;
    const description = page.locator('[data-records="physical-description"]');
    await description.waitFor();
    expect(await description.locator('[data-path="youth.physicalDescription.heightInches"] dd').innerText()).toBe('5 ft 3 in');
    for (const mark of MISSING_YOUTH_DESCRIPTION.distinguishingMarks) await description.getByText(mark).waitFor();
    expect(await expectMarkersToMatch(page, missingBody)).toContain('youth.physicalDescription.recordedBy');
    await expectNoSeriousAccessibilityViolations(page, 'profile under emergency access');
    await banner.waitFor();
    await context.close();
  });

  it('the privacy officer reads the accounting of disclosures for the youth, filters it and downloads it as CSV', async () => {
    const { context, page, bodies } = await personAtBrowser();
    await signIn(page, 'privacy.demo', 'Operations and oversight');
    await page.getByRole('link', { name: 'Accounting of disclosures' }).click();
    await page.getByRole('textbox', { name: 'Youth id' }).fill(YOUTH);
    await page.getByRole('button', { name: 'Show the accounting' }).click();
    const table = page.getByRole('grid', { name: `Accounting of disclosures for ${YOUTH}` });
    await table.waitFor();
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'sw.demo' }).count()).toBeGreaterThan(0);
    await expectNoSeriousAccessibilityViolations(page, 'accounting');
    // Newest first, a page at a time: older entries are loaded until the clinician's reading shows.
    const older = page.getByRole('button', { name: 'Load older entries' });
    while ((await table.getByRole('row').filter({ hasText: 'mh.demo' }).count()) === 0 && (await older.count()) > 0) {
      await older.click();
      await expect.poll(async () => (await older.count()) === 0 || (await older.isEnabled())).toBe(true);
    }
    await page.getByRole('textbox', { name: /Person, purpose/ }).fill('mh.demo');
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'sw.demo' }).count()).toBe(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download CSV/ }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'decidedAt,requester,agency,purposeOfUse,breakGlassReason,category,fields,outcome,rule,legalBasis,flaggedForReview',
    );
    expect(csv).toContain('mh.demo');
    expect(csv).not.toContain('sw.demo');

    await page.getByRole('link', { name: 'Explain a decision' }).click();
    await page.getByRole('textbox', { name: 'Youth id' }).fill(YOUTH);
    await page.getByRole('textbox', { name: 'Person (user id)' }).fill('mh.demo');
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.getByRole('heading', { name: /Would be (shown|withheld): HealthPatient.substanceUse/ }).waitFor();
    await page.getByRole('button', { name: "How the youth's health records are filed" }).click();
    const filings = page.getByRole('grid', { name: `Filing of ${YOUTH}'s health records` });
    await filings.waitFor();
    expect(await filings.getByRole('row').count()).toBeGreaterThan(1);
    expect(await filings.innerText()).toMatch(/value sets \d{4}\./);
    await expectNoSeriousAccessibilityViolations(page, 'explanation');
    await expectNoTokenReachedTheBrowser(context, page, bodies);
    await context.close();
  });

  it('a consent revoked between two page loads: the substance use records are withheld on the next load', async () => {
    const { context, page, bodies } = await personAtBrowser();
    await signIn(page, 'sw.demo', 'MDT case coordination');
    await openProfile(page, REVOKED_YOUTH);
    const substanceUse = page.locator('[data-records="substance-use"]');
    await expect.poll(() => substanceUse.locator('[data-obligation="42CFR2.32"]').count()).toBe(1);
    expect(await substanceUse.innerText()).toContain(REVOKED_PROGRAM);

    const revocation = await queryGateway(
      'mutation Revoke($youthId: ID!, $consentId: ID!, $revokedOn: Date!) { recordConsentRevocation(youthId: $youthId, consentId: $consentId, revokedOn: $revokedOn) { id } }',
      { youthId: REVOKED_YOUTH, consentId: REVOKED_CONSENT, revokedOn: countyToday() },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    expect(revocation.body.errors).toBeUndefined();

    const loadedBefore = bodies.length;
    await page.reload();
    await page.getByRole('heading', { name: 'Health', exact: true }).waitFor();
    await expect.poll(() => page.locator('[data-path="youth.health.substanceUse"] .withheld').count()).toBe(1);
    expect(await substanceUse.locator('[data-obligation="42CFR2.32"]').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(REVOKED_PROGRAM);
    expect(bodies.slice(loadedBefore).join('\n')).not.toContain(REVOKED_PROGRAM);
    await context.close();
  });

  it('a system that stops mid-session: the profile shows the rest and says which part could not be fetched', async () => {
    const captures = await mkdtemp(join(tmpdir(), 'csec-education-capture-'));
    const capture = join(captures, 'education-capture.log');
    const { tls } = loadConfig(inject('serviceEnvironment'));
    const education = await startCapturingProxy(
      new URL(new URL(inject('subgraphUrls').education).origin),
      { requests: capture, responses: capture },
      'education',
      {
        subgraph: readServiceIdentity(tls, 'education'),
        caller: readServiceIdentity(tls, OPERATOR_IDENTITY),
      },
    );
    const gateway = await startExtraGateway({ EDUCATION_SUBGRAPH_URL: `${education.origin}/graphql` });
    const ownApplication = await ownWebApplication({ gatewayUrl: gateway.url });
    try {
      const { context, page } = await personAtBrowser();
      await signIn(page, 'sw.demo', 'MDT case coordination', ownApplication.webUrl);
      await openProfile(page, YOUTH);
      expect(await page.locator('[data-unavailable="true"]').count()).toBe(0);

      await education.close();
      await page.reload();
      await page.getByRole('heading', { name: 'Health', exact: true }).waitFor();
      const unavailable = page.locator('[data-unavailable="true"]');
      await expect.poll(() => unavailable.count()).toBeGreaterThan(0);
      expect(await unavailable.first().innerText()).toContain('Could not be fetched');
      expect(
        (await unavailable.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-path') ?? ''))).every((path) =>
          path.includes('education'),
        ),
      ).toBe(true);
      // The rest of the profile is still there.
      expect(await page.locator('[data-records="substance-use"] [data-obligation="42CFR2.32"]').count()).toBe(1);
      await expectNoSeriousAccessibilityViolations(page, 'profile with a part missing');
      await context.close();
    } finally {
      await ownApplication.stop();
      gateway.stop();
      await education.close();
      await rm(captures, { recursive: true, force: true });
    }
  });

  it('signing out ends the session: the application asks to sign in again', async () => {
    const { context, page } = await personAtBrowser();
    await signIn(page, 'sw.demo', 'MDT case coordination');
    await page.getByRole('heading', { name: 'Your caseload' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click(); // the county sign-in's own confirmation
    await page.getByRole('heading', { name: 'You are signed out' }).waitFor();
    await expectNoSeriousAccessibilityViolations(page, 'signed out');
    const session = await page.request.get(`${web.webUrl}/api/session`);
    expect(session.status()).toBe(401);
    await context.close();
  });

  it('an access token that ends is renewed behind the scenes: the person keeps working', async () => {
    await withOwnWebApplication({ accessTokenSeconds: 2 }, async (shortTokens) => {
      const { context, page, bodies } = await personAtBrowser();
      await signIn(page, 'sw.demo', 'MDT case coordination', shortTokens.webUrl);
      await page.getByRole('heading', { name: 'Your caseload' }).waitFor();
      // Past the first access token's end: the gateway refuses it, so only a renewed one gets the profile.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      const body = await openProfile(page, YOUTH);
      expect(body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') ?? false).toBe(false);
      expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
      await expectNoTokenReachedTheBrowser(context, page, bodies);
      await context.close();
    });
  });

  it('a session that ends mid-work asks to sign in again in a new window, and nothing typed is lost', async () => {
    await withOwnWebApplication({ sessionSeconds: 4 }, async (shortSession) => {
      const { context, page } = await personAtBrowser();
      await signIn(page, 'privacy.demo', 'Operations and oversight', shortSession.webUrl);
      await page.getByRole('link', { name: 'Explain a decision' }).click();
      await page.getByRole('textbox', { name: 'Youth id' }).fill(YOUTH);
      await page.getByRole('textbox', { name: 'Person (user id)' }).fill('mh.demo');
      await new Promise((resolve) => setTimeout(resolve, 4_500));
      await page.getByRole('button', { name: 'Explain' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Your session has ended' });
      await dialog.waitFor();
      await expectNoSeriousAccessibilityViolations(page, 'session ended');
      const signInWindow = context.waitForEvent('page');
      await dialog.getByRole('button', { name: 'Sign in again' }).click();
      const popup = await signInWindow;
      // The window closes itself as soon as the sign-in lands: listen before it can.
      const closed = popup.waitForEvent('close');
      await popup.getByRole('button', { name: /\(privacy\.demo\)/ }).click();
      await closed;
      await dialog.waitFor({ state: 'detached' });
      expect(await page.getByRole('textbox', { name: 'Youth id' }).inputValue()).toBe(YOUTH);
      expect(await page.getByRole('textbox', { name: 'Person (user id)' }).inputValue()).toBe('mh.demo');
      // The same purpose carries on: no purpose to choose again.
      await page.getByRole('button', { name: 'Explain' }).click();
      await page.getByRole('heading', { name: /Would be (shown|withheld): HealthPatient.substanceUse/ }).waitFor();
      await context.close();
    });
  });

  it('a session that has ended asks the person to sign in again when the page is opened', async () => {
    await withOwnWebApplication({ sessionSeconds: 2 }, async (shortSession) => {
      const { context, page } = await personAtBrowser();
      await page.goto(shortSession.webUrl);
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: /\(sw\.demo\)/ }).click();
      await page.waitForURL(`${shortSession.webUrl}/`);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await page.reload();
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
      await expectNoSeriousAccessibilityViolations(page, 'sign-in page');
      await context.close();
    });
  });
});
