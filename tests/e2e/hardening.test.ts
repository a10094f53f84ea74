import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEVELOPMENT_ISSUER } from '../../runtime/config.ts';
import { readMetric } from '../../runtime/metrics.ts';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor, queryGateway, testScenario } from '../support/gateway.ts';

const PROFILE_NAME = 'query Name($id: ID!) { youth(id: $id) { id name { givenName familyName } education { legalFirstName } } }';

describe(`a hardened gateway (${inject('storeKind')} sources)`, () => {
  it('refuses an operation nested deeper than the limit, saying how deep it is', async () => {
    const thirteenLevels = '{ caseload { mdt { members { person { l5 { l6 { l7 { l8 { l9 { l10 { l11 { l12 { l13 } } } } } } } } } } } } }';
    const { status, body } = await queryGateway(thirteenLevels);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((error) => error.message)).toContain(
      'The operation is 13 levels deep; at most 12 are allowed. Ask for less, or split it into several requests.',
    );
  });

  it('refuses too many aliases, too many top-level fields and too many fields in all', async () => {
    const aliases = await queryGateway(`{ caseload { ${Array.from({ length: 31 }, (_, index) => `a${index}: id`).join(' ')} } }`);
    const roots = await queryGateway(`{ ${Array.from({ length: 6 }, (_, index) => `r${index}: caseload { id }`).join(' ')} }`);
    const fields = await queryGateway(`{ caseload { ${'id name { givenName familyName preferredName } birthDate age '.repeat(90)} } }`);

    expect(aliases.status).toBe(400);
    expect(aliases.body.errors?.map((error) => error.message)).toContain(
      'The operation uses 31 aliases; at most 30 are allowed. Ask for less, or split it into several requests.',
    );
    expect(roots.body.errors?.map((error) => error.message)).toContain(
      'The operation asks 6 top-level fields; at most 5 are allowed. Ask for less, or split it into several requests.',
    );
    expect(fields.body.errors?.some((error) => /selects \d+ fields; at most 500 are allowed/.test(error.message))).toBe(true);
  });

  it('counts what is selected: root fields through fragments on Query, aliases of __typename', async () => {
    const twentyRoots = Array.from({ length: 20 }, (_, index) => `r${index}: caseload { id }`).join(' ');
    const inline = await queryGateway(`{ ... on Query { ${twentyRoots} } }`);
    const named = await queryGateway(`{ ...Roots } fragment Roots on Query { ${twentyRoots} }`);
    // Under the token bound, which refuses 5,000 of them at parsing already.
    const typenames = await queryGateway(
      `{ caseload { ${Array.from({ length: 1_000 }, (_, index) => `t${index}: __typename`).join(' ')} } }`,
    );
    const told = (answer: typeof inline) => answer.body.errors?.map((error) => error.message).join(' ') ?? '';
    for (const refused of [inline, named]) {
      expect(refused.status).toBe(400);
      expect(refused.body.data).toBeUndefined();
      expect(told(refused)).toContain('The operation asks 20 top-level fields; at most 5 are allowed.');
    }
    expect(typenames.status).toBe(400);
    expect(typenames.body.data).toBeUndefined();
    expect(told(typenames)).toContain('The operation uses 1000 aliases; at most 30 are allowed.');
  });

  it('does not count the aliases the gateway adds to an operation against the client', async () => {
    // The gate adds `csecGateYouthId: id` to each caseload item before the operation is validated again.
    const thirty = await queryGateway(`{ caseload { ${Array.from({ length: 30 }, (_, index) => `a${index}: id`).join(' ')} } }`);
    expect(thirty.status).toBe(200);
    expect(thirty.body.errors).toBeUndefined();
    expect((thirty.body.data as { caseload: Array<Record<string, string>> }).caseload[0]?.['a29']).toMatch(/^Y-\d{6}$/);
  });

  it('blocks a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(inject('gatewayUrl'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...(await headersFor()) },
      body: JSON.stringify({ query: '{ caseload { id } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('Y-0000');
  });

  it('refuses a request body over the size limit with 413', async () => {
    const response = await fetch(inject('gatewayUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headersFor()) },
      body: JSON.stringify({ query: `{ caseload { id } } # ${'x'.repeat(150_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(
      'BODY_TOO_LARGE',
    );
  });

  it('puts a request id on every response, refusals included', async () => {
    const refused = await fetch(inject('gatewayUrl'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const answered = await queryGateway('{ caseload { id } }');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(answered.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs structured lines with request ids and never a value from a source', async () => {
    const youth = (await testScenario()).csec.youth[0]!;
    const answered = await queryGateway(PROFILE_NAME, { id: youth.id });
    expect(answered.body.data).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const log = await readFile(inject('serviceLogPath'), 'utf8');
    const requestId = answered.headers.get('x-request-id') ?? '';
    const gatewayLines = log.split('\n').filter((line) => line.startsWith('[gateway] {'));
    expect(gatewayLines.some((line) => line.includes(requestId))).toBe(true);
    for (const line of gatewayLines) expect(() => JSON.parse(line.slice('[gateway] '.length))).not.toThrow();
    expect(log).not.toContain(youth.familyName);
    expect(log).not.toContain('Bearer ');
  });

  it('reports what evaluating the disclosure policy costs at /metrics, with no values', async () => {
    await queryGateway('{ caseload { id name { givenName } } }');
    const text = await (await fetch(inject('gatewayUrl').replace('/graphql', '/metrics'))).text();
    const evaluations = readMetric(text, 'csec_policy_evaluation_seconds_count').get('') ?? 0;
    const seconds = readMetric(text, 'csec_policy_evaluation_seconds_sum').get('') ?? 0;
    const buckets = readMetric(text, 'csec_policy_evaluation_seconds_bucket');
    expect(evaluations).toBeGreaterThan(0);
    expect(seconds).toBeGreaterThan(0);
    expect(buckets.get('{le="+Inf"}')).toBe(evaluations);
    expect(buckets.get('{le="0.001"}')).toBeLessThanOrEqual(evaluations);
    // The same evaluations less the gateway thread's waits for a core, as the kernel counts them.
    if (process.platform === 'linux') {
      expect(readMetric(text, 'csec_policy_evaluation_on_core_seconds_count').get('')).toBe(evaluations);
      const onCore = readMetric(text, 'csec_policy_evaluation_on_core_seconds_sum').get('') ?? 0;
      expect(onCore).toBeGreaterThan(0);
      expect(onCore).toBeLessThanOrEqual(seconds);
    }
    expect(readMetric(text, 'csec_policy_coordinates_total').get('')).toBeGreaterThan(0);
    // The facts the gate read for it: from the CSEC program at least, remembered or asked.
    const factsAnswers = [...readMetric(text, 'csec_gate_facts_answers_total')];
    expect(
      factsAnswers.filter(([labels]) => labels.includes('subgraph="csec"')).reduce((total, [, count]) => total + count, 0),
    ).toBeGreaterThan(0);
    expect(factsAnswers.every(([labels]) => /answer="(remembered|asked)"/.test(labels))).toBe(true);
    expect(text).not.toMatch(/Y-0000|givenName/);
  });

  it('passes the GraphQL-over-HTTP audits with no audit in error', async () => {
    const headers = await headersFor();
    const results = await auditServer({
      url: inject('gatewayUrl'),
      fetchFn: (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
        fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers).entries()), ...headers } }),
    });
    const byStatus = (status: string) => results.filter((result) => result.status === status);
    expect(byStatus('error').map((result) => `${result.id} ${result.name}`)).toEqual([]);
    expect(byStatus('ok').length).toBeGreaterThanOrEqual(55);
  });
});

describe('the gateway in production mode', () => {
  let gateway: { url: string; stop: () => void };
  let keyServer: Server;
  let url: string;

  beforeAll(async () => {
    const jwks = await readFile(join(inject('keysDirectory'), 'identity-provider.jwks.json'), 'utf8');
    keyServer = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(jwks);
    });
    await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
    const keyPort = (keyServer.address() as { port: number }).port;
    gateway = await startExtraGateway({
      CSEC_MODE: 'production',
      AUTH_JWKS_URL: `http://127.0.0.1:${keyPort}/jwks`,
      AUTH_ISSUER: DEVELOPMENT_ISSUER,
      // The test's development certificates stand in for the county's.
      CSEC_TLS_DIR: join(inject('keysDirectory'), 'tls'),
      EDUCATION_SUBGRAPH_URL: 'https://127.0.0.1:9/graphql',
    });
    url = gateway.url;
  });

  afterAll(async () => {
    gateway.stop();
    await new Promise((resolve) => keyServer.close(resolve));
  });

  async function ask(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headersFor()) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, text: await response.text() };
  }

  it('verifies access tokens against the identity provider keys published at a JWKS URL', async () => {
    const response = await ask('{ caseload { id } }');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text).data.caseload).toHaveLength(50);
  });

  it('turns introspection off', async () => {
    const response = await ask('{ __schema { types { name } } }');
    expect(response.status).toBe(400);
    expect(response.text).toContain('GraphQL introspection is not allowed');
  });

  it('suggests no names in its errors: a mistaken field, argument or type is not matched to the schema', async () => {
    const asked = [
      await ask('{ caseload { nam } }'),
      await ask('{ youth(idd: "Y-000001") { id } }'),
      await ask('{ caseload { ... on Yuoth { id } } }'),
      await ask('query($status: ExploitationStatu) { caseload { id } }'),
    ];
    for (const answer of asked) {
      expect(answer.status).toBe(400);
      expect(answer.text).not.toMatch(/Did you mean|"name"|"id"\?|"Youth"\?|ExploitationStatus"/);
    }
    expect(JSON.parse(asked[0]!.text).errors[0].message).toBe('Cannot query field "nam" on type "Youth".');
    // Development keeps them: they help whoever writes the query.
    expect((await queryGateway('{ caseload { nam } }')).body.errors?.[0]?.message).toBe(
      'Cannot query field "nam" on type "Youth". Did you mean "name"?',
    );
  });

  it('serves no landing page', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('masks a subgraph failure: the agency named, no address, no internals, the rest of the profile intact', async () => {
    const youth = (await testScenario()).csec.youth[0]!;
    const response = await ask(PROFILE_NAME, { id: youth.id });
    const body = JSON.parse(response.text) as {
      data: { youth: { name: { familyName: string }; education: unknown } };
      errors: Array<{ message: string; path: unknown[]; extensions: { code: string } }>;
    };
    expect(body.data.youth.name.familyName).toBe(youth.familyName);
    expect(body.data.youth.education).toBeNull();
    expect(body.errors).toEqual([
      {
        message: 'The education part of this answer is unavailable right now.',
        path: ['youth', 'education'],
        extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
      },
    ]);
    expect(response.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack|fetch failed/i);
  });
});

describe("a gateway with a bound on the answer's size", () => {
  let gateway: { url: string; stop: () => void };

  beforeAll(async () => {
    gateway = await startExtraGateway({ GATEWAY_MAX_RESPONSE_BYTES: '2000' });
  });

  afterAll(() => gateway.stop());

  async function ask(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headersFor()) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, text: await response.text() };
  }

  it('refuses an answer over the bound whole: a well-formed GraphQL answer, nothing of the data', async () => {
    const scenario = await testScenario();
    const answer = await ask('{ caseload { id name { givenName familyName } birthDate } }');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({
      data: null,
      errors: [
        {
          message:
            'The answer is too large to send (the gateway sends at most 2000 bytes), so nothing of it was sent. Ask for less: fewer fields, or fewer youth at a time.',
          extensions: { code: 'RESPONSE_TOO_LARGE' },
        },
      ],
    });
    expect(answer.text).not.toMatch(/Y-\d{6}/);
    for (const youth of scenario.csec.youth) expect(answer.text).not.toContain(youth.familyName);
  });

  it('answers what fits within the bound', async () => {
    const youth = (await testScenario()).csec.youth[0]!;
    const answer = await ask(PROFILE_NAME, { id: youth.id });
    expect(answer.status).toBe(200);
    expect(Buffer.byteLength(answer.text)).toBeLessThanOrEqual(2000);
    expect(JSON.parse(answer.text).data.youth.name.familyName).toBe(youth.familyName);
  });
});
