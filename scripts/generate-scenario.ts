import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  DEFAULT_TODAY,
  MAX_YOUTH,
  ScenarioOptionsError,
  generateScenario,
} from '../scenario/generate-scenario.ts';
import type { Scenario } from '../scenario/load-scenario.ts';

/**
 * npm run scenario:generate -- --youth <n> --seed <n> --out <file> [--today YYYY-MM-DD] [--county <name>]
 * Writes a synthetic scenario (see docs/scenario-format.md). The same arguments always write the
 * same file. Bad arguments print one line and exit with code 2.
 */
const USAGE =
  'usage: npm run scenario:generate -- --youth <n> --seed <n> --out <file.json> [--today YYYY-MM-DD] [--county <name>]';

function fail(message: string): never {
  process.stderr.write(`scenario:generate: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function wholeNumber(value: string | undefined, option: string, max: number): number {
  if (value === undefined) fail(`--${option} is required`);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) > max) {
    fail(`--${option} must be a whole number from ${option === 'youth' ? 1 : 0} to ${max}`);
  }
  return Number(value);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      youth: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      today: { type: 'string' },
      county: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  const option = /'(--[a-z]+)/.exec((error as Error).message)?.[1];
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) fail(`${option} needs a value`);
  fail((error as Error).message.split('\n')[0] ?? 'bad arguments');
}
if (values['help']) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const youthCount = wholeNumber(values['youth'] as string | undefined, 'youth', MAX_YOUTH);
if (youthCount < 1) fail('--youth must be at least 1');
const seed = wholeNumber(values['seed'] as string | undefined, 'seed', Number.MAX_SAFE_INTEGER);
const out = values['out'] as string | undefined;
if (!out) fail('--out is required');
const today = (values['today'] as string | undefined) ?? DEFAULT_TODAY;
const county = values['county'] as string | undefined;

let scenario: Scenario;
try {
  scenario = generateScenario({ youthCount, seed, today, ...(county === undefined ? {} : { county }) });
} catch (error) {
  if (error instanceof ScenarioOptionsError) fail(`--${error.message}`); // the message starts with the option's name
  throw error;
}

try {
  writeScenario(scenario, out);
} catch (error) {
  process.stderr.write(`scenario:generate: cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`);
  process.exit(1);
}
process.stdout.write(
  `Wrote ${out}: ${scenario.csec.youth.length} youth, ${scenario.users.length} users, ` +
    `${scenario.childWelfare.clients.length} child welfare clients, ${scenario.probation.juveniles.length} probation juveniles, ` +
    `${scenario.health.resources.length} FHIR resources, ${scenario.education.students.length} students (seed ${seed}, today ${today}).\n`,
);

/**
 * Writes the scenario as JSON with one record per line. Records are written one at a time, so a
 * scenario larger than the longest string the runtime can build (100,000 youth and more) still fits.
 */
function writeScenario(document: Scenario, path: string): void {
  const fd = openSync(path, 'w');
  let buffer = '';
  const write = (text: string): void => {
    buffer += text;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  };
  const records = (items: readonly unknown[], indent: string): void => {
    if (items.length === 0) return write('[]');
    write('[\n');
    items.forEach((item, index) => write(`${indent}  ${JSON.stringify(item)}${index < items.length - 1 ? ',' : ''}\n`));
    write(`${indent}]`);
  };
  const section = (value: unknown, indent: string): void => {
    if (Array.isArray(value)) return records(value, indent);
    if (value === null || typeof value !== 'object') return write(JSON.stringify(value));
    const entries = Object.entries(value);
    write('{\n');
    entries.forEach(([key, inner], index) => {
      write(`${indent}  ${JSON.stringify(key)}: `);
      section(inner, `${indent}  `);
      write(index < entries.length - 1 ? ',\n' : '\n');
    });
    write(`${indent}}`);
  };
  try {
    section(document, '');
    write('\n');
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
}
