import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withoutSuggestions } from '../../gateway/src/hardening/client-mistakes.ts';

const schema = buildSchema(`
  type Query { youth(id: ID!): Youth, status(of: Status): Status }
  type Youth { id: ID, name: String }
  enum Status { IDENTIFIED, AT_RISK }
`);

function messages(query: string): string[] {
  return validate(schema, parse(query)).map((error) => withoutSuggestions({ message: error.message }).message);
}

describe('errors without suggestions', () => {
  it('leaves out the names graphql-js suggests for a mistaken field, argument, type or enum value', () => {
    expect(messages('{ youth(id: "1") { nam } }')).toEqual(['Cannot query field "nam" on type "Youth".']);
    expect(messages('{ youth(idd: "1") { id } }')).toEqual([
      'Unknown argument "idd" on field "Query.youth".',
      'Field "youth" argument "id" of type "ID!" is required, but it was not provided.',
    ]);
    expect(messages('{ youth(id: "1") { ... on Yuoth { id } } }')).toEqual(['Unknown type "Yuoth".']);
    expect(messages('{ status(of: IDENTIFED) }')).toEqual(['Value "IDENTIFED" does not exist in "Status" enum.']);
  });

  it('leaves a message without suggestions as it is', () => {
    const formatted = { message: 'Field "youth" argument "id" of type "ID!" is required, but it was not provided.', path: ['youth'] };
    expect(withoutSuggestions(formatted)).toBe(formatted);
  });
});
