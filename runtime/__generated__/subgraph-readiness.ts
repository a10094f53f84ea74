/* Generated from schema/subgraph-readiness.schema.json by `npm run codegen`. Do not edit. */

export interface SubgraphReadiness {
  subgraphReadiness?: SubgraphReadinessAnswer;
}
export interface SubgraphReadinessAnswer {
  status: 'ready' | 'unavailable';
  /**
   * The subgraph's name, as the registry and the supergraph have it.
   */
  subgraph: string;
  /**
   * Each dependency a request needs (for example source, policy) and whether it can be used.
   */
  dependencies: {
    [k: string]: 'ok' | 'unavailable';
  };
}
