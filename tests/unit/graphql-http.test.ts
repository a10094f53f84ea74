import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { serveGraphQL, type RequestGate, type RunningHttpServer } from '../../runtime/graphql-http.ts';

const MAX_RESPONSE_BYTES = 1_000;
const SECRET = 'Y-000001 Quintana';

let running: RunningHttpServer | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** An answer of about `bytes` bytes that carries a source value. */
function answerOf(bytes: number): string {
  return JSON.stringify({ data: { youth: { id: SECRET, note: 'x'.repeat(Math.max(0, bytes - 60)) } } });
}

/** Serves GraphQL with Apollo Server's execution replaced by `executed`, and the gate given. */
async function serving(executed: string, gate?: RequestGate<{ requestId: string }>): Promise<string> {
  const result: HTTPGraphQLResponse = {
    status: 200,
    headers: new HeaderMap([['content-type', 'application/graphql-response+json; charset=utf-8']]),
    body: { kind: 'complete', string: executed },
  };
  const apollo = { executeHTTPGraphQLRequest: async () => result } as unknown as ApolloServer<BaseContext>;
  running = await serveGraphQL<BaseContext, { requestId: string }>({
    apollo,
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: 10_000,
    maxResponseBytes: MAX_RESPONSE_BYTES,
    logger: pino({ level: 'silent' }),
    authenticate: async (_request, requestId) => ({ requestId }),
    buildContext: async () => ({}),
    ...(gate ? { gate } : {}),
  });
  return running.url;
}

async function ask(url: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ youth { id } }' }) });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

function expectTooLarge(answer: { status: number; type: string | null; text: string }): void {
  expect(answer.status).toBe(200);
  expect(answer.type).toContain('application/graphql-response+json');
  expect(JSON.parse(answer.text)).toEqual({
    data: null,
    errors: [
      {
        message: `The answer is too large to send (the gateway sends at most ${MAX_RESPONSE_BYTES} bytes), so nothing of it was sent. Ask for less: fewer fields, or fewer youth at a time.`,
        extensions: { code: 'RESPONSE_TOO_LARGE' },
      },
    ],
  });
  expect(answer.text).not.toContain(SECRET);
}

describe('the bound on an answer\'s size', () => {
  it('sends an answer within the bound as it is', async () => {
    const executed = answerOf(MAX_RESPONSE_BYTES - 10);
    const answer = await ask(await serving(executed));
    expect(answer.text).toBe(executed);
  });

  it('replaces an answer over the bound by a RESPONSE_TOO_LARGE error, with nothing of it', async () => {
    expectTooLarge(await ask(await serving(answerOf(MAX_RESPONSE_BYTES + 10))));
  });

  it('measures bytes, not characters', async () => {
    const executed = JSON.stringify({ data: { note: 'é'.repeat(MAX_RESPONSE_BYTES / 2) } });
    expect(executed.length).toBeLessThan(MAX_RESPONSE_BYTES);
    expectTooLarge(await ask(await serving(executed)));
  });

  it('refuses an executed answer over the bound before the gate finishes it, so the gate records nothing', async () => {
    let finished = 0;
    const gate: RequestGate<{ requestId: string }> = async (_auth, parameters) => ({
      parameters,
      finish: async (body) => {
        finished += 1;
        return body;
      },
    });
    expectTooLarge(await ask(await serving(answerOf(MAX_RESPONSE_BYTES + 10), gate)));
    expect(finished).toBe(0);
  });

  it('refuses an answer the gate\'s finishing takes over the bound', async () => {
    const gate: RequestGate<{ requestId: string }> = async (_auth, parameters) => ({
      parameters,
      finish: async (body) => body.replace(/}$/, `,"extensions":{"notice":"${'n'.repeat(200)}"}}`),
    });
    expectTooLarge(await ask(await serving(answerOf(MAX_RESPONSE_BYTES - 100), gate)));
  });

  it('sends a finished answer within the bound', async () => {
    const gate: RequestGate<{ requestId: string }> = async (_auth, parameters) => ({
      parameters,
      finish: async (body) => body.replace(/}$/, ',"extensions":{"notice":"n"}}'),
    });
    const answer = await ask(await serving(answerOf(500), gate));
    expect(JSON.parse(answer.text).extensions).toEqual({ notice: 'n' });
  });
});
