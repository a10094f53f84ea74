import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecideAgain, serveGraphQL, type GraphQLParameters, type RunningHttpServer } from '../../runtime/graphql-http.ts';
import { createLogger } from '../../runtime/logger.ts';
import { readServiceIdentity } from '../../runtime/service-tls.ts';
import { testCertificates } from '../support/operator-tls.ts';

/**
 * A gate whose decisions go out of date before the answer leaves: the request is gated and executed
 * again from the parameters the client sent, and refused once that keeps happening.
 */
describe('a request whose decisions went out of date', () => {
  let server: RunningHttpServer;
  let apollo: ApolloServer;
  /** How many times in a row each request's decisions go out of date, by its query. */
  const outdatedTimes = new Map<string, number>();
  const gated: GraphQLParameters[] = [];
  const executed: string[] = [];
  let certificates: Awaited<ReturnType<typeof testCertificates>>;

  beforeAll(async () => {
    certificates = await testCertificates();
    apollo = new ApolloServer({
      typeDefs: 'type Query { attempt: Int }',
      resolvers: { Query: { attempt: () => executed.push('executed') } },
    });
    await apollo.start();
    server = await serveGraphQL({
      apollo,
      host: '127.0.0.1',
      port: 0,
      tls: { identity: readServiceIdentity(certificates.tls, 'gateway'), clients: 'any' },
      maxBodyBytes: 10_000,
      logger: createLogger('decide-again-test'),
      authenticate: async (_request, requestId) => ({ requestId }),
      buildContext: async () => ({}),
      gate: async (_auth, parameters) => {
        gated.push(parameters);
        const query = String(parameters.query);
        return {
          parameters: { ...parameters, query: '{ attempt }' },
          finish: async (body) => {
            const left = outdatedTimes.get(query) ?? 0;
            outdatedTimes.set(query, left - 1);
            if (left > 0) throw new DecideAgain();
            return body;
          },
        };
      },
    });
  });

  afterAll(async () => {
    await server?.close();
    await apollo?.stop();
    await certificates?.remove();
  });

  async function ask(query: string) {
    gated.length = 0;
    executed.length = 0;
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('is decided and executed again, from what the client sent, and answered with the last attempt', async () => {
    outdatedTimes.set('{ once: attempt }', 1);

    const answer = await ask('{ once: attempt }');

    expect(answer).toEqual({ status: 200, body: { data: { attempt: 2 } } });
    expect(gated.map((parameters) => parameters.query)).toEqual(['{ once: attempt }', '{ once: attempt }']);
    expect(executed).toHaveLength(2);
  });

  it('is refused with 503 FACTS_CHANGING after three attempts, with nothing of them', async () => {
    outdatedTimes.set('{ always: attempt }', 100);

    const answer = await ask('{ always: attempt }');

    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({
      errors: [{ message: expect.stringContaining('nothing was disclosed') as unknown, extensions: { code: 'FACTS_CHANGING' } }],
    });
    expect(gated).toHaveLength(3);
    expect(executed).toHaveLength(3);
  });
});
