import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { TypeInfo, parse, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';
import { YouthFactsClient, agencyFactsInPlay } from '../gateway/src/facts/youth-facts-client.ts';
import { SUBGRAPH_NAMES, type SubgraphName, type SystemConfig } from '../runtime/config.ts';
import { classificationsFromSdl } from '../runtime/policy/classifications.ts';
import { groupAllowed, type DisclosureContext } from '../runtime/policy/disclosure-context.ts';
import { DisclosurePolicy } from '../runtime/policy/disclosure-policy.ts';
import { policyRequester } from '../runtime/policy/policy-input.ts';
import type { Requester } from '../runtime/requester.ts';
import { RequesterTokenSigner } from '../runtime/requester-token.ts';
import { CASELOAD_SCOPE, CASELOAD_QUERY, PROFILE_QUERY, WRITE_MUTATION, WRITE_SCOPE_PREFIX } from './workloads.ts';

/**
 * What the ungated configurations (baseline, peer, floor) send the subgraphs in place of the
 * gateway's decisions: for each scope (one youth's profile, or the caseload), a disclosure
 * context that allows every field the workload selects for every youth in it, with the same
 * policy facts and agency links our gateway would send. Computed once, before the load.
 */
export interface OpenDisclosure {
  /** The requester every ungated request is made for (a fresh request id is added per request). */
  requester: Omit<Requester, 'requestId'>;
  scopes: Record<string, DisclosureContext>;
}

export async function buildOpenDisclosure(
  config: SystemConfig,
  requester: Omit<Requester, 'requestId'>,
): Promise<{ disclosure: OpenDisclosure; caseloadYouth: string[] }> {
  const supergraphSdl = await readFile(config.gateway.supergraphPath, 'utf8');
  const apiSchema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  const signer = await RequesterTokenSigner.fromKeyFile(config.gateway.signingKeyPath, config.requesterTokens.lifetimeSeconds);
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, config.subgraphs[name].url])) as Record<SubgraphName, string>;
  const policy = await DisclosurePolicy.load(config.policyBundlePath);
  const classifications = classificationsFromSdl(supergraphSdl);
  const profileFields = selectedCoordinates(apiSchema, PROFILE_QUERY);
  const caseloadFields = selectedCoordinates(apiSchema, CASELOAD_QUERY);
  const writeFields = selectedCoordinates(apiSchema, WRITE_MUTATION);
  const factsClient = new YouthFactsClient({ subgraphUrls, signer });
  // The agency facts ours gathers for a workload depend on the categories its fields belong to.
  const factsFor = (fields: string[]) => {
    const categories = [...new Set(fields.flatMap((field) => classifications.get(field)?.category ?? []))];
    const inPlay = agencyFactsInPlay(policy.conditionsInPlay(policyRequester(requester), categories), requester);
    return factsClient.forCaseload({ ...requester, requestId: 'bench-open-disclosure' }, inPlay);
  };
  const [profileFacts, caseloadFacts] = await Promise.all([factsFor(profileFields), factsFor(caseloadFields)]);
  const caseloadYouth = [...caseloadFacts.keys()].sort();
  if (caseloadYouth.length === 0) throw new Error(`${requester.userId} has no caseload in this county; the workloads need one.`);

  const now = new Date().toISOString();
  const scopes: Record<string, DisclosureContext> = {};
  const caseload: DisclosureContext = { now, youth: {}, links: {}, allowed: [] };
  const caseloadAllowed = new Map<string, string[]>();
  for (const youthId of caseloadYouth) {
    const entry = caseloadFacts.get(youthId);
    const profileEntry = profileFacts.get(youthId);
    if (!entry || !profileEntry) continue;
    scopes[youthId] = {
      now,
      youth: { [youthId]: profileEntry.facts },
      links: { [youthId]: profileEntry.links },
      allowed: groupAllowed(new Map([[youthId, profileFields]])),
    };
    // A write about the youth: its coordinates allowed, with the facts of the youth's profile.
    scopes[`${WRITE_SCOPE_PREFIX}${youthId}`] = {
      now,
      youth: { [youthId]: profileEntry.facts },
      links: { [youthId]: profileEntry.links },
      allowed: groupAllowed(new Map([[youthId, writeFields]])),
    };
    caseload.youth[youthId] = entry.facts;
    caseload.links[youthId] = entry.links;
    caseloadAllowed.set(youthId, caseloadFields);
  }
  caseload.allowed = groupAllowed(caseloadAllowed);
  scopes[CASELOAD_SCOPE] = caseload;
  return { disclosure: { requester, scopes }, caseloadYouth };
}

/** Every `Type.field` an operation selects, as the gateway's gate lists them. */
export function selectedCoordinates(schema: GraphQLSchema, query: string): string[] {
  const typeInfo = new TypeInfo(schema);
  const coordinates = new Set<string>();
  visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent && !node.name.value.startsWith('__')) coordinates.add(`${parent.name}.${node.name.value}`);
      },
    }),
  );
  return [...coordinates].sort();
}
