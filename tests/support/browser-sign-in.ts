import type { Page } from 'playwright-core';

/** Debian's chromium, which Playwright drives through `executablePath` (its own download cannot run here). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Signs in at the web application as a scenario user, through the development provider's account chooser, and states a purpose. */
export async function signIn(page: Page, webUrl: string, userId: string, purposeTitle: string): Promise<void> {
  await page.goto(webUrl);
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: new RegExp(`\\(${userId.replace('.', '\\.')}\\)`) }).click();
  await page.getByRole('heading', { name: 'Why are you looking?' }).waitFor();
  await page.getByRole('radio', { name: new RegExp(`^${purposeTitle}`) }).check({ force: true });
  await page.getByRole('button', { name: 'Continue' }).click();
}
