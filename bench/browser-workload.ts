import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DirectoryUser } from '../identity-provider/identity-provider.ts';
import type { SystemConfig } from '../runtime/config.ts';
import { buildWebApplication, startWebApplication, type RunningWebApplication } from '../scripts/lib/web-application.ts';
import { CaseloadDocument, YouthProfileDocument } from '../web/src/__generated__/graphql.ts';
import { percentile } from './latency.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** One page against the same data fetched by the bare GraphQL query, in the same run, alternating. */
export interface BrowserTiming {
  iterations: number;
  pageMs: { p50: number; p95: number };
  bareMs: { p50: number; p95: number };
  /** Page median minus bare median. */
  addedMsAtMedian: number;
}

export interface BrowserWorkloadResult {
  profile: BrowserTiming;
  caseload: BrowserTiming & { rows: number };
}

export interface BrowserWorkloadOptions {
  config: SystemConfig;
  gatewayUrl: string;
  /** The provider's port: its issuer must be one the gateway accepts. */
  identityProviderPort: number;
  webPort: number;
  users: DirectoryUser[];
  userId: string;
  purposeOfUse: string;
  /** The bare query's headers: the same person and purpose, with a token of the development identity provider. */
  bareHeaders: Record<string, string>;
  youth: readonly string[];
  iterations: number;
  workDirectory: string;
}

/**
 * Time from navigation to a fully rendered page in Debian's chromium (the profile with all its
 * sections; the caseload with every row), against the bare GraphQL query the page sends, posted to
 * the gateway directly: what the web application (BFF, JavaScript, rendering) adds.
 */
export async function measureBrowserWorkload(options: BrowserWorkloadOptions): Promise<BrowserWorkloadResult | string> {
  if (!existsSync(CHROMIUM)) return `no chromium at ${CHROMIUM} (set CHROMIUM_PATH)`;
  const staticDirectory = join(options.workDirectory, 'web');
  await buildWebApplication(staticDirectory);
  let web: RunningWebApplication | undefined;
  let browser: Browser | undefined;
  try {
    web = await startWebApplication({
      host: options.config.host,
      identityProviderPort: options.identityProviderPort,
      webPort: options.webPort,
      keysDirectory: options.config.keysDirectory,
      users: options.users,
      gatewayUrl: options.gatewayUrl,
      audience: options.config.authentication.audience,
      staticDirectory,
      policy: options.config.policy,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, web.webUrl, options.userId, options.purposeOfUse);
    const bare = (query: string, variables: Record<string, unknown>) => async () => {
      const answer = await fetch(options.gatewayUrl, {
        method: 'POST',
        headers: { ...options.bareHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      if (!answer.ok) throw new Error(`The bare query was answered ${answer.status}.`);
      await answer.json();
    };
    const webUrl = web.webUrl;
    const profile = await alternate(options.iterations, (index) => {
      const youthId = options.youth[index % options.youth.length] as string;
      return {
        page: async () => {
          await page.goto(`${webUrl}/youth/${encodeURIComponent(youthId)}`);
          await page.locator('main.profile #education').waitFor();
        },
        bare: bare(YouthProfileDocument.toString(), { id: youthId }),
      };
    });
    let rows = 0;
    const caseload = await alternate(options.iterations, () => ({
      page: async () => {
        await page.goto(`${webUrl}/`);
        await page.getByText(/^\d+ of \d+ youth shown$/).waitFor();
        rows = (await page.getByRole('row').count()) - 1;
      },
      bare: bare(CaseloadDocument.toString(), {}),
    }));
    return { profile, caseload: { ...caseload, rows } };
  } finally {
    await browser?.close();
    await web?.stop();
  }
}

async function signIn(page: Page, webUrl: string, userId: string, purposeOfUse: string): Promise<void> {
  await page.goto(`${webUrl}/auth/login`);
  await page.getByRole('button', { name: new RegExp(`\\(${userId.replace('.', '\\.')}\\)`) }).click();
  await page.waitForURL(`${webUrl}/`);
  const session = (await (await page.request.get(`${webUrl}/api/session`)).json()) as { csrfToken: string };
  const chosen = await page.request.post(`${webUrl}/api/purpose`, {
    headers: { 'x-csrf-token': session.csrfToken, origin: new URL(webUrl).origin },
    data: { purpose: purposeOfUse },
  });
  if (!chosen.ok()) throw new Error(`The purpose of use could not be chosen (${chosen.status()}).`);
}

/** Each iteration times the page, then the bare query, after one untimed round of each. */
async function alternate(
  iterations: number,
  step: (index: number) => { page: () => Promise<void>; bare: () => Promise<void> },
): Promise<BrowserTiming> {
  const pageMs: number[] = [];
  const bareMs: number[] = [];
  const first = step(0);
  await first.page();
  await first.bare();
  for (let index = 0; index < iterations; index += 1) {
    const { page, bare } = step(index);
    let started = performance.now();
    await page();
    pageMs.push(performance.now() - started);
    started = performance.now();
    await bare();
    bareMs.push(performance.now() - started);
  }
  const summary = (values: number[]) => {
    const sorted = values.toSorted((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  };
  const page = summary(pageMs);
  const bare = summary(bareMs);
  return { iterations, pageMs: page, bareMs: bare, addedMsAtMedian: page.p50 - bare.p50 };
}
