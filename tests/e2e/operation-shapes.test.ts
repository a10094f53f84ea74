import { describe, expect, inject, it } from 'vitest';
import { queryGateway, type GraphQLResponse } from '../support/gateway.ts';

/** The caseload screen's fields, some of which a probation officer may not see for some youth. */
const CASELOAD_FIELDS = /* GraphQL */ `
  id
  name { givenName familyName }
  exploitationStatus
  childWelfare { clientId currentPlacement { placementType address { city } } }
  health { mentalHealth { diagnoses { description } } }
  education { enrollments { schoolName } }
`;

type Body = GraphQLResponse<Record<string, unknown>>['body'];

/** Each withheld path and its code, for comparing two answers. */
function withheldPaths(body: Body): string[] {
  return (body.errors ?? []).map((error) => `${(error.path ?? []).join('.')} ${String(error.extensions?.['code'])}`).sort();
}

describe(`every shape of an operation is decided the same (${inject('storeKind')} sources)`, () => {
  it('a law enforcement officer asking for a caseload gets a list, never a missing field', async () => {
    const response = await queryGateway('{ caseload { id name { givenName } } }', {}, { user: 'le.demo' });

    expect(response.status).toBe(200);
    expect(response.body.data).not.toBeNull();
    expect(Array.isArray(response.body.data?.['caseload'])).toBe(true);
  });

  it.each(['po.demo', 'sw.demo', 'phn.demo'])(
    'the caseload inside a fragment on Query is withheld exactly as the plain caseload (%s)',
    async (user) => {
      const plain = await queryGateway(`{ caseload { ${CASELOAD_FIELDS} } }`, {}, { user });
      const inline = await queryGateway(`{ ... on Query { caseload { ${CASELOAD_FIELDS} } } }`, {}, { user });
      const named = await queryGateway(
        `query Screen { ...Screen } fragment Screen on Query { caseload { ...Item } } fragment Item on Youth { ${CASELOAD_FIELDS} }`,
        {},
        { user },
      );

      expect(plain.status).toBe(200);
      expect(withheldPaths(plain.body).length).toBeGreaterThan(0);
      for (const other of [inline, named]) {
        expect(other.status).toBe(200);
        expect(other.body.data).toEqual(plain.body.data);
        expect(withheldPaths(other.body)).toEqual(withheldPaths(plain.body));
      }
    },
  );

  it('aliases, @include and @skip change where a value is, not whether it is disclosed', async () => {
    const plain = await queryGateway(
      '{ youth(id: "Y-000001") { id health { mentalHealth { diagnoses { description } } } childWelfare { clientId } } }',
      {},
      { user: 'po.demo' },
    );
    const shaped = await queryGateway(
      `query Shaped($withHealth: Boolean!, $withoutCase: Boolean!) {
        person: youth(id: "Y-000001") {
          key: id
          h: health @include(if: $withHealth) { m: mentalHealth { d: diagnoses { text: description } } }
          childWelfare @skip(if: $withoutCase) { clientId }
        }
      }`,
      { withHealth: true, withoutCase: false },
      { user: 'po.demo' },
    );

    const person = shaped.body.data?.['person'] as Record<string, unknown> | null;
    const youth = plain.body.data?.['youth'] as Record<string, unknown> | null;
    expect(person?.['key']).toEqual(youth?.['id']);
    expect(person?.['childWelfare']).toEqual(youth?.['childWelfare']);
    const rename = (path: string) =>
      path
        .replace(/^youth/, 'person')
        .replace('.health', '.h')
        .replace('.mentalHealth', '.m')
        .replace('.diagnoses', '.d')
        .replace('.description', '.text');
    expect(withheldPaths(shaped.body)).toEqual(withheldPaths(plain.body).map(rename).sort());
  });

  it('a skipped field is neither asked for nor answered', async () => {
    const response = await queryGateway(
      'query Skip($skip: Boolean!) { youth(id: "Y-000001") { id health @skip(if: $skip) { medicalRecordNumber } } }',
      { skip: true },
      { user: 'sw.demo' },
    );

    expect(response.body.data).toEqual({ youth: { id: 'Y-000001' } });
    expect(response.body.errors).toBeUndefined();
  });

  it('refuses an alias the gate keeps for itself, with a clear error', async () => {
    const response = await queryGateway('{ caseload { csecGateYouthId: name { givenName } } }');

    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('reserved');
  });
});
