import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { loadConfig } from '../../runtime/config.ts';
import type { Scenario } from '../../scenario/load-scenario.ts';
import { freePorts } from '../../scripts/lib/system.ts';
import { buildWebApplication, startWebApplication, type RunningWebApplication } from '../../scripts/lib/web-application.ts';
import { CHROMIUM } from './browser-sign-in.ts';

/** Shorter tokens or sessions, or another gateway, for a test's own web application. */
export interface WebApplicationOptions {
  accessTokenSeconds?: number;
  sessionSeconds?: number;
  gatewayUrl?: string;
}

/** The web application a browser test file drives, built once, and Debian's chromium. */
export interface WebApplicationUnderTest {
  web: RunningWebApplication;
  browser: Browser;
  /** Another provider and BFF over the same pages (a spare provider port of the test system). */
  another: (identityProviderPort: number, options: WebApplicationOptions) => Promise<RunningWebApplication>;
  stop: () => Promise<void>;
}

/** Builds the pages, starts the development provider and the BFF over the test system's gateway, and launches chromium. */
export async function startWebApplicationUnderTest(): Promise<WebApplicationUnderTest> {
  const staticDirectory = await mkdtemp(join(tmpdir(), 'csec-web-'));
  await buildWebApplication(staticDirectory);
  const scenario = JSON.parse(await readFile(inject('scenarioPath'), 'utf8')) as Scenario;
  const another = async (identityProviderPort: number, options: WebApplicationOptions) => {
    const [webPort] = await freePorts(1);
    return startWebApplication({
      host: '127.0.0.1',
      identityProviderPort,
      webPort: webPort as number,
      keysDirectory: inject('keysDirectory'),
      users: scenario.users,
      gatewayUrl: inject('gatewayUrl'),
      audience: 'csec-mdt-gateway',
      staticDirectory,
      policy: loadConfig(inject('serviceEnvironment')).policy,
      ...options,
    });
  };
  const web = await another(inject('identityProviderPort'), {});
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  return {
    web,
    browser,
    another,
    stop: async () => {
      await browser.close();
      await web.stop();
      await rm(staticDirectory, { recursive: true, force: true });
    },
  };
}
