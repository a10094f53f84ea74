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

export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : 'INTERNAL_SERVER_ERROR';
  const safe: GraphQLFormattedError = {
    message: MESSAGES_MEANT_FOR_PEOPLE.has(code) ? formatted.message : 'This part of the request could not be completed.',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: MESSAGES_MEANT_FOR_PEOPLE.has(code) ? code : 'INTERNAL_SERVER_ERROR' },
  };
  return safe;
}
