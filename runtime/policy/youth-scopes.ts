import { Kind, type ConstDirectiveNode } from 'graphql';
import { fieldDirectivesFromSdl } from './classifications.ts';

/**
 * Which youth a root field is about, from its `@youthScope` directive: the youth named by one of its
 * arguments, or each youth of the requester's own caseload (a list of youth, each known by its `id`).
 * `decidesFor` names the argument holding another person a decision is explained for.
 */
export type YouthScope = { argument: string; decidesFor?: string } | { caseload: true };

/** Youth scopes by root `Type.field`, read from schema SDL (the supergraph at the gateway). A root field without one is about no youth. */
export function youthScopesFromSdl(sdl: string): Map<string, YouthScope> {
  return fieldDirectivesFromSdl(sdl, 'youthScope', readYouthScope);
}

function readYouthScope(directive: ConstDirectiveNode): YouthScope | undefined {
  const values = new Map((directive.arguments ?? []).map((argument) => [argument.name.value, argument.value]));
  const argument = values.get('argument');
  const caseload = values.get('caseload');
  const decidesFor = values.get('decidesFor');
  if (caseload?.kind === Kind.BOOLEAN && caseload.value) return { caseload: true };
  if (argument?.kind !== Kind.STRING) return undefined;
  return decidesFor?.kind === Kind.STRING ? { argument: argument.value, decidesFor: decidesFor.value } : { argument: argument.value };
}
