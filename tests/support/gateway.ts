import { inject } from 'vitest';
import { readMetric } from '../../runtime/metrics.ts';
import type { SubgraphName } from '../../runtime/config.ts';

export interface GraphQLResponse<TData> {
  status: number;
  body: { data?: TData | null; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> };
}

/** Sends one GraphQL operation to the running gateway over HTTP. */
export async function queryGateway<TData = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(inject('gatewayUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<TData>['body'] };
}

/** Source round trips each subgraph has made so far, read from its `/metrics`. */
export async function sourceRoundTrips(): Promise<Record<SubgraphName, number>> {
  const entries = await Promise.all(
    Object.entries(inject('subgraphUrls')).map(async ([name, url]) => {
      const text = await (await fetch(new URL('/metrics', url))).text();
      const samples = readMetric(text, 'csec_source_round_trips_total');
      return [name, [...samples.values()].reduce((sum, value) => sum + value, 0)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, number>;
}
