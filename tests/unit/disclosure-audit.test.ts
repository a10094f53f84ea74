import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLOSURE_EXTENSION, disclosureDigest, type DisclosureContext } from '../../runtime/policy/disclosure-context.ts';
import { AuditUnavailableError, DisclosureAuditClient } from '../../gateway/src/audit/disclosure-audit-client.ts';
import { readAuditRecordsRequest, type DisclosureRecordInput } from '../../runtime/audit/disclosure-record.ts';
import { loadConfig, type SystemConfig } from '../../runtime/config.ts';
import type { RunningHttpServer } from '../../runtime/graphql-http.ts';
import type { RelationalStore } from '../../runtime/relational-store.ts';
import { openSubgraphStore, startRelationalSubgraph } from '../../runtime/relational-subgraph.ts';
import { RequestRejection, type Requester } from '../../runtime/requester.ts';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import { ensureDevelopmentKeys } from '../../scripts/lib/development-identity-provider.ts';
import {
  GENESIS_HASH,
  accountingOfDisclosures,
  appendDisclosureRecords,
  chainHash,
  verifyDisclosureChain,
  type DisclosureRecordColumns,
} from '../../subgraphs/csec/src/disclosure-audit.ts';
import { csecSubgraph } from '../../subgraphs/csec/src/service.ts';

const AUDIT_VERIFY = fileURLToPath(new URL('../../scripts/audit-verify.ts', import.meta.url));
const SLOW = { timeout: 60_000 };

const REQUESTER: Requester = {
  userId: 'sw.garcia',
  agency: 'CHILD_WELFARE',
  roles: ['SOCIAL_WORKER'],
  purposeOfUse: 'CSEC-MDT',
  breakGlassReason: null,
  requestId: '6f1c1f57-9b61-4c1e-9d0e-2d1b3c4a5e6f',
};

/** The columns of `disclosure_record`: identifiers and decisions, nothing that could hold a value. */
const AUDIT_COLUMNS = [
  'sequence', 'decision_id', 'recorded_at', 'request_id', 'requester_user_id', 'requester_agency', 'requester_roles',
  'purpose_of_use', 'break_glass_reason', 'youth_id', 'field', 'category', 'outcome', 'rule', 'legal_basis',
  'policy_revision', 'review', 'previous_hash', 'hash',
];

function decision(overrides: Partial<DisclosureRecordInput> = {}): DisclosureRecordInput {
  return {
    decisionId: randomUUID(),
    recordedAt: '2026-11-22T14:00:00.123Z',
    requestId: REQUESTER.requestId,
    requester: { userId: REQUESTER.userId, agency: REQUESTER.agency, roles: REQUESTER.roles },
    purposeOfUse: REQUESTER.purposeOfUse,
    breakGlassReason: null,
    youthId: 'Y-000001',
    field: 'Youth.missingSince',
    category: 'CSEC_STATUS',
    outcome: 'DISCLOSED',
    rule: 'IAP-2025-4.1',
    legalBasis: 'W&IC 827; W&IC 830 (agreement clause IAP-2025-4.1)',
    policyRevision: 'rev-1',
    review: false,
    ...overrides,
  };
}

function decisions(count: number, overrides: Partial<DisclosureRecordInput> = {}): DisclosureRecordInput[] {
  return Array.from({ length: count }, () => decision(overrides));
}

interface StoredRow extends DisclosureRecordColumns {
  previous_hash: string;
  hash: string;
}

async function storedRows(store: RelationalStore): Promise<StoredRow[]> {
  const rows = await store.query<StoredRow & { sequence: string | number }>(
    `SELECT sequence, decision_id::text AS decision_id,
            to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS recorded_at,
            request_id, requester_user_id, requester_agency, requester_roles, purpose_of_use, break_glass_reason,
            youth_id, field, category, outcome, rule, legal_basis, policy_revision, review, previous_hash, hash
       FROM disclosure_record ORDER BY sequence`,
  );
  return rows.map((row) => ({ ...row, sequence: Number(row.sequence) }));
}

/** Changes stored rows the way someone with direct database access could: past the append-only trigger. */
async function behindTheTriggersBack(store: RelationalStore, sql: string): Promise<void> {
  await store.query('ALTER TABLE disclosure_record DISABLE TRIGGER ALL');
  await store.query(sql);
  await store.query('ALTER TABLE disclosure_record ENABLE TRIGGER ALL');
}

function runAuditVerify(env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [AUDIT_VERIFY], { env, cwd: fileURLToPath(new URL('../..', import.meta.url)) }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Where a store under test lives: an embedded store in a temporary folder, or a fresh PostgreSQL database. */
interface StoreUnderTest {
  kind: 'embedded' | 'postgres';
  /** Environment that points the csec subgraph (and `npm run audit:verify`) at this store. */
  env: Record<string, string>;
  dispose: () => Promise<void>;
}

async function embeddedStore(): Promise<StoreUnderTest> {
  const dataDirectory = await mkdtemp(join(tmpdir(), 'csec-audit-'));
  return {
    kind: 'embedded',
    env: { CSEC_DATA_DIR: dataDirectory },
    dispose: () => rm(dataDirectory, { recursive: true, force: true }),
  };
}

async function postgresStore(serverUrl: string): Promise<StoreUnderTest> {
  const dataDirectory = await mkdtemp(join(tmpdir(), 'csec-audit-'));
  const database = `csec_audit_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return {
    kind: 'postgres',
    env: { CSEC_DATA_DIR: dataDirectory, CSEC_DATABASE_URL: url.href },
    dispose: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await cleanup.end();
      await rm(dataDirectory, { recursive: true, force: true });
    },
  };
}

const postgresUrl = process.env['CSEC_TEST_POSTGRES_URL'];
const storeKinds = postgresUrl ? (['embedded', 'postgres'] as const) : (['embedded'] as const);

describe.each(storeKinds)('the disclosure audit on the %s store', (kind) => {
  let place: StoreUnderTest;
  let store: RelationalStore;

  beforeAll(async () => {
    place = kind === 'postgres' ? await postgresStore(postgresUrl as string) : await embeddedStore();
    store = await openSubgraphStore(csecSubgraph, loadConfig(place.env));
  }, 60_000);

  afterAll(async () => {
    await store?.close().catch(() => undefined);
    await place?.dispose();
  }, 60_000);

  it('chains every appended record onto the one before it, from a genesis of 64 zeros', SLOW, async () => {
    const first = await appendDisclosureRecords(store, decisions(3));
    const second = await appendDisclosureRecords(store, [decision({ outcome: 'WITHHELD', rule: 'DEFAULT_DENY', legalBasis: 'deny by default' })]);

    const rows = await storedRows(store);
    expect(rows).toHaveLength(4);
    expect(rows[0]?.previous_hash).toBe(GENESIS_HASH);
    rows.forEach((row, index) => {
      if (index > 0) expect(row.previous_hash).toBe(rows[index - 1]?.hash);
      const { previous_hash: previousHash, hash, ...columns } = row;
      expect(hash).toBe(chainHash(previousHash, columns));
    });
    expect(first).toEqual({ appended: 3, lastHash: rows[2]?.hash });
    expect(second).toEqual({ appended: 1, lastHash: rows[3]?.hash });
    expect(await verifyDisclosureChain(store)).toEqual({ intact: true, recordsChecked: 4 });
  });

  it('keeps one unbroken chain when many appends run at the same time', SLOW, async () => {
    const before = (await verifyDisclosureChain(store)).recordsChecked;
    await Promise.all(Array.from({ length: 12 }, () => appendDisclosureRecords(store, decisions(5))));

    expect(await verifyDisclosureChain(store)).toEqual({ intact: true, recordsChecked: before + 60 });
  });

  it('verifies a chain longer than one page', SLOW, async () => {
    const before = (await verifyDisclosureChain(store)).recordsChecked;
    await appendDisclosureRecords(store, decisions(2_345));

    expect(await verifyDisclosureChain(store)).toEqual({ intact: true, recordsChecked: before + 2_345 });
  });

  it('costs three round trips per append, whatever the number of records', SLOW, async () => {
    const beforeOne = store.roundTrips();
    await appendDisclosureRecords(store, decisions(1));
    const beforeMany = store.roundTrips();
    await appendDisclosureRecords(store, decisions(500));

    expect(beforeMany - beforeOne).toBe(3);
    expect(store.roundTrips() - beforeMany).toBe(3);
  });

  it('refuses a decision id that is already recorded and appends nothing of that batch', SLOW, async () => {
    const recorded = decision();
    await appendDisclosureRecords(store, [recorded]);
    const before = (await verifyDisclosureChain(store)).recordsChecked;

    await expect(appendDisclosureRecords(store, [decision(), recorded])).rejects.toMatchObject({ code: 'DUPLICATE_DECISION' });
    expect(await verifyDisclosureChain(store)).toEqual({ intact: true, recordsChecked: before });
  });

  it('gives a youth\'s accounting newest first, and only that youth\'s', SLOW, async () => {
    await appendDisclosureRecords(store, [
      decision({ youthId: 'Y-000777', recordedAt: '2026-11-20T09:00:00Z', field: 'Youth.name', category: 'ROSTER' }),
      decision({ youthId: 'Y-000777', recordedAt: '2026-11-22T09:00:00Z', outcome: 'WITHHELD', rule: 'MDT_NOTES_NOT_FOR_ROLE_OR_PURPOSE' }),
      decision({ youthId: 'Y-000888', recordedAt: '2026-11-23T09:00:00Z' }),
      decision({ youthId: 'Y-000777', recordedAt: '2026-11-21T09:00:00-08:00', breakGlassReason: 'Missing since last night.', review: true }),
    ]);

    const accounting = await accountingOfDisclosures(store, 'Y-000777');

    expect(accounting.map((entry) => entry.recordedAt)).toEqual([
      '2026-11-22T09:00:00.000Z',
      '2026-11-21T17:00:00.000Z',
      '2026-11-20T09:00:00.000Z',
    ]);
    expect(accounting[0]).toMatchObject({
      youthId: 'Y-000777',
      requesterUserId: 'sw.garcia',
      requesterAgency: 'CHILD_WELFARE',
      requesterRoles: ['SOCIAL_WORKER'],
      purposeOfUse: 'CSEC-MDT',
      outcome: 'WITHHELD',
      rule: 'MDT_NOTES_NOT_FOR_ROLE_OR_PURPOSE',
      policyRevision: 'rev-1',
      review: false,
    });
    expect(accounting[1]).toMatchObject({ breakGlassReason: 'Missing since last night.', review: true });
  });

  it('has no column that could hold a disclosed value', SLOW, async () => {
    const columns = await store.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'disclosure_record' ORDER BY ordinal_position`,
    );

    expect(columns.map((column) => column.column_name)).toEqual(AUDIT_COLUMNS);
  });

  it('is refused by the database any UPDATE, DELETE or TRUNCATE', SLOW, async () => {
    await appendDisclosureRecords(store, [decision()]);
    const before = await storedRows(store);

    await expect(store.query(`UPDATE disclosure_record SET outcome = 'WITHHELD'`)).rejects.toThrow(/append-only/);
    await expect(store.query(`UPDATE disclosure_record SET rule = 'x' WHERE false`)).rejects.toThrow(/append-only/);
    await expect(store.query('DELETE FROM disclosure_record')).rejects.toThrow(/append-only/);
    await expect(store.query('TRUNCATE disclosure_record')).rejects.toThrow(/append-only/);
    expect(await storedRows(store)).toEqual(before);
  });

  it('detects a record changed behind the trigger\'s back, and npm run audit:verify names it', SLOW, async () => {
    const rows = await storedRows(store);
    const target = rows[Math.floor(rows.length / 2)] as StoredRow;
    expect(await verifyDisclosureChain(store)).toEqual({ intact: true, recordsChecked: rows.length });
    const intact = await (async () => {
      await store.close();
      return runAuditVerify({ ...process.env, CSEC_DATABASE_URL: '', ...place.env });
    })();
    expect(intact).toMatchObject({ code: 0, stdout: `Audit chain intact: ${rows.length} records checked.\n` });
    store = await openSubgraphStore(csecSubgraph, loadConfig(place.env));

    await behindTheTriggersBack(store, `UPDATE disclosure_record SET outcome = 'WITHHELD', rule = 'DEFAULT_DENY' WHERE sequence = ${target.sequence}`);

    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: false, firstBrokenSequence: target.sequence });
    await store.close();
    const broken = await runAuditVerify({ ...process.env, CSEC_DATABASE_URL: '', ...place.env });
    store = await openSubgraphStore(csecSubgraph, loadConfig(place.env));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`^Audit chain broken at record #${target.sequence}: `));
  });

  it('detects a record removed behind the trigger\'s back at the record after it', SLOW, async () => {
    await behindTheTriggersBack(store, 'DELETE FROM disclosure_record');
    await appendDisclosureRecords(store, decisions(5));
    const rows = await storedRows(store);
    expect(await verifyDisclosureChain(store)).toEqual({ intact: true, recordsChecked: 5 });

    await behindTheTriggersBack(store, `DELETE FROM disclosure_record WHERE sequence = ${rows[2]?.sequence}`);

    expect(await verifyDisclosureChain(store)).toEqual({ intact: false, recordsChecked: 3, firstBrokenSequence: rows[3]?.sequence });
  });

  it('detects a time moved by a microsecond', SLOW, async () => {
    await behindTheTriggersBack(store, 'DELETE FROM disclosure_record');
    await appendDisclosureRecords(store, decisions(2));
    const [, second] = await storedRows(store);

    await behindTheTriggersBack(store, `UPDATE disclosure_record SET recorded_at = recorded_at + interval '1 microsecond' WHERE sequence = ${second?.sequence}`);

    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: false, firstBrokenSequence: second?.sequence });
  });
});

describe('the audit records the gateway sends', () => {
  const valid = () => ({ records: [decision()] });

  it('are read with the decision id in lower case and the time in UTC', () => {
    const [record] = readAuditRecordsRequest({
      records: [decision({ decisionId: 'A3BB189E-8BF9-3888-9912-ACE4E6543002', recordedAt: '2026-11-22T06:00:00-08:00' })],
    });
    expect(record).toMatchObject({ decisionId: 'a3bb189e-8bf9-3888-9912-ace4e6543002', recordedAt: '2026-11-22T14:00:00.000Z' });
  });

  it.each([
    ['a record that carries a value', { records: [{ ...decision(), value: 'Placement: 12 Elm St' }] }],
    ['a requester with an extra claim', { records: [{ ...decision(), requester: { ...decision().requester, name: 'Garcia' } }] }],
    ['a missing key', { records: [{ ...decision(), review: undefined }] }],
    ['no records', { records: [] }],
    ['more than 10,000 records', { records: Array.from({ length: 10_001 }, () => decision()) }],
    ['an extra top-level key', { ...valid(), values: ['x'] }],
    ['a decision id that is not a UUID', { records: [decision({ decisionId: 'decision-1' })] }],
    ['the same decision id twice', (() => { const twice = decision(); return { records: [twice, twice] }; })()],
    ['a day that does not exist', { records: [decision({ recordedAt: '2026-02-30T10:00:00Z' })] }],
    ['a time without a zone', { records: [decision({ recordedAt: '2026-11-22T14:00:00' })] }],
    ['an unknown outcome', { records: [decision({ outcome: 'MAYBE' as 'DISCLOSED' })] }],
    ['a field that is not Type.field', { records: [decision({ field: 'missingSince' })] }],
    ['a NUL character', { records: [decision({ rule: 'IAP\u0000' })] }],
    ['a lone surrogate', { records: [decision({ legalBasis: 'W&IC \ud800' })] }],
    ['an empty purpose', { records: [decision({ purposeOfUse: '' })] }],
    ['a review flag that is not a boolean', { records: [decision({ review: 'yes' as unknown as boolean })] }],
  ])('are refused with BAD_AUDIT_RECORDS for %s, without echoing any value', (_situation, body) => {
    let rejection: unknown;
    try {
      readAuditRecordsRequest(body);
    } catch (error) {
      rejection = error;
    }
    expect(rejection).toBeInstanceOf(RequestRejection);
    expect(rejection).toMatchObject({ status: 400, code: 'BAD_AUDIT_RECORDS' });
    expect((rejection as Error).message).not.toMatch(/Elm|Garcia|decision-1|MAYBE|yes/);
  });
});

describe('the gateway\'s disclosure audit client and the csec /audit-records route', () => {
  let dataDirectory: string;
  let config: SystemConfig;
  let subgraph: RunningHttpServer;
  let signer: RequesterTokenSigner;

  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'csec-audit-route-'));
    const keysDirectory = join(dataDirectory, 'keys');
    await ensureDevelopmentKeys(keysDirectory);
    config = loadConfig({
      CSEC_DATA_DIR: dataDirectory,
      CSEC_KEYS_DIR: keysDirectory,
      CSEC_SUBGRAPH_PORT: '0',
      CSEC_MAX_BODY_BYTES: '10000000',
    });
    process.env['CSEC_LOG_LEVEL'] ??= 'warn';
    subgraph = await startRelationalSubgraph(csecSubgraph, config);
    signer = await RequesterTokenSigner.fromKeyFile(config.gateway.signingKeyPath, 30);
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
    await rm(dataDirectory, { recursive: true, force: true });
  }, 60_000);

  async function post(body: unknown, requester: Requester = REQUESTER) {
    const response = await fetch(new URL('/audit-records', subgraph.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${await signer.sign(requester, 'csec')}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('appends a request\'s decisions and answers with the count and the new last hash', SLOW, async () => {
    const answer = await post({ records: decisions(3) });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ appended: 3, lastHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('refuses bad records with 400 BAD_AUDIT_RECORDS and appends nothing', SLOW, async () => {
    const answer = await post({ records: [{ ...decision(), value: 'Placement: 12 Elm St' }] });

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [{ message: expect.not.stringContaining('Elm') as unknown, extensions: { code: 'BAD_AUDIT_RECORDS' } }] });
  });

  it('refuses records about anyone but the requester the gateway signed for', SLOW, async () => {
    const answer = await post({ records: [decision({ requester: { userId: 'po.nguyen', agency: 'PROBATION', roles: ['PROBATION_OFFICER'] } })] });

    expect(answer.status).toBe(400);
    expect(answer.body['errors']).toMatchObject([{ extensions: { code: 'BAD_AUDIT_RECORDS' } }]);
  });

  it('refuses a caller without a gateway token', SLOW, async () => {
    const response = await fetch(new URL('/audit-records', subgraph.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ records: decisions(1) }),
    });

    expect(response.status).toBe(401);
  });

  it('records every decision of a large request, in as many appends as the body limit needs', SLOW, async () => {
    const client = new DisclosureAuditClient({ csecUrl: subgraph.url, signer, maxBodyBytes: 4_000 });
    const records = decisions(40, { youthId: 'Y-000555' });

    await client.record(REQUESTER, records);

    const accounting = await queryAccounting('Y-000555');
    expect(accounting).toHaveLength(40);
    expect(new Set(accounting.map((entry) => entry['decisionId']))).toEqual(new Set(records.map((record) => record.decisionId)));
  });

  it('answers the accounting of disclosures over GraphQL, in words a caseworker reads', SLOW, async () => {
    const client = new DisclosureAuditClient({ csecUrl: subgraph.url, signer });
    const emergency: Requester = { ...REQUESTER, purposeOfUse: 'BTG', breakGlassReason: 'Youth missing since last night.' };
    await client.record(emergency, [
      decision({ youthId: 'Y-000666', purposeOfUse: 'BTG', breakGlassReason: 'Youth missing since last night.', review: true, recordedAt: '2026-11-22T14:00:00Z' }),
    ]);

    const [entry] = await queryAccounting('Y-000666');

    expect(entry).toMatchObject({
      decidedAt: '2026-11-22T14:00:00.000Z',
      requester: { userId: 'sw.garcia', agency: 'CHILD_WELFARE', roles: ['SOCIAL_WORKER'] },
      purposeOfUse: 'BTG',
      breakGlassReason: 'Youth missing since last night.',
      field: 'Youth.missingSince',
      category: 'CSEC_STATUS',
      outcome: 'DISCLOSED',
      rule: 'IAP-2025-4.1',
      policyRevision: 'rev-1',
      flaggedForReview: true,
    });
    expect(entry?.['recordNumber']).toMatch(/^\d+$/);
  });

  it('fails with AUDIT_UNAVAILABLE, without record contents, when the audit refuses', SLOW, async () => {
    const client = new DisclosureAuditClient({ csecUrl: subgraph.url, signer });
    const stranger = decision({ requester: { userId: 'po.nguyen', agency: 'PROBATION', roles: ['PROBATION_OFFICER'] }, legalBasis: 'Placement: 12 Elm St' });

    const failure = await client.record(REQUESTER, [stranger]).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AuditUnavailableError);
    expect(failure).toMatchObject({ code: 'AUDIT_UNAVAILABLE', failure: 'REFUSED', status: 400 });
    expect((failure as Error).message).not.toMatch(/Elm|po\.nguyen/);
  });

  it('fails with AUDIT_UNAVAILABLE when the csec subgraph cannot be reached', SLOW, async () => {
    const client = new DisclosureAuditClient({ csecUrl: 'http://127.0.0.1:9/graphql', signer, timeoutMs: 2_000 });

    await expect(client.record(REQUESTER, decisions(1))).rejects.toMatchObject({ code: 'AUDIT_UNAVAILABLE', failure: 'UNREACHABLE' });
  });

  async function queryAccounting(youthId: string): Promise<Array<Record<string, unknown>>> {
    // The gateway's decisions for this request, as it would send them: every accounting field allowed.
    const entryFields = ['recordNumber', 'decisionId', 'decidedAt', 'requestId', 'requester', 'purposeOfUse', 'breakGlassReason', 'field', 'category', 'outcome', 'rule', 'legalBasis', 'policyRevision', 'flaggedForReview'];
    const disclosure: DisclosureContext = {
      now: new Date().toISOString(),
      youth: {},
      links: {},
      allowed: {
        [youthId]: [
          'Query.accountingOfDisclosures',
          ...entryFields.map((field) => `DisclosureAccountingEntry.${field}`),
          ...['userId', 'agency', 'roles'].map((field) => `DisclosureRequester.${field}`),
        ],
      },
    };
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${await signer.sign(REQUESTER, 'csec', disclosureDigest(disclosure))}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        extensions: { [DISCLOSURE_EXTENSION]: disclosure },
        query: `query ($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) {
          recordNumber decisionId decidedAt requestId requester { userId agency roles } purposeOfUse breakGlassReason
          field category outcome rule legalBasis policyRevision flaggedForReview } }`,
        variables: { youthId },
      }),
    });
    const body = (await response.json()) as { data?: { accountingOfDisclosures: Array<Record<string, unknown>> }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data?.accountingOfDisclosures ?? [];
  }
});
