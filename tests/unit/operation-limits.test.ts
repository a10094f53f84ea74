import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationLimitsRule, type OperationLimits } from '../../gateway/src/hardening/operation-limits.ts';

const schema = buildSchema(`
  type Query { youth: Youth }
  type Youth { id: ID, friend: Youth }
`);
const limits = { maxDepth: 4, maxAliases: 2, maxRootFields: 1, maxFields: 20 };

function problems(query: string, within: OperationLimits = limits, uncountedAliases: string[] = []): string[] {
  return validate(schema, parse(query), [...specifiedRules, operationLimitsRule(within, { uncountedAliases })]).map(
    (error) => error.message,
  );
}

const refusal = (problem: string) => `The operation ${problem}. Ask for less, or split it into several requests.`;
const roomy = { maxDepth: 50, maxAliases: 10_000, maxRootFields: 10_000, maxFields: 1_000_000 };

describe('operation limits', () => {
  it('counts depth through fragments and inline fragments', () => {
    expect(problems('{ youth { friend { friend { id } } } }')).toEqual([]);
    expect(problems('query { youth { ...F } } fragment F on Youth { friend { ... on Youth { friend { friend { id } } } } }')).toEqual([
      refusal('is 5 levels deep; at most 4 are allowed'),
    ]);
  });

  it('measures a fragment spread many times without re-walking it', () => {
    const spreads = Array.from({ length: 10 }, () => '...F').join(' ');
    expect(problems(`{ youth { ${spreads} } } fragment F on Youth { id friend { id } }`)).toEqual([
      refusal('selects 31 fields; at most 20 are allowed'),
    ]);
  });

  it('counts aliases and root fields as written', () => {
    expect(problems('{ a: youth { b: id c: id } }')).toEqual([refusal('uses 3 aliases; at most 2 are allowed')]);
    expect(problems('{ a: youth { id } b: youth { id } }')).toEqual([refusal('asks 2 top-level fields; at most 1 are allowed')]);
  });

  it('counts root fields selected through an inline fragment on the root type', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => `r${index}: youth { id }`).join(' ');
    expect(problems(`{ ... on Query { ${twenty} } }`, { ...roomy, maxRootFields: 5 })).toEqual([
      refusal('asks 20 top-level fields; at most 5 are allowed'),
    ]);
    expect(problems('{ ... on Query { youth { id } } ... { youth { id } } }')).toEqual([
      refusal('asks 2 top-level fields; at most 1 are allowed'),
    ]);
  });

  it('counts root fields selected through a named fragment on the root type, once per spread', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => `r${index}: youth { id }`).join(' ');
    expect(problems(`{ ...Roots } fragment Roots on Query { ${twenty} }`, { ...roomy, maxRootFields: 5 })).toEqual([
      refusal('asks 20 top-level fields; at most 5 are allowed'),
    ]);
    expect(problems('{ ...One ...One ...Two } fragment One on Query { youth { id } } fragment Two on Query { ...One }')).toEqual([
      refusal('asks 3 top-level fields; at most 1 are allowed'),
    ]);
    // A root field of the fragment is a root field; the fields under it are not.
    expect(problems('{ ...One } fragment One on Query { youth { id friend { id } } }')).toEqual([]);
  });

  it('counts aliases of __typename', () => {
    expect(problems('{ youth { a: __typename b: __typename c: __typename } }')).toEqual([refusal('uses 3 aliases; at most 2 are allowed')]);
    const fiveThousand = Array.from({ length: 5_000 }, (_, index) => `t${index}: __typename`).join(' ');
    expect(problems(`{ youth { ${fiveThousand} } }`, { ...roomy, maxAliases: 30 })).toEqual([
      refusal('uses 5000 aliases; at most 30 are allowed'),
    ]);
    expect(problems(`{ ${fiveThousand} }`, { ...roomy, maxAliases: 30 })).toEqual([refusal('uses 5000 aliases; at most 30 are allowed')]);
  });

  it('counts aliases inside introspection, but not its depth or fields', () => {
    expect(problems('{ a: __schema { types { name } } }')).toEqual([]);
    expect(problems('{ __schema { a: types { name } b: types { name } c: queryType { name } } }')).toEqual([
      refusal('uses 3 aliases; at most 2 are allowed'),
    ]);
    expect(problems('{ __type(name: "Youth") { a: name b: name c: name } }')).toEqual([refusal('uses 3 aliases; at most 2 are allowed')]);
    // The standard introspection query is deeper than a person's question: only its aliases count.
    expect(problems('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }')).toEqual([]);
  });

  it('counts __typename as a field, and in the root fields', () => {
    expect(problems(`{ youth { ${'__typename '.repeat(20)} } }`)).toEqual([refusal('selects 21 fields; at most 20 are allowed')]);
    expect(problems(`{ youth { id } __typename }`)).toEqual([refusal('asks 2 top-level fields; at most 1 are allowed')]);
    expect(problems(`{ youth { id } }`, { ...limits, maxFields: 2 })).toEqual([]);
    expect(problems(`{ youth { id __typename } }`, { ...limits, maxFields: 2 })).toEqual([
      refusal('selects 3 fields; at most 2 are allowed'),
    ]);
  });

  it('multiplies the aliases and fields of a fragment by the times it is spread', () => {
    expect(problems('{ youth { ...F ...F } } fragment F on Youth { a: id b: id }', roomy)).toEqual([]);
    expect(problems('{ youth { ...F ...F } } fragment F on Youth { a: id b: id }', { ...roomy, maxAliases: 3 })).toEqual([
      refusal('uses 4 aliases; at most 3 are allowed'),
    ]);
    expect(problems('{ youth { ...F ... on Youth { ...F } } } fragment F on Youth { a: __typename }', { ...roomy, maxAliases: 1 })).toEqual(
      [refusal('uses 2 aliases; at most 1 are allowed')],
    );
  });

  it('counts fragments that spread each other exponentially often, in time linear in the document', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^40 copies of F40's alias once expanded.
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, index) => `fragment F${index} on Youth { ...F${index + 1} ...F${index + 1} }`);
    const document = `{ youth { ...F0 } } ${fragments.join(' ')} fragment F${levels} on Youth { a: id }`;
    const started = performance.now();
    const found = problems(document, { ...roomy, maxAliases: 30, maxFields: 500 });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(found).toEqual([
      refusal(`uses ${2 ** levels} aliases; at most 30 are allowed`),
      refusal(`selects ${2 ** levels + 1} fields; at most 500 are allowed`),
    ]);
  });

  it('says "more than" a count too large to hold exactly', () => {
    const levels = 60;
    const fragments = Array.from({ length: levels }, (_, index) => `fragment F${index} on Youth { ...F${index + 1} ...F${index + 1} }`);
    const found = problems(`{ youth { ...F0 } } ${fragments.join(' ')} fragment F${levels} on Youth { id }`, roomy);
    expect(found).toEqual([refusal(`selects more than ${Number.MAX_SAFE_INTEGER} fields; at most 1000000 are allowed`)]);
  });

  it("leaves the gateway's own aliases uncounted, and the fields they name, but not what is below them", () => {
    expect(problems('{ youth { a: id own: friend { b: id } placeholder: __typename } }', limits, ['own', 'placeholder'])).toEqual([]);
    expect(problems('{ youth { a: id own: friend { b: id c: id } } }', limits, ['own'])).toEqual([
      refusal('uses 3 aliases; at most 2 are allowed'),
    ]);
    expect(problems(`{ youth { id ${'own: id '.repeat(20)} } }`, limits, ['own'])).toEqual([]);
    expect(problems(`{ youth { own: friend { ${'id '.repeat(19)} } } }`, limits, ['own'])).toEqual([]);
    expect(problems(`{ youth { own: friend { ${'id '.repeat(20)} } } }`, limits, ['own'])).toEqual([
      refusal('selects 21 fields; at most 20 are allowed'),
    ]);
  });

  it('does not loop on a fragment cycle, which the standard rules report', () => {
    expect(problems('{ youth { ...A } } fragment A on Youth { friend { ...A } }')).toEqual(['Cannot spread fragment "A" within itself.']);
  });
});
