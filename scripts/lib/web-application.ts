import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { startIdentityProvider, type DirectoryUser } from '../../identity-provider/identity-provider.ts';
import type { PolicyConfig } from '../../runtime/config.ts';
import { PolicySource } from '../../runtime/policy/policy-source.ts';
import { startBff } from '../../web/server/bff.ts';
import { purposeChoices } from '../../web/server/purposes.ts';

export const WEB_CLIENT_ID = 'csec-mdt-web';

export interface WebApplicationOptions {
  host: string;
  identityProviderPort: number;
  webPort: number;
  keysDirectory: string;
  /** The staff directory the development identity provider signs people in from. */
  users: DirectoryUser[];
  gatewayUrl: string;
  audience: string;
  staticDirectory: string;
  /** The signed policy bundle the gateway decides with: the purposes a person may state come from it. */
  policy: PolicyConfig;
  accessTokenSeconds?: number;
  /** How long a sign-in lasts (default 8 hours). */
  sessionSeconds?: number;
}

export interface RunningWebApplication {
  identityProviderUrl: string;
  webUrl: string;
  stop: () => Promise<void>;
}

/** The issuer the development OpenID Provider has on this host and port: the gateway must accept it. */
export function identityProviderIssuer(host: string, port: number): string {
  return `http://${host}:${port}`;
}

/** Development: the OpenID Provider (oidc-provider) and the web application's backend-for-frontend, in this process. */
export async function startWebApplication(options: WebApplicationOptions): Promise<RunningWebApplication> {
  const publicUrl = `http://${options.host}:${options.webPort}`;
  // A fresh secret each start: only this process's BFF is registered with this process's provider.
  const clientSecret = randomBytes(32).toString('base64url');
  const identityProvider = await startIdentityProvider({
    host: options.host,
    port: options.identityProviderPort,
    keysDirectory: options.keysDirectory,
    users: options.users,
    audience: options.audience,
    ...(options.accessTokenSeconds ? { accessTokenSeconds: options.accessTokenSeconds } : {}),
    ...(options.sessionSeconds ? { sessionSeconds: options.sessionSeconds } : {}),
    clients: [
      {
        clientId: WEB_CLIENT_ID,
        clientSecret,
        redirectUris: [`${publicUrl}/auth/callback`],
        postLogoutRedirectUris: [`${publicUrl}/signed-out`],
      },
    ],
  });
  const policies = await PolicySource.start(options.policy);
  try {
    const bff = await startBff({
      host: options.host,
      port: options.webPort,
      publicUrl,
      issuer: identityProvider.issuer,
      clientId: WEB_CLIENT_ID,
      clientSecret,
      gatewayUrl: options.gatewayUrl,
      staticDirectory: options.staticDirectory,
      purposes: () => purposeChoices(policies.current().vocabulary),
      ...(options.sessionSeconds ? { sessionSeconds: options.sessionSeconds } : {}),
    });
    return {
      identityProviderUrl: identityProvider.issuer,
      webUrl: bff.url,
      stop: async () => {
        await bff.close();
        policies.stop();
        await identityProvider.close();
      },
    };
  } catch (error) {
    policies.stop();
    await identityProvider.close();
    throw error;
  }
}

/** Builds the web application (React, Vite) into `outDir`. */
export async function buildWebApplication(outDir: string): Promise<void> {
  const { build } = await import('vite');
  // Vite and its React plugin take the mode from NODE_ENV when it is set (vitest sets "test"):
  // people get React's production build whichever process builds it.
  const nodeEnvironment = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
      logLevel: 'warn',
      mode: 'production',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnvironment === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnvironment;
  }
}
