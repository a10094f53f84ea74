import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_TODAY,
  MAX_YOUTH,
  ScenarioOptionsError,
  checkScenarioOptions,
  emitScenario,
  scenarioHeader,
  type GenerateScenarioOptions,
  type ScenarioRecords,
} from '../scenario/generate-scenario.ts';

/**
 * npm run scenario:generate -- --youth <n> --seed <n> --out <file> [--today YYYY-MM-DD] [--county <name>]
 * Writes a synthetic scenario (see docs/scenario-format.md). The same arguments always write the
 * same file. Bad arguments print one line and exit with code 2.
 */
const USAGE = 'usage: npm run scenario:generate -- --youth <n> --seed <n> --out <file.json> [--today YYYY-MM-DD] [--county <name>]';

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

interface Arguments {
  options: Required<GenerateScenarioOptions>;
  out: string;
}

function readArguments(): Arguments {
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
    if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) fail(`${option} needs a value`);
    fail((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  if (values['help']) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const youthCount = wholeNumber(values['youth'] as string | undefined, 'youth', MAX_YOUTH);
  if (youthCount < 1) fail(`--youth must be a whole number from 1 to ${MAX_YOUTH}`);
  const seed = wholeNumber(values['seed'] as string | undefined, 'seed', Number.MAX_SAFE_INTEGER);
  const out = values['out'] as string | undefined;
  if (!out) fail('--out is required');
  const county = values['county'] as string | undefined;
  try {
    const options = checkScenarioOptions({
      youthCount,
      seed,
      today: (values['today'] as string | undefined) ?? DEFAULT_TODAY,
      ...(county === undefined ? {} : { county }),
    });
    return { options, out };
  } catch (error) {
    if (error instanceof ScenarioOptionsError) fail(`--${error.message}`); // the message starts with the option's name
    throw error;
  }
}

function main(): void {
  const { options, out } = readArguments();
  let counts: Counts;
  try {
    counts = writeScenario(out, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !code.startsWith('E')) throw error;
    process.stderr.write(`scenario:generate: cannot write ${out} (${code})\n`);
    process.exit(1);
  }
  process.stdout.write(
    `Wrote ${out}: ${counts.youth} youth, ${counts.users} users, ${counts.clients} child welfare clients, ` +
      `${counts.juveniles} probation juveniles, ${counts.resources} FHIR resources, ${counts.students} students, ` +
      `${counts.parties} juvenile court parties ` +
      `(seed ${options.seed}, today ${options.today}).\n`,
  );
}

type Counts = Record<keyof ScenarioRecords, number>;
/** The agency sections, in file order, and the list each holds. */
const AGENCY_SECTIONS = [
  ['childWelfare', 'clients'],
  ['probation', 'juveniles'],
  ['health', 'resources'],
  ['education', 'students'],
  ['juvenileCourt', 'parties'],
] as const;
type AgencyList = (typeof AGENCY_SECTIONS)[number][1];

/**
 * Writes the scenario as JSON, one record per line, as it is generated: users and youth go straight
 * to the file, each agency's records to a part file beside it, appended at the end. The scenario is
 * never held in memory whole, so 100,000 youth and more fit in a small heap. A failed run leaves no file.
 */
function writeScenario(path: string, options: GenerateScenarioOptions): Counts {
  const counts: Counts = { users: 0, youth: 0, clients: 0, juveniles: 0, resources: 0, students: 0, parties: 0 };
  const main = new Output(openSync(path, 'w'));
  const parts = new Map<AgencyList, { path: string; output: Output; list: RecordList }>();
  let written = false;
  try {
    for (const [, list] of AGENCY_SECTIONS) {
      const partPath = join(dirname(path), `.${basename(path)}.${list}.part`);
      const output = new Output(openSync(partPath, 'w+'));
      parts.set(list, { path: partPath, output, list: new RecordList(output, '    ') });
    }
    const { scenarioVersion, county, description } = scenarioHeader(options);
    main.write(`{\n  "scenarioVersion": ${scenarioVersion},\n  "county": ${JSON.stringify(county)},\n`);
    if (description !== undefined) main.write(`  "description": ${JSON.stringify(description)},\n`);
    main.write('  "users": ');
    const users = new RecordList(main, '  ');
    const youth = new RecordList(main, '    ');
    const startYouth = (): void => {
      users.close();
      main.write(',\n  "csec": {\n    "youth": ');
    };
    emitScenario(options, (list, record) => {
      counts[list] += 1;
      if (list === 'users') return users.add(record);
      if (list !== 'youth') return parts.get(list as AgencyList)?.list.add(record);
      if (counts.youth === 1) startYouth();
      youth.add(record);
    });
    if (counts.youth === 0) startYouth();
    youth.close();
    main.write('\n  }');
    for (const [section, list] of AGENCY_SECTIONS) {
      const part = parts.get(list)!;
      part.list.close();
      part.output.flush();
      main.write(`,\n  ${JSON.stringify(section)}: {\n    ${JSON.stringify(list)}: `);
      main.flush();
      copyFile(part.output.fd, main.fd);
      main.write('\n  }');
    }
    main.write('\n}\n');
    main.flush();
    written = true;
    return counts;
  } finally {
    closeSync(main.fd);
    for (const part of parts.values()) {
      closeSync(part.output.fd);
      rmSync(part.path, { force: true });
    }
    if (!written) rmSync(path, { force: true });
  }
}

/** Buffered writes to a file descriptor. */
class Output {
  private buffer = '';
  readonly fd: number;
  constructor(fd: number) {
    this.fd = fd;
  }
  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.buffer.length > 0) writeAll(this.fd, Buffer.from(this.buffer), Buffer.byteLength(this.buffer));
    this.buffer = '';
  }
}

/** A JSON array written one record per line. */
class RecordList {
  private count = 0;
  private readonly output: Output;
  private readonly indent: string;
  constructor(output: Output, indent: string) {
    this.output = output;
    this.indent = indent;
  }
  add(record: unknown): void {
    this.output.write(`${this.count === 0 ? '[\n' : ',\n'}${this.indent}  ${JSON.stringify(record)}`);
    this.count += 1;
  }
  close(): void {
    this.output.write(this.count === 0 ? '[]' : `\n${this.indent}]`);
  }
}

function copyFile(source: number, target: number): void {
  const chunk = Buffer.allocUnsafe(1 << 22);
  for (let position = 0, read: number; (read = readSync(source, chunk, 0, chunk.length, position)) > 0; position += read) {
    writeAll(target, chunk, read);
  }
}

function writeAll(fd: number, buffer: Buffer, length: number): void {
  for (let offset = 0; offset < length;) offset += writeSync(fd, buffer, offset, length - offset);
}

main();
