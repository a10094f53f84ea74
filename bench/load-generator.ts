import { readFile, writeFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import { latencySummary } from './latency.ts';
import type { LoadResult, LoadSpec } from './load-run.ts';

/**
 * The load generator, run as its own process for each measurement so that it never shares an
 * event loop with what it measures: autocannon with a fixed number of connections for a fixed
 * time, cycling through the given requests. Prints one LoadResult as JSON on stdout.
 *
 *   node bench/load-generator.ts <spec.json>
 */
async function generateLoad(spec: LoadSpec): Promise<LoadResult> {
  const path = new URL(spec.url).pathname;
  const latencies: number[] = [];
  let finish: (error: unknown, result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result));
  });
  const instance = autocannon(
    {
      url: spec.url,
      connections: spec.connections,
      duration: spec.durationSeconds,
      timeout: 30,
      requests: spec.requests.map((request) => ({
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', ...request.headers },
        body: request.body,
      })),
      verifyBody: (body) => {
        const text = String(body);
        return text.includes('"data"') && (spec.errorsExpected || !text.includes('"errors"'));
      },
    },
    (error, result) => finish(error, result),
  );
  instance.on('response', (_client, _statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await done;
  if (spec.rawPath) await writeFile(spec.rawPath, JSON.stringify(result, null, 2));
  const requests = latencies.length;
  return {
    requests,
    durationSeconds: result.duration,
    requestsPerSecond: requests / result.duration,
    latencyMs: latencySummary(latencies),
    latenciesMs: latencies,
    bytesPerResponse: requests > 0 ? result.throughput.total / requests : 0,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
  };
}

const specPath = process.argv[2];
if (!specPath) {
  process.stderr.write('usage: node bench/load-generator.ts <spec.json>\n');
  process.exit(2);
}
try {
  const spec = JSON.parse(await readFile(specPath, 'utf8')) as LoadSpec;
  process.stdout.write(`${JSON.stringify(await generateLoad(spec))}\n`);
} catch (error) {
  process.stderr.write(`load generator failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
