import type { RootSelection } from './operation-analysis.ts';

/** A field withheld for one youth, by its response path from the root field down. */
export interface WithheldPlacement {
  youthId: string;
  path: string[];
  /** Safe to show the requester. */
  reason: string;
  /** Sealed or vacated: removed with no marker, no error. */
  conceal: boolean;
}

export interface GraphQLResponseBody {
  data?: Record<string, unknown> | null;
  errors?: Array<Record<string, unknown>>;
  extensions?: Record<string, unknown>;
}

/** The code Apollo Router and Hive Gateway use for a withheld field, which clients already handle. */
export const WITHHELD_CODE = 'UNAUTHORIZED_FIELD_OR_TYPE';
const WITHHELD_ITEMS_NOTICE = 'Some items are not shown to you.';

/**
 * In place: makes every withheld path of an executed response null with one error each (or removes a
 * withheld list item with a notice that does not count), and removes the gate's own helper fields.
 */
export function withholdInResponse(
  response: GraphQLResponseBody,
  roots: RootSelection[],
  placements: WithheldPlacement[],
  helperKeys: string[],
  youthIdKey: string,
): void {
  const data = response.data;
  if (!data) return;
  const errors: Array<Record<string, unknown>> = [];
  let itemsLeftOut = false;
  for (const root of roots) {
    const forRoot = placements.filter((placement) => placement.path[0] === root.responseKey);
    const value = data[root.responseKey];
    if (Array.isArray(value)) {
      const kept: unknown[] = [];
      for (const item of value) {
        const youthId = isRecord(item) ? item[youthIdKey] : undefined;
        const forItem = forRoot.filter((placement) => placement.youthId === youthId);
        if (forItem.some((placement) => placement.path.length === 1)) {
          itemsLeftOut = true;
          continue;
        }
        const index = kept.length;
        kept.push(item);
        for (const placement of forItem) withhold(item, placement.path.slice(1), [root.responseKey, index], placement, errors);
      }
      data[root.responseKey] = kept;
    } else {
      for (const placement of forRoot) {
        if (placement.path.length === 1) {
          data[root.responseKey] = null;
          if (!placement.conceal) errors.push(withheldError(placement.reason, [root.responseKey]));
        } else {
          withhold(value, placement.path.slice(1), [root.responseKey], placement, errors);
        }
      }
    }
  }
  removeKeys(data, new Set(helperKeys));
  if (errors.length > 0) response.errors = [...(response.errors ?? []), ...errors];
  if (itemsLeftOut) response.extensions = { ...response.extensions, notices: [WITHHELD_ITEMS_NOTICE] };
}

function withhold(
  value: unknown,
  keys: string[],
  path: Array<string | number>,
  placement: WithheldPlacement,
  errors: Array<Record<string, unknown>>,
): void {
  if (Array.isArray(value)) {
    value.forEach((element, index) => withhold(element, keys, [...path, index], placement, errors));
    return;
  }
  if (!isRecord(value)) return;
  const [key, ...rest] = keys;
  if (key === undefined) return;
  if (rest.length > 0) {
    withhold(value[key], rest, [...path, key], placement, errors);
    return;
  }
  value[key] = null;
  if (!placement.conceal) errors.push(withheldError(placement.reason, [...path, key]));
}

function withheldError(reason: string, path: Array<string | number>): Record<string, unknown> {
  return { message: reason, path, extensions: { code: WITHHELD_CODE } };
}

function removeKeys(value: unknown, keys: Set<string>): void {
  if (Array.isArray(value)) {
    for (const element of value) removeKeys(element, keys);
    return;
  }
  if (!isRecord(value)) return;
  for (const key of Object.keys(value)) {
    if (keys.has(key)) delete value[key];
    else removeKeys(value[key], keys);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
