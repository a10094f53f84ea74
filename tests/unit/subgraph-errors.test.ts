import { describe, expect, it } from 'vitest';
import { maskError } from '../../gateway/src/error-masking.ts';
import { unavailableParts } from '../../gateway/src/subgraph-requests.ts';

describe('masking errors', () => {
  it('keeps the message and code of an error written for people', () => {
    expect(
      maskError({
        message: 'No youth with id Y-000999 is available to you.',
        path: ['youth'],
        extensions: { code: 'YOUTH_NOT_FOUND', serviceName: 'csec' },
      }),
    ).toEqual({
      message: 'No youth with id Y-000999 is available to you.',
      path: ['youth'],
      extensions: { code: 'YOUTH_NOT_FOUND' },
    });
  });

  it("says which agency's part a subgraph's error made unavailable, with its path and nothing of the failure", () => {
    const masked = maskError({
      message: 'connect ECONNREFUSED 10.0.0.7:4002 SELECT * FROM referral',
      path: ['caseload', 3, 'childWelfare'],
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        serviceName: 'child-welfare',
        stacktrace: ['at Source.query'],
        response: { url: 'http://10.0.0.7:4002/graphql' },
      },
    });
    expect(masked).toEqual({
      message: 'The child-welfare part of this answer is unavailable right now.',
      path: ['caseload', 3, 'childWelfare'],
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
    });
  });

  it("keeps the code DOWNSTREAM_SERVICE_ERROR the gateway gives a subgraph's error", () => {
    expect(
      maskError({
        message: 'boom',
        path: ['youth', 'education'],
        extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'education' },
      }),
    ).toEqual({
      message: 'The education part of this answer is unavailable right now.',
      path: ['youth', 'education'],
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
    });
  });

  it('names no subgraph whose name is not a plain name', () => {
    expect(maskError({ message: 'boom', extensions: { serviceName: 'evil <script>' } }).message).toBe(
      'One part of this answer is unavailable right now.',
    );
  });

  it('masks any other error as before', () => {
    expect(maskError({ message: 'Cannot read properties of undefined', extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toEqual({
      message: 'This part of the request could not be completed.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

describe('the parts a failed subgraph fetch leaves unavailable', () => {
  it('are the fetched fields of each entity, at their `_entities` index for the gateway to place', () => {
    const query =
      'query($representations:[_Any!]!){_entities(representations:$representations){...on Youth{__typename education{legalFirstName} enrolled: education{gradeLevel}}}}';
    expect(unavailableParts({ request: { query, variables: { representations: [{}, {}] } } }).map((error) => error.path)).toEqual([
      ['_entities', 0, 'education'],
      ['_entities', 0, 'enrolled'],
      ['_entities', 1, 'education'],
      ['_entities', 1, 'enrolled'],
    ]);
  });

  it('are the root fields of a root fetch, by response key', () => {
    const errors = unavailableParts({ request: { query: 'query($id:ID!){ youth(id:$id){ id } mine: caseload { id } }' } });
    expect(errors).toEqual([
      { message: 'This subgraph could not answer.', path: ['youth'], extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } },
      { message: 'This subgraph could not answer.', path: ['mine'], extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } },
    ]);
  });
});
