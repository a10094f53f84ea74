import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveGraphQL, type RequestGate, type RunningHttpServer } from '../../runtime/graphql-http.ts';
import { readServiceIdentity, type ServiceIdentity } from '../../runtime/service-tls.ts';
import { testCertificates } from '../support/operator-tls.ts';

const MAX_RESPONSE_BYTES = 1_000;
const SECRET = 'Y-000001 Quintana';

let running: RunningHttpServer | undefined;
let certificates: Awaited<ReturnType<typeof testCertificates>>;
let identity: ServiceIdentity;

beforeAll(async () => {
  certificates = await testCertificates();
  identity = readServiceIdentity(certificates.tls, 'gateway');
});

afterAll(() => certificates?.remove());

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
    tls: { identity, clients: 'any' },
    maxBodyBytes: 1_000_000,
    maxResponseBytes: MAX_RESPONSE_BYTES,
    logger: pino({ level: 'silent' }),
    authenticate: async (_request, requestId) => ({ requestId }),
    buildContext: async () => ({}),
    ...(gate ? { gate } : {}),
  });
  return running.url;
}

async function ask(
  url: string,
  body: Record<string, unknown> = { query: '{ youth { id } }' },
): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
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

describe("the bound on an answer's size", () => {
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

  it("refuses an answer the gate's finishing takes over the bound", async () => {
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

describe('the NUL character', () => {
  const NUL_REFUSAL = {
    errors: [
      {
        message:
          'Arguments, variables and the operation name cannot contain the NUL character (U+0000). Remove it and send the request again.',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ],
  };

  it('is refused with 400 wherever the request holds it, before the gate or Apollo Server sees it', async () => {
    let gated = 0;
    const gate: RequestGate<{ requestId: string }> = async (_auth, parameters) => {
      gated += 1;
      return { parameters, finish: async (body) => body };
    };
    const url = await serving(answerOf(100), gate);
    const sent = [
      { query: '{ youth(id: "Y-\\u0000") { id } }' },
      { query: '{ youth(id: "Y-\\u{0}") { id } }' },
      { query: '{ youth(id: "Y-\u0000") { id } }' },
      { query: 'query($id: ID!) { youth(id: $id) { id } }', variables: { id: 'Y-\u0000' } },
      { query: 'query($f: In) { youth(filter: $f) { id } }', variables: { f: { deep: [{ deeper: ['ok', 'no\u0000'] }] } } },
      { query: 'query($f: In) { youth(filter: $f) { id } }', variables: { f: { 'key\u0000': 'value' } } },
      { query: 'query A { youth { id } }', operationName: 'A\u0000' },
    ];
    for (const body of sent) {
      const answer = await ask(url, body);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text)).toEqual(NUL_REFUSAL);
    }
    expect(gated).toBe(0);
  });

  it('is not seen where the text only spells it: an escaped backslash, a block string', async () => {
    const url = await serving(answerOf(100));
    for (const query of [
      '{ youth(id: "Y-\\\\u0000") { id } }',
      '{ youth(id: """Y-\\u0000""") { id } }',
      '# \\u0000 in a comment\n{ youth { id } }',
    ]) {
      expect((await ask(url, { query })).status).toBe(200);
    }
  });

  it('is refused in variables nested too deep to walk recursively', async () => {
    const depth = 200_000;
    const nested = `${'['.repeat(depth)}"no\\u0000"${']'.repeat(depth)}`;
    const url = await serving(answerOf(100));
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"query($v: In) { youth(filter: $v) { id } }","variables":{"v":${nested}}}`,
    });
    expect(response.status).toBe(400);
  });
});
