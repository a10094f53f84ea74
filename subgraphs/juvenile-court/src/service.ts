import { conformanceHookRoutes } from '../../../runtime/conformance-hook.ts';
import { announceFactsChange } from '../../../runtime/facts-changes/feed.ts';
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
  // markers through the test hook, which a production subgraph does not have. Like every write, a
  // plant is answered only once the gateways have heard the facts version it committed.
  gatewayRoutes: (store, config) => {
    const source = new JuvenileCourtSource(store);
    return {
      '/disclosure-facts': juvenileCourtDisclosureFactsRoute(store),
      ...conformanceHookRoutes(config, async ({ youth, marker }) => {
        try {
          await source.plant(youth, marker);
        } finally {
          await announceFactsChange(store);
        }
      }),
    };
  },
};
