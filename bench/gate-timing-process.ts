import { readFile } from 'node:fs/promises';
import { loadConfig } from '../runtime/config.ts';
import { OPERATOR_IDENTITY } from '../runtime/service-tls.ts';
import { measureGate, type GateTimingSpec } from './gate-timing.ts';
import { benchCallsAs } from './service-tls.ts';

/**
 * The gate timing, in a process of its own (see `measureGateApart`): reads the system's
 * configuration from its environment and the spec from the file given, prints the timings as JSON.
 *
 *   node bench/gate-timing-process.ts <spec.json>
 */
const specPath = process.argv[2];
if (!specPath) {
  process.stderr.write('usage: node bench/gate-timing-process.ts <spec.json>\n');
  process.exit(2);
}
try {
  const config = loadConfig(process.env);
  benchCallsAs(config, OPERATOR_IDENTITY);
  const spec = JSON.parse(await readFile(specPath, 'utf8')) as GateTimingSpec;
  process.stdout.write(`${JSON.stringify(await measureGate(spec, config))}\n`);
} catch (error) {
  process.stderr.write(`gate timing failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
