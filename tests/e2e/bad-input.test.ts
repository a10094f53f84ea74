import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import type { Scenario } from '../../scenario/load-scenario.ts';
import { headersFor, queryGateway } from '../support/gateway.ts';

const run = promisify(execFile);

const NAME = 'query Name($id: ID!) { youth(id: $id) { id name { givenName familyName } childWelfare { firstName } } }';

/** Runs `npm run seed` against the running system's sources; resolves with exit code and output. */
async function seed(scenarioFile: string): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, ['scripts/seed.ts', '--scenario', scenarioFile], { env: inject('serviceEnvironment') });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
}

describe(`bad input (${inject('storeKind')} sources)`, () => {
  it('answers an unknown youth id exactly as a youth the requester may not see', async () => {
    const unknown = await queryGateway(NAME, { id: 'Y-999999' });
    const notTheirs = await queryGateway(NAME, { id: 'Y-000120' });
    expect(unknown.status).toBe(200);
    expect(unknown.body.data?.['youth']).toBeNull();
    expect(unknown.body.errors).toEqual([
      { message: 'Not available to you.', path: ['youth'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } },
    ]);
    expect(notTheirs.body.data).toEqual(unknown.body.data);
    expect(notTheirs.body.errors).toEqual(unknown.body.errors);
  });

  it('answers a malformed youth id with the expected shape of an id', async () => {
    const { status, body } = await queryGateway(NAME, { id: '1; DROP TABLE youth' });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('Y-000123');
  });

  it('rejects a query for a field that does not exist, naming the field', async () => {
    const { status, body } = await queryGateway('{ youth(id: "Y-000001") { favouriteColour } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toContain('favouriteColour');
  });

  it('rejects a request body that is not JSON with 400', async () => {
    const response = await fetch(inject('gatewayUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headersFor()) },
      body: '{"query": "{ youth(id: ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BODY_NOT_JSON' } }],
    });
  });

  it('refuses a malformed scenario file, says where it is wrong, and leaves every source unchanged', async () => {
    const scenario = JSON.parse(await readFile(inject('scenarioPath'), 'utf8')) as Scenario;
    const first = scenario.csec.youth[0]!;
    const before = await queryGateway(NAME, { id: first.id });
    const folder = await mkdtemp(join(tmpdir(), 'csec-bad-scenario-'));

    const notJson = join(folder, 'not-json.json');
    await writeFile(notJson, '{ "scenarioVersion": 1, ');
    const wrongShape = join(folder, 'wrong-shape.json');
    const renamed = structuredClone(scenario);
    renamed.csec.youth[0]!.givenName = 'Replaced';
    (renamed.csec.youth[1] as unknown as Record<string, unknown>)['favouriteColour'] = 'blue';
    await writeFile(wrongShape, JSON.stringify(renamed));
    const danglingLink = join(folder, 'dangling-link.json');
    const dangling = structuredClone(scenario);
    dangling.csec.youth[0]!.givenName = 'Replaced';
    dangling.childWelfare.clients = dangling.childWelfare.clients.filter(
      (client) => client.clientId !== first.links.find((link) => link.agency === 'CHILD_WELFARE')?.identifier,
    );
    await writeFile(danglingLink, JSON.stringify(dangling));

    const results = [await seed(notJson), await seed(wrongShape), await seed(danglingLink)];

    expect(results.map((result) => result.code)).toEqual([2, 2, 2]);
    expect(results[0]?.stderr).toContain('is not valid JSON');
    expect(results[1]?.stderr).toContain('/csec/youth/1: unknown property "favouriteColour"');
    expect(results[2]?.stderr).toMatch(/\/csec\/youth\/0 \(Y-000001\): links to CHILD_WELFARE record "[^"]+", which that agency does not have/);
    for (const result of results) expect(result.stderr).toContain('Nothing was loaded.');
    const after = await queryGateway(NAME, { id: first.id });
    expect(after.body).toEqual(before.body);
  });
});
