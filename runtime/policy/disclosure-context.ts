import { createHash } from 'node:crypto';
import type { YouthFacts } from './policy-input.ts';

/** An agency whose system of record is a subgraph, as in the CSEC program's links. */
export type SourceAgency = 'CHILD_WELFARE' | 'PROBATION' | 'HEALTH' | 'EDUCATION';

/**
 * What the gateway tells each subgraph about a request's decisions: the time they were made, the
 * facts about each youth in scope, each youth's agency identifiers, and the `Type.field`
 * coordinates allowed for each youth. It travels in the subgraph request's extensions; its digest
 * travels in the requester token the gateway signs, so a subgraph can trust it.
 */
export interface DisclosureContext {
  now: string;
  youth: Record<string, YouthFacts>;
  links: Record<string, Partial<Record<SourceAgency, string>>>;
  allowed: Record<string, string[]>;
}

export const DISCLOSURE_EXTENSION = 'csecDisclosure';

export function disclosureDigest(context: DisclosureContext): string {
  return createHash('sha256').update(JSON.stringify(context)).digest('base64url');
}
