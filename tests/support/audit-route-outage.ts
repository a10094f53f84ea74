import { createServer, request as forward } from 'node:https';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { AUDIT_RECORDS_PATH } from '../../runtime/audit/disclosure-record.ts';
import { loadConfig } from '../../runtime/config.ts';
import { OPERATOR_IDENTITY, readServiceIdentity, tlsServerOptions } from '../../runtime/service-tls.ts';

/**
 * A proxy in front of the running csec subgraph that passes everything but its audit route, which
 * answers 503: a gateway behind it can record a request's decisions only with the request's own
 * csec fetch, as a write's transaction does, and never after it. Returns the URL to give that
 * gateway as CSEC_SUBGRAPH_URL.
 */
export async function csecWithoutAuditRoute(): Promise<{ url: string; close: () => Promise<void> }> {
  const env = inject('serviceEnvironment');
  const { tls } = loadConfig(env);
  const target = new URL(env['CSEC_SUBGRAPH_URL'] as string);
  const caller = readServiceIdentity(tls, OPERATOR_IDENTITY);
  const server = createServer(tlsServerOptions(readServiceIdentity(tls, 'csec'), 'certificate-required'), (incoming, outgoing) => {
    if (incoming.url === AUDIT_RECORDS_PATH) {
      incoming.resume();
      outgoing.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"unavailable"}');
      return;
    }
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
        ca: caller.ca,
        cert: caller.cert,
        key: caller.key,
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
