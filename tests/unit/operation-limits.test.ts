import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationLimitsRule } from '../../gateway/src/hardening/operation-limits.ts';

const schema = buildSchema(`
  type Query { youth: Youth }
  type Youth { id: ID, friend: Youth }
`);
const limits = { maxDepth: 4, maxAliases: 2, maxRootFields: 1, maxFields: 20 };

function problems(query: string): string[] {
  return validate(schema, parse(query), [...specifiedRules, operationLimitsRule(limits)]).map((error) => error.message);
}

describe('operation limits', () => {
  it('counts depth through fragments and inline fragments', () => {
    expect(problems('{ youth { friend { friend { id } } } }')).toEqual([]);
    expect(problems('query { youth { ...F } } fragment F on Youth { friend { ... on Youth { friend { friend { id } } } } }')).toEqual([
      'The operation is 5 levels deep; at most 4 are allowed. Ask for less, or split it into several requests.',
    ]);
  });

  it('measures a fragment spread many times without re-walking it', () => {
    const spreads = Array.from({ length: 10 }, () => '...F').join(' ');
    expect(problems(`{ youth { ${spreads} } } fragment F on Youth { id friend { id } }`)).toEqual([
      'The operation selects 31 fields; at most 20 are allowed. Ask for less, or split it into several requests.',
    ]);
  });

  it('counts aliases and root fields, and ignores introspection fields', () => {
    expect(problems('{ a: youth { b: id c: id } }')).toEqual([
      'The operation uses 3 aliases; at most 2 are allowed. Ask for less, or split it into several requests.',
    ]);
    expect(problems('{ youth { id } __typename }')).toEqual([]);
  });

  it('does not loop on a fragment cycle, which the standard rules report', () => {
    expect(problems('{ youth { ...A } } fragment A on Youth { friend { ...A } }')).toEqual([
      'Cannot spread fragment "A" within itself.',
    ]);
  });
});
