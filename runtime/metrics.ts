import { collectDefaultMetrics, Registry } from 'prom-client';
import type { PlainResponse } from './graphql-http.ts';

/**
 * A service's own metrics registry, with the process's CPU, memory and event loop delay: one per
 * server, so two servers in one process (as in tests) never share or collide on a metric.
 */
export function serviceRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** `GET /metrics`: the registry in Prometheus text exposition. */
export async function metricsAnswer(registry: Registry): Promise<PlainResponse> {
  return { status: 200, contentType: registry.contentType, body: await registry.metrics() };
}

/** Parses the samples of one metric from Prometheus text, keyed by their label string. */
export function readMetric(text: string, name: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = new RegExp(`^${name}(\\{[^}]*\\})? (\\S+)$`).exec(line);
    if (match) samples.set(match[1] ?? '', Number(match[2]));
  }
  return samples;
}
