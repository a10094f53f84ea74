import type { RelationalSubgraphDefinition } from '../../../runtime/relational-subgraph.ts';
import type { ChildWelfareContext } from './context.ts';
import { childWelfareSteeringFactsRoute } from './steering-facts.ts';
import { STEERING_FACTS_PATH } from '../../../runtime/steering-facts.ts';
import { childWelfareDisclosureFactsRoute } from './disclosure-facts.ts';
import { createChildWelfareLoaders } from './loaders.ts';
import { childWelfareResolvers } from './resolvers.ts';
import { ChildWelfareSource } from './source.ts';

export const childWelfareSubgraph: RelationalSubgraphDefinition<ChildWelfareContext> = {
  name: 'child-welfare',
  resolvers: childWelfareResolvers,
  createContext: (store) => {
    const source = new ChildWelfareSource(store);
    return (requester) => ({ requester, loaders: createChildWelfareLoaders(source) });
  },
  gatewayRoutes: (store) => ({
    '/disclosure-facts': childWelfareDisclosureFactsRoute(store),
    [STEERING_FACTS_PATH]: childWelfareSteeringFactsRoute(store),
  }),
};
