import DataLoader from 'dataloader';

/**
 * DataLoaders over a source: one round trip per batch of keys, whatever the number of youth.
 * A loader lives for one request, so one requester never sees another's cached rows.
 */
export function rowLoader<TRow>(
  fetchRows: (keys: readonly string[]) => Promise<TRow[]>,
  keyOf: (row: TRow) => string,
): DataLoader<string, TRow | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<string, TRow>();
    for (const row of await fetchRows(keys)) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

export function rowsLoader<TRow>(
  fetchRows: (keys: readonly string[]) => Promise<TRow[]>,
  keyOf: (row: TRow) => string,
): DataLoader<string, TRow[]> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<string, TRow[]>(keys.map((key) => [key, []]));
    for (const row of await fetchRows(keys)) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
