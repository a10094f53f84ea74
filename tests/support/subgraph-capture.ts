import { appendFileSync } from 'node:fs';
import { createServer as createPlainServer, request as forwardPlain, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer, request as forward } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tlsServerOptions, type ServiceIdentity } from '../../runtime/service-tls.ts';

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
 * In front of one of the system's subgraphs (`tls` given) it ends TLS to read the bodies: it answers
 * as the subgraph does (its certificate, callers' certificates required) and calls the subgraph
 * with the certificate of `tls.caller`. In front of a test's own plain-http subgraph it is plain too.
 */
export async function startCapturingProxy(
  target: URL,
  capture: CapturePaths,
  label: string,
  tls?: { subgraph: ServiceIdentity; caller: ServiceIdentity },
): Promise<{ origin: string; close: () => Promise<void> }> {
  const relay = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const sent: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => sent.push(chunk));
    incoming.on('end', () => appendFileSync(capture.requests, `${label} ${incoming.url} ${Buffer.concat(sent).toString('utf8')}\n`));
    const upstream = (tls ? forward : forwardPlain)(
      {
        host: target.hostname,
        port: target.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
        ...(tls ? { ca: tls.caller.ca, cert: tls.caller.cert, key: tls.caller.key } : {}),
      },
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
  };
  const server = tls ? createServer(tlsServerOptions(tls.subgraph, 'certificate-required'), relay) : createPlainServer(relay);
  // As long as the services keep an idle connection (runtime/graphql-http.ts), so the proxy is no less reliable than they are.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
