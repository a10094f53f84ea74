import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildSchema, getOperationAST, OperationTypeNode, parse } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/http';
import { decodeJwt } from 'jose';
import type { Requester } from '../../../runtime/requester.ts';
import type { NoticeListeners } from './notice-listeners.ts';

/** Where the push channel is served at the gateway. */
export const NOTICE_STREAM_PATH = '/graphql/stream';

/**
 * The push channel's own schema, apart from the supergraph: Apollo Gateway plans queries and
 * mutations over the subgraphs but cannot plan a subscription, and a member's notices are read
 * through the gated query (`Youth.notices`) anyway. So the channel carries one event that holds no
 * youth data, and is decided by nothing but who listens.
 */
const STREAM_SDL = /* GraphQL */ `
  type Query {
    "The push channel answers subscriptions only; read your notices through the gateway's /graphql."
    channel: String!
  }

  type Subscription {
    """
    True each time your notices changed (a notice was given to you); never which youth or what
    happened. Read them again through caseload { notices } at the gateway's /graphql.
    """
    noticesChanged: Boolean!
  }
`;

/** Notice streams one member may hold open at once, across windows and devices. */
export const MAX_STREAMS_PER_MEMBER = 8;

/**
 * GraphQL over server-sent events (graphql-sse, distinct connections mode) for a member the gateway
 * has authenticated exactly as for /graphql: each connection hears when its member's notices change.
 */
export function noticeStream(
  listeners: NoticeListeners,
): (request: IncomingMessage, response: ServerResponse, requester: Requester) => Promise<void> {
  const requesters = new WeakMap<IncomingMessage, Requester>();
  const schema = buildSchema(STREAM_SDL);
  // graphql-sse subscribes through the field's `subscribe`, which SDL cannot hold: set it here.
  const field = schema.getSubscriptionType()?.getFields()['noticesChanged'];
  if (field) {
    field.subscribe = (_root: unknown, _args: unknown, context: { requester: Requester }) => listeners.changesFor(context.requester.userId);
  }
  const handler = createHandler<{ requester: Requester }>({
    schema,
    context: (request) => ({ requester: requesters.get(request.raw) as Requester }),
    onSubscribe: (_request, params) => {
      // Only the subscription: the channel is no second way into anything.
      if (operationOf(params.query, params.operationName) !== OperationTypeNode.SUBSCRIPTION) {
        const refusal = {
          errors: [
            {
              message: 'The push channel answers subscriptions only: subscription { noticesChanged }.',
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        };
        return [
          JSON.stringify(refusal),
          { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/json; charset=utf-8' } },
        ];
      }
      return undefined;
    },
  });
  const open = new Map<string, number>();
  return async (request, response, requester) => {
    // A member has a window or two open; a client opening stream after stream holds sockets, not notices.
    const opened = open.get(requester.userId) ?? 0;
    if (opened >= MAX_STREAMS_PER_MEMBER) {
      response.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '30' });
      response.end(
        JSON.stringify({
          error: {
            code: 'TOO_MANY_STREAMS',
            message: `You already have ${MAX_STREAMS_PER_MEMBER} notice streams open; close one to open another.`,
          },
        }),
      );
      return;
    }
    open.set(requester.userId, opened + 1);
    response.once('close', () => {
      const left = (open.get(requester.userId) ?? 1) - 1;
      if (left > 0) open.set(requester.userId, left);
      else open.delete(requester.userId);
    });
    requesters.set(request, requester);
    // A connection never outlives the access token it was opened with: it is closed when the token
    // ends, and the client opens it again with a current one (signed in, for the same purpose).
    const endsAt = tokenEndsAt(request.headers.authorization);
    const timer = setTimeout(() => request.socket.destroy(), Math.max(0, endsAt - Date.now()));
    response.once('close', () => clearTimeout(timer));
    await handler(request, response);
  };
}

/** The kind of operation a request asks for; undefined when it cannot be read, which is refused too. */
function operationOf(query: unknown, operationName: string | null | undefined): OperationTypeNode | undefined {
  if (typeof query !== 'string') return undefined;
  try {
    return getOperationAST(parse(query), operationName)?.operation;
  } catch {
    return undefined;
  }
}

/** When the bearer token the gateway accepted for the connection ends (its `exp`, a required claim); now if unreadable. */
function tokenEndsAt(authorization: string | undefined): number {
  try {
    const { exp } = decodeJwt(authorization?.replace(/^Bearer\s+/i, '') ?? '');
    return typeof exp === 'number' ? exp * 1000 : Date.now();
  } catch {
    return Date.now();
  }
}
