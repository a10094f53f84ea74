import { appendFileSync } from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a capturing proxy writes: each line is the subgraph's name, the path, then the body. */
export interface CapturePaths {
  /** Every response body the subgraph sends: what left the agency. */
  responses: string;
  /** Every request body the gateway sends the subgraph: what the agency was told. */
  requests: string;
}

/**
 * A pass-through proxy between the gateway and one subgraph that writes every request and response
 * body to capture files, so tests can prove what left each agency and what each agency was told.
 */
export async function startCapturingProxy(target: URL, capture: CapturePaths, label: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((incoming, outgoing) => {
    const sent: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => sent.push(chunk));
    incoming.on('end', () => appendFileSync(capture.requests, `${label} ${incoming.url} ${Buffer.concat(sent).toString('utf8')}\n`));
    const upstream = forward(
      { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (response) => {
        const chunks: Buffer[] = [];
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          outgoing.write(chunk);
        });
        response.on('end', () => {
          appendFileSync(capture.responses, `${label} ${incoming.url} ${Buffer.concat(chunks).toString('utf8')}\n`);
          outgoing.end();
        });
      },
    );
    upstream.on('error', () => {
      outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  // As long as the services keep an idle connection (runtime/graphql-http.ts), so the proxy is no less reliable than they are.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
