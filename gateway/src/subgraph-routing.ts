import type { Supergraph } from '@apollo/federation-internals';
import { SUBGRAPH_NAMES, environmentPrefix, type SubgraphName, type SystemConfig } from '../../runtime/config.ts';
import type { SubgraphDisclosureScope } from '../../runtime/policy/disclosure-context.ts';
import type { YouthScope } from '../../runtime/policy/youth-scopes.ts';
import { SUBGRAPH_REGISTRY, registeredSubgraph, type RegisteredSubgraph } from '../../subgraphs/registry.ts';
import type { FactsSubgraph } from './facts/youth-facts-client.ts';

/**
 * Where each subgraph of the supergraph is reached: a subgraph the system runs at its configured URL
 * (which follows its port), any other at `<NAME>_SUBGRAPH_URL` when set, else at the URL the
 * supergraph records for it.
 */
export function subgraphRoutes(supergraph: Supergraph, config: SystemConfig): Map<string, string> {
  const routes = new Map<string, string>();
  for (const subgraph of supergraph.subgraphs().values()) {
    const url = isRunHere(subgraph.name)
      ? config.subgraphs[subgraph.name].url
      : (config.gateway.subgraphUrlOverrides[environmentPrefix(subgraph.name)] ?? subgraph.url);
    if (!url)
      throw new Error(
        `The supergraph gives no URL for the ${subgraph.name} subgraph; set ${environmentPrefix(subgraph.name)}_SUBGRAPH_URL.`,
      );
    routes.set(subgraph.name, url);
  }
  return routes;
}

/**
 * The subgraphs that hold the facts the policy decides on, as the supergraph declares them: the one
 * that resolves the root fields about a youth (`@youthScope`) holds the CSEC program's, and those
 * keying `Youth` by the child welfare or probation identifier hold that agency's assignments, and the
 * one whose registry entry serves the court's facts holds the juvenile court's W&IC 827 orders and
 * participations in proceedings. A supergraph without them gathers no such facts, and conditions on
 * them do not hold.
 */
export function factsSubgraphUrls(
  supergraph: Supergraph,
  routes: ReadonlyMap<string, string>,
  youthScopes: ReadonlyMap<string, YouthScope>,
  disclosureScopes: ReadonlyMap<string, SubgraphDisclosureScope>,
): Partial<Record<FactsSubgraph, string>> {
  const urls: Partial<Record<FactsSubgraph, string>> = {};
  for (const subgraph of supergraph.subgraphs().values()) {
    const url = routes.get(subgraph.name);
    if (!url) continue;
    const resolvesYouthRoots = [...youthScopes.keys()].some((coordinate) =>
      disclosureScopes.get(subgraph.name)?.coordinates.has(coordinate),
    );
    if (resolvesYouthRoots) urls.csec = url;
    const agency = disclosureScopes.get(subgraph.name)?.agency;
    if (agency === 'CHILD_WELFARE') urls['child-welfare'] = url;
    if (agency === 'PROBATION') urls.probation = url;
    if (servesCourtFacts(subgraph.name)) urls['juvenile-court'] = url;
  }
  return urls;
}

/** The facts the gateway asks the juvenile court for, in one exchange (youth-facts-client.ts). */
const COURT_FACTS = ['courtOrders', 'proceedingParticipations'] as const;

function servesCourtFacts(name: string): boolean {
  return (SUBGRAPH_REGISTRY as readonly RegisteredSubgraph[]).some(
    (entry) => entry.name === name && COURT_FACTS.some((fact) => entry.facts.includes(fact)),
  );
}

function isRunHere(name: string): name is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(name);
}

/**
 * The subgraphs holding facts whose registry entry says they serve a change feed of them
 * (`factsChanges`): the gateway watches each, and remembers their answers while it holds a lease.
 */
export function factsChangeFeeds(urls: Partial<Record<FactsSubgraph, string>>): Array<{ subgraph: FactsSubgraph; url: string }> {
  return (Object.entries(urls) as Array<[FactsSubgraph, string]>)
    .filter(([subgraph]) => registeredSubgraph(subgraph).factsChanges)
    .map(([subgraph, url]) => ({ subgraph, url }));
}
