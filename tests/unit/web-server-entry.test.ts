import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider, type RunningIdentityProvider } from '../../identity-provider/identity-provider.ts';
import { ensureDevelopmentKeys, policySigningKeyPaths } from '../../scripts/lib/development-identity-provider.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';
import { freePorts } from '../../scripts/lib/system.ts';

/**
 * The backend-for-frontend as a county runs it (`web/server/main.ts`): configured only by its
 * environment, signing people in at an OpenID Provider it discovers, offering the purposes of the
 * signed policy bundle it is given.
 */

const CLIENT_SECRET = 'a-client-secret-that-must-never-be-echoed';
let directory: string;
let identityProvider: RunningIdentityProvider;
let bff: ChildProcess | undefined;
let webUrl: string;
let environment: NodeJS.ProcessEnv;

function run(env: NodeJS.ProcessEnv): { process: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['web/server/main.ts'], {
    env: { PATH: process.env['PATH'], ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { process: child, output: () => output, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

/** A browser's cookie jar, enough for one sign-in across the BFF and the provider. */
class Browser {
  private readonly cookies = new Map<string, string>();
  async get(url: string, init: RequestInit = {}): Promise<Response> {
    const host = new URL(url).host;
    const cookie = [...this.cookies]
      .filter(([key]) => key.startsWith(`${host} `))
      .map(([key, value]) => `${key.split(' ')[1]}=${value}`)
      .join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(`${host} ${pair.slice(0, index)}`, pair.slice(index + 1));
    }
    return response;
  }
  async follow(url: string, init: RequestInit = {}): Promise<Response> {
    let response = await this.get(url, init);
    let current = url;
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops += 1) {
      current = new URL(response.headers.get('location') ?? '/', current).href;
      response = await this.get(current);
    }
    return response;
  }
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'csec-web-entry-'));
  const keys = join(directory, 'keys');
  await ensureDevelopmentKeys(keys);
  const bundlePath = join(directory, 'bundle.tar.gz');
  await buildPolicyBundle(bundlePath, { signingKeyPath: policySigningKeyPaths(keys).privateKeyPath });
  const [identityProviderPort, webPort] = (await freePorts(2)) as [number, number];
  webUrl = `http://127.0.0.1:${webPort}`;
  identityProvider = await startIdentityProvider({
    host: '127.0.0.1',
    port: identityProviderPort,
    keysDirectory: keys,
    users: [{ id: 'sw.demo', displayName: 'Sam Worker', agency: 'CHILD_WELFARE', roles: ['SOCIAL_WORKER'] }],
    audience: 'csec-mdt-gateway',
    clients: [
      {
        clientId: 'county-web',
        clientSecret: CLIENT_SECRET,
        redirectUris: [`${webUrl}/auth/callback`],
        postLogoutRedirectUris: [`${webUrl}/signed-out`],
      },
    ],
  });
  environment = {
    WEB_PORT: String(webPort),
    WEB_PUBLIC_URL: webUrl,
    OIDC_ISSUER: identityProvider.issuer,
    OIDC_CLIENT_ID: 'county-web',
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    GATEWAY_URL: 'https://127.0.0.1:9/graphql',
    CSEC_POLICY_BUNDLE_PATH: bundlePath,
    CSEC_KEYS_DIR: keys,
    WEB_STATIC_DIR: join(directory, 'static'),
  };
}, 180_000);

afterAll(async () => {
  bff?.kill('SIGTERM');
  await identityProvider?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe("the web application's backend-for-frontend, run on its own", () => {
  it('refuses to start without its settings, naming each one and echoing no secret', async () => {
    const started = run({ OIDC_CLIENT_SECRET: CLIENT_SECRET, WEB_PUBLIC_URL: 'http://web.county.example' });
    expect(await started.exited).toBe(1);
    const output = started.output();
    for (const name of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'GATEWAY_URL']) expect(output).toContain(`${name} is required`);
    expect(output).toContain('WEB_PUBLIC_URL must be https://');
    expect(output).not.toContain(CLIENT_SECRET);
  });

  it('signs a person in at the provider it is configured with and offers the purposes of the signed bundle', async () => {
    const started = run(environment);
    bff = started.process;
    for (let attempt = 0; attempt < 100 && !started.output().includes('listening'); attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(started.output()).toContain('listening');

    const browser = new Browser();
    expect((await browser.get(`${webUrl}/api/session`)).status).toBe(401);
    const login = await browser.get(`${webUrl}/auth/login`);
    const authorization = new URL(login.headers.get('location') ?? '');
    expect(authorization.origin).toBe(identityProvider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('client_id')).toBe('county-web');

    const chooser = await browser.follow(authorization.href);
    const action = /action="([^"]+)"/.exec(await chooser.text())?.[1] ?? '';
    const signedIn = await browser.follow(new URL(action, identityProvider.issuer).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'user=sw.demo',
    });
    expect(new URL(signedIn.url || webUrl).origin).toBe(webUrl);

    const session = await browser.get(`${webUrl}/api/session`);
    expect(session.status).toBe(200);
    const view = (await session.json()) as {
      user: { id: string };
      purposes: Array<{ code: string; description: string; legalBasis: string; breakGlass: boolean }>;
    };
    expect(view.user.id).toBe('sw.demo');
    const mdt = view.purposes.find((purpose) => purpose.code === 'CSEC-MDT');
    expect(mdt?.description).toMatch(/MDT/);
    expect(mdt?.legalBasis).not.toBe('');
    expect(
      view.purposes
        .filter((purpose) => purpose.breakGlass)
        .map((purpose) => purpose.code)
        .sort(),
    ).toEqual(['BTG', 'ETREAT']);
    expect(JSON.stringify(view)).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
  });
});
