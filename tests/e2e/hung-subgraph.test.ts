import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor } from '../support/gateway.ts';

const PROFILE = '{ youth(id: "Y-000001") { id name { givenName } education { enrollments { schoolName } } } }';

/** A subgraph that takes every request and never answers. */
async function hungSubgraph(): Promise<{ url: string; close: () => void }> {
  const server: Server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

async function ask(url: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(await headersFor()) }, body: JSON.stringify({ query: PROFILE }) });
  return { status: response.status, body: (await response.json()) as { data?: { youth?: Record<string, unknown> | null }; errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string } }> } };
}

describe(`a subgraph that never answers (${inject('storeKind')} sources)`, () => {
  let hung: { url: string; close: () => void };
  const gateways: Array<{ url: string; stop: () => void }> = [];

  beforeAll(async () => {
    hung = await hungSubgraph();
  });

  afterAll(() => {
    for (const gateway of gateways) gateway.stop();
    hung.close();
  });

  it('costs a request no more than the subgraph timeout: the rest of the profile comes, its part is marked unavailable', async () => {
    const gateway = await startExtraGateway({ EDUCATION_SUBGRAPH_URL: hung.url, GATEWAY_SUBGRAPH_TIMEOUT_MS: '1000' });
    gateways.push(gateway);

    const answer = await ask(gateway.url);

    expect(answer.status).toBe(200);
    expect(answer.body.data?.youth).toMatchObject({ id: 'Y-000001', education: null });
    expect(answer.body.errors).toEqual([
      { message: 'The education part of this answer is unavailable right now.', path: ['youth', 'education'], extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } },
    ]);
  });

  it('is cut off by the request deadline when the subgraph timeout is longer: 503, and nothing of the late answer', async () => {
    const gateway = await startExtraGateway({ EDUCATION_SUBGRAPH_URL: hung.url, GATEWAY_SUBGRAPH_TIMEOUT_MS: '60000', GATEWAY_REQUEST_DEADLINE_MS: '1500' });
    gateways.push(gateway);

    const answer = await ask(gateway.url);

    expect(answer.status).toBe(503);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('DEADLINE_EXCEEDED');
    expect(answer.body.data).toBeUndefined();
  });
});
