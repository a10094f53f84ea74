import { describe, expect, inject, it } from 'vitest';
import { issueDevelopmentToken } from '../../scripts/lib/development-identity-provider.ts';

/** Asks the accounting of a youth with a validly signed token carrying the given claims. */
async function askAs(claims: { userId: string; agency: string; roles: string[] }) {
  const token = await issueDevelopmentToken(inject('keysDirectory'), claims);
  const response = await fetch(inject('gatewayUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-of-use': 'HOPERAT' },
    body: JSON.stringify({ query: '{ accountingOfDisclosures(youthId: "Y-000001") { requestId } }' }),
  });
  return { status: response.status, text: await response.text() };
}

describe(`the staff directory decides agency and roles (${inject('storeKind')} sources)`, () => {
  it('refuses a signed-in person the directory does not list, even one who claims to be a privacy officer', async () => {
    const answer = await askAs({ userId: 'not.on.staff', agency: 'COUNTY_ADMINISTRATION', roles: ['PRIVACY_OFFICER'] });

    expect(answer.status).toBe(403);
    expect(answer.text).toContain('NOT_IN_STAFF_DIRECTORY');
    expect(answer.text).toContain('staff directory does not list you');
    expect(answer.text).not.toContain('requestId"');
  });

  it("refuses a token whose roles are not the directory's, saying what each says", async () => {
    const answer = await askAs({ userId: 'sw.demo', agency: 'CHILD_WELFARE', roles: ['SOCIAL_WORKER', 'PRIVACY_OFFICER'] });

    expect(answer.status).toBe(403);
    expect(answer.text).toContain('CLAIMS_CONTRADICT_STAFF_DIRECTORY');
    expect(answer.text).toContain('lists you with CHILD_WELFARE as SOCIAL_WORKER');
  });

  it("refuses a token whose agency is not the directory's", async () => {
    const answer = await askAs({ userId: 'privacy.demo', agency: 'CHILD_WELFARE', roles: ['PRIVACY_OFFICER'] });

    expect(answer.status).toBe(403);
    expect(answer.text).toContain('CLAIMS_CONTRADICT_STAFF_DIRECTORY');
  });

  it('answers the privacy officer the directory lists', async () => {
    const answer = await askAs({ userId: 'privacy.demo', agency: 'COUNTY_ADMINISTRATION', roles: ['PRIVACY_OFFICER'] });

    expect(answer.status).toBe(200);
    expect(answer.text).toContain('accountingOfDisclosures');
  });
});
