import { createHash } from 'node:crypto';
import type { AllowedCoordinates, DisclosureContext as DisclosureContextMessage } from './__generated__/disclosure-context.ts';

import type { SourceAgency } from '../../subgraphs/registry.ts';

/** An agency whose system of record is a subgraph, as in the CSEC program's links: the registry's. */
export type { SourceAgency };

/**
 * What the gateway tells each subgraph about a request's decisions (its one contract,
 * schema/disclosure-context.schema.json, describes each part; the types are generated from it): the
 * time they were made, each youth's agency identifiers, the `Type.field` coordinates allowed, and,
 * for a subgraph that decides with the policy itself, the facts about each youth in scope. It
 * travels in the subgraph request's extensions; its digest travels in the requester token the
 * gateway signs, so a subgraph can trust it. Each subgraph gets only its own part of it
 * (`contextForSubgraph`).
 */
export type DisclosureContext = Omit<DisclosureContextMessage, 'links'> & {
  /** By youth id, identifiers keyed by the registry's agencies, which the contract leaves open (a new subgraph adds one). */
  links: Record<string, Partial<Record<SourceAgency, string>>>;
};

export type { AllowedCoordinates };

/** Groups each youth's allowed coordinates, youth with the same set together. */
export function groupAllowed(allowedByYouth: ReadonlyMap<string, readonly string[]>): AllowedCoordinates[] {
  const groups = new Map<string, AllowedCoordinates>();
  for (const [youthId, fields] of allowedByYouth) {
    const sorted = [...new Set(fields)].sort();
    const key = sorted.join(' ');
    const group = groups.get(key) ?? { youth: [], fields: sorted };
    group.youth.push(youthId);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** What a subgraph needs of a request's disclosure context. */
export interface SubgraphDisclosureScope {
  /** It decides records by their own labels with the policy, so it needs the facts. */
  decidesRecords: boolean;
  /** The agency whose identifier it knows a youth by; none when it uses the program's youth id. */
  agency: SourceAgency | undefined;
  /** The `Type.field` coordinates it resolves. */
  coordinates: ReadonlySet<string>;
}

/**
 * The part of a request's disclosure context one subgraph is sent: the coordinates it resolves, the
 * identifiers its own agency keeps, and the facts only when it decides records with the policy or
 * computes an answer from them (`withFacts`). Another agency's identifier would tell a subgraph
 * that the youth is known there (a probation number sent to education discloses delinquency
 * involvement), and facts it does not use are neither sent, parsed nor hashed. A subgraph that
 * knows youth by its agency's identifier hears only of the youth its agency is linked to: it has
 * no records of the others, so their facts and decisions would tell it about youth it does not serve.
 */
export function contextForSubgraph(context: DisclosureContext, scope: SubgraphDisclosureScope, withFacts: boolean): DisclosureContext {
  const agency = scope.agency;
  const links: DisclosureContext['links'] = {};
  if (agency) {
    for (const [youthId, identifiers] of Object.entries(context.links)) {
      const identifier = identifiers[agency];
      if (identifier !== undefined) links[youthId] = { [agency]: identifier };
    }
  }
  const served = (youthId: string) => !agency || youthId in links;
  const youth: DisclosureContext['youth'] = {};
  if (withFacts) {
    for (const [youthId, facts] of Object.entries(context.youth)) if (served(youthId)) youth[youthId] = facts;
  }
  const allowed = context.allowed
    .map((group) => ({
      youth: agency ? group.youth.filter(served) : group.youth,
      fields: group.fields.filter((field) => scope.coordinates.has(field)),
    }))
    .filter((group) => group.youth.length > 0 && group.fields.length > 0);
  return withFacts && context.explained
    ? { now: context.now, youth, links, allowed, explained: context.explained }
    : { now: context.now, youth, links, allowed };
}

export const DISCLOSURE_EXTENSION = 'csecDisclosure';

export function disclosureDigest(context: DisclosureContext): string {
  return createHash('sha256').update(JSON.stringify(context)).digest('base64url');
}
