import { createHash } from 'node:crypto';
import type { YouthFacts } from './policy-input.ts';

/** An agency whose system of record is a subgraph, as in the CSEC program's links. */
export type SourceAgency = 'CHILD_WELFARE' | 'PROBATION' | 'HEALTH' | 'EDUCATION';

/**
 * What the gateway tells each subgraph about a request's decisions: the time they were made, each
 * youth's agency identifiers, the `Type.field` coordinates allowed, and, for a subgraph that decides
 * with the policy itself, the facts about each youth in scope. It travels in the subgraph request's
 * extensions; its digest travels in the requester token the gateway signs, so a subgraph can trust it.
 */
export interface DisclosureContext {
  now: string;
  /** Empty for a subgraph that decides nothing itself (see `withoutFacts`). */
  youth: Record<string, YouthFacts>;
  links: Record<string, Partial<Record<SourceAgency, string>>>;
  /** Youth allowed the same coordinates share one entry: a caseload's youth mostly do. */
  allowed: AllowedCoordinates[];
}

export interface AllowedCoordinates {
  youth: string[];
  fields: string[];
}

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

/**
 * The context for a subgraph that decides nothing with the policy itself: the facts stay at the
 * gateway, so they are neither sent, parsed nor hashed where they are not used.
 */
export function withoutFacts(context: DisclosureContext): DisclosureContext {
  return { ...context, youth: {} };
}

export const DISCLOSURE_EXTENSION = 'csecDisclosure';

export function disclosureDigest(context: DisclosureContext): string {
  return createHash('sha256').update(JSON.stringify(context)).digest('base64url');
}
