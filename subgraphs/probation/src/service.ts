import type { RelationalSubgraphDefinition } from '../../../runtime/relational-subgraph.ts';
import { registeredSubgraph } from '../../registry.ts';
import type { ProbationContext } from './context.ts';
import { probationDisclosureFactsRoute } from './disclosure-facts.ts';
import { loadProbationRecords } from './load-records.ts';
import { createProbationLoaders } from './loaders.ts';
import { probationResolvers } from './resolvers.ts';
import { ProbationSource } from './source.ts';

export const probationSubgraph: RelationalSubgraphDefinition<ProbationContext> = {
  name: 'probation',
  schemaUrl: new URL('../schema.graphql', import.meta.url),
  migrationsUrl: new URL('../migrations/', import.meta.url),
  youthKey: registeredSubgraph('probation').youthKey,
  resolvers: probationResolvers,
  createContext: (store) => {
    const source = new ProbationSource(store);
    return (requester) => ({ requester, loaders: createProbationLoaders(source) });
  },
  gatewayRoutes: (store) => ({ '/disclosure-facts': probationDisclosureFactsRoute(store) }),
  loadRecords: loadProbationRecords,
};
