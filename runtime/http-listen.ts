import type { IncomingMessage, Server } from 'node:http';

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

/** A request body that cannot be read as asked: too large, or not the JSON it says it is. */
export class RequestBodyError extends Error {
  readonly code: 'BODY_TOO_LARGE' | 'BODY_NOT_JSON';
  readonly status: number;
  constructor(code: 'BODY_TOO_LARGE' | 'BODY_NOT_JSON', message: string) {
    super(message);
    this.code = code;
    this.status = code === 'BODY_TOO_LARGE' ? 413 : 400;
  }
}

/** The body's exact bytes, refused as soon as it is known to be larger than `maxBodyBytes`. */
export async function readBodyBytes(request: IncomingMessage, maxBodyBytes: number): Promise<Buffer> {
  const tooLarge = () => new RequestBodyError('BODY_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes.`);
  if (Number(request.headers['content-length'] ?? 0) > maxBodyBytes) {
    request.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
