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
} from '../scenario/generate-scenario.ts';

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

interface Arguments { options: Required<GenerateScenarioOptions>; out: string }

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
    const options = checkScenarioOptions({ youthCount, seed, today: (values['today'] as string | undefined) ?? DEFAULT_TODAY, ...(county === undefined ? {} : { county }) });
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
    rmSync(out, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !code.startsWith('E')) throw error;
    process.stderr.write(`scenario:generate: cannot write ${out} (${code})\n`);
    process.exit(1);
  }
  process.stdout.write(
    `Wrote ${out}: ${counts.youth} youth, ${counts.users} users, ${counts.clients} child welfare clients, ` +
      `${counts.juveniles} probation juveniles, ${counts.resources} FHIR resources, ${counts.students} students ` +
      `(seed ${options.seed}, today ${options.today}).\n`,
  );
}

interface Counts { users: number; youth: number; clients: number; juveniles: number; resources: number; students: number }

/**
 * Writes the scenario as JSON, one record per line, as it is generated: users and youth go straight
 * to the file, and each agency's records to a part file beside it that is appended at the end. The
 * scenario is never held in memory whole, so 100,000 youth and more fit in a small heap.
 */
function writeScenario(path: string, options: GenerateScenarioOptions): Counts {
  const counts: Counts = { users: 0, youth: 0, clients: 0, juveniles: 0, resources: 0, students: 0 };
  const file = openSync(path, 'w');
  const parts = { clients: partFile(path, 'clients'), juveniles: partFile(path, 'juveniles'), resources: partFile(path, 'resources'), students: partFile(path, 'students') };
  try {
    const main = new Output(file);
    const outputs = { clients: new Output(parts.clients.fd), juveniles: new Output(parts.juveniles.fd), resources: new Output(parts.resources.fd), students: new Output(parts.students.fd) };
    const users = new RecordList(main, '  ');
    const youth = new RecordList(main, '    ');
    const records = {
      clients: new RecordList(outputs.clients, '    '),
      juveniles: new RecordList(outputs.juveniles, '    '),
      resources: new RecordList(outputs.resources, '    '),
      students: new RecordList(outputs.students, '    '),
    };
    let usersClosed = false;
    const closeUsers = (): void => {
      if (usersClosed) return;
      usersClosed = true;
      users.close();
      main.write(',\n  "csec": {\n    "youth": ');
    };
    const header = scenarioHeader(options);
    main.write(`{\n  "scenarioVersion": ${header.scenarioVersion},\n  "county": ${JSON.stringify(header.county)},\n`);
    if (header.description !== undefined) main.write(`  "description": ${JSON.stringify(header.description)},\n`);
    main.write('  "users": ');
    emitScenario(options, (list, record) => {
      counts[list] += 1;
      if (list === 'users') return users.add(record);
      if (list === 'youth') {
        closeUsers();
        return youth.add(record);
      }
      records[list as keyof typeof records].add(record);
    });
    closeUsers();
    youth.close();
    main.write('\n  }');
    const sections: Array<[string, string, keyof typeof parts]> = [
      ['childWelfare', 'clients', 'clients'], ['probation', 'juveniles', 'juveniles'],
      ['health', 'resources', 'resources'], ['education', 'students', 'students'],
    ];
    for (const [section, list, part] of sections) {
      records[part].close();
      outputs[part].flush();
      main.write(`,\n  ${JSON.stringify(section)}: {\n    ${JSON.stringify(list)}: `);
      main.flush();
      appendFile(file, parts[part].fd);
      main.write('\n  }');
    }
    main.write('\n}\n');
    main.flush();
    return counts;
  } finally {
    closeSync(file);
    for (const part of Object.values(parts)) {
      closeSync(part.fd);
      rmSync(part.path, { force: true });
    }
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
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer);
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

function partFile(path: string, name: string): { path: string; fd: number } {
  const partPath = join(dirname(path), `.${basename(path)}.${name}.part`);
  return { path: partPath, fd: openSync(partPath, 'w+') };
}

function appendFile(target: number, source: number): void {
  const chunk = Buffer.allocUnsafe(1 << 22);
  for (let position = 0; ; ) {
    const read = readSync(source, chunk, 0, chunk.length, position);
    if (read === 0) return;
    writeSync(target, chunk, 0, read);
    position += read;
  }
}

main();
