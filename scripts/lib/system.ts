import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES, environmentPrefix, loadConfig, type SubgraphName, type SystemConfig } from '../../runtime/config.ts';
import { callService, callServicesWith } from '../../runtime/service-http.ts';
import { OPERATOR_IDENTITY, readServiceIdentity } from '../../runtime/service-tls.ts';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Each service runs as its own process, as it would be deployed; a subgraph's is its folder's `src/main.ts`. */
const ENTRY_POINTS: Record<ServiceName, string> = {
  'embedded-fhir-server': 'subgraphs/health/src/embedded-fhir-server-main.ts',
  ...(Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, `subgraphs/${name}/src/main.ts`])) as Record<SubgraphName, string>),
  gateway: 'gateway/src/main.ts',
};
type ServiceName = 'embedded-fhir-server' | 'gateway' | SubgraphName;

export interface SystemOptions {
  /** Environment of every service (see docs/configuration.md). */
  env: NodeJS.ProcessEnv;
  /** Receives every line the services print, prefixed with the service name. */
  log?: (line: string) => void;
  /** How long to wait for all services to report healthy. */
  startupTimeoutMs?: number;
}

export interface RunningSystem {
  config: SystemConfig;
  gatewayUrl: string;
  stop: () => Promise<void>;
}

/**
 * Starts the embedded FHIR server (unless a FHIR server is configured), every subgraph, then the
 * gateway. This process checks their health as the operator, with the operator's certificate.
 */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const config = loadConfig(options.env);
  callServicesWith(readServiceIdentity(config.tls, OPERATOR_IDENTITY));
  const log = options.log ?? (() => undefined);
  const deadline = Date.now() + (options.startupTimeoutMs ?? 60_000);
  const children: Array<{ name: ServiceName; process: ChildProcess }> = [];
  const stop = async () => {
    await Promise.all(children.map(({ process: child }) => stopProcess(child)));
  };
  const launch = (name: ServiceName) => {
    const child = spawn(process.execPath, [ENTRY_POINTS[name]], {
      cwd: REPOSITORY_ROOT,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onOutputLines(child, (line) => log(`[${name}] ${line}`));
    children.push({ name, process: child });
    return child;
  };

  try {
    const first: Array<Promise<void>> = [];
    if (!config.health.fhirBaseUrl) {
      const fhir = launch('embedded-fhir-server');
      first.push(
        waitForHealth('embedded FHIR server', fhir, `https://${config.host}:${config.health.embeddedFhirPort}/fhir/R4/metadata`, deadline),
      );
    }
    await Promise.all(first);
    await Promise.all(
      SUBGRAPH_NAMES.map((name) =>
        waitForHealth(`${name} subgraph`, launch(name), new URL('/health', config.subgraphs[name].url).href, deadline),
      ),
    );
    const gateway = launch('gateway');
    const gatewayBase = `https://${config.host}:${config.gateway.port}`;
    await waitForHealth('gateway', gateway, `${gatewayBase}/health`, deadline);
    return { config, gatewayUrl: `${gatewayBase}/graphql`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Environment giving every service a free loopback port and the given data folder. */
export async function isolatedEnvironment(dataDirectory: string, base: NodeJS.ProcessEnv = process.env): Promise<NodeJS.ProcessEnv> {
  const ports = await freePorts(SUBGRAPH_NAMES.length + 2);
  const env: NodeJS.ProcessEnv = { ...base, CSEC_DATA_DIR: dataDirectory, CSEC_HOST: '127.0.0.1' };
  SUBGRAPH_NAMES.forEach((name, index) => {
    env[`${environmentPrefix(name)}_SUBGRAPH_PORT`] = String(ports[index]);
    delete env[`${environmentPrefix(name)}_SUBGRAPH_URL`];
  });
  env['GATEWAY_PORT'] = String(ports[SUBGRAPH_NAMES.length]);
  env['HEALTH_EMBEDDED_FHIR_PORT'] = String(ports[SUBGRAPH_NAMES.length + 1]);
  return env;
}

/** Loopback ports free right now, for services started next. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

async function waitForHealth(label: string, child: ChildProcess, url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The ${label} exited during start-up (exit code ${child.exitCode}); its output is above.`);
    try {
      const response = await callService(url, { timeoutMs: 1_000 });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`The ${label} did not become healthy at ${url} in time.`);
}

/** Calls `output` with each line the process prints, on standard output or error. */
export function onOutputLines(child: ChildProcess, output: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) output(line);
    });
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
