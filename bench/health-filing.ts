import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { OPERATOR_IDENTITY } from '../runtime/service-tls.ts';
import { issueDevelopmentToken } from '../scripts/lib/development-identity-provider.ts';
import { startSystem, type RunningSystem } from '../scripts/lib/system.ts';
import { REPOSITORY_ROOT } from './child-processes.ts';
import { prepareCounty } from './county.ts';
import { busyTimeOf, type CpuProfile } from './cpu-profile.ts';
import { childPidsByEntryPoint } from './process-memory.ts';
import { benchCallsAs } from './service-tls.ts';

/**
 * node bench/health-filing.ts [--youth 1000] [--seconds 20] [--connections 4] [--seed 7]
 *
 * What filing health records by the value sets costs the health subgraph. A clinician reads whole
 * health records (every part, every record) of the youth on their MDTs through our gateway for a
 * bounded run while the services are CPU-profiled; the result is the share of the health
 * subgraph's busy CPU time spent classifying records (health-classification.ts, and the loaders'
 * filing of each record), against a target of 5%. Both come from the same process in the same run.
 */

const TARGET_PERCENT = 5;
const HEALTH_ENTRY_POINT = 'subgraphs/health/src/main.ts';

const HEALTH_RECORD_QUERY = /* GraphQL */ `
  query HealthRecord($id: ID!) {
    youth(id: $id) {
      health {
        mentalHealth {
          screenings {
            instrument
            score
          }
          diagnoses {
            description
          }
          services {
            program
          }
          visits {
            kind
          }
          medications {
            medication
          }
        }
        medicalEvaluation {
          evaluations {
            kind
          }
          diagnoses {
            description
          }
          medications {
            medication
          }
        }
        publicHealthNursing {
          assignedNurseName
          visits {
            kind
          }
        }
        substanceUse {
          assessments {
            instrument
          }
          diagnoses {
            description
          }
          treatment {
            program
          }
          visits {
            kind
          }
          medications {
            medication
          }
        }
        sensitiveServices {
          testResults {
            test
          }
          diagnoses {
            description
          }
          procedures {
            description
          }
          visits {
            kind
          }
          medications {
            medication
          }
        }
        hivTestResults {
          test
        }
        hivCare {
          diagnoses {
            description
          }
          visits {
            kind
          }
          medications {
            medication
          }
        }
      }
    }
  }
`;

/** The clinician who reads: treating purpose, on many MDTs of the synthetic county. */
const READER = { userId: 'mh.demo', purposeOfUse: 'TREAT' };

const { values } = parseArgs({
  options: {
    youth: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '4' },
    seed: { type: 'string', default: '7' },
  },
});
const youth = Number(values.youth);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
if (![youth, seconds, connections].every((value) => Number.isInteger(value) && value > 0) || seconds > 300) {
  process.stderr.write('--youth, --seconds (at most 300) and --connections are whole numbers above zero.\n');
  process.exit(2);
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const workDirectory = await mkdtemp(join(tmpdir(), 'csec-bench-health-filing-'));
let system: RunningSystem | undefined;
try {
  const county = await prepareCounty(
    join(workDirectory, 'data'),
    { youth, seed: Number(values.seed), logLevel: 'warn', postgresUrl: undefined },
    say,
  );
  const profileDirectory = join(workDirectory, 'profiles');
  await mkdir(profileDirectory);
  say('Starting every service under the CPU profiler...');
  system = await startSystem({
    env: { ...county.env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDirectory}` },
    startupTimeoutMs: 180_000,
  });
  benchCallsAs(county.config, OPERATOR_IDENTITY);
  const { health: healthPid } = await childPidsByEntryPoint({ health: HEALTH_ENTRY_POINT });
  if (healthPid === undefined) throw new Error("Could not find the health subgraph's process.");

  const reader = county.scenario.users.find((user) => user.id === READER.userId);
  if (!reader) throw new Error(`The county has no user ${READER.userId}.`);
  const token = await issueDevelopmentToken(county.keysDirectory, {
    userId: reader.id,
    agency: reader.agency,
    roles: reader.roles,
    purposeOfUse: READER.purposeOfUse,
    lifetimeSeconds: 3_600,
  });
  const read = county.scenario.csec.youth
    .filter((candidate) => candidate.mdt?.members.some((member) => member.userId === reader.id))
    .map((candidate) => candidate.id);
  if (read.length === 0) throw new Error(`${READER.userId} is on no MDT of the county.`);

  const loadStartedMicros = Number(process.hrtime.bigint() / 1_000n);
  const until = Date.now() + seconds * 1_000;
  let answered = 0;
  let records = 0;
  let failed = 0;
  say(`Reading the health records of ${read.length} youth as ${READER.userId} for ${seconds} s on ${connections} connections...`);
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      for (let next = worker; Date.now() < until; next += connections) {
        const response = await fetch(system!.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': READER.purposeOfUse },
          body: JSON.stringify({ query: HEALTH_RECORD_QUERY, variables: { id: read[next % read.length] } }),
        });
        const body = (await response.json()) as { data?: { youth?: { health?: unknown } | null } | null };
        if (response.status !== 200 || !body.data?.youth) failed += 1;
        else records += countRecords(body.data.youth.health);
        answered += 1;
      }
    }),
  );
  await system.stop();
  system = undefined;

  const profileFile = (await readdir(profileDirectory)).find((name) => name.includes(`.${healthPid}.`) && name.endsWith('.cpuprofile'));
  if (!profileFile) throw new Error('The health subgraph wrote no CPU profile.');
  const profile = JSON.parse(await readFile(join(profileDirectory, profileFile), 'utf8')) as CpuProfile;
  const { busyMicros, countedMicros } = busyTimeOf(
    profile,
    loadStartedMicros,
    (module, functionName) =>
      module === 'subgraphs/health/src/health-classification.ts' ||
      (module === 'subgraphs/health/src/loaders.ts' && functionName === 'file'),
  );
  const sharePercent = busyMicros > 0 ? (countedMicros / busyMicros) * 100 : 0;
  const result = {
    run: new Date().toISOString(),
    youth,
    seconds,
    connections,
    requests: answered,
    failed,
    recordsReturned: records,
    healthBusyCpuSeconds: busyMicros / 1e6,
    classificationCpuSeconds: countedMicros / 1e6,
    classificationSharePercent: Number(sharePercent.toFixed(2)),
    targetPercent: TARGET_PERCENT,
    met: sharePercent <= TARGET_PERCENT && failed === 0,
  };
  const resultsDirectory = join(REPOSITORY_ROOT, 'bench', 'results');
  await mkdir(resultsDirectory, { recursive: true });
  await writeFile(join(resultsDirectory, 'health-filing-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  say(
    `${answered} health records read (${failed} failed, ${records} records returned); the health subgraph was busy ${result.healthBusyCpuSeconds.toFixed(1)} s, ` +
      `${result.classificationCpuSeconds.toFixed(2)} s of it filing records: ${result.classificationSharePercent}% (target at most ${TARGET_PERCENT}%: ${result.met ? 'met' : 'missed'}).`,
  );
  say('Written to bench/results/health-filing-latest.json');
} finally {
  await system?.stop();
  await rm(workDirectory, { recursive: true, force: true });
}

/** Records in an answer: every object of every list. */
function countRecords(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((total, item) => total + 1 + countRecords(item), 0);
  if (typeof value === 'object' && value !== null)
    return Object.values(value).reduce<number>((total, item) => total + countRecords(item), 0);
  return 0;
}
