import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceCallError, callService } from '../../runtime/service-http.ts';

const ANSWER = 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\nconnection: keep-alive\r\n\r\n{"ok":true}';

let servers: Array<Server | TcpServer> = [];
const sockets = new Set<Socket>();

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

/** Listens on a free loopback port; every connection is closed after each test. */
async function listening<T extends Server | TcpServer>(server: T): Promise<string> {
  servers.push(server);
  server.on('connection', (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/route`;
}

/**
 * A service that answers each connection's first request and resets the connection on the second
 * without reading it, as a service does that closes an idle kept-alive connection just as a
 * request goes out on it. Counts the connections it accepted.
 */
async function closingOnSecondRequest(): Promise<{ url: string; connections: () => number }> {
  let connections = 0;
  const server = createTcpServer((socket: Socket) => {
    connections += 1;
    let requests = 0;
    socket.on('data', () => {
      requests += 1;
      if (requests === 1) socket.write(ANSWER);
      else socket.resetAndDestroy();
    });
    socket.on('error', () => undefined);
  });
  return { url: await listening(server), connections: () => connections };
}

describe('calls between services', () => {
  it('answers with the status, the headers and the whole body', async () => {
    const url = await listening(
      createHttpServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        request.on('end', () => {
          response.writeHead(201, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ method: request.method, body, authorization: request.headers.authorization }));
        });
      }),
    );

    const answer = await callService(url, { method: 'POST', headers: { authorization: 'Bearer t' }, body: 'é', timeoutMs: 5_000 });

    expect(answer.status).toBe(201);
    expect(answer.ok).toBe(true);
    expect(answer.headers.get('Content-Type')).toBe('application/json');
    expect(await answer.json()).toEqual({ method: 'POST', body: 'é', authorization: 'Bearer t' });
  });

  it('sends a request again, once, on a new connection when a kept-alive one was closed as it went out', async () => {
    const service = await closingOnSecondRequest();

    await callService(service.url, { method: 'POST', body: '{}', timeoutMs: 5_000 });
    const answer = await callService(service.url, { method: 'POST', body: '{}', timeoutMs: 5_000 });

    expect(answer.status).toBe(200);
    expect(service.connections()).toBe(2);
  });

  it('fails as unreachable when a new connection is reset, without sending again', async () => {
    let connections = 0;
    const url = await listening(
      createTcpServer((socket) => {
        connections += 1;
        socket.on('data', () => socket.resetAndDestroy());
        socket.on('error', () => undefined);
      }),
    );

    const call = callService(url, { method: 'POST', body: '{}', timeoutMs: 5_000 });

    await expect(call).rejects.toMatchObject({ name: 'ServiceCallError', failure: 'UNREACHABLE' });
    expect(connections).toBe(1);
  });

  it('fails with a timeout when the service does not answer in time, naming only its origin', async () => {
    const url = await listening(createTcpServer((socket) => socket.on('error', () => undefined)));

    const failure = await callService(url, { method: 'POST', body: '{"secret":1}', timeoutMs: 200 }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ServiceCallError);
    expect(failure).toMatchObject({ failure: 'TIMEOUT' });
    expect((failure as Error).message).toBe(`The call to ${new URL(url).origin} got no answer (timeout).`);
  });

  it('fails, without keeping it, on an answer larger than the call accepts', async () => {
    const url = await listening(createHttpServer((_request, response) => response.end('x'.repeat(10_000))));

    await expect(callService(url, { timeoutMs: 5_000, maxAnswerBytes: 1_000 })).rejects.toMatchObject({ failure: 'ANSWER_TOO_LARGE' });
  });

  it('fails as unreachable when nothing listens', async () => {
    const server = createTcpServer();
    const url = await listening(server);
    await new Promise((resolve) => server.close(resolve));
    servers = [];

    await expect(callService(url, { timeoutMs: 5_000 })).rejects.toMatchObject({ failure: 'UNREACHABLE' });
  });
});
