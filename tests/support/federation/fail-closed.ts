import { Supergraph, printSchema } from '@apollo/federation-internals';
import { buildASTSchema, execute, parse, validate, type GraphQLSchema } from 'graphql';
import type { FixtureOperation } from './harness.ts';

/** The API schema clients see over a supergraph (built from its text, with this module's graphql). */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(parse(printSchema(Supergraph.build(supergraphSdl).apiSchema())));
}

/**
 * The answer GraphQL execution (graphql-js, the reference implementation) gives an operation when the
 * resolver of every root field fails: each nullable one `null` with one error at its path, a non-null
 * one nulling `data`, `__typename` and introspection answered from the schema, every selected field
 * present in the order of the operation. Undefined for an operation the schema refuses.
 */
export async function answerWithEverythingWithheld(
  schema: GraphQLSchema,
  operation: FixtureOperation,
): Promise<{ data: unknown; errorPaths: string[] } | undefined> {
  const document = parse(operation.query);
  if (validate(schema, document).length > 0) return undefined;
  const result = await execute({
    schema,
    document,
    operationName: operation.operationName,
    variableValues: operation.variables ?? {},
    fieldResolver: () => {
      throw new Error('withheld');
    },
  });
  return {
    data: JSON.parse(JSON.stringify(result.data)) as unknown,
    errorPaths: (result.errors ?? []).map((error) => JSON.stringify(error.path ?? null)).sort(),
  };
}

/** Operations over two fixtures besides their own: fragments on the root type, aliases, `__typename` alone, an invalid one. */
export const MORE_OPERATIONS: Record<string, FixtureOperation[]> = {
  transit: [
    {
      name: 'nullable roots in fragments on Query',
      query:
        'query Lines { __typename ...Lines ... on Query { r2: route(line: "R2") { line } } } fragment Lines on Query { r1: route(line: "R1") { name stops { name } } }',
    },
    { name: '__typename alone', query: '{ __typename }' },
    { name: 'a nullable and a non-null root', query: '{ route(line: "R1") { name } routes { line } }' },
    { name: 'a field no subgraph defines', query: '{ routes { line colour } }' },
  ],
  'court-calendar': [
    { name: 'a nullable root through an entity', query: '{ hearing(id: "h1") { id caseNumber room { number floor } } }' },
    {
      name: 'skipped and included roots',
      query:
        'query Some($yes: Boolean!) { a: hearing(id: "h1") @include(if: $yes) { id } b: hearing(id: "h2") @skip(if: $yes) { id } judges { name } }',
      variables: { yes: true },
    },
  ],
};
