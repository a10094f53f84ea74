import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { readMetric } from '../../runtime/metrics.ts';
import type { SubgraphName } from '../../runtime/config.ts';
import type { Scenario } from '../../scenario/load-scenario.ts';
import { issueDevelopmentToken } from '../../scripts/lib/development-identity-provider.ts';

export interface GraphQLResponse<TData> {
  status: number;
  headers: Headers;
  body: {
    data?: TData | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
}

/** Who sends a test request: a scenario user and a purpose of use (or explicit headers). */
export interface AskingAs {
  user?: string;
  purpose?: string;
  breakGlassReason?: string;
  headers?: Record<string, string>;
}

let scenario: Promise<Scenario> | undefined;

export function testScenario(): Promise<Scenario> {
  scenario ??= readFile(inject('scenarioPath'), 'utf8').then((text) => JSON.parse(text) as Scenario);
  return scenario;
}

/** An access token from the development identity provider for a user of the test scenario. */
export async function accessTokenFor(userId: string, options: { lifetimeSeconds?: number; audience?: string } = {}): Promise<string> {
  const user = (await testScenario()).users.find((candidate) => candidate.id === userId);
  if (!user) throw new Error(`No user ${userId} in the test scenario.`);
  return issueDevelopmentToken(inject('keysDirectory'), { userId: user.id, agency: user.agency, roles: user.roles, ...options });
}

/** The headers a signed-in MDT member sends: bearer token and purpose of use. */
export async function headersFor(asking: AskingAs = {}): Promise<Record<string, string>> {
  if (asking.headers) return asking.headers;
  return {
    authorization: `Bearer ${await accessTokenFor(asking.user ?? 'sw.demo')}`,
    'x-purpose-of-use': asking.purpose ?? 'CSEC-MDT',
    ...(asking.breakGlassReason ? { 'x-break-glass-reason': asking.breakGlassReason } : {}),
  };
}

/** Sends one GraphQL operation to the running gateway over HTTP, by default as sw.demo. */
export async function queryGateway<TData = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  asking: AskingAs = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(inject('gatewayUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headersFor(asking)) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<TData>['body'] };
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
