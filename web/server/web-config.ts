import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError, EnvironmentReader, policyConfigFrom, tlsConfigFrom, type PolicyConfig } from '../../runtime/config.ts';

/** How the web application's backend-for-frontend runs on its own, against the county's identity provider. */
export interface WebConfig {
  host: string;
  port: number;
  /** Where people open the application; the redirect URI registered with the identity provider is `<publicUrl>/auth/callback`. */
  publicUrl: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  gatewayUrl: string;
  /** The certificate authorities the gateway's certificate is signed by (the county's). */
  gatewayCaPath: string;
  staticDirectory: string;
  sessionSeconds: number;
  policy: PolicyConfig;
}

/** Reads the BFF's settings (docs/configuration.md, "Web application"); every problem is reported at once. */
export function loadWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const problems: string[] = [];
  const reader = new EnvironmentReader(env, problems);
  const required = (name: string, value: string | undefined) => {
    if (value === undefined) problems.push(`${name} is required.`);
    return value ?? '';
  };
  const publicUrl = required('WEB_PUBLIC_URL', reader.optionalUrl('WEB_PUBLIC_URL'));
  const issuer = required('OIDC_ISSUER', reader.optionalUrl('OIDC_ISSUER'));
  const clientId = required('OIDC_CLIENT_ID', reader.text('OIDC_CLIENT_ID', '') || undefined);
  const clientSecret = required('OIDC_CLIENT_SECRET or OIDC_CLIENT_SECRET_FILE', clientSecretFrom(env, problems));
  const gatewayUrl = required('GATEWAY_URL', reader.optionalUrl('GATEWAY_URL'));
  if (publicUrl.startsWith('http:') && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(`${publicUrl}/`)) {
    problems.push('WEB_PUBLIC_URL must be https:// (session cookies are sent only over TLS), except on this machine.');
  }
  if (gatewayUrl.startsWith('http:')) problems.push('GATEWAY_URL must be https://: the gateway serves TLS only.');
  const config: WebConfig = {
    host: reader.text('WEB_HOST', '127.0.0.1'),
    port: reader.port('WEB_PORT', 4200),
    publicUrl,
    issuer,
    clientId,
    clientSecret,
    gatewayUrl,
    gatewayCaPath: tlsConfigFrom(reader, env, problems).caPath,
    staticDirectory: resolve(reader.text('WEB_STATIC_DIR', 'web/dist')),
    sessionSeconds: reader.integer('WEB_SESSION_SECONDS', 8 * 3_600, 60, 24 * 3_600),
    policy: policyConfigFrom(reader).policy,
  };
  if (problems.length > 0) throw new ConfigurationError(problems);
  return config;
}

/** The client secret, from the environment or (better, in production) a file only the service reads. */
function clientSecretFrom(env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
  const path = env['OIDC_CLIENT_SECRET_FILE'];
  if (path) {
    try {
      return readFileSync(path, 'utf8').trim() || undefined;
    } catch {
      // The secret's path may be sensitive too: say which variable, not what it holds.
      problems.push('OIDC_CLIENT_SECRET_FILE names a file that cannot be read.');
      return undefined;
    }
  }
  return env['OIDC_CLIENT_SECRET'] || undefined;
}
