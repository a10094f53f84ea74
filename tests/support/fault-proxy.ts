import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * How a dependency behind a FaultProxy behaves: normally; stopped (its process is gone: every
 * connection is cut and new ones are reset); or hung (its process is frozen, as by SIGSTOP:
 * connections are taken and nothing more moves until it is thawed, when everything held moves on).
 */
export type Fault = 'none' | 'stopped' | 'hung';

/**
 * A TCP proxy in front of one dependency (a subgraph, the FHIR server, PostgreSQL), so a test can
 * stop or freeze it and let it come back, without touching the process itself.
 */
export class FaultProxy {
  private fault: Fault = 'none';
  private readonly server: Server;
  private readonly connections = new Set<{ client: Socket; upstream: Socket }>();
  /** Writes held while hung, in the order they arrived. */
  private held: Array<() => void> = [];

  private constructor(server: Server) {
    this.server = server;
  }

  static async start(target: { host: string; port: number }): Promise<FaultProxy> {
    const server = createServer();
    const proxy = new FaultProxy(server);
    server.on('connection', (client) => proxy.accept(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  set(fault: Fault): void {
    this.fault = fault;
    if (fault === 'stopped') {
      for (const { client, upstream } of this.connections) {
        client.destroy();
        upstream.destroy();
      }
      this.held = [];
    }
    if (fault === 'none') {
      const held = this.held;
      this.held = [];
      for (const write of held) write();
    }
  }

  async close(): Promise<void> {
    this.set('stopped');
    await new Promise((resolve) => this.server.close(resolve));
  }

  private accept(client: Socket, target: { host: string; port: number }): void {
    if (this.fault === 'stopped') {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    const pair = { client, upstream };
    this.connections.add(pair);
    const relay = (from: Socket, to: Socket) =>
      from.on('data', (chunk: Buffer) => {
        const write = () => {
          if (!to.destroyed) to.write(chunk);
        };
        if (this.fault === 'hung') this.held.push(write);
        else write();
      });
    relay(client, upstream);
    relay(upstream, client);
    const end = () => {
      this.connections.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      socket.on('close', end);
      socket.on('error', end);
    }
  }
}
