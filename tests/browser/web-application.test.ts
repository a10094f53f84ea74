import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Scenario } from '../../scenario/load-scenario.ts';
import { freePorts } from '../../scripts/lib/system.ts';
import { buildWebApplication, startWebApplication, type RunningWebApplication } from '../../scripts/lib/web-application.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Y-000001 named sw.demo in a 42 CFR 2.31 consent (tests/support/test-situations.ts). */
const YOUTH = 'Y-000001';

interface GatewayBody {
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }>;
  extensions?: { disclosure?: { obligations?: Array<{ code: string; text?: string }> } };
}

let web: RunningWebApplication;
let browser: Browser;
let staticDirectory: string;

beforeAll(async () => {
  staticDirectory = await mkdtemp(join(tmpdir(), 'csec-web-'));
  await buildWebApplication(staticDirectory);
  const scenario = JSON.parse(await readFile(inject('scenarioPath'), 'utf8')) as Scenario;
  const [webPort] = await freePorts(1);
  web = await startWebApplication({
    host: '127.0.0.1',
    identityProviderPort: inject('identityProviderPort'),
    webPort: webPort as number,
    keysDirectory: inject('keysDirectory'),
    users: scenario.users,
    gatewayUrl: inject('gatewayUrl'),
    audience: 'csec-mdt-gateway',
    staticDirectory,
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await rm(staticDirectory, { recursive: true, force: true });
});

/** A person at their own browser: every response the page receives is kept, to prove no token is among them. */
async function personAtBrowser(width = 1280): Promise<{ context: BrowserContext; page: Page; bodies: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const bodies: string[] = [];
  page.on('response', (response) => {
    void response.text().then((text) => bodies.push(`${response.url()}\n${[...Object.entries(response.headers())].join('\n')}\n${text}`), () => undefined);
  });
  return { context, page, bodies };
}

async function signIn(page: Page, userId: string, purposeTitle: string): Promise<void> {
  await page.goto(web.webUrl);
  await page.getByRole('link', { name: 'Sign in' }).click();
  // The development OpenID Provider's account chooser.
  await page.getByRole('button', { name: new RegExp(`\\(${userId.replace('.', '\\.')}\\)`) }).click();
  await page.getByRole('heading', { name: 'Why are you looking?' }).waitFor();
  await page.getByRole('radio', { name: new RegExp(`^${purposeTitle}`) }).check({ force: true });
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function openProfile(page: Page, youthId: string): Promise<GatewayBody> {
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/graphql') && (response.request().postData() ?? '').includes('YouthProfile'));
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
  const withheld = new Map((body.errors ?? []).filter((error) => error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE').map((error) => [(error.path ?? []).join('.'), error.message]));
  const markers = await page.locator('[data-path]:has(.withheld)').evaluateAll((elements) =>
    elements.map((element) => ({ path: element.getAttribute('data-path') ?? '', reason: element.querySelector('.withheld-reason')?.textContent ?? '' })));
  expect(markers.length).toBeGreaterThan(0);
  for (const marker of markers) expect(withheld.get(marker.path), marker.path).toBe(marker.reason);
  return markers.map((marker) => marker.path);
}

async function expectNoSeriousAccessibilityViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')})`), label).toEqual([]);
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
    await expectNoSeriousAccessibilityViolations(page, 'caseload');

    const body = await openProfile(page, YOUTH);
    const substanceUse = page.locator('[data-records="substance-use"]');
    const notice = body.extensions?.disclosure?.obligations?.find((obligation) => obligation.code === '42CFR2.32');
    expect(notice?.text).toBeTruthy();
    await expect.poll(() => substanceUse.locator('[data-obligation="42CFR2.32"]').innerText()).toContain(notice?.text as string);
    expect(await substanceUse.getByText(/^Treatment:/).count()).toBeGreaterThan(0);
    const withheld = await expectMarkersToMatch(page, body);
    expect(withheld).toContain('youth.probation.petitions');
    await page.screenshot({ path: 'docs/screenshots/profile.png', fullPage: true });
    await expectNoSeriousAccessibilityViolations(page, 'profile');
    await expectNoTokenReachedTheBrowser(context, page, bodies);
    await context.close();
  });

  it('the clinician opens the same youth and sees a different profile, each withheld part marked with the gateway\'s reason', async () => {
    const { context, page, bodies } = await personAtBrowser(800);
    await signIn(page, 'mh.demo', 'MDT case coordination');
    await page.getByRole('heading', { name: 'Your caseload' }).waitFor();
    const body = await openProfile(page, YOUTH);
    const withheld = await expectMarkersToMatch(page, body);
    // The youth's consent names the social worker, not the clinician: substance use is withheld from her.
    expect(withheld).toContain('youth.health.substanceUse');
    await expect(page.locator('[data-records="substance-use"] [data-obligation="42CFR2.32"]').count()).resolves.toBe(0);
    await page.screenshot({ path: 'docs/screenshots/profile-clinician-800.png', fullPage: false });
    await expectNoSeriousAccessibilityViolations(page, 'profile at 800 px');
    await expectNoTokenReachedTheBrowser(context, page, bodies);
    await context.close();
  });

  it('the social worker breaks the glass: the reason is required, then a banner says until when', async () => {
    const { context, page } = await personAtBrowser();
    await signIn(page, 'sw.demo', 'MDT case coordination');
    await page.getByRole('button', { name: 'Change purpose' }).click();
    await page.getByRole('radio', { name: /^Break the glass/ }).check({ force: true });
    await page.getByRole('button', { name: 'Continue' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.getByText(/It never opens health or substance use records/).count()).toBe(1);
    await expectNoSeriousAccessibilityViolations(page, 'break the glass dialog');
    await dialog.getByRole('button', { name: 'Break the glass for one hour' }).click();
    // Without a reason nothing is sent: the dialog stays open.
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('textbox', { name: /Describe the emergency/ }).fill('Youth missing from placement tonight; police asking for last known placement.');
    await dialog.getByRole('button', { name: 'Break the glass for one hour' }).click();
    const banner = page.getByRole('region', { name: 'Emergency access' });
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/Emergency access is on until \d{1,2}:\d{2} [AP]M/);
    expect(await banner.innerText()).toContain('Youth missing from placement tonight');
    await page.getByRole('heading', { name: 'Your caseload' }).waitFor();
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
    await page.getByRole('textbox', { name: /Person, purpose/ }).fill('mh.demo');
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'sw.demo' }).count()).toBe(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download CSV/ }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('decidedAt,requester,agency,purposeOfUse,breakGlassReason,category,fields,outcome,rule,legalBasis,flaggedForReview');
    expect(csv).toContain('mh.demo');
    expect(csv).not.toContain('sw.demo');

    await page.getByRole('link', { name: 'Explain a decision' }).click();
    await page.getByRole('textbox', { name: 'Youth id' }).fill(YOUTH);
    await page.getByRole('textbox', { name: 'Person (user id)' }).fill('mh.demo');
    await page.getByRole('button', { name: 'Explain' }).click();
    await page.getByRole('heading', { name: /Would be (shown|withheld): HealthPatient.substanceUse/ }).waitFor();
    await expectNoSeriousAccessibilityViolations(page, 'explanation');
    await expectNoTokenReachedTheBrowser(context, page, bodies);
    await context.close();
  });

  it('signing out ends the session: the application asks to sign in again', async () => {
    const { context, page } = await personAtBrowser();
    await signIn(page, 'sw.demo', 'MDT case coordination');
    await page.getByRole('heading', { name: 'Your caseload' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click(); // the county sign-in's own confirmation
    await page.getByRole('heading', { name: 'You are signed out' }).waitFor();
    const session = await page.request.get(`${web.webUrl}/api/session`);
    expect(session.status()).toBe(401);
    await context.close();
  });

  it('an expired session asks the person to sign in again', async () => {
    // Its own provider and BFF, issuing two-second sessions; the BFF notices the end before asking the gateway.
    const scenario = JSON.parse(await readFile(inject('scenarioPath'), 'utf8')) as Scenario;
    const [identityProviderPort, webPort] = await freePorts(2);
    const shortLived = await startWebApplication({
      host: '127.0.0.1',
      identityProviderPort: identityProviderPort as number,
      webPort: webPort as number,
      keysDirectory: inject('keysDirectory'),
      users: scenario.users,
      gatewayUrl: inject('gatewayUrl'),
      audience: 'csec-mdt-gateway',
      staticDirectory,
      accessTokenSeconds: 2,
    });
    try {
      const { context, page } = await personAtBrowser();
      await page.goto(shortLived.webUrl);
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: /\(sw\.demo\)/ }).click();
      await page.waitForURL(`${shortLived.webUrl}/`);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await page.reload();
      // The first request past the expiry says so; a slow machine may have made it before the reload.
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
      await context.close();
    } finally {
      await shortLived.stop();
    }
  });
});
