import { SUBGRAPH_NAMES, type SystemConfig } from '../runtime/config.ts';
import { readMetric } from '../runtime/metrics.ts';

/** Queries and HTTP requests all subgraphs have sent their sources so far (`csec_source_round_trips_total`). */
export async function sourceRoundTrips(config: SystemConfig): Promise<number> {
  const counts = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const response = await fetch(new URL('/metrics', config.subgraphs[name].url), { signal: AbortSignal.timeout(5_000) });
      const samples = readMetric(await response.text(), 'csec_source_round_trips_total');
      return [...samples.values()].reduce((sum, value) => sum + value, 0);
    }),
  );
  return counts.reduce((sum, value) => sum + value, 0);
}
