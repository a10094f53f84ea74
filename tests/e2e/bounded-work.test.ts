import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor, queryGateway } from '../support/gateway.ts';

describe(`work a request can cause is bounded before it is done (${inject('storeKind')} sources)`, () => {
  it('refuses a 60 KB operation repeating one field 20,000 times at parsing, with 400, and goes on answering', async () => {
    const query = `{ youth(id: "Y-000001") { ${'id '.repeat(20_000)}} }`;
    expect(query.length).toBeGreaterThan(60_000);

    const refused = await queryGateway(query);
    const next = await queryGateway('{ youth(id: "Y-000001") { id } }');

    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(refused.body.errors?.[0]?.message).toMatch(/tokens/);
    expect(next.status).toBe(200);
    expect(next.body.data).toEqual({ youth: { id: 'Y-000001' } });
  });

  it('refuses an operation over the field limit by its size alone, before the rules that grow with the square of its fields', async () => {
    const query = `{ youth(id: "Y-000001") { ${'id '.repeat(1_500)}} }`;

    const refused = await queryGateway(query);

    expect(refused.status).toBe(400);
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(refused.body.errors?.[0]?.message).toMatch(/selects \d+ fields; at most 500/);
  });

  it.each([5_000, 100])('counts aliases of __typename: %i of them are refused, not answered', async (count) => {
    const aliases = Array.from({ length: count }, (_, index) => `t${index}: __typename`).join(' ');

    const refused = await queryGateway(`{ ${aliases} }`);

    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(JSON.stringify(refused.body)).not.toContain('"t1":');
  });
});

describe(`one person's flood (${inject('storeKind')} sources)`, () => {
  let gateway: { url: string; stop: () => void };

  beforeAll(async () => {
    gateway = await startExtraGateway({ GATEWAY_REQUESTS_PER_SECOND_PER_USER: '5' });
  });

  afterAll(() => gateway.stop());

  it('is answered 429 with Retry-After past the per-person limit, while another person is still answered', async () => {
    const ask = async (user: string) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await headersFor({ user })) },
        body: JSON.stringify({ query: '{ caseload { id } }' }),
      });

    const flood = await Promise.all(Array.from({ length: 12 }, () => ask('sw.demo')));
    const other = await ask('po.demo');

    const limited = flood.filter((response) => response.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(flood.filter((response) => response.status === 200).length).toBeGreaterThan(0);
    expect(Number(limited[0]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await limited[0]?.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(
      'RATE_LIMITED',
    );
    expect(other.status).toBe(200);
  });
});
