import { parseArgs } from 'node:util';
import { WORKLOAD_NAMES, type WorkloadName } from './workloads.ts';

/** How one `npm run bench` is run; every run is bounded by these numbers. */
export interface BenchOptions {
  /** Youth in the synthetic county. */
  youth: number;
  /** Seed of the synthetic county. */
  seed: number;
  /** Seconds of each measured load run. */
  duration: number;
  /** Seconds of load before each measured run, not recorded. */
  warmup: number;
  /** Times every configuration is measured on every workload, alternating. */
  rounds: number;
  /** Concurrent connections of the load generator. */
  connections: number;
  /** Minutes of the memory soak on our gateway after the measurements; none when undefined. */
  soakMinutes: number | undefined;
  /** Whether to profile our gateway's CPU on a short extra run. */
  cpuProfile: boolean;
  /** Log level of every service during the run. */
  logLevel: string;
  /** Whether the relational sources run on a PostgreSQL server of the bench's own instead of the embedded store. */
  postgres: boolean;
  /** The workloads measured; with only some, the web application is not timed. */
  workloads: readonly WorkloadName[];
  smoke: boolean;
}

export class BenchOptionsError extends Error {
  readonly code = 'INVALID_BENCH_OPTIONS';
}

export const USAGE = `npm run bench -- [options]

  --youth <n>         youth in the synthetic county (default 10000; --smoke: 200)
  --seed <n>          seed of the synthetic county (default 7)
  --duration <s>      seconds of each measured run (default 5; --smoke: 2)
  --warmup <s>        seconds of load before each measured run (default 1; 0: no warm-up at all)
  --rounds <n>        measurements of each configuration per workload, alternating (default 8; --smoke: 1)
  --connections <n>   concurrent connections of the load generator (default 8)
  --soak <minutes>    afterwards, keep our gateway under load and sample its memory (default: no soak)
  --cpu-prof          afterwards, profile our gateway's CPU on a short run of each workload
  --log-level <level> log level of every service (default warn)
  --postgres          run the csec, child welfare, probation and education sources on a PostgreSQL
                      server the bench starts (installed PostgreSQL needed; default: the embedded store)
  --workloads <names> only these workloads, comma-separated: ${WORKLOAD_NAMES.join(', ')} (default all;
                      with only some, the web application is not timed), e.g. --workloads write
  --smoke             a run of seconds on a county of 200 youth, to check that everything works
`;

export function parseBenchOptions(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      youth: { type: 'string' },
      seed: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      soak: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'log-level': { type: 'string' },
      postgres: { type: 'boolean', default: false },
      workloads: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  const smoke = values.smoke;
  const logLevel = values['log-level'] ?? 'warn';
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new BenchOptionsError('--log-level must be debug, info, warn or error.');
  }
  return {
    youth: whole('--youth', values.youth, smoke ? 200 : 10_000, 60, 100_000),
    seed: whole('--seed', values.seed, 7, 0, 2 ** 31 - 1),
    duration: whole('--duration', values.duration, smoke ? 2 : 5, 1, 600),
    warmup: whole('--warmup', values.warmup, 1, 0, 120),
    rounds: whole('--rounds', values.rounds, smoke ? 1 : 8, 1, 10),
    connections: whole('--connections', values.connections, 8, 1, 256),
    soakMinutes: values.soak === undefined ? undefined : positive('--soak', values.soak, 120),
    cpuProfile: values['cpu-prof'],
    logLevel,
    postgres: values.postgres,
    workloads: workloadNames(values.workloads),
    smoke,
  };
}

function workloadNames(text: string | undefined): readonly WorkloadName[] {
  if (text === undefined) return WORKLOAD_NAMES;
  const names = [...new Set(text.split(',').map((name) => name.trim()))];
  const unknown = names.filter((name) => !(WORKLOAD_NAMES as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) throw new BenchOptionsError(`--workloads takes names from: ${WORKLOAD_NAMES.join(', ')}.`);
  return WORKLOAD_NAMES.filter((name) => names.includes(name));
}

function whole(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BenchOptionsError(`${name} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

function positive(name: string, text: string, max: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > max) {
    throw new BenchOptionsError(`${name} must be a number of minutes above 0 and at most ${max}.`);
  }
  return value;
}
