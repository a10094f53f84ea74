import type { RepeatedWrite } from '../../../runtime/audit/disclosure-record.ts';
import { GATE_YOUTH_ID_ALIAS, SENT_ALIAS_PREFIX } from './operation-rewrite.ts';
import type { GraphQLResponseBody } from './response-completion.ts';
import type { AnalyzedOperation } from './selection-analysis.ts';
import type { Scope } from './youth-scope.ts';

/**
 * What an executed answer did not deliver of what the policy allowed: every field, when nothing was
 * executed (no data: an operation refused before execution, a method not allowed); otherwise, by youth,
 * the `Type.field` coordinates at and under each place where a subgraph's error stands for a value
 * it did not supply. Undefined when the answer delivers everything it was asked for, the common case,
 * found without looking further than its errors.
 */
export type Undelivered = 'EVERYTHING' | ReadonlyMap<string | null, ReadonlySet<string>>;

/** Reads the executed answer before it is completed (its paths are still the executed ones). */
export function undeliveredOf(response: GraphQLResponseBody, analyzed: AnalyzedOperation, scope: Scope): Undelivered | undefined {
  if (!response.data) return 'EVERYTHING';
  const placed = (response.errors ?? []).filter((error) => Array.isArray(error['path']));
  if (placed.length === 0) return undefined;
  const missing = new Map<string | null, Set<string>>();
  for (const error of placed) {
    const path = error['path'] as Array<string | number>;
    const keys = path
      .filter((step): step is string => typeof step === 'string')
      .map((key) => (key.startsWith(SENT_ALIAS_PREFIX) ? key.slice(SENT_ALIAS_PREFIX.length) : key));
    const root = analyzed.roots.find((candidate) => candidate.responseKey === keys[0]);
    if (!root) continue;
    let youth: ReadonlyArray<string | null> = scope.youthOf(root);
    if (scope.listsYouth(root) && typeof path[1] === 'number') {
      const item = (response.data[path[0] as string] as unknown[] | null | undefined)?.[path[1]];
      const youthId = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[GATE_YOUTH_ID_ALIAS] : undefined;
      // A list item the gate cannot tie to its youth: none of the root's youth is taken as served there.
      if (typeof youthId === 'string') youth = [youthId];
    } else if (!scope.listsYouth(root)) {
      youth = [youth[0] ?? null];
    }
    for (const field of analyzed.fields) {
      if (field.root !== root || !keys.every((key, index) => field.path[index] === key)) continue;
      for (const youthId of youth) {
        let coordinates = missing.get(youthId);
        if (!coordinates) missing.set(youthId, (coordinates = new Set()));
        for (const coordinate of field.coordinates) coordinates.add(coordinate);
      }
    }
  }
  return missing.size > 0 ? missing : undefined;
}

/**
 * What was not delivered, with the writes that were not carried out because they repeated an
 * earlier write (the csec subgraph says which): their decision is recorded NOT_DELIVERED, never
 * as a second write.
 */
export function withRepeatedWrites(undelivered: Undelivered | undefined, repeated: readonly RepeatedWrite[]): Undelivered | undefined {
  if (repeated.length === 0 || undelivered === 'EVERYTHING') return undelivered;
  const missing = new Map<string | null, Set<string>>();
  for (const [youthId, coordinates] of undelivered ?? []) missing.set(youthId, new Set(coordinates));
  for (const { field, youthId } of repeated) {
    let coordinates = missing.get(youthId);
    if (!coordinates) missing.set(youthId, (coordinates = new Set()));
    coordinates.add(field);
  }
  return missing;
}

/** Whether the value of a coordinate about a youth reached the person. */
export function delivered(undelivered: Undelivered | undefined, youthId: string | null, coordinate: string): boolean {
  if (undelivered === undefined) return true;
  if (undelivered === 'EVERYTHING') return false;
  return !undelivered.get(youthId)?.has(coordinate);
}
