import { createClient, type Client } from 'graphql-sse';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { MAX_STREAMS_PER_MEMBER } from '../../gateway/src/notices/notice-stream.ts';
import { accessTokenFor, headersFor, queryGateway, testScenario } from '../support/gateway.ts';

/**
 * The gateway's push channel (GraphQL over server-sent events at /graphql/stream, docs/mdt-records.md)
 * over real HTTP: a member connected to it hears that their notices changed when a triggering event is
 * recorded on their MDT; a member not on that MDT hears nothing of it; the event holds no youth data;
 * the channel takes the same sign-in as /graphql.
 */

const YOUTH = 'Y-000002';
const streamUrl = () => new URL('/graphql/stream', inject('gatewayUrl')).href;
const clients: Client[] = [];

/** A member's connection to the push channel: every event heard, and a promise that it is listening. */
function listen(user: string) {
  const heard: unknown[] = [];
  let connected!: () => void;
  const listening = new Promise<void>((resolve) => (connected = resolve));
  const client = createClient({
    url: streamUrl(),
    headers: () => headersFor({ user }),
    retryAttempts: 0,
    on: { connected: () => connected() },
  });
  clients.push(client);
  const failed = new Promise<never>((_resolve, reject) => {
    client.subscribe(
      { query: 'subscription { noticesChanged }' },
      { next: (event) => void heard.push(event), error: reject, complete: () => undefined },
    );
  });
  return { heard, listening: Promise.race([listening, failed]) };
}

afterAll(() => {
  for (const client of clients) client.dispose();
});

describe(`the push channel tells a member their notices changed (${inject('storeKind')} sources)`, () => {
  it("the probation officer on the youth's MDT hears of a new triggering event, with no youth data; a social worker not on it hears nothing", async () => {
    const scenario = await testScenario();
    const team = new Set(scenario.csec.youth.find((youth) => youth.id === YOUTH)?.mdt?.members.map((member) => member.userId));
    // A social worker of other youths, none of whom another test records an event for meanwhile.
    const stranger = 'sw.francisco.king';
    if (team.has(stranger) || !team.has('po.demo')) throw new Error(`${stranger} sits on ${YOUTH}'s MDT, or po.demo does not.`);
    const member = listen('po.demo');
    const outsider = listen(stranger);
    await Promise.all([member.listening, outsider.listening]);

    const note = 'Seen leaving with an older man at the bus stop.';
    const recorded = await queryGateway(
      'mutation R($youthId: ID!, $event: TriggeringEventInput!) { recordTriggeringEvent(youthId: $youthId, event: $event) { id } }',
      { youthId: YOUTH, event: { kind: 'EXPLOITER_THREAT', occurredAt: new Date(Date.now() - 10 * 60_000).toISOString(), note } },
    );
    expect(recorded.body.errors).toBeUndefined();

    await expect.poll(() => member.heard.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(member.heard[0]).toEqual({ data: { noticesChanged: true } });
    // The member then reads the notices through the gated query, and finds the event's.
    const notices = await queryGateway<{ youth: { notices: Array<{ kind: string }> | null } | null }>(
      'query N($id: ID!) { youth(id: $id) { notices { kind } } }',
      { id: YOUTH },
      { user: 'po.demo' },
    );
    expect(notices.body.data?.youth?.notices?.map((notice) => notice.kind)).toContain('NEW_EVENT');
    // The member heard it first, so the stranger's channel, fed by the same change, has had its turn.
    expect(outsider.heard).toEqual([]);
    for (const event of member.heard) expect(JSON.stringify(event)).not.toMatch(new RegExp(`${YOUTH}|EXPLOITER|${note}`));
  });

  it('refuses a connection without a sign-in, as /graphql does', async () => {
    const [stream, graphql] = await Promise.all([
      fetch(streamUrl(), {
        method: 'POST',
        headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'subscription { noticesChanged }' }),
      }),
      fetch(inject('gatewayUrl'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ caseload { id } }' }),
      }),
    ]);

    expect(stream.status).toBe(401);
    expect(stream.status).toBe(graphql.status);
    expect(await stream.json()).toEqual(await graphql.json());
  });

  it('closes a connection when the access token it was opened with ends', async () => {
    const response = await fetch(streamUrl(), {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        authorization: `Bearer ${await accessTokenFor('po.demo', { lifetimeSeconds: 2 })}`,
        'x-purpose-of-use': 'CSEC-MDT',
      },
      body: JSON.stringify({ query: 'subscription { noticesChanged }' }),
    });
    expect(response.status).toBe(200);
    const reader = response.body?.getReader();
    // Read until the gateway ends the stream: the read fails or says it is done, and nothing was heard.
    let heard = '';
    for (;;) {
      const chunk = await reader?.read().catch(() => ({ done: true as const, value: undefined }));
      if (!chunk || chunk.done) break;
      heard += new TextDecoder().decode(chunk.value);
    }
    expect(heard).not.toContain('noticesChanged');
  });

  it('answers subscriptions only: the channel is no second way into the records', async () => {
    const response = await fetch(streamUrl(), {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', ...(await headersFor({ user: 'po.demo' })) },
      body: JSON.stringify({ query: '{ channel }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('The push channel answers subscriptions only');
  });

  it('refuses a member more streams than anyone has windows, and takes a new one once one closes', async () => {
    const open = async () => {
      const controller = new AbortController();
      const response = await fetch(streamUrl(), {
        method: 'POST',
        signal: controller.signal,
        headers: { accept: 'text/event-stream', 'content-type': 'application/json', ...(await headersFor({ user: 'attorney.demo' })) },
        body: JSON.stringify({ query: 'subscription { noticesChanged }' }),
      });
      return { response, close: () => controller.abort() };
    };
    const streams = [];
    for (let index = 0; index < MAX_STREAMS_PER_MEMBER; index += 1) streams.push(await open());
    expect(streams.map(({ response }) => response.status)).toEqual(streams.map(() => 200));

    const refused = await open();
    expect(refused.response.status).toBe(429);
    expect((await refused.response.json()) as unknown).toEqual({
      error: { code: 'TOO_MANY_STREAMS', message: expect.stringMatching(/close one to open another/) },
    });

    streams.pop()?.close();
    await expect
      .poll(
        async () => {
          const again = await open();
          again.close();
          return again.response.status;
        },
        { timeout: 10_000 },
      )
      .toBe(200);
    for (const stream of streams) stream.close();
  });
});
