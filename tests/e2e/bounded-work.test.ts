import { describe, expect, inject, it } from 'vitest';
import { queryGateway } from '../support/gateway.ts';

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
