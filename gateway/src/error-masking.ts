import type { GraphQLFormattedError } from 'graphql';

/**
 * Errors whose message was written for the person asking and carries no source values or
 * internals. Everything else is replaced by a generic message, so a subgraph's or a source's
 * internal error (SQL text, stack, URL) never reaches a client.
 */
const MESSAGES_MEANT_FOR_PEOPLE = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'YOUTH_NOT_FOUND',
  'OPERATION_LIMIT_EXCEEDED',
  'EXPLANATION_UNAVAILABLE',
]);

/** The code of an error that made a subgraph's part of an answer unavailable. */
export const DOWNSTREAM_SERVICE_ERROR = 'DOWNSTREAM_SERVICE_ERROR';

/** Whether an error with this code keeps its message: it was written for the person asking. */
export function isMeantForPeople(code: unknown): boolean {
  return typeof code === 'string' && MESSAGES_MEANT_FOR_PEOPLE.has(code);
}

/** A subgraph's name as the supergraph spells it (`child-welfare`): safe to show, and all that is shown of a failure. */
const SUBGRAPH_NAME = /^[a-z][a-z0-9-]{0,40}$/;

export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : 'INTERNAL_SERVER_ERROR';
  const location = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (isMeantForPeople(code)) return { message: formatted.message, ...location, extensions: { code } };
  // The gateway marks every error a subgraph fetch brought (its own or a failed fetch's) with the
  // subgraph's name: the person learns which agency's part is missing, nothing of why.
  const subgraph = formatted.extensions?.['serviceName'];
  if (typeof subgraph === 'string') {
    const part = SUBGRAPH_NAME.test(subgraph) ? `The ${subgraph} part` : 'One part';
    return { message: `${part} of this answer is unavailable right now.`, ...location, extensions: { code: DOWNSTREAM_SERVICE_ERROR } };
  }
  return { message: 'This part of the request could not be completed.', ...location, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
