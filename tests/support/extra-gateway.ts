import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import { freePorts } from '../../scripts/lib/system.ts';

/** A second gateway process over the running subgraphs, configured differently (production mode, a broken bundle...). */
export async function startExtraGateway(overrides: Record<string, string>): Promise<{ url: string; stop: () => void }> {
  const [port] = await freePorts(1);
  const gateway: ChildProcess = spawn(process.execPath, ['gateway/src/main.ts'], {
    env: { ...inject('serviceEnvironment'), GATEWAY_PORT: String(port), ...overrides },
    stdio: 'ignore',
  });
  const url = `https://127.0.0.1:${port}/graphql`;
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (gateway.exitCode !== null) throw new Error(`The extra gateway exited with code ${gateway.exitCode}.`);
    const listening = await fetch(url.replace('/graphql', '/health')).then(
      () => true,
      () => false,
    );
    if (listening) return { url, stop: () => gateway.kill('SIGTERM') };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  gateway.kill('SIGKILL');
  throw new Error('The extra gateway did not start.');
}
