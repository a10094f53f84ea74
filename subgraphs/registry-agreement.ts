import { print, type DocumentNode } from 'graphql';
import { subgraphShape } from '../conformance/subgraph-shape.ts';
import { registeredSubgraph, type SubgraphName } from './registry.ts';

/**
 * Where a registered subgraph's schema says otherwise than its registry entry about how `Youth`
 * is keyed: the registry tells the subgraph's own runtime and the CSEC program's links, the schema's
 * `@key` and `@agencyIdentifier` tell the gateway, and the two must agree.
 */
export function registryProblems(subgraphs: ReadonlyArray<{ name: SubgraphName; typeDefs: DocumentNode }>): string[] {
  return subgraphs.flatMap(({ name, typeDefs }) => {
    const { youthKey } = registeredSubgraph(name);
    let shape;
    try {
      shape = subgraphShape(print(typeDefs));
    } catch (error) {
      return [`${name}: ${(error as Error).message}`];
    }
    const registered = 'agency' in youthKey ? `${youthKey.field} marked @agencyIdentifier(agency: "${youthKey.agency}")` : 'id';
    const declared = shape.agency ? `${shape.youthKey} marked @agencyIdentifier(agency: "${shape.agency}")` : shape.youthKey;
    return registered === declared ? [] : [`${name}: subgraphs/registry.ts keys Youth by ${registered}, its schema by ${declared}.`];
  });
}
