import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFORMANCE_PLANT_PATH } from '../../runtime/conformance-hook.ts';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import type { Requester } from '../../runtime/requester.ts';
import { issueDevelopmentToken } from '../../scripts/lib/development-identity-provider.ts';
import { onOutputLines } from '../../scripts/lib/system.ts';
import { copyRepository } from '../support/repository-copy.ts';
import { callServicesAsOperator } from '../support/operator-tls.ts';
import { loadConfig } from '../../runtime/config.ts';

/**
 * An agency integrator's first hour: in a copy of the repository, `npm run subgraph:new` scaffolds
 * the CASA program's subgraph, `npm run codegen` and `npm run compose` take it in, and the whole
 * system, started as `npm start` starts it, answers its fields through the gateway, gated.
 * Nothing but the scaffold and the generators touches the copy.
 */
const NAME = 'casa-program';
const STEPS: Array<[string, string[]]> = [
  ['npm', ['run', 'subgraph:new', '--', '--name', NAME, '--agency', 'CASA program', '--category', 'COURT_AND_CASE_PLAN']],
  // What it wrote is laid out as the repository's own code is, so `npm run lint` stays clean.
  ['npx', ['prettier', '--check', 'subgraphs/registry.ts', 'codegen.yml', `subgraphs/${NAME}`, `tests/e2e/${NAME}-subgraph.test.ts`]],
  ['npm', ['run', 'codegen']],
  ['npm', ['run', 'compose']],
];
const QUERY = 'query ($id: ID!) { youth(id: $id) { id casaProgramRecords { recordedOn summary } } }';

interface CopySystem {
  gatewayUrl: string;
  keysDirectory: string;
  subgraphUrls: Record<string, string>;
  users: Array<{ id: string; agency: string; roles: string[] }>;
}

let copy: string;
let system: CopySystem;
let running: ChildProcess | undefined;
const output: string[] = [];

/** What the test asks the gateway about the scaffolded subgraph's records. */
interface ScaffoldAnswer {
  caseload?: Array<{ id: string }>;
  youth?: { casaProgramRecords?: unknown } | null;
}

async function ask(user: string, query: string, variables: Record<string, unknown> = {}) {
  const { agency, roles } = system.users.find((candidate) => candidate.id === user) as CopySystem['users'][number];
  const token = await issueDevelopmentToken(system.keysDirectory, { userId: user, agency, roles });
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': 'CSEC-MDT' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: ScaffoldAnswer; errors?: unknown[] } };
}

async function plant(youth: string, marker: string): Promise<number> {
  const signer = await RequesterTokenSigner.fromKeyFile(join(system.keysDirectory, 'gateway.private.jwk.json'), 30);
  const requester: Requester = {
    userId: 'integrator.test',
    agency: 'CHILD_WELFARE',
    roles: ['SOCIAL_WORKER'],
    purposeOfUse: 'CSEC-MDT',
    breakGlassReason: null,
    requestId: crypto.randomUUID(),
  };
  const body = JSON.stringify({ youth, marker });
  const response = await fetch(new URL(CONFORMANCE_PLANT_PATH, system.subgraphUrls[NAME]), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${signer.sign(requester, NAME, { method: 'POST', path: CONFORMANCE_PLANT_PATH, body })}`,
    },
    body,
  });
  return response.status;
}

describe('a new agency subgraph, scaffolded in a copy of the repository', () => {
  beforeAll(async () => {
    copy = await copyRepository();
    for (const [command, args] of STEPS) {
      const step = spawnSync(command, args, { cwd: copy, encoding: 'utf8', timeout: 180_000 });
      if (step.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${step.stdout}\n${step.stderr}`);
    }
    running = spawn(process.execPath, ['tests/support/system-in-copy-main.ts'], { cwd: copy, stdio: ['ignore', 'pipe', 'pipe'] });
    system = await new Promise<CopySystem>((resolve, reject) => {
      onOutputLines(running as ChildProcess, (line) => {
        output.push(line);
        if (line.startsWith('{"gatewayUrl"')) resolve(JSON.parse(line) as CopySystem);
      });
      running?.once('exit', (code) => reject(new Error(`The copy's system exited (${code}):\n${output.join('\n')}`)));
    });
    // The copy generated a certificate authority of its own.
    callServicesAsOperator(loadConfig({ CSEC_KEYS_DIR: system.keysDirectory }).tls);
  }, 400_000);

  afterAll(async () => {
    if (running && running.exitCode === null) {
      const exited = new Promise((resolve) => running?.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    }
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it('is registered, composed into the supergraph and typed by codegen', async () => {
    expect(await readFile(join(copy, 'subgraphs/registry.ts'), 'utf8')).toContain(`name: '${NAME}'`);
    const supergraph = await readFile(join(copy, 'schema/supergraph.graphql'), 'utf8');
    expect(supergraph).toMatch(/CASA_PROGRAM @join__graph\(name: "casa-program"/);
    expect(supergraph).toContain('casaProgramRecords: [CasaProgramRecord!]');
    expect(await readFile(join(copy, `subgraphs/${NAME}/src/__generated__/resolvers-types.ts`), 'utf8')).toContain('CasaProgramRecord');
  });

  it('answers its records through the gateway to the social worker on the MDT, and withholds them from law enforcement', async () => {
    const caseload = await ask('sw.demo', '{ caseload { id } }');
    const youthId = caseload.body.data?.caseload?.[0]?.id as string;
    const marker = `court report ${crypto.randomUUID()}`;
    expect(await plant(youthId, marker)).toBe(200);

    const socialWorker = await ask('sw.demo', QUERY, { id: youthId });
    expect(socialWorker.status).toBe(200);
    expect(socialWorker.body.data?.youth?.casaProgramRecords).toEqual([
      { recordedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), summary: marker },
    ]);

    const lawEnforcement = await ask('le.demo', QUERY, { id: youthId });
    expect(JSON.stringify(lawEnforcement.body)).not.toContain(marker);
    expect(lawEnforcement.body.data?.youth?.casaProgramRecords ?? null).toBeNull();
  });

  it('typechecks, with the types codegen generated from its schema', async () => {
    // Only the new subgraph, its test and what they import (the tests' provided context is declared
    // in the global setup): the rest of the copy is the repository's own business.
    const include = [`subgraphs/${NAME}`, `tests/e2e/${NAME}-subgraph.test.ts`, 'tests/support/global-setup.ts'];
    await writeFile(join(copy, 'tsconfig.scaffold.json'), JSON.stringify({ extends: './tsconfig.json', include }));
    const typecheck = spawnSync('npx', ['tsc', '-p', 'tsconfig.scaffold.json'], { cwd: copy, encoding: 'utf8', timeout: 180_000 });
    expect(typecheck.stdout).toBe('');
    expect(typecheck.status).toBe(0);
  });

  it('passes the conformance kit', () => {
    const kit = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'subgraph:conformance',
        '--',
        '--url',
        system.subgraphUrls[NAME] as string,
        '--name',
        NAME,
        '--gateway-key',
        join(system.keysDirectory, 'gateway.private.jwk.json'),
      ],
      { cwd: copy, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CSEC_KEYS_DIR: system.keysDirectory } },
    );
    expect(kit.stdout).toContain('- Outcome: conforms (10 of 10 checks passed)');
    expect(kit.status).toBe(0);
  });
});
