import { readFile, stat } from 'node:fs/promises';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { countyToday } from '../../runtime/calendar.ts';
import { CONFORMANCE_PLANT_PATH } from '../../runtime/conformance-hook.ts';
import { queryGateway, type GraphQLResponse } from '../support/gateway.ts';
import { signedAsGateway } from '../support/gateway-signing.ts';
import { COURT_ORDERS, UNLINKED_COURT_PARTY } from '../support/test-situations.ts';

// The juvenile court's records decide who sees them: the agreements open court records to the social
// worker on the MDT (IAP-2025-6.1); a W&IC 827 order opens them to the person it names, for its period.

const COURT_RECORDS = /* GraphQL */ `
  query CourtRecords($id: ID!) {
    youth(id: $id) {
      id
      juvenileCourtCases {
        caseNumber
        jurisdiction
        filedOn
        nextHearing {
          date
          type
        }
        attorneysOfRecord {
          name
          represents
        }
        hearings {
          date
          type
          minuteOrder
        }
      }
      caseFileInspectionOrders {
        orderNumber
        grantedOn
        expiresOn
        authorized
        scope
      }
      courtProceedings {
        proceedingId
        kind
        participants {
          userId
          role
          from
          until
        }
      }
    }
  }
`;

interface CourtCase {
  caseNumber: string | null;
  jurisdiction: string | null;
  nextHearing: { date: string | null; type: string | null } | null;
  hearings: Array<{ date: string | null; type: string | null; minuteOrder: string | null }> | null;
  attorneysOfRecord: Array<{ name: string | null; represents: string | null }> | null;
}
interface CourtProceeding {
  proceedingId: string | null;
  kind: string | null;
  participants: Array<{ userId: string | null; role: string | null; from: string | null; until: string | null }> | null;
}
type CourtRecords = GraphQLResponse<{
  youth: {
    id: string;
    juvenileCourtCases: CourtCase[] | null;
    caseFileInspectionOrders: unknown[] | null;
    courtProceedings: CourtProceeding[] | null;
  } | null;
}>;

const askedBy = (user: string, id: string = COURT_ORDERS.youthId): Promise<CourtRecords> =>
  queryGateway(COURT_RECORDS, { id }, { user, purpose: 'CSEC-MDT' });

describe(`the juvenile court subgraph (${inject('storeKind')} sources)`, () => {
  it("the social worker on the youth's MDT sees the court's cases, hearings and attorneys of record", async () => {
    const response = await askedBy('sw.demo');

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.youth?.juvenileCourtCases).toEqual([
      expect.objectContaining({
        caseNumber: COURT_ORDERS.caseNumber,
        jurisdiction: 'DEPENDENCY',
        nextHearing: expect.objectContaining({ type: 'REVIEW' }),
        attorneysOfRecord: [
          { name: 'Dana Whitfield', represents: 'YOUTH' },
          { name: 'Luis Ortega, county counsel', represents: 'CHILD_WELFARE_AGENCY' },
        ],
      }),
    ]);
  });

  it('the social worker sees every hearing of the case, the next one set and those held with their minute orders', async () => {
    const response = await askedBy('sw.demo');

    expect(response.body.errors).toBeUndefined();
    const [courtCase] = response.body.data?.youth?.juvenileCourtCases ?? [];
    expect(courtCase?.hearings).toEqual([
      { date: courtCase?.nextHearing?.date, type: 'REVIEW', minuteOrder: null },
      { date: expect.any(String), type: 'JURISDICTION', minuteOrder: COURT_ORDERS.minuteOrder },
    ]);
  });

  it("the social worker sees the court's proceedings and who takes part in each", async () => {
    const response = await askedBy('sw.demo');

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.youth?.courtProceedings).toEqual([
      {
        proceedingId: COURT_ORDERS.proceedingId,
        kind: 'DEPENDENCY',
        participants: [{ userId: 'attorney.demo', role: 'COUNSEL', from: expect.any(String), until: null }],
      },
    ]);
  });

  it('the public health nurse named in a W&IC 827 order in force sees the court records it opens', async () => {
    const response = await askedBy('phn.demo');

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.youth?.juvenileCourtCases?.[0]?.caseNumber).toBe(COURT_ORDERS.caseNumber);
    expect(response.body.data?.youth?.caseFileInspectionOrders).toHaveLength(2);
  });

  it('the clinician whose W&IC 827 order expired yesterday is refused them, and the court never sends them', async () => {
    const capturedBefore = await capturedLength();
    const response = await askedBy('mh.demo');

    expect(response.status).toBe(200);
    expect(response.body.data?.youth?.id).toBe(COURT_ORDERS.youthId);
    expect(response.body.data?.youth?.juvenileCourtCases).toBeNull();
    expect(response.body.data?.youth?.caseFileInspectionOrders).toBeNull();
    expect(response.body.data?.youth?.courtProceedings).toBeNull();
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ path: ['youth', 'juvenileCourtCases'], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } }),
    );
    expect(JSON.stringify(response.body)).not.toContain(COURT_ORDERS.caseNumber);
    const captured = await capturedSince(capturedBefore);
    expect(captured).not.toContain(COURT_ORDERS.caseNumber);
    expect(captured).not.toContain(COURT_ORDERS.proceedingId);
    expect(captured).not.toContain(COURT_ORDERS.minuteOrder);
  });

  it('an officer who is not part of any proceeding about the youth sees no court records', async () => {
    const response = await askedBy('le.demo');

    expect(response.status).toBe(200);
    expect(response.body.data?.youth?.juvenileCourtCases ?? null).toBeNull();
    expect(JSON.stringify(response.body)).not.toContain(COURT_ORDERS.caseNumber);
  });

  it("the accounting names the nurse's W&IC 827 order as the legal basis of the disclosure", async () => {
    const asked = await askedBy('phn.demo');
    const accounting = await queryGateway<{
      accountingOfDisclosures: Array<{ requestId: string; fields: string[]; outcome: string; rule: string; legalBasis: string }>;
    }>(
      'query Accounting($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) { requestId fields outcome rule legalBasis } }',
      { youthId: COURT_ORDERS.youthId },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const entry = accounting.body.data?.accountingOfDisclosures.find(
      (candidate) => candidate.requestId === asked.headers.get('x-request-id') && candidate.fields.includes('Youth.juvenileCourtCases'),
    );
    expect(entry).toMatchObject({ outcome: 'DISCLOSED', rule: 'WIC_827_ORDER' });
    expect(entry?.legalBasis).toContain(`W&IC 827(a)(1)(Q) (order ${COURT_ORDERS.inForce})`);
  });

  it("the privacy officer's explanation for the nurse names the W&IC 827 order, and for the clinician withholds", async () => {
    const explain = (userId: string) =>
      queryGateway<{
        disclosureExplanation: {
          outcome: string;
          rule: string;
          legalBasis: string;
          facts: Array<{ name: string; finding: string }>;
        } | null;
      }>(
        'query Explain($youthId: ID!, $userId: ID!, $field: String!) { disclosureExplanation(youthId: $youthId, userId: $userId, field: $field, purposeOfUse: "CSEC-MDT") { outcome rule legalBasis facts { name finding } } }',
        { youthId: COURT_ORDERS.youthId, userId, field: 'Youth.juvenileCourtCases' },
        { user: 'privacy.demo', purpose: 'HOPERAT' },
      );
    const nurse = await explain('phn.demo');
    expect(nurse.body.errors).toBeUndefined();
    expect(nurse.body.data?.disclosureExplanation).toMatchObject({ outcome: 'DISCLOSED', rule: 'WIC_827_ORDER' });
    expect(nurse.body.data?.disclosureExplanation?.legalBasis).toContain(COURT_ORDERS.inForce);
    expect(nurse.body.data?.disclosureExplanation?.facts).toContainEqual({
      name: `W&IC 827 order ${COURT_ORDERS.inForce}`,
      finding: expect.stringMatching(/^names phn\.demo for COURT_AND_CASE_PLAN, .*: in force today\.$/),
    });
    const clinician = await explain('mh.demo');
    expect(clinician.body.data?.disclosureExplanation?.outcome).toBe('WITHHELD');
    expect(clinician.body.data?.disclosureExplanation?.facts).toContainEqual({
      name: `W&IC 827 order ${COURT_ORDERS.expired}`,
      finding: expect.stringMatching(/: not in force today\.$/),
    });
  });

  it("is asked for the youth by the court's own party number the MDT linked, never by the program's youth id", async () => {
    const before = await capturedRequestsLength();
    const response = await askedBy('sw.demo');

    expect(response.body.data?.youth?.juvenileCourtCases?.[0]?.caseNumber).toBe(COURT_ORDERS.caseNumber);
    const representations = (await capturedRequestsSince(before))
      .split('\n')
      .filter((line) => line.startsWith('juvenile-court /graphql '))
      .flatMap(
        (line) =>
          (JSON.parse(line.slice('juvenile-court /graphql '.length)) as { variables?: { representations?: unknown[] } }).variables
            ?.representations ?? [],
      );
    expect(representations).toEqual([{ __typename: 'Youth', courtPartyNumber: COURT_ORDERS.courtPartyNumber }]);
  });

  it('a youth whose court party the MDT has not linked has no court records, and the court is never asked about the party', async () => {
    const before = await capturedRequestsLength();
    const capturedBefore = await capturedLength();
    const response = await askedBy('sw.demo', UNLINKED_COURT_PARTY.youthId);

    expect(response.status).toBe(200);
    expect(response.body.data?.youth?.id).toBe(UNLINKED_COURT_PARTY.youthId);
    expect(response.body.data?.youth?.juvenileCourtCases ?? null).toBeNull();
    expect(response.body.data?.youth?.courtProceedings ?? null).toBeNull();
    expect(JSON.stringify(response.body)).not.toContain(UNLINKED_COURT_PARTY.caseNumber);
    expect(await capturedRequestsSince(before)).not.toContain(UNLINKED_COURT_PARTY.courtPartyNumber);
    expect(await capturedSince(capturedBefore)).not.toContain(UNLINKED_COURT_PARTY.caseNumber);
  });

  it("linking the court's party to the youth brings its cases into the profile at once, and unlinking takes them out", async () => {
    const LINK = 'mutation L($youthId: ID!, $link: AgencyLinkInput!) { linkAgencyRecord(youthId: $youthId, link: $link) { action } }';
    const UNLINK =
      'mutation U($youthId: ID!, $agency: SourceAgency!, $reason: String!) { unlinkAgencyRecord(youthId: $youthId, agency: $agency, reason: $reason) { action } }';
    const { youthId, courtPartyNumber, caseNumber } = UNLINKED_COURT_PARTY;

    const linked = await queryGateway(LINK, {
      youthId,
      link: { agency: 'JUVENILE_COURT', identifier: courtPartyNumber, reason: 'Party number confirmed with the court clerk.' },
    });
    const whileLinked = await askedBy('sw.demo', youthId);
    const unlinked = await queryGateway(UNLINK, { youthId, agency: 'JUVENILE_COURT', reason: 'Linked for a check; not confirmed.' });
    const afterwards = await askedBy('sw.demo', youthId);

    expect(linked.body.data).toEqual({ linkAgencyRecord: { action: 'LINKED' } });
    expect(whileLinked.body.data?.youth?.juvenileCourtCases?.map((courtCase) => courtCase.caseNumber)).toEqual([caseNumber]);
    expect(unlinked.body.data).toEqual({ unlinkAgencyRecord: { action: 'UNLINKED' } });
    expect(afterwards.body.data?.youth?.juvenileCourtCases ?? null).toBeNull();
    expect(JSON.stringify(afterwards.body)).not.toContain(caseNumber);
  });

  it('answers a record planted through its test hook to whom the agreements open it, never to law enforcement', async () => {
    const marker = `planted-${crypto.randomUUID()}`;
    const planted = await signedAsGateway('juvenile-court', CONFORMANCE_PLANT_PATH, { youth: COURT_ORDERS.courtPartyNumber, marker });
    expect(planted.status).toBe(200);

    const socialWorker = await askedBy('sw.demo');
    expect(JSON.stringify(socialWorker.body)).toContain(marker);
    const lawEnforcement = await askedBy('le.demo');
    expect(JSON.stringify(lawEnforcement.body)).not.toContain(marker);
  });

  it("refuses its test hook without the gateway's token", async () => {
    const response = await fetch(new URL(CONFORMANCE_PLANT_PATH, inject('subgraphUrls')['juvenile-court']), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ youth: COURT_ORDERS.courtPartyNumber, marker: 'unsigned' }),
    });
    expect(response.status).toBe(401);
  });
});

describe(`the gateway remembers the court's facts between requests (${inject('storeKind')} sources)`, () => {
  it("asks the court's facts route once for repeated profile queries of the same person about the same youth", async () => {
    const before = await capturedRequestsLength();
    const responses = [];
    for (let index = 0; index < 4; index += 1) responses.push(await askedBy('phn.demo'));

    for (const response of responses) {
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data).toEqual(responses[0]?.body.data);
    }
    expect(responses[0]?.body.data?.youth?.juvenileCourtCases?.map((courtCase) => courtCase.caseNumber)).toContain(COURT_ORDERS.caseNumber);
    // Asked at most once: by the first query, unless an earlier one left its answer remembered.
    expect(courtFactsQuestions(await capturedRequestsSince(before)).length).toBeLessThanOrEqual(1);
  });

  // An order is granted or withdrawn in the court's own system of record, outside this system: here
  // in its PostgreSQL database, where the embedded store has no other writer than its subgraph.
  it.runIf(inject('storeKind') === 'postgres')(
    "an order granted in the court's store opens its records from a later request on, and withdrawn closes them again",
    async () => {
      const order = `JV827-GRANTED-${Date.now()}`;
      const court = new pg.Client({ connectionString: inject('serviceEnvironment')['JUVENILE_COURT_DATABASE_URL'] });
      await court.connect();
      try {
        // The clinician's order expired yesterday: refused, and the court's answer remembered.
        for (let index = 0; index < 2; index += 1) {
          expect((await askedBy('mh.demo')).body.data?.youth?.juvenileCourtCases).toBeNull();
        }
        await court.query(
          `INSERT INTO inspection_order
             (order_number, party_number, granted_on, expires_on, authorized_user_id, authorized_name, categories, scope)
           VALUES ($1, $2, $3::date, $3::date + 30, 'mh.demo', 'The youth''s mental health clinician',
                   ARRAY['COURT_AND_CASE_PLAN'], 'Court reports, for the treatment plan.')`,
          // Granted today in the county, whose calendar the policy reads.
          [order, COURT_ORDERS.courtPartyNumber, countyToday()],
        );
        const opened = await untilAnswer('mh.demo', (response) => response.body.data?.youth?.juvenileCourtCases != null);
        expect(opened.body.data?.youth?.juvenileCourtCases?.map((courtCase) => courtCase.caseNumber)).toContain(COURT_ORDERS.caseNumber);

        await court.query('DELETE FROM inspection_order WHERE order_number = $1', [order]);
        const closed = await untilAnswer('mh.demo', (response) => response.body.data?.youth?.juvenileCourtCases === null);
        expect(JSON.stringify(closed.body)).not.toContain(COURT_ORDERS.caseNumber);
      } finally {
        await court.query('DELETE FROM inspection_order WHERE order_number = $1', [order]);
        await court.end();
      }
    },
    150_000,
  );
});

/** The gateway's questions to the court's facts route about the test youth's party, in captured requests. */
function courtFactsQuestions(captured: string): string[] {
  return captured
    .split('\n')
    .filter((line) => line.startsWith('juvenile-court /disclosure-facts {') && line.includes(COURT_ORDERS.courtPartyNumber));
}

/** Asks as `user` until the answer is `wanted`: a change is heard soon after it commits, never at a set time. */
async function untilAnswer(user: string, wanted: (response: CourtRecords) => boolean): Promise<CourtRecords> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await askedBy(user);
    if (wanted(response) || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function capturedLength(): Promise<number> {
  return (await stat(inject('subgraphCapturePath')).catch(() => ({ size: 0 }))).size;
}

async function capturedSince(offset: number): Promise<string> {
  return (await readFile(inject('subgraphCapturePath'))).subarray(offset).toString('utf8');
}

async function capturedRequestsLength(): Promise<number> {
  return (await stat(inject('subgraphRequestCapturePath')).catch(() => ({ size: 0 }))).size;
}

async function capturedRequestsSince(offset: number): Promise<string> {
  return (await readFile(inject('subgraphRequestCapturePath'))).subarray(offset).toString('utf8');
}
