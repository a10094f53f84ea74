import type { RelationalSubgraphDefinition } from '../../../runtime/relational-subgraph.ts';
import type { EducationContext } from './context.ts';
import { createEducationLoaders } from './loaders.ts';
import { educationResolvers } from './resolvers.ts';
import { EducationSource } from './source.ts';

export const educationSubgraph: RelationalSubgraphDefinition<EducationContext> = {
  name: 'education',
  resolvers: educationResolvers,
  createContext: (store) => {
    const source = new EducationSource(store);
    return (requester) => ({ requester, loaders: createEducationLoaders(source) });
  },
};
