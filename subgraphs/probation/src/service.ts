import type { RelationalSubgraphDefinition } from '../../../runtime/relational-subgraph.ts';
import type { ProbationContext } from './context.ts';
import { probationSteeringFactsRoute } from './steering-facts.ts';
import { STEERING_FACTS_PATH } from '../../../runtime/steering-facts.ts';
import { probationDisclosureFactsRoute } from './disclosure-facts.ts';
import { createProbationLoaders } from './loaders.ts';
import { probationResolvers } from './resolvers.ts';
import { ProbationSource } from './source.ts';

export const probationSubgraph: RelationalSubgraphDefinition<ProbationContext> = {
  name: 'probation',
  resolvers: probationResolvers,
  createContext: (store) => {
    const source = new ProbationSource(store);
    return (requester) => ({ requester, loaders: createProbationLoaders(source) });
  },
  gatewayRoutes: (store) => ({
    '/disclosure-facts': probationDisclosureFactsRoute(store),
    [STEERING_FACTS_PATH]: probationSteeringFactsRoute(store),
  }),
};
