import { describe, expect, inject, it } from 'vitest';
import { queryGateway } from '../support/gateway.ts';

interface Entry {
  cursor: string;
  recordNumber: string;
  decisionId: string;
}

const PAGE =
  'query Page($youthId: ID!, $first: Int, $after: String) { accountingOfDisclosures(youthId: $youthId, first: $first, after: $after) { cursor recordNumber decisionId } }';

async function page(variables: Record<string, unknown>) {
  return queryGateway<{ accountingOfDisclosures: Entry[] | null }>(
    PAGE,
    { youthId: 'Y-000006', ...variables },
    { user: 'privacy.demo', purpose: 'HOPERAT' },
  );
}

describe(`the accounting of disclosures, a page at a time (${inject('storeKind')} sources)`, () => {
  it('walks the accounting in pages that neither overlap nor skip, newest first', async () => {
    for (let ask = 0; ask < 3; ask += 1) await queryGateway('{ youth(id: "Y-000006") { id name { givenName } mdt { status } } }');
    const whole = (await page({ first: 20 })).body.data?.accountingOfDisclosures ?? [];
    // Each page asked is itself recorded, at the top: walk what lies below the first entry seen.
    const walked: Entry[] = [];
    let after: string | undefined = whole[0]?.cursor;
    for (let pages = 0; pages < 5; pages += 1) {
      const entries = (await page({ first: 2, after })).body.data?.accountingOfDisclosures ?? [];
      walked.push(...entries);
      after = entries.at(-1)?.cursor;
      if (entries.length < 2) break;
    }

    expect(whole.length).toBeGreaterThan(3);
    expect(walked.map((entry) => entry.decisionId)).toEqual(whole.slice(1, 1 + walked.length).map((entry) => entry.decisionId));
    expect(new Set(walked.map((entry) => entry.cursor)).size).toBe(walked.length);
  });

  it('answers a page size out of bounds or a cursor it did not make with a clear error', async () => {
    const tooMany = await page({ first: 501 });
    const strange = await page({ after: 'not-a-cursor' });

    expect(tooMany.body.errors?.[0]?.message).toBe('"first" must be a whole number from 1 to 500.');
    expect(tooMany.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(strange.body.errors?.[0]?.message).toBe('"after" must be the cursor of an entry of this accounting.');
  });
});
