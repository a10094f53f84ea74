import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn as signInAt } from '../support/browser-sign-in.ts';
import { emailOf, mailboxOnceArrived } from '../support/development-mailbox.ts';
import { queryGateway, testScenario } from '../support/gateway.ts';
import { startWebApplicationUnderTest, type WebApplicationUnderTest } from '../support/web-application-under-test.ts';

const HOUR = 3_600_000;
const YOUTH = 'Y-000003';

let application: WebApplicationUnderTest;
let web: WebApplicationUnderTest['web'];
let browser: WebApplicationUnderTest['browser'];

const signIn = (page: Page, userId: string) => signInAt(page, web.webUrl, userId, 'MDT case coordination');

beforeAll(async () => {
  application = await startWebApplicationUnderTest();
  ({ web, browser } = application);
  // A runaway 74 hours ago: the team had 72 hours to meet, so the program has told it the meeting is overdue.
  const recorded = await queryGateway<{ recordTriggeringEvent: { id: string } | null }>(
    'mutation R($youthId: ID!, $event: TriggeringEventInput!) { recordTriggeringEvent(youthId: $youthId, event: $event) { id } }',
    {
      youthId: YOUTH,
      event: { kind: 'AWOL', occurredAt: new Date(Date.now() - 74 * HOUR).toISOString(), note: 'Did not come back from school.' },
    },
  );
  expect(recorded.body.errors).toBeUndefined();
  const probation = await emailOf('po.demo');
  await mailboxOnceArrived((message) => message.to.includes(probation) && message.raw.includes('Subject: CSEC MDT: a meeting is overdue'));
});

afterAll(() => application?.stop());

async function openNotices(page: Page) {
  const button = page.getByRole('button', { name: /^Notices: \d+$/ });
  await button.waitFor({ timeout: 30_000 });
  await button.click();
  await page.getByRole('heading', { name: 'Your notices' }).waitFor();
}

describe('notices in the web application', () => {
  it("the probation officer signs in, sees how many notices she has, and opens the overdue meeting's youth from them", async () => {
    const youth = (await testScenario()).csec.youth.find((candidate) => candidate.id === YOUTH);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'po.demo');

    await openNotices(page);
    const list = page.getByRole('list', { name: 'Your notices' });
    const overdue = list
      .getByRole('listitem')
      .filter({ hasText: `A meeting is overdue for ${youth?.givenName}` })
      .filter({ hasText: YOUTH });
    const recorded = list.getByRole('listitem').filter({ hasText: 'The team must meet for' }).filter({ hasText: YOUTH });
    expect(await overdue.count()).toBeGreaterThanOrEqual(1);
    expect(await recorded.count()).toBeGreaterThanOrEqual(1);
    expect(await overdue.first().innerText()).toMatch(/It was due by \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M\.$/);

    await overdue.first().getByRole('link').click();
    await page.waitForURL(`${web.webUrl}/youth/${YOUTH}`);
    await context.close();
  });

  it('a notice given while she has the page open is counted at once, without reloading: the push channel tells the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The page opens the push channel through the backend-for-frontend once she has chosen a purpose.
    const streaming = page.waitForResponse((response) => response.url().endsWith('/api/graphql/stream'), { timeout: 60_000 });
    await signIn(page, 'po.demo');
    const button = page.getByRole('button', { name: /^Notices: \d+$/ });
    await button.waitFor({ timeout: 30_000 });
    const countShown = async () => Number((await button.getAttribute('aria-label'))?.replace(/^Notices: /, ''));
    const before = await countShown();
    expect((await streaming).status()).toBe(200);

    const recorded = await queryGateway(
      'mutation R($youthId: ID!, $event: TriggeringEventInput!) { recordTriggeringEvent(youthId: $youthId, event: $event) { id } }',
      {
        youthId: YOUTH,
        event: {
          kind: 'EXPLOITER_THREAT',
          occurredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
          note: 'Threatening messages from a known exploiter.',
        },
      },
    );
    expect(recorded.body.errors).toBeUndefined();

    await expect.poll(countShown, { timeout: 30_000 }).toBe(before + 1);
    await context.close();
  });

  it('when her access token ends the gateway closes the channel, and the page opens it again with a renewed token and keeps counting', async () => {
    // A provider and backend-for-frontend of this test's own, whose access tokens last 4 seconds.
    const port = inject('spareIdentityProviderPorts').at(-1);
    if (port === undefined) throw new Error('No spare provider port is left: add one in tests/support/global-setup.ts.');
    const shortTokens = await application.another(port, { accessTokenSeconds: 4 });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const opened: number[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('/api/graphql/stream')) opened.push(response.status());
      });
      await signInAt(page, shortTokens.webUrl, 'po.demo', 'MDT case coordination');
      const button = page.getByRole('button', { name: /^Notices: \d+$/ });
      await button.waitFor({ timeout: 30_000 });
      const countShown = async () => Number((await button.getAttribute('aria-label'))?.replace(/^Notices: /, ''));

      // Opened once, closed when the token ended, opened again with a renewed one.
      await expect.poll(() => opened.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
      expect(opened.every((status) => status === 200)).toBe(true);
      const before = await countShown();
      const recorded = await queryGateway(
        'mutation R($youthId: ID!, $event: TriggeringEventInput!) { recordTriggeringEvent(youthId: $youthId, event: $event) { id } }',
        {
          youthId: YOUTH,
          event: {
            kind: 'PSYCHIATRIC_CRISIS',
            occurredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
            note: 'Taken to the crisis unit.',
          },
        },
      );
      expect(recorded.body.errors).toBeUndefined();

      await expect.poll(countShown, { timeout: 30_000 }).toBe(before + 1);
      await context.close();
    } finally {
      await shortTokens.stop();
    }
  });

  it("the youth's attorney, on the same team but not sharing CSEC status, is not told of it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'attorney.demo');

    await openNotices(page);
    // Her caseload lists the youth; her notices do not.
    expect(await page.getByRole('dialog').getByText(YOUTH).count()).toBe(0);
    expect(
      await page
        .getByRole('dialog')
        .getByText(/^No notices\.|A meeting|The team must meet/)
        .count(),
    ).toBeGreaterThan(0);
    await context.close();
  });
});
