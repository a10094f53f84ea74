import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor } from '../support/gateway.ts';

const PROFILE = '{ youth(id: "Y-000001") { id name { givenName } education { enrollments { schoolName } } } }';

/** A server on a loopback port, as the gateway's URL for a subgraph. */
async function onLoopback(server: Server): Promise<{ url: string; close: () => void }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** A subgraph that takes every request and never answers. */
function hungSubgraph(): Promise<{ url: string; close: () => void }> {
  return onLoopback(createServer(() => undefined));
}

async function ask(url: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headersFor()) },
    body: JSON.stringify({ query: PROFILE }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: { youth?: Record<string, unknown> | null };
      errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string } }>;
    },
  };
}

const REPORT = '{ steeringReport(period: "2026-Q3") { period { label } } }';
/** How much later than the CSEC program the slow proxy answers a steering report. */
const REPORT_DELAY_MS = 1_500;

/**
 * The CSEC program behind a proxy that answers a steering report's fetch 1.5 s late, as a large
 * county's report takes, and every other request at once.
 */
function slowReports(csecUrl: string): Promise<{ url: string; close: () => void }> {
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(
        Object.entries(incoming.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
      ) as Record<string, string>;
      void (async () => {
        if (body.includes('steeringReport')) await new Promise((resolve) => setTimeout(resolve, REPORT_DELAY_MS));
        const answer = await fetch(new URL(incoming.url ?? '/', csecUrl), {
          method: incoming.method ?? 'POST',
          headers,
          ...(incoming.method === 'GET' ? {} : { body }),
        });
        outgoing.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        outgoing.end(await answer.text());
      })().catch(() => outgoing.destroy());
    });
  });
  return onLoopback(server);
}

async function askReport(url: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headersFor({ user: 'steering.demo', purpose: 'HOPERAT' })) },
    body: JSON.stringify({ query: REPORT }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: { steeringReport?: { period: { label: string } } | null };
      errors?: Array<{ extensions?: { code?: string } }>;
    },
  };
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
      {
        message: 'The education part of this answer is unavailable right now.',
        path: ['youth', 'education'],
        extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
      },
    ]);
  });

  it('is cut off by the request deadline when the subgraph timeout is longer: 503, and nothing of the late answer', async () => {
    const gateway = await startExtraGateway({
      EDUCATION_SUBGRAPH_URL: hung.url,
      GATEWAY_SUBGRAPH_TIMEOUT_MS: '60000',
      GATEWAY_REQUEST_DEADLINE_MS: '1500',
    });
    gateways.push(gateway);

    const answer = await ask(gateway.url);

    expect(answer.status).toBe(503);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('DEADLINE_EXCEEDED');
    expect(answer.body.data).toBeUndefined();
  });

  it('gives a steering report its own longer deadline and fetch timeout', async () => {
    const slow = await slowReports(inject('subgraphUrls')['csec'] as string);
    try {
      const normal = { CSEC_SUBGRAPH_URL: slow.url, GATEWAY_SUBGRAPH_TIMEOUT_MS: '800', GATEWAY_REQUEST_DEADLINE_MS: '1000' };
      const reports = await startExtraGateway({ ...normal, GATEWAY_REPORT_TIMEOUT_MS: '30000' });
      const noLonger = await startExtraGateway({ ...normal, GATEWAY_REPORT_TIMEOUT_MS: '1000' });
      gateways.push(reports, noLonger);

      const answered = await askReport(reports.url);
      expect(answered.status).toBe(200);
      expect(answered.body.data?.steeringReport?.period.label).toBeTruthy();

      const cutOff = await askReport(noLonger.url);
      expect(cutOff.body.data?.steeringReport ?? null).toBeNull();
      expect(cutOff.body.errors?.map((error) => error.extensions?.code)).toEqual(
        expect.arrayContaining([expect.stringMatching(/DEADLINE_EXCEEDED|DOWNSTREAM_SERVICE_ERROR/)]),
      );
    } finally {
      slow.close();
    }
  });
});
