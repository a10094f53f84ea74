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

/** Sends a request body as it is; the status and the parsed answer. */
async function ask(
  body: Record<string, unknown>,
  asking: { user?: string } = {},
): Promise<{ status: number; body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }> {
  const response = await fetch(inject('gatewayUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headersFor(asking)) },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> },
  };
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

  it('answers an operation name the document does not define with 400, naming the operations it has', async () => {
    const named = await ask({
      query: 'query Roster { caseload { id } } query Names { caseload { name { givenName } } }',
      operationName: 'Profile',
    });
    const unnamed = await ask({ query: '{ caseload { id } }', operationName: 'Profile' });
    const byGet = await fetch(
      `${inject('gatewayUrl')}?${new URLSearchParams({ query: 'query Roster { caseload { id } }', operationName: 'Profile' })}`,
      {
        headers: { ...(await headersFor()), 'apollo-require-preflight': 'true' },
      },
    );
    expect(named).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'The document has no operation named "Profile"; its operations are "Roster", "Names".',
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
          },
        ],
      },
    });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.errors?.[0]?.message).toBe(
      'The document has no operation named "Profile"; its operation has no name, so leave operationName out.',
    );
    expect(byGet.status).toBe(400);
    expect(((await byGet.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(
      'OPERATION_RESOLUTION_FAILURE',
    );
  });

  it('answers several operations sent without operationName with 400, anonymous or named', async () => {
    const anonymous = await ask({ query: '{ caseload { id } } { caseload { name { givenName } } }' });
    const named = await ask({ query: 'query Roster { caseload { id } } query Names { caseload { name { givenName } } }' });
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors?.[0]).toMatchObject({
      message: 'This anonymous operation must be the only defined operation.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(named).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'The document has several operations; send operationName to say which one to run ("Roster", "Names").',
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
          },
        ],
      },
    });
  });

  it('refuses a subscription with 400: only queries and mutations are served', async () => {
    expect(await ask({ query: 'subscription { caseload { id } }' })).toEqual({
      status: 400,
      body: {
        errors: [{ message: 'Subscriptions are not served here: send a query or a mutation.', extensions: { code: 'BAD_REQUEST' } }],
      },
    });
  });

  it('refuses the NUL character in an argument, a variable or the operation name with 400, before any source is asked', async () => {
    const refusal = {
      status: 400,
      body: {
        errors: [
          {
            message:
              'Arguments, variables and the operation name cannot contain the NUL character (U+0000). Remove it and send the request again.',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      },
    };
    const explanation =
      'query Why($user: ID!) { disclosureExplanation(youthId: "Y-000001", userId: $user, field: "Youth.name", purposeOfUse: "CSEC-MDT") { outcome } }';
    const sent = [
      // A person's id reaches the facts the gate reads before deciding: it used to fail them (503).
      await ask({ query: explanation, variables: { user: 'sw.demo\u0000' } }, { user: 'privacy.demo' }),
      await ask(
        {
          query:
            '{ disclosureExplanation(youthId: "Y-000001", userId: "sw.demo\\u0000", field: "Youth.name", purposeOfUse: "CSEC-MDT") { outcome } }',
        },
        { user: 'privacy.demo' },
      ),
      await ask({ query: '{ youth(id: "Y-\u0000000001") { id } }' }),
      await ask({
        query:
          'mutation Revoke($consent: ID!) { recordConsentRevocation(youthId: "Y-000001", consentId: $consent, revokedOn: "2026-01-01") { id } }',
        variables: { consent: 'C-1\u0000' },
      }),
      await ask({ query: 'query Roster { caseload { id } }', operationName: 'Roster\u0000' }),
    ];
    for (const answer of sent) expect(answer).toEqual(refusal);
    // A block string takes `\u0000` as it is written: six characters, no NUL.
    const written = await ask({ query: '{ youth(id: """Y-\\u0000""") { id } }' });
    expect(written.status).toBe(400);
    expect(written.body.errors?.[0]?.message).toContain('Y-000123');
    expect((await queryGateway('{ caseload { id } }')).status).toBe(200);
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
    expect(results[2]?.stderr).toMatch(
      /\/csec\/youth\/0 \(Y-000001\): links to CHILD_WELFARE record "[^"]+", which that agency does not have/,
    );
    for (const result of results) expect(result.stderr).toContain('Nothing was loaded.');
    const after = await queryGateway(NAME, { id: first.id });
    expect(after.body).toEqual(before.body);
  });
});
