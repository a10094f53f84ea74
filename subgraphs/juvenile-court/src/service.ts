import { conformanceHookRoutes } from '../../../runtime/conformance-hook.ts';
import type { RelationalSubgraphDefinition } from '../../../runtime/relational-subgraph.ts';
import type { JuvenileCourtContext } from './context.ts';
import { juvenileCourtDisclosureFactsRoute } from './disclosure-facts.ts';
import { createJuvenileCourtLoaders } from './loaders.ts';
import { juvenileCourtResolvers } from './resolvers.ts';
import { JuvenileCourtSource } from './source.ts';

export const juvenileCourtSubgraph: RelationalSubgraphDefinition<JuvenileCourtContext> = {
  name: 'juvenile-court',
  resolvers: juvenileCourtResolvers,
  createContext: (store) => {
    const source = new JuvenileCourtSource(store);
    return (requester) => ({ requester, loaders: createJuvenileCourtLoaders(source) });
  },
  // The W&IC 827 orders are facts the disclosure policy decides on; the conformance kit plants its
  // markers through the test hook, which a production subgraph does not have.
  gatewayRoutes: (store, config) => {
    const source = new JuvenileCourtSource(store);
    return {
      '/disclosure-facts': juvenileCourtDisclosureFactsRoute(store),
      ...conformanceHookRoutes(config, ({ youth, marker }) => source.plant(youth, marker)),
    };
  },
};
