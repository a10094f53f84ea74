import { spawn } from 'node:child_process';
import { inject } from 'vitest';
import { freePorts } from '../../../scripts/lib/system.ts';
import { startExtraGateway } from '../extra-gateway.ts';

/** Our gateway as its own process, or why it would not start (the end of what it printed). */
export async function startOurGateway(overrides: Record<string, string>): Promise<{ url: string; stop: () => void } | { refused: string }> {
  try {
    return await startExtraGateway(overrides);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { refused: `${reason}\n${await startupOutput(overrides)}` };
  }
}

/** Starts the gateway again with the same configuration and returns the last lines it printed before it exited. */
async function startupOutput(overrides: Record<string, string>): Promise<string> {
  const [port] = await freePorts(1);
  const gateway = spawn(process.execPath, ['gateway/src/main.ts'], {
    env: { ...inject('serviceEnvironment'), GATEWAY_PORT: String(port), ...overrides },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  gateway.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  gateway.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      gateway.kill('SIGKILL');
      resolve();
    }, 15_000);
    gateway.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return output.split('\n').filter(Boolean).slice(-12).join('\n');
}
