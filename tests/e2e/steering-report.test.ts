import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import type { Requester } from '../../runtime/requester.ts';
import { newPseudonymKey, pseudonymOf, STEERING_FACTS_PATH } from '../../runtime/steering-facts.ts';
import { accessTokenFor, queryGateway, testScenario } from '../support/gateway.ts';

interface Cell {
  column: string;
  count: number | null;
  suppressed: boolean;
  reason: string | null;
  percentOfRow: number | null;
}
interface Table {
  measure: string;
  title: string;
  unit: string;
  window: string;
  breakdown: string;
  columns: string[];
  rows: Array<{ category: string; cells: Cell[] }>;
}
interface Report {
  steeringReport: {
    period: { label: string; startsOn: string; endsOn: string; yearToDateStartsOn: string };
    tables: Table[];
    suppression: { smallCells: number; complementaryCells: number; complementaryCountTotal: number; method: string };
  } | null;
}

const TABLE = '{ measure title unit window breakdown columns rows { category cells { column count suppressed reason percentOfRow } } }';
const REPORT = `query Report($period: String!) { steeringReport(period: $period) { period { label startsOn endsOn yearToDateStartsOn } tables ${TABLE} suppression { smallCells complementaryCells complementaryCountTotal method } } }`;
const ONE_TABLE = `query One($period: String!) { steeringReportTable(period: $period, measure: SERVED_BY_AGENCY, breakdown: LEAD_AGENCY, window: YEAR_TO_DATE) ${TABLE} }`;
const RUNS =
  'query Runs($period: String!) { steeringReportRuns(period: $period) { generatedAt period purposeOfUse requesterRoles tables rule legalBasis policyRevision smallCells complementaryCells suppressedCells } }';

/** Every youth identifier, name, date of birth and piece of free text the test county holds. */
async function youthSecrets(): Promise<string[]> {
  const { csec } = await testScenario();
  const secrets = new Set<string>();
  for (const youth of csec.youth) {
    secrets.add(youth.id);
    secrets.add(youth.givenName);
    secrets.add(youth.familyName);
    secrets.add(youth.birthDate);
    for (const link of youth.links) secrets.add(link.identifier);
    for (const event of youth.triggeringEvents ?? []) secrets.add(event.summary);
    for (const meeting of youth.meetings ?? []) secrets.add(meeting.notes);
    if (youth.safetyPlan) secrets.add(youth.safetyPlan.summary);
  }
  // What child welfare and probation hold about the youth they answer the report for.
  const { childWelfare, probation } = await testScenario();
  for (const client of childWelfare.clients) {
    for (const placement of client.placements) [placement.placementId, placement.address.line1].forEach((secret) => secrets.add(secret));
    for (const service of client.services ?? []) secrets.add(service.serviceId);
  }
  for (const juvenile of probation.juveniles) for (const service of juvenile.services ?? []) secrets.add(service.serviceId);
  // Short given names also occur inside ordinary words; names are checked as whole JSON strings below.
  return [...secrets].filter((secret) => secret.length > 0);
}

/**
 * Youth served in a window by each type of service child welfare or probation gave in it, and youth
 * with an open MDT at its end by their child welfare placement then, from the test county's records.
 */
async function agencyCountsOf(
  from: string,
  to: string,
): Promise<{ services: Map<string, number>; placements: Map<string, number>; openAtEnd: number }> {
  const { csec, childWelfare, probation } = await testScenario();
  const clients = new Map(childWelfare.clients.map((client) => [client.clientId, client]));
  const juveniles = new Map(probation.juveniles.map((juvenile) => [juvenile.probationNumber, juvenile]));
  const overlaps = (service: { startedOn: string; endedOn?: string }) =>
    service.startedOn <= to && (service.endedOn === undefined || service.endedOn >= from);
  const services = new Map<string, number>();
  const placements = new Map<string, number>();
  let openAtEnd = 0;
  for (const youth of csec.youth) {
    const mdt = youth.mdt;
    if (!mdt || mdt.openedOn > to || (mdt.closedOn !== undefined && mdt.closedOn < from)) continue;
    const linked = (agency: string) => youth.links.find((link) => link.agency === agency && link.linkedOn <= to)?.identifier;
    const client = clients.get(linked('CHILD_WELFARE') ?? '');
    const juvenile = juveniles.get(linked('PROBATION') ?? '');
    const received = new Set(
      [...(client?.services ?? []), ...(juvenile?.services ?? [])].filter(overlaps).map((service) => service.serviceType),
    );
    for (const type of received) services.set(type, (services.get(type) ?? 0) + 1);
    if (mdt.closedOn !== undefined && mdt.closedOn <= to) continue;
    openAtEnd += 1;
    const current = (client?.placements ?? [])
      .filter((placement) => placement.startedOn <= to && (placement.endedOn === undefined || placement.endedOn > to))
      .sort((a, b) => a.startedOn.localeCompare(b.startedOn))
      .at(-1);
    const type = current?.placementType ?? 'NOT_IN_PLACEMENT';
    placements.set(type, (placements.get(type) ?? 0) + 1);
  }
  return { services, placements, openAtEnd };
}

function leaks(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => (/^[A-Z][a-z]+$/.test(secret) ? text.includes(`"${secret}"`) : text.includes(secret)));
}

describe(`the steering committee report (${inject('storeKind')} sources)`, () => {
  it('gives the steering committee every table through the gateway, with no count from 1 to 10 and each suppression marked', async () => {
    const { status, body } = await queryGateway<Report>(REPORT, { period: '2026-Q4' }, { user: 'steering.demo', purpose: 'HOPERAT' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const report = body.data?.steeringReport;
    expect(report?.period).toEqual({ label: '2026-Q4', startsOn: '2026-10-01', endsOn: '2026-12-31', yearToDateStartsOn: '2026-07-01' });
    // 12 measures by age band and lead agency; the 10 that count during the period also for the year to date.
    expect(report?.tables).toHaveLength(12 * 2 + 10 * 2);
    const cells = report?.tables.flatMap((table) => table.rows.flatMap((row) => row.cells)) ?? [];
    expect(cells.some((cell) => (cell.count ?? 0) >= 11)).toBe(true);
    expect(cells.some((cell) => cell.reason === 'SMALL_CELL')).toBe(true);
    for (const cell of cells) {
      if (cell.suppressed) {
        expect(cell.count).toBeNull();
        expect(cell.percentOfRow).toBeNull();
        expect(['SMALL_CELL', 'COMPLEMENTARY']).toContain(cell.reason);
      } else {
        expect(cell.count === 0 || (cell.count ?? 0) >= 11).toBe(true);
        expect(cell.reason).toBeNull();
      }
    }
    expect(report?.suppression.smallCells).toBeGreaterThan(0);
    expect(report?.suppression.method).toContain('CalHHS Data De-identification Guidelines 4.4');
  });

  it('gives one table, suppressed as part of the whole report', async () => {
    const whole = await queryGateway<Report>(REPORT, { period: '2026-Q4' }, { user: 'steering.demo', purpose: 'PUBHLTH' });
    const one = await queryGateway<{ steeringReportTable: Table | null }>(
      ONE_TABLE,
      { period: '2026-Q4' },
      { user: 'steering.demo', purpose: 'PUBHLTH' },
    );
    const same = whole.body.data?.steeringReport?.tables.find(
      (table) => table.measure === 'SERVED_BY_AGENCY' && table.breakdown === 'LEAD_AGENCY' && table.window === 'YEAR_TO_DATE',
    );
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data?.steeringReportTable).toEqual(same);
  });

  it('counts services, placements at period end and the W&IC 16501.45 categories from child welfare and probation', async () => {
    const { body } = await queryGateway<Report>(REPORT, { period: '2026-Q4' }, { user: 'steering.demo', purpose: 'HOPERAT' });
    expect(body.errors).toBeUndefined();
    const tables = body.data?.steeringReport?.tables ?? [];
    const table = (measure: string, breakdown = 'AGE_BAND', window = 'PERIOD') =>
      tables.find((candidate) => candidate.measure === measure && candidate.breakdown === breakdown && candidate.window === window);
    const all = (found: Table | undefined, category: string) =>
      found?.rows.find((row) => row.category === category)?.cells.find((cell) => cell.column === 'ALL');

    const services = table('SERVICES_RECEIVED');
    expect(services?.rows.map((row) => row.category)).toEqual([
      'CSEC_ADVOCACY',
      'MENTAL_HEALTH',
      'SUBSTANCE_USE',
      'HEALTH_CARE',
      'EDUCATION_SUPPORT',
      'HOUSING',
      'LEGAL',
      'FAMILY_SUPPORT',
    ]);
    expect(services?.rows.some((row) => row.cells.some((cell) => (cell.count ?? 0) >= 11))).toBe(true);
    expect(table('SERVICES_RECEIVED', 'LEAD_AGENCY', 'YEAR_TO_DATE')).toBeDefined();

    // Placements at the end of the period count the youth the Stages of Change count: one total, one number.
    const placements = table('PLACEMENT_TYPE_AT_PERIOD_END');
    expect(placements?.rows.map((row) => row.category)).toEqual([
      'RESOURCE_FAMILY',
      'KIN',
      'FOSTER_FAMILY_AGENCY',
      'STRTP',
      'TRANSITIONAL_HOUSING',
      'GUARDIAN',
      'HOME_OF_PARENT',
      'NOT_IN_PLACEMENT',
      'TOTAL',
    ]);
    expect(all(placements, 'TOTAL')).toEqual(all(table('STAGE_OF_CHANGE_AT_PERIOD_END'), 'TOTAL'));
    expect(table('PLACEMENT_TYPE_AT_PERIOD_END', 'AGE_BAND', 'YEAR_TO_DATE')).toBeUndefined();

    // The same counts worked out from the test county's records, wherever the report publishes them.
    const expected = await agencyCountsOf('2026-10-01', '2026-12-31');
    const published = (found: Table | undefined) =>
      new Map(
        found?.rows.flatMap((row) => {
          const count = all(found, row.category)?.count;
          return count === null || count === undefined ? [] : [[row.category, count] as const];
        }),
      );
    const publishedServices = published(services);
    expect(publishedServices.size).toBeGreaterThan(0);
    for (const [category, count] of publishedServices) expect(count, category).toBe(expected.services.get(category) ?? 0);
    const publishedPlacements = published(placements);
    expect(publishedPlacements.size).toBeGreaterThan(0);
    for (const [category, count] of publishedPlacements)
      expect(count, category).toBe(category === 'TOTAL' ? expected.openAtEnd : (expected.placements.get(category) ?? 0));

    const exploited = table('EXPLOITED_BY_CARE_STATUS', 'LEAD_AGENCY');
    expect(exploited?.rows.map((row) => row.category)).toEqual([
      'EXPLOITED_BEFORE_CARE',
      'EXPLOITED_DURING_CARE',
      'EXPLOITED_WHILE_MISSING',
      'AT_RISK',
    ]);
    expect(exploited?.rows.some((row) => row.cells.some((cell) => cell.suppressed || (cell.count ?? 0) > 0))).toBe(true);

    const one = await queryGateway<{ steeringReportTable: Table | null }>(
      'query One($period: String!) { steeringReportTable(period: $period, measure: EXPLOITED_BY_CARE_STATUS, breakdown: LEAD_AGENCY) ' +
        TABLE +
        ' }',
      { period: '2026-Q4' },
      { user: 'steering.demo', purpose: 'HOPERAT' },
    );
    expect(one.body.data?.steeringReportTable).toEqual(exploited);
  });

  it("child welfare answers a report's pseudonyms with category facts only, and only to the gateway's token for that request", async () => {
    const { childWelfare } = await testScenario();
    const client = childWelfare.clients.find((candidate) => (candidate.services ?? []).length > 0 && candidate.placements.length > 0);
    if (!client) throw new Error('The test county has no child welfare client with services and placements.');
    const key = newPseudonymKey();
    const window = { from: '2026-07-01', to: '2026-12-31' };
    const body = JSON.stringify({
      key,
      pseudonyms: [pseudonymOf(key, 'CHILD_WELFARE', client.clientId), pseudonymOf(key, 'CHILD_WELFARE', 'NOT-A-CLIENT')],
      windows: [window],
      asOf: window.to,
    });
    const url = new URL(STEERING_FACTS_PATH, inject('subgraphUrls')['child-welfare']);
    const signer = await RequesterTokenSigner.fromKeyFile(join(inject('keysDirectory'), 'gateway.private.jwk.json'), 30);
    const requester: Requester = {
      userId: 'steering.demo',
      agency: 'CSEC_PROGRAM',
      roles: ['STEERING_COMMITTEE_MEMBER'],
      purposeOfUse: 'HOPERAT',
      breakGlassReason: null,
      requestId: '00000000-0000-4000-8000-000000000032',
    };
    const ask = (text: string, authorization?: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: text,
      });

    expect((await ask(body)).status).toBe(401);
    const answered = await ask(
      body,
      `Bearer ${signer.sign(requester, 'child-welfare', { method: 'POST', path: STEERING_FACTS_PATH, body })}`,
    );
    expect(answered.status).toBe(200);
    const text = await answered.text();
    const current = client.placements
      .filter((placement) => placement.startedOn <= window.to && (placement.endedOn === undefined || placement.endedOn > window.to))
      .at(-1);
    const services = [
      ...new Set(
        (client.services ?? [])
          .filter((service) => service.startedOn <= window.to && (service.endedOn === undefined || service.endedOn >= window.from))
          .map((service) => service.serviceType),
      ),
    ].sort();
    expect(JSON.parse(text)).toEqual({
      facts: [
        {
          services: [services],
          placementAtEnd: current?.placementType ?? null,
          inCare: client.placements.some((placement) => placement.startedOn <= window.to),
          exploited: expect.any(Array),
        },
        { services: [[]], placementAtEnd: null, inCare: false, exploited: [] },
      ],
    });
    expect(leaks(text, [client.clientId, ...(await youthSecrets())])).toEqual([]);

    const malformed = JSON.stringify({ clientIds: [client.clientId] });
    const refused = await ask(
      malformed,
      `Bearer ${signer.sign(requester, 'child-welfare', { method: 'POST', path: STEERING_FACTS_PATH, body: malformed })}`,
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).not.toContain(client.clientId);
  });

  it('is refused to every other role, and for any other purpose', async () => {
    const refused: Array<[string, string]> = [
      ['sw.demo', 'CSEC-MDT'],
      ['po.demo', 'CSEC-MDT'],
      ['mh.demo', 'CSEC-MDT'],
      ['phn.demo', 'CSEC-MDT'],
      ['attorney.demo', 'CSEC-MDT'],
      ['le.demo', 'CSEC-MDT'],
      ['sw.demo', 'HOPERAT'],
      ['steering.demo', 'CSEC-MDT'],
    ];
    const requestsPath = inject('subgraphRequestCapturePath');
    const requestsBefore = await readFile(requestsPath, 'utf8');
    for (const [user, purpose] of refused) {
      const { body } = await queryGateway<Report>(REPORT, { period: '2026-Q4' }, { user, purpose });
      expect(body.data?.steeringReport ?? null, `${user} for ${purpose}`).toBeNull();
      expect(JSON.stringify(body)).not.toContain('"count"');
    }
    // A refused report asks no agency for anything.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const asked = (await readFile(requestsPath, 'utf8')).slice(requestsBefore.length);
    expect(asked).not.toContain('/steering-cohort');
    expect(asked).not.toContain('/steering-facts');
    const privacyOfficer = await queryGateway<Report>(REPORT, { period: '2026-Q4' }, { user: 'privacy.demo', purpose: 'HOPERAT' });
    expect(privacyOfficer.body.data?.steeringReport?.tables.length).toBeGreaterThan(0);
  });

  it('answers a period it cannot read with a clear error', async () => {
    const { body } = await queryGateway<Report>(REPORT, { period: '2026-13' }, { user: 'steering.demo', purpose: 'HOPERAT' });
    expect(body.errors?.[0]?.message).toBe(
      '"2026-13" is not a reporting period. Use a month (2026-09), a quarter (2026-Q3) or a fiscal year (FY2026-27).',
    );
  });

  it('audits every report run with its period and suppression, and no youth identifier or free text leaves any service, log or audit row', async () => {
    const capturePath = inject('subgraphCapturePath');
    const logPath = inject('serviceLogPath');
    const [captureBefore, logBefore] = await Promise.all([readFile(capturePath, 'utf8'), readFile(logPath, 'utf8')]);
    const report = await queryGateway<Report>(REPORT, { period: '2026-09' }, { user: 'steering.demo', purpose: 'HOPERAT' });
    const runs = await queryGateway<{ steeringReportRuns: Array<Record<string, unknown>> | null }>(
      RUNS,
      { period: '2026-09' },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const captured = (await readFile(capturePath, 'utf8')).slice(captureBefore.length);
    const logged = (await readFile(logPath, 'utf8')).slice(logBefore.length);

    const run = runs.body.data?.steeringReportRuns?.[0];
    expect(run).toMatchObject({
      period: '2026-09',
      purposeOfUse: 'HOPERAT',
      requesterRoles: ['STEERING_COMMITTEE_MEMBER'],
      rule: 'IAP-2025-9.5',
      tables: 44,
    });
    const suppressedInReport =
      report.body.data?.steeringReport?.tables.flatMap((table) =>
        table.rows.flatMap((row) => row.cells.filter((cell) => cell.suppressed)),
      ) ?? [];
    expect(run?.['suppressedCells']).toHaveLength(suppressedInReport.length);

    const secrets = await youthSecrets();
    expect(captured).toContain('steeringReport');
    for (const text of [JSON.stringify(report.body), JSON.stringify(runs.body), captured, logged]) expect(leaks(text, secrets)).toEqual([]);
  });

  it('npm run report:steering writes the report as CSV and as HTML with inline charts, suppressed as the gateway answered', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'csec-steering-report-'));
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['scripts/report-steering.ts', '--period', '2026-Q4', '--gateway', inject('gatewayUrl'), '--out', folder],
        {
          env: { ...process.env, ...inject('serviceEnvironment'), CSEC_ACCESS_TOKEN: await accessTokenFor('steering.demo') },
        },
      );
      const csv = await readFile(join(folder, 'steering-report-2026-Q4.csv'), 'utf8');
      const html = await readFile(join(folder, 'steering-report-2026-Q4.html'), 'utf8');

      expect(stdout).toContain('44 tables');
      const [header, ...lines] = csv.trim().split('\r\n');
      expect(header).toBe('period,measure,title,unit,window,breakdown,category,column,count,suppressed,reason,percent_of_row');
      const fields = lines.map((line) => line.split(','));
      const counts = fields.map((row) => row.at(-4) ?? '');
      expect(counts.filter((count) => count !== '' && Number(count) >= 1 && Number(count) <= 10)).toEqual([]);
      expect(fields.filter((row) => row.at(-3) === 'true').every((row) => row.at(-4) === '' && row.at(-2) !== '')).toBe(true);
      expect(html).toContain('<svg role="img"');
      expect(html).toContain('suppressed: 1 to 10');
      // Nothing is fetched from elsewhere: no scripts, stylesheets or images by address.
      expect(html).not.toMatch(/<(script|link|img)\b/);
      expect(leaks(csv + html, await youthSecrets())).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
