import { GraphQLError } from 'graphql';
import { accessMatrixFor, AccessMatrixError } from '../../../runtime/policy/access-matrix.ts';
import { policyRequester, type Coordinate } from '../../../runtime/policy/policy-input.ts';
import type { QueryResolvers } from './__generated__/resolvers-types.ts';
import type { CsecContext } from './context.ts';

const CATEGORY = 'ACCESS_MATRIX';

/**
 * `Query.accessMatrix`: the access matrix of the policy revision this request arrived under, for one
 * purpose of use (runtime/policy/access-matrix.ts). Decided at the source as well as at the gateway,
 * as a coordinate about no youth, since the root field resolves whatever the gateway let through.
 */
export const accessMatrixResolvers: { Query: Pick<QueryResolvers<CsecContext>, 'accessMatrix'> } = {
  Query: {
    accessMatrix: (_root, { purposeOfUse }, { disclosure, requester }) => {
      const coordinate: Coordinate = {
        youthId: null,
        field: 'Query.accessMatrix',
        category: CATEGORY,
        confidentiality: 'L',
        sensitivity: [],
      };
      const [decision] = disclosure.policy.decide({
        now: new Date().toISOString(),
        requester: policyRequester(requester),
        youth: {},
        coordinates: [coordinate],
      });
      if (!decision?.allow) {
        throw new GraphQLError(decision?.reason ?? 'The access matrix is not available to you.', { extensions: { code: 'FORBIDDEN' } });
      }
      try {
        return accessMatrixFor(disclosure.policy, purposeOfUse);
      } catch (error) {
        if (!(error instanceof AccessMatrixError)) throw error;
        if (error.code === 'POLICY_UNAVAILABLE') throw new GraphQLError(error.message, { extensions: { code: 'POLICY_UNAVAILABLE' } });
        throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'purposeOfUse' } });
      }
    },
  },
};
