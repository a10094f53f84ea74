import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
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

/** Ports `freePorts` handed out in this process. */
const handedOut = new Set<number>();

/**
 * Loopback ports free right now, for services started next. They are taken from below (or above) the
 * kernel's ephemeral range, never from it: a port the kernel handed out and took back could be handed
 * out again as the local port of an outgoing connection (to PostgreSQL, between services) before the
 * service binds it. A port is handed out once per process: one reserved for a service started later
 * (a spare identity provider) is free until then, and must not go to another service meanwhile.
 */
export async function freePorts(count: number): Promise<number[]> {
  const [low, high] = await listeningRange();
  const ports: number[] = [];
  for (let attempts = 0; ports.length < count; attempts += 1) {
    if (attempts > 1_000) throw new Error(`Found no ${count} free loopback ports from ${low} to ${high}.`);
    const port = low + Math.floor(Math.random() * (high - low + 1));
    if (!handedOut.has(port) && (await isFree(port))) {
      handedOut.add(port);
      ports.push(port);
    }
  }
  return ports;
}

/** Ports outside the ephemeral range of /proc/sys/net/ipv4/ip_local_port_range (32768–60999 by default), when it leaves room. */
async function listeningRange(): Promise<[number, number]> {
  const text = await readFile('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').catch(() => '32768 60999');
  const [ephemeralLow = 32768, ephemeralHigh = 60999] = text.trim().split(/\s+/).map(Number);
  if (ephemeralLow - 10_000 >= 1_000) return [10_000, ephemeralLow - 1];
  // An ephemeral range that leaves no room outside it: any port, as the kernel would give one.
  return 65_535 - ephemeralHigh >= 1_000 ? [ephemeralHigh + 1, 65_535] : [1_024, 65_535];
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
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
