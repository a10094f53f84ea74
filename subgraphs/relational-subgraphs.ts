import type { BaseContext } from '@apollo/server';
import type { RelationalSubgraphDefinition } from '../runtime/relational-subgraph.ts';
import { childWelfareSubgraph } from './child-welfare/src/service.ts';
import { csecSubgraph } from './csec/src/service.ts';
import { educationSubgraph } from './education/src/service.ts';
import { probationSubgraph } from './probation/src/service.ts';

/** The subgraphs whose sources are relational, in the order their records are seeded. */
export const RELATIONAL_SUBGRAPH_DEFINITIONS = [
  csecSubgraph,
  childWelfareSubgraph,
  probationSubgraph,
  educationSubgraph,
] as ReadonlyArray<RelationalSubgraphDefinition<BaseContext>>;
