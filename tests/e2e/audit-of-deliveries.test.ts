import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor, queryGateway } from '../support/gateway.ts';

interface Entry {
  requestId: string;
  fields: string[];
  outcome: 'DISCLOSED' | 'WITHHELD' | 'NOT_DELIVERED';
}

const PROFILE = `query Profile($id: ID!) {
  youth(id: $id) {
    id
    name { givenName familyName }
    education { legalFirstName currentEnrollment { schoolName } }
  }
}`;
const ACCOUNTING =
  'query Accounting($youthId: ID!) { accountingOfDisclosures(youthId: $youthId, first: 200) { requestId fields outcome } }';

/** The accounting of the youth's disclosures made by one request, as the privacy officer reads it. */
async function accountingOf(youthId: string, requestId: string): Promise<Entry[]> {
  const answer = await queryGateway<{ accountingOfDisclosures: Entry[] }>(
    ACCOUNTING,
    { youthId },
    { user: 'privacy.demo', purpose: 'HOPERAT' },
  );
  return (answer.body.data?.accountingOfDisclosures ?? []).filter((entry) => entry.requestId === requestId);
}

function outcomesOf(entries: Entry[], field: string): Array<Entry['outcome']> {
  return entries.filter((entry) => entry.fields.includes(field)).map((entry) => entry.outcome);
}

async function post(url: string, body: unknown): Promise<{ status: number; requestId: string; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headersFor()) },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id') as string,
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe(`the audit records what was delivered, not only what was decided (${inject('storeKind')} sources)`, () => {
  let downEducation: Server;
  let hungEducation: Server;
  let gateway: { url: string; stop: () => void };
  let youthId: string;

  beforeAll(async () => {
    // An education subgraph that drops every connection: its part of any answer is never sent.
    downEducation = createServer((request) => request.socket.destroy());
    await new Promise<void>((resolve) => downEducation.listen(0, '127.0.0.1', resolve));
    // One that takes every request and never answers.
    hungEducation = createServer(() => undefined);
    await new Promise<void>((resolve) => hungEducation.listen(0, '127.0.0.1', resolve));
    gateway = await startExtraGateway({
      EDUCATION_SUBGRAPH_URL: `http://127.0.0.1:${(downEducation.address() as AddressInfo).port}/graphql`,
    });
    const caseload = await queryGateway<{ caseload: Array<{ id: string; education: unknown }> }>(
      '{ caseload { id education { legalFirstName } } }',
    );
    youthId = caseload.body.data!.caseload.find((youth) => youth.education !== null)!.id;
  });

  afterAll(async () => {
    gateway?.stop();
    await new Promise((resolve) => downEducation?.close(resolve));
    hungEducation?.closeAllConnections();
    await new Promise((resolve) => hungEducation?.close(resolve));
  });

  it('records education as disclosed when it was sent', async () => {
    const answer = await post(inject('gatewayUrl'), { query: PROFILE, variables: { id: youthId } });
    expect((answer.body['data'] as { youth: { education: unknown } }).youth.education).not.toBeNull();

    const entries = await accountingOf(youthId, answer.requestId);

    expect(outcomesOf(entries, 'Youth.education')).toEqual(['DISCLOSED']);
    expect(outcomesOf(entries, 'EducationStudent.legalFirstName')).toEqual(['DISCLOSED']);
  });

  it('records education allowed but not delivered, never disclosed, when its subgraph did not answer', async () => {
    const answer = await post(gateway.url, { query: PROFILE, variables: { id: youthId } });
    const youth = (answer.body['data'] as { youth: { name: unknown; education: unknown } }).youth;
    expect(youth.education).toBeNull();
    expect(youth.name).not.toBeNull();

    const entries = await accountingOf(youthId, answer.requestId);

    expect(outcomesOf(entries, 'Youth.education')).toEqual(['NOT_DELIVERED']);
    expect(outcomesOf(entries, 'EducationStudent.legalFirstName')).toEqual(['NOT_DELIVERED']);
    expect(
      entries.filter(
        (entry) => entry.outcome === 'DISCLOSED' && entry.fields.some((field) => /^(EducationStudent|SchoolEnrollment)\./.test(field)),
      ),
    ).toEqual([]);
    // What was sent is still recorded as disclosed, once.
    expect(outcomesOf(entries, 'YouthName.givenName')).toEqual(['DISCLOSED']);
  });

  it('records nothing as disclosed for an answer refused as too large to send', async () => {
    const bounded = await startExtraGateway({ GATEWAY_MAX_RESPONSE_BYTES: '1000' });
    try {
      const answer = await post(bounded.url, { query: '{ caseload { id name { givenName familyName } birthDate } }' });
      expect((answer.body['errors'] as Array<{ extensions: { code: string } }>)[0]?.extensions.code).toBe('RESPONSE_TOO_LARGE');

      const entries = await accountingOf(youthId, answer.requestId);

      expect(outcomesOf(entries, 'YouthName.givenName')).toEqual(['NOT_DELIVERED']);
      expect(entries.filter((entry) => entry.outcome === 'DISCLOSED')).toEqual([]);
    } finally {
      bounded.stop();
    }
  });

  it('records nothing as disclosed for an answer past its deadline, before its 503 is sent and again once the late plan is done', async () => {
    // Education is down, and the gateway waits longer for it than the request may take.
    const late = await startExtraGateway({
      EDUCATION_SUBGRAPH_URL: `http://127.0.0.1:${(hungEducation.address() as AddressInfo).port}/graphql`,
      GATEWAY_SUBGRAPH_TIMEOUT_MS: '2500',
      GATEWAY_REQUEST_DEADLINE_MS: '1000',
    });
    try {
      const answer = await post(late.url, { query: PROFILE, variables: { id: youthId } });
      expect(answer.status).toBe(503);
      // Read while the plan still waits for education: the deadline amended the records already.
      const atTheDeadline = await accountingOf(youthId, answer.requestId);
      // The plan runs to its end (the education fetch times out), and records nothing as disclosed after.
      await new Promise((resolve) => setTimeout(resolve, 3_500));
      const entries = await accountingOf(youthId, answer.requestId);

      expect(outcomesOf(atTheDeadline, 'YouthName.givenName')).toEqual(['NOT_DELIVERED']);
      expect(atTheDeadline.filter((entry) => entry.outcome === 'DISCLOSED')).toEqual([]);
      expect(outcomesOf(entries, 'YouthName.givenName')).toEqual(['NOT_DELIVERED']);
      expect(entries.filter((entry) => entry.outcome === 'DISCLOSED')).toEqual([]);
    } finally {
      late.stop();
    }
  });

  it("records nothing as disclosed for a request that executed nothing (a persisted-query hash that is not its query's)", async () => {
    const answer = await post(inject('gatewayUrl'), {
      query: PROFILE,
      variables: { id: youthId },
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expect(answer.body['data']).toBeUndefined();

    const entries = await accountingOf(youthId, answer.requestId);

    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((entry) => entry.outcome === 'DISCLOSED')).toEqual([]);
    expect(outcomesOf(entries, 'YouthName.givenName')).toEqual(['NOT_DELIVERED']);
  });
});
