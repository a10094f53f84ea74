import type { Server } from 'node:http';

/** Starts listening, failing if the port is taken. */
export function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops accepting connections and closes them, giving requests in flight a moment to finish. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
    // Requests still in flight get a moment to finish, then their connections are closed.
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  });
}
