import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor, queryGateway } from '../support/gateway.ts';

/** What the stand-in for the education subgraph does with each request. */
type Breakage = 'reset' | 'http-500' | 'errors-without-path' | 'errors-with-path';

/** Text a broken subgraph answers with, which must never reach the client. */
const INTERNALS =
  'relation "enrollment" does not exist: SELECT * FROM enrollment WHERE ssid = $1 at Source.query (/srv/education/source.ts:42)';

const PROFILE = `query Profile($id: ID!) {
  youth(id: $id) {
    id
    name { givenName familyName }
    childWelfare { case { status } }
    probation { adjudicated }
    education { legalFirstName currentEnrollment { schoolName } }
  }
}`;
const CASELOAD = '{ caseload { id name { familyName } education { legalFirstName } } }';

interface Answer {
  status: number;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

const UNAVAILABLE = 'The education part of this answer is unavailable right now.';

describe(`a profile when one agency's subgraph fails (${inject('storeKind')} sources)`, () => {
  let breakage: Breakage = 'reset';
  let brokenSubgraph: Server;
  let gateway: { url: string; stop: () => void };
  let youthId: string;

  beforeAll(async () => {
    brokenSubgraph = createServer((request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (breakage === 'reset') {
          request.socket.destroy();
          return;
        }
        if (breakage === 'http-500') {
          response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(`Internal error at http://education.internal:4005/graphql: ${INTERNALS}`);
          return;
        }
        const sent = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: { representations?: unknown[] } };
        const entities = sent.variables?.representations ?? [];
        const errors =
          breakage === 'errors-without-path'
            ? [{ message: INTERNALS, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: [INTERNALS] } }]
            : entities.map((_entity, index) => ({
                message: INTERNALS,
                path: ['_entities', index, 'education'],
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              }));
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: breakage === 'errors-with-path' ? { _entities: entities.map(() => null) } : null, errors }));
      });
    });
    await new Promise<void>((resolve) => brokenSubgraph.listen(0, '127.0.0.1', resolve));
    const port = (brokenSubgraph.address() as AddressInfo).port;
    gateway = await startExtraGateway({ EDUCATION_SUBGRAPH_URL: `http://127.0.0.1:${port}/graphql` });
    // A youth of the caseload whose education record the requester sees when the subgraph is up.
    const caseload = await queryGateway<{ caseload: Array<{ id: string; education: unknown }> }>(CASELOAD);
    youthId = caseload.body.data!.caseload.find((youth) => youth.education !== null)!.id;
  });

  afterAll(async () => {
    gateway.stop();
    await new Promise((resolve) => brokenSubgraph.close(resolve));
  });

  async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headersFor()) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
  }

  function expectNothingOfTheFailure(text: string): void {
    expect(text).not.toMatch(
      /127\.0\.0\.1|education\.internal|ECONNRESET|ECONNREFUSED|socket hang up|fetch failed|stack|SELECT|relation|source\.ts|Internal error/i,
    );
  }

  for (const broken of ['reset', 'http-500', 'errors-without-path', 'errors-with-path'] as const) {
    it(`answers the rest of the profile, education null with an error at its path naming the agency (${broken})`, async () => {
      breakage = broken;
      const healthy = await queryGateway(PROFILE, { id: youthId });
      const answer = await ask(PROFILE, { id: youthId });
      expect(answer.status).toBe(200);
      const youth = answer.body.data?.['youth'] as Record<string, unknown>;
      const expected = (healthy.body.data as { youth: Record<string, unknown> }).youth;
      expect(expected['education']).not.toBeNull();
      expect(expected['childWelfare']).not.toBeNull();
      expect(youth).toEqual({ ...expected, education: null });
      const downstream = answer.body.errors?.filter((error) => error.extensions?.['code'] === 'DOWNSTREAM_SERVICE_ERROR');
      expect(downstream).toEqual([
        { message: UNAVAILABLE, path: ['youth', 'education'], extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } },
      ]);
      // Every other error is one the healthy answer has too (a withheld field, for example).
      const others = answer.body.errors?.filter((error) => error.extensions?.['code'] !== 'DOWNSTREAM_SERVICE_ERROR') ?? [];
      for (const error of others) expect(healthy.body.errors ?? []).toContainEqual(error);
      expectNothingOfTheFailure(answer.text);
    });
  }

  it("places the error of each youth of a caseload at that youth's education", async () => {
    breakage = 'reset';
    const healthy = await queryGateway<{ caseload: Array<{ id: string; education: unknown }> }>(CASELOAD);
    const answer = await ask(CASELOAD);
    const caseload = (answer.body.data as { caseload: Array<{ id: string; name: unknown; education: unknown }> }).caseload;
    expect(caseload.map((youth) => youth.id)).toEqual(healthy.body.data!.caseload.map((youth) => youth.id));
    expect(caseload.every((youth) => youth.education === null && youth.name !== null)).toBe(true);
    const downstream = answer.body.errors?.filter((error) => error.extensions?.['code'] === 'DOWNSTREAM_SERVICE_ERROR') ?? [];
    for (const error of downstream) {
      expect(error.message).toBe(UNAVAILABLE);
      expect(error.path).toEqual(['caseload', expect.any(Number), 'education']);
    }
    // Each youth whose education the healthy subgraph answered has the error at its own path.
    const failedAt = new Set(downstream.map((error) => error.path?.[1]));
    expect(failedAt.size).toBe(downstream.length);
    healthy.body.data!.caseload.forEach((youth, index) => {
      if (youth.education !== null) expect(failedAt.has(index)).toBe(true);
    });
    expectNothingOfTheFailure(answer.text);
  });
});
