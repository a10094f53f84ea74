import { ConfigurationError } from './config.ts';
import type { RunningHttpServer } from './graphql-http.ts';

/**
 * Runs one service as its own process: starts it, reports where it listens, and closes it
 * cleanly on SIGINT/SIGTERM. A start-up failure prints a message meant for the operator.
 */
export async function runService(name: string, start: () => Promise<RunningHttpServer>): Promise<void> {
  let running: RunningHttpServer;
  try {
    running = await start();
  } catch (error) {
    const message = error instanceof ConfigurationError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name} could not start: ${message}\n`);
    process.exit(1);
  }
  process.stdout.write(`${name} listening at ${running.url}\n`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
