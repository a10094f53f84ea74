import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../runtime/config.ts';
import { callServicesWith } from '../../runtime/service-http.ts';
import { PolicySource } from '../../runtime/policy/policy-source.ts';
import { startBff } from './bff.ts';
import { purposeChoices } from './purposes.ts';
import { loadWebConfig } from './web-config.ts';

/**
 * The backend-for-frontend on its own, as a county runs it: the county's OpenID Provider, the
 * gateway's URL and the signed policy bundle come from the environment (docs/configuration.md).
 */
async function main(): Promise<void> {
  const config = loadWebConfig();
  // The gateway asks for no client certificate: the BFF proves who is asking with their access token.
  callServicesWith({ ca: readFileSync(config.gatewayCaPath) });
  const policies = await PolicySource.start({
    ...config.policy,
    onFailure: (reason) => process.stderr.write(`[web] a disclosure policy bundle was refused: ${reason}\n`),
  });
  if (!policies.current().available)
    process.stderr.write('[web] no disclosure policy could be loaded: no purpose of use can be chosen until one is.\n');
  const bff = await startBff({ ...config, purposes: () => purposeChoices(policies.current().vocabulary) });
  process.stdout.write(`Web application listening at ${bff.url}, public at ${config.publicUrl}\n`);
  const stop = () => {
    policies.stop();
    void bff.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigurationError ? error.message : `The web application could not start: ${(error as Error).message}`}\n`,
  );
  process.exit(1);
});
