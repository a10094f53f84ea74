import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { UNCLASSIFIED_DECISION } from '../../gateway/src/gate/coordinate-listing.ts';
import { completeResponse, type GraphQLResponseBody } from '../../gateway/src/gate/response-completion.ts';
import { analyzeOperation } from '../../gateway/src/gate/selection-analysis.ts';
import type { Scope } from '../../gateway/src/gate/youth-scope.ts';
import type { Decision } from '../../runtime/policy/policy-input.ts';

const SCHEMA = buildSchema(`
  type Query { caseload: [Youth!]! }
  type Youth { id: ID! name: String education: Education mentalHealth: String }
  type Education { school: String }
`);

const ALLOWED: Decision = { ...UNCLASSIFIED_DECISION, allow: true, rule: 'TEST' };

/** Y-000001 is withheld from the caseload; Y-000002's mental health is withheld; the rest is disclosed. */
function decide(youthId: string | null, coordinate: string): Decision {
  if (youthId === 'Y-000001' && coordinate === 'Query.caseload') return { ...UNCLASSIFIED_DECISION, rule: 'TEST' };
  if (coordinate === 'Youth.mentalHealth') return { ...UNCLASSIFIED_DECISION, reason: 'Not for you.' };
  return ALLOWED;
}

const SCOPE = {
  youthOf: () => ['Y-000001', 'Y-000002', 'Y-000003'],
  listsYouth: () => true,
} as unknown as Scope;

function complete(response: GraphQLResponseBody): GraphQLResponseBody {
  const analyzed = analyzeOperation(SCHEMA, parse('{ caseload { id name education { school } mentalHealth } }'), undefined, {});
  if (!analyzed) throw new Error('The test operation is invalid.');
  completeResponse(response, analyzed, SCOPE, decide, false);
  return response;
}

describe('an answer completed along the operation', () => {
  it("moves a subgraph's error with its item when an item before it is left out, and drops the errors of what was withheld", () => {
    const item = (id: string) => ({ id, csecGateYouthId: id, name: id, education: null, mentalHealth: 'secret' });
    const completed = complete({
      data: { caseload: [item('Y-000001'), item('Y-000002'), item('Y-000003')] },
      errors: [
        {
          message: 'The education part of this answer is unavailable right now.',
          path: ['caseload', 0, 'education'],
          extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
        },
        {
          message: 'The education part of this answer is unavailable right now.',
          path: ['caseload', 2, 'education'],
          extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
        },
        {
          message: 'The health part of this answer is unavailable right now.',
          path: ['caseload', 1, 'mentalHealth'],
          extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
        },
      ],
    });

    expect(completed.data).toEqual({
      caseload: [
        { id: 'Y-000002', name: 'Y-000002', education: null, mentalHealth: null },
        { id: 'Y-000003', name: 'Y-000003', education: null, mentalHealth: null },
      ],
    });
    expect(completed.errors).toEqual([
      {
        message: 'The education part of this answer is unavailable right now.',
        path: ['caseload', 1, 'education'],
        extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
      },
      { message: 'Not for you.', path: ['caseload', 0, 'mentalHealth'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } },
      { message: 'Not for you.', path: ['caseload', 1, 'mentalHealth'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } },
    ]);
    expect(completed.extensions).toEqual({ notices: ['Some items are not shown to you.'] });
  });
});
