import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type GraphQLFormattedError } from 'graphql';

/**
 * Answers, with 400 and a message that says what to send instead, the mistakes of a client that
 * Apollo Server would leave to the gateway's executor, which fails on them as if the server had:
 * an operation name the document does not define, several operations without `operationName`
 * (two anonymous ones are refused by validation already), and a subscription, which this gateway
 * does not serve.
 */
export function clientMistakesPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) {
            const names = operationNames(document)
              .map((name) => `"${name}"`)
              .join(', ');
            const asked = request.operationName;
            const message =
              typeof asked !== 'string'
                ? `The document has several operations; send operationName to say which one to run (${names}).`
                : names
                  ? `The document has no operation named "${asked.slice(0, 100)}"; its operations are ${names}.`
                  : `The document has no operation named "${asked.slice(0, 100)}"; its operation has no name, so leave operationName out.`;
            throw refusal(message, 'OPERATION_RESOLUTION_FAILURE');
          }
          if (operation.operation === 'subscription') {
            throw refusal('Subscriptions are not served here: send a query or a mutation.', 'BAD_REQUEST');
          }
        },
      };
    },
  };
}

function refusal(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

function operationNames(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
  );
}

/**
 * graphql-js suggests names close to a mistaken one ("Did you mean "name"?"): a stranger could map
 * the schema with them, so production leaves them out.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.message.includes('Did you mean')) return formatted;
  return { ...formatted, message: formatted.message.replace(/ ?Did you mean [^?]*\?/g, '') };
}
