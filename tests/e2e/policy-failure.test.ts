import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor } from '../support/gateway.ts';

describe(`a policy that cannot load (${inject('storeKind')} sources)`, () => {
  let gateway: { url: string; stop: () => void };

  beforeAll(async () => {
    const corrupt = join(tmpdir(), `csec-corrupt-bundle-${process.pid}.tar.gz`);
    await writeFile(corrupt, Buffer.from('this is not a policy bundle'));
    gateway = await startExtraGateway({ CSEC_POLICY_BUNDLE_PATH: corrupt });
  });

  afterAll(() => gateway.stop());

  it('discloses nothing: every field is withheld, for every requester and purpose', async () => {
    for (const [user, purpose] of [
      ['sw.demo', 'CSEC-MDT'],
      ['mh.demo', 'COC'],
      ['privacy.demo', 'HOPERAT'],
    ] as const) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await headersFor({ user, purpose })) },
        body: JSON.stringify({
          query: '{ youth(id: "Y-000001") { id name { givenName } childWelfare { clientId } } caseload { id name { givenName } } }',
        }),
      });
      const body = (await response.json()) as {
        data: { youth: unknown; caseload: unknown[] };
        errors: Array<{ extensions: { code: string } }>;
      };
      expect(response.status).toBe(200);
      expect(body.data.youth).toBeNull();
      expect(body.data.caseload ?? []).toEqual([]);
      expect(body.errors.map((error) => error.extensions.code)).toContain('UNAUTHORIZED_FIELD_OR_TYPE');
      expect(JSON.stringify(body)).not.toMatch(/Y-000001"|givenName":"/);
    }
  });
});
