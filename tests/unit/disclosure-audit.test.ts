import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Supergraph, printSchema } from '@apollo/federation-internals';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASELOAD_QUERY } from '../../bench/workloads.ts';
import { withDeliveredRecords } from '../../gateway/src/gate/audit-records.ts';
import { DisclosureGate } from '../../gateway/src/gate/disclosure-gate.ts';
import { Registry } from 'prom-client';
import { GateMetrics } from '../../gateway/src/gate/gate-metrics.ts';
import type { YouthFactsClient, YouthFactsWithLinks } from '../../gateway/src/facts/youth-facts-client.ts';
import { classificationsFromSdl, type Classification } from '../../runtime/policy/classifications.ts';
import { youthScopesFromSdl, type YouthScope } from '../../runtime/policy/youth-scopes.ts';
import type { DisclosurePolicy } from '../../runtime/policy/disclosure-policy.ts';
import type { Decision, PolicyInput } from '../../runtime/policy/policy-input.ts';
import { DISCLOSURE_EXTENSION, disclosureDigest, type DisclosureContext } from '../../runtime/policy/disclosure-context.ts';
import { AuditUnavailableError, DecisionsOutdatedError, DisclosureAuditClient } from '../../gateway/src/audit/disclosure-audit-client.ts';
import {
  DISCLOSURE_AUDIT_EXTENSION,
  MAX_FIELDS_PER_RECORD,
  readAuditRecordsRequest,
  type AuditRecordsRequest,
  type AuditedDecision,
  type DeliveredRecord,
  type DisclosureRecordInput,
} from '../../runtime/audit/disclosure-record.ts';
import { loadConfig, type SystemConfig } from '../../runtime/config.ts';
import type { RunningHttpServer } from '../../runtime/graphql-http.ts';
import type { RelationalStore } from '../../runtime/relational-store.ts';
import { openSubgraphStore, startRelationalSubgraph } from '../../runtime/relational-subgraph.ts';
import { RequestRejection, type Requester } from '../../runtime/requester.ts';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import { ensureDevelopmentKeys } from '../../scripts/lib/development-identity-provider.ts';
import {
  DisclosureAuditWriter,
  GENESIS_HASH,
  accountingOfDisclosures,
  appendDisclosureRecords,
  chainHash,
  verifyDisclosureChain,
  type DisclosureRecordColumns,
  type SharedDecision,
} from '../../subgraphs/csec/src/disclosure-audit.ts';
import { csecSubgraph } from '../../subgraphs/csec/src/service.ts';
import { STORE_KINDS, storeUnderTest, type StoreUnderTest } from '../support/store-under-test.ts';
import { callServicesAsOperator } from '../support/operator-tls.ts';

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
  'sequence',
  'decision_id',
  'recorded_at',
  'request_id',
  'requester_user_id',
  'requester_agency',
  'requester_roles',
  'purpose_of_use',
  'break_glass_reason',
  'policy_revision',
  'previous_hash',
  'hash',
  'decisions',
  'youth_ids',
  'amends_request_id',
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
    fields: ['Youth.identifiedOn', 'Youth.missingSince'],
    category: 'CSEC_STATUS',
    outcome: 'DISCLOSED',
    rule: 'IAP-2025-4.1',
    legalBasis: 'W&IC 827; W&IC 830 (agreement clause IAP-2025-4.1)',
    policyRevision: 'rev-1',
    review: false,
    ...overrides,
  };
}

/** Decisions of one request, each about a youth of its own (so each is a record of its own) unless `overrides` names one. */
function decisions(count: number, overrides: Partial<DisclosureRecordInput> = {}): DisclosureRecordInput[] {
  return Array.from({ length: count }, (_, index) => decision({ youthId: `Y-${String(100_000 + index)}`, ...overrides }));
}

/** `count` appends of one decision each, one after the other: as many records. */
async function appendOneByOne(store: RelationalStore, count: number): Promise<void> {
  for (const one of decisions(count)) await appendDisclosureRecords(store, [one]);
}

/** The body of `POST /audit-records` for decisions of one request, each in an entry of its own. */
function appendBody(records: DisclosureRecordInput[]): AuditRecordsRequest {
  const [first] = records;
  const { requestId, requester, purposeOfUse, breakGlassReason, recordedAt, policyRevision } = first ?? decision();
  return {
    request: { requestId, requester, purposeOfUse, breakGlassReason, recordedAt, policyRevision },
    decisions: records.map(({ decisionId, youthId, fields, category, outcome, rule, legalBasis, review }) => ({
      decisionId,
      youthIds: [youthId],
      fields,
      category,
      outcome,
      rule,
      legalBasis,
      review,
    })),
  };
}

/** A valid body with one change to its request part. */
function withRequest(overrides: Record<string, unknown>) {
  const body = appendBody([decision()]);
  return { ...body, request: { ...body.request, ...overrides } };
}

/** A valid body of one decision with that decision changed. */
function withDecision(overrides: Record<string, unknown>) {
  const body = appendBody([decision()]);
  return { ...body, decisions: [{ ...body.decisions[0], ...overrides }] };
}

/**
 * The first two records of a new chain, as the audit stores them, and their hashes: pinned, so that
 * a record's hash never changes once written (the checkpoints signed outside the database hold
 * them). The first is a plain append, a decision shared by two youth and one about a de-identified
 * value; the second amends another request's records, with emergency access and filed records.
 */
const PINNED_DECISIONS: DisclosureRecordInput[] = [
  decision({
    decisionId: '3A1F0C2E-4B5D-4E6F-8A7B-9C0D1E2F3A4B',
    youthId: 'Y-000555',
    fields: ['Youth.name', 'Youth.birthDate'],
    category: 'ROSTER',
    rule: 'IAP-2025-3.1',
    legalBasis: 'W&IC 830 (agreement clause IAP-2025-3.1)',
  }),
  decision({
    decisionId: '3a1f0c2e-4b5d-4e6f-8a7b-9c0d1e2f3a4b',
    youthId: 'Y-000556',
    fields: ['Youth.birthDate', 'Youth.name'],
    category: 'ROSTER',
    rule: 'IAP-2025-3.1',
    legalBasis: 'W&IC 830 (agreement clause IAP-2025-3.1)',
  }),
  decision({
    decisionId: '8c2e4f6a-0b1d-4c3e-9f5a-7b9d1e3f5a7c',
    youthId: null,
    fields: ['CaseloadCount.total'],
    category: 'AGGREGATE',
    rule: 'AGGREGATE_ONLY',
    legalBasis: 'W&IC 827',
  }),
];
const PINNED_RECORD: DisclosureRecordColumns = {
  sequence: 1,
  decision_id: '3a1f0c2e-4b5d-4e6f-8a7b-9c0d1e2f3a4b',
  recorded_at: '2026-11-22T14:00:00.123000Z',
  request_id: '6f1c1f57-9b61-4c1e-9d0e-2d1b3c4a5e6f',
  requester_user_id: 'sw.garcia',
  requester_agency: 'CHILD_WELFARE',
  requester_roles: ['SOCIAL_WORKER'],
  purpose_of_use: 'CSEC-MDT',
  break_glass_reason: null,
  policy_revision: 'rev-1',
  decisions: [
    {
      category: 'ROSTER',
      decisionId: '3a1f0c2e-4b5d-4e6f-8a7b-9c0d1e2f3a4b',
      fields: ['Youth.birthDate', 'Youth.name'],
      legalBasis: 'W&IC 830 (agreement clause IAP-2025-3.1)',
      outcome: 'DISCLOSED',
      review: false,
      rule: 'IAP-2025-3.1',
      youthIds: ['Y-000555', 'Y-000556'],
    },
    {
      category: 'AGGREGATE',
      decisionId: '8c2e4f6a-0b1d-4c3e-9f5a-7b9d1e3f5a7c',
      fields: ['CaseloadCount.total'],
      legalBasis: 'W&IC 827',
      outcome: 'DISCLOSED',
      review: false,
      rule: 'AGGREGATE_ONLY',
      youthIds: [null],
    },
  ],
  youth_ids: ['Y-000555', 'Y-000556'],
  amends_request_id: null,
};
const PINNED_HASH = '09119d3eeaf83e79a987e9410a9fa8f68bd5a624aabade65694756f9fa995cd9';

const EMERGENCY = {
  requestId: '9c4f4a8a-2e94-4f41-8a31-5a4e6f7d8192',
  recordedAt: '2026-11-22T18:30:00-08:00',
  requester: { userId: 'er.doctor', agency: 'HEALTH', roles: ['MENTAL_HEALTH_CLINICIAN', 'PHYSICIAN'] },
  purposeOfUse: 'TREATMENT',
  breakGlassReason: 'Youth brought to the emergency department',
  policyRevision: 'rev-3',
  youthId: 'Y-000777',
  review: true,
  amends: true,
} as const;
const FILED = [
  {
    youthId: 'Y-000777',
    field: 'SubstanceUseRecord.diagnoses',
    record: 'Condition/123',
    area: 'SUBSTANCE_USE',
    basis: 'CODE',
    filedBy: 'code F10.20 in value set SUD 2026-01',
    sent: true,
  },
  {
    youthId: 'Y-000777',
    field: 'SubstanceUseRecord.diagnoses',
    record: 'Condition/124',
    area: 'SUBSTANCE_USE',
    basis: 'LABEL',
    filedBy: 'label 42CFRPart2',
    sent: false,
  },
];
const PINNED_AMENDING_DECISIONS: DisclosureRecordInput[] = [
  decision({
    ...EMERGENCY,
    requester: { ...EMERGENCY.requester, roles: [...EMERGENCY.requester.roles] },
    decisionId: '5b7d9f1a-3c5e-4a7b-8d9f-1b3d5f7a9c1e',
    fields: ['SubstanceUseRecord.diagnoses'],
    category: 'SUBSTANCE_USE',
    rule: 'BREAK_GLASS',
    legalBasis: '42 CFR 2.51 (medical emergency)',
    records: FILED,
  }),
  decision({
    ...EMERGENCY,
    requester: { ...EMERGENCY.requester, roles: [...EMERGENCY.requester.roles] },
    decisionId: '7d9f1b3d-5f7a-4c1e-9b3d-5f7a9c1e3b5d',
    fields: ['Youth.mdtNotes'],
    category: 'MDT_NOTES',
    outcome: 'NOT_DELIVERED',
    rule: 'DEFAULT_DENY',
    legalBasis: 'deny by default',
  }),
];
const PINNED_AMENDING_RECORD: DisclosureRecordColumns = {
  sequence: 2,
  decision_id: '5b7d9f1a-3c5e-4a7b-8d9f-1b3d5f7a9c1e',
  recorded_at: '2026-11-23T02:30:00.000000Z',
  request_id: '9c4f4a8a-2e94-4f41-8a31-5a4e6f7d8192',
  requester_user_id: 'er.doctor',
  requester_agency: 'HEALTH',
  requester_roles: ['MENTAL_HEALTH_CLINICIAN', 'PHYSICIAN'],
  purpose_of_use: 'TREATMENT',
  break_glass_reason: 'Youth brought to the emergency department',
  policy_revision: 'rev-3',
  decisions: [
    {
      category: 'SUBSTANCE_USE',
      decisionId: '5b7d9f1a-3c5e-4a7b-8d9f-1b3d5f7a9c1e',
      fields: ['SubstanceUseRecord.diagnoses'],
      legalBasis: '42 CFR 2.51 (medical emergency)',
      outcome: 'DISCLOSED',
      records: FILED,
      review: true,
      rule: 'BREAK_GLASS',
      youthIds: ['Y-000777'],
    },
    {
      category: 'MDT_NOTES',
      decisionId: '7d9f1b3d-5f7a-4c1e-9b3d-5f7a9c1e3b5d',
      fields: ['Youth.mdtNotes'],
      legalBasis: 'deny by default',
      outcome: 'NOT_DELIVERED',
      review: true,
      rule: 'DEFAULT_DENY',
      youthIds: ['Y-000777'],
    },
  ],
  youth_ids: ['Y-000777'],
  amends_request_id: '9c4f4a8a-2e94-4f41-8a31-5a4e6f7d8192',
};
const PINNED_AMENDING_HASH = 'f5372289b9e929df79c7fc8ab0124553e3aa1fb92416415895a358c007d50cb6';

/** Every column but the sequence, which the database draws. */
const RAW_COLUMNS = AUDIT_COLUMNS.filter((column) => column !== 'sequence').join(', ');

function randomHash(): string {
  return createHash('sha256').update(randomUUID()).digest('hex');
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
            policy_revision, decisions, youth_ids, amends_request_id, previous_hash, hash
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

describe('the hash of a record', () => {
  it('is the hash pinned for it, chained onto the hash before it', () => {
    expect(chainHash(GENESIS_HASH, PINNED_RECORD)).toBe(PINNED_HASH);
    expect(chainHash(PINNED_HASH, PINNED_AMENDING_RECORD)).toBe(PINNED_AMENDING_HASH);
  });

  it('does not depend on the order the database gives the keys of a decision back in', () => {
    const reordered = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;
    const decisionsReordered = PINNED_AMENDING_RECORD.decisions.map((entry) =>
      reordered({ ...entry, ...(entry.records ? { records: entry.records.map(reordered) } : {}) }),
    );

    expect(chainHash(PINNED_HASH, { ...PINNED_AMENDING_RECORD, decisions: decisionsReordered })).toBe(PINNED_AMENDING_HASH);
  });

  it('changes with any column, any part of a decision, any filed record, and with the hash before it', () => {
    const [substance, notes] = PINNED_AMENDING_RECORD.decisions as [SharedDecision, SharedDecision];
    const [filed] = FILED as [DeliveredRecord];
    const changed = (decision: Partial<SharedDecision>, index = 0): Partial<DisclosureRecordColumns> => ({
      decisions: index === 0 ? [{ ...substance, ...decision }, notes] : [substance, { ...notes, ...decision }],
    });
    const changes: Array<Partial<DisclosureRecordColumns>> = [
      { sequence: 3 },
      { decision_id: randomUUID() },
      { recorded_at: '2026-11-23T02:30:00.000001Z' },
      { request_id: randomUUID() },
      { requester_user_id: 'sw.garcia' },
      { requester_agency: 'PROBATION' },
      { requester_roles: ['PHYSICIAN', 'MENTAL_HEALTH_CLINICIAN'] },
      { purpose_of_use: 'CSEC-MDT' },
      { break_glass_reason: null },
      { policy_revision: 'rev-4' },
      { youth_ids: ['Y-000777', 'Y-000778'] },
      { amends_request_id: null },
      { decisions: [substance] },
      { decisions: [notes, substance] },
      changed({ decisionId: randomUUID() }),
      changed({ fields: ['SubstanceUseRecord.diagnoses', 'SubstanceUseRecord.treatment'] }),
      changed({ category: 'MENTAL_HEALTH' }),
      changed({ outcome: 'WITHHELD' }),
      changed({ rule: 'DEFAULT_DENY' }),
      changed({ legalBasis: '42 CFR 2.31' }),
      changed({ review: false }),
      changed({ youthIds: ['Y-000777', null] }),
      changed({ records: undefined }),
      changed({ records: [{ ...filed, sent: false }, ...FILED.slice(1)] }),
      changed({ records: [...FILED].reverse() }),
      changed({ records: [{ ...filed, record: 'Condition/125' }] }),
      changed({ outcome: 'DISCLOSED' }, 1),
    ];

    for (const change of changes)
      expect(chainHash(PINNED_HASH, { ...PINNED_AMENDING_RECORD, ...change }), JSON.stringify(change)).not.toBe(PINNED_AMENDING_HASH);
    expect(chainHash(GENESIS_HASH, PINNED_AMENDING_RECORD)).not.toBe(PINNED_AMENDING_HASH);
    expect(chainHash(GENESIS_HASH, { ...PINNED_RECORD, amends_request_id: PINNED_RECORD.request_id })).not.toBe(PINNED_HASH);
  });
});

describe.each(STORE_KINDS)('the disclosure audit on the %s store', (kind) => {
  let place: StoreUnderTest;
  let store: RelationalStore;

  beforeAll(async () => {
    place = await storeUnderTest(kind, 'audit');
    store = await openSubgraphStore(csecSubgraph, loadConfig(place.env));
  }, 60_000);

  afterAll(async () => {
    await store?.close().catch(() => undefined);
    await place?.dispose();
  }, 60_000);

  it('chains every appended record onto the one before it, from a genesis of 64 zeros', SLOW, async () => {
    const first = await appendDisclosureRecords(store, decisions(3));
    const second = await appendDisclosureRecords(store, [
      decision({ outcome: 'WITHHELD', rule: 'DEFAULT_DENY', legalBasis: 'deny by default' }),
    ]);

    const rows = await storedRows(store);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.previous_hash).toBe(GENESIS_HASH);
    rows.forEach((row, index) => {
      if (index > 0) expect(row.previous_hash).toBe(rows[index - 1]?.hash);
      const { previous_hash: previousHash, hash, ...columns } = row;
      expect(hash).toBe(chainHash(previousHash, columns));
    });
    expect(first).toEqual({ appended: 3, lastHash: rows[0]?.hash });
    expect(second).toEqual({ appended: 1, lastHash: rows[1]?.hash });
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: 2 });
  });

  it('keeps one unbroken chain when many appends run at the same time', SLOW, async () => {
    const before = (await verifyDisclosureChain(store)).recordsChecked;
    await Promise.all(Array.from({ length: 12 }, () => appendDisclosureRecords(store, decisions(5))));

    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before + 12 });
  });

  it('writes appends that arrive while one is written together, each request answered with its own last hash', SLOW, async () => {
    const writer = new DisclosureAuditWriter(store);
    const before = (await verifyDisclosureChain(store)).recordsChecked;
    const tripsBefore = store.roundTrips();

    const answers = await Promise.all(Array.from({ length: 12 }, () => writer.append(decisions(5))));

    // The first append goes alone (the chain head, then the record); the eleven that arrive while it
    // is written share the next statement, built on the head the writer left.
    expect(store.roundTrips() - tripsBefore).toBe(2 + 1);
    expect(answers.map((answer) => answer.appended)).toEqual(Array.from({ length: 12 }, () => 5));
    const rows = (await storedRows(store)).slice(before);
    expect(answers.map((answer) => answer.lastHash)).toEqual(rows.map((row) => row.hash));
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before + 12 });
  });

  it('fails only the request whose records are refused when appends are written together', SLOW, async () => {
    const writer = new DisclosureAuditWriter(store);
    const recorded = decision();
    await writer.append([recorded]);
    const before = (await verifyDisclosureChain(store)).recordsChecked;

    const outcomes = await Promise.allSettled([
      writer.append(decisions(2)),
      writer.append(decisions(3)),
      writer.append([{ ...recorded, outcome: 'WITHHELD' }]),
      writer.append(decisions(4)),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[2]).toMatchObject({ reason: { code: 'DUPLICATE_DECISION' } });
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before + 3 });
  });

  it('answers records sent again unchanged with the answer of their append, and appends nothing', SLOW, async () => {
    const writer = new DisclosureAuditWriter(store);
    const records = [decision(), decision({ youthId: 'Y-000002' })];
    const first = await writer.append(records);
    await writer.append(decisions(2));
    const before = (await verifyDisclosureChain(store)).recordsChecked;

    const again = await Promise.all([writer.append(records), writer.append(records.map((record) => ({ ...record })))]);

    expect(again).toEqual([first, first]);
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before });
  });

  /** The disclosure facts version (csec migration 007), and a statement that changes the facts (a trigger adds one to it). */
  const factsVersion = async () =>
    BigInt((await store.query<{ version: string }>('SELECT version::text AS version FROM disclosure_facts_version'))[0]?.version ?? '-1');
  const changeFacts = () => store.query("UPDATE consent SET revoked_on = revoked_on WHERE youth_id = 'nobody'");

  it(
    'appends decisions made on the current facts version, refuses those made on an older one with FACTS_CHANGED, and appends nothing of them',
    SLOW,
    async () => {
      const writer = new DisclosureAuditWriter(store);
      const decidedOn = await factsVersion();
      await writer.append(decisions(1), decidedOn);
      await changeFacts();
      const current = await factsVersion();
      const before = (await verifyDisclosureChain(store)).recordsChecked;

      // Written together: the ones on the old version fail, the others are appended.
      const outcomes = await Promise.allSettled([
        writer.append(decisions(2), decidedOn),
        writer.append(decisions(3)),
        writer.append(decisions(2), current),
        writer.append(decisions(4), decidedOn),
      ]);

      expect(current).toBeGreaterThan(decidedOn);
      expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? (outcome.reason as { code?: string }).code : 'APPENDED'))).toEqual([
        'FACTS_CHANGED',
        'APPENDED',
        'APPENDED',
        'FACTS_CHANGED',
      ]);
      expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before + 2 });
    },
  );

  it('answers records already appended with their answer when they are sent again after the facts changed', SLOW, async () => {
    const writer = new DisclosureAuditWriter(store);
    const decidedOn = await factsVersion();
    const records = decisions(2);
    const first = await writer.append(records, decidedOn);
    await changeFacts();
    const before = (await verifyDisclosureChain(store)).recordsChecked;

    expect(await writer.append(records, decidedOn)).toEqual(first);
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before });
  });

  it('refuses other records under a decision id already recorded, however little differs', SLOW, async () => {
    const writer = new DisclosureAuditWriter(store);
    const records = [decision(), decision({ youthId: 'Y-000002' })];
    await writer.append(records);
    const before = (await verifyDisclosureChain(store)).recordsChecked;

    const changed = [
      [records[0] as DisclosureRecordInput],
      [records[0] as DisclosureRecordInput, { ...(records[1] as DisclosureRecordInput), youthId: 'Y-000003' }],
      records.map((record) => ({ ...record, recordedAt: '2026-11-22T14:00:00.124Z' })),
      records.map((record) => ({ ...record, requestId: 'another-request' })),
    ];
    const outcomes = await Promise.allSettled(changed.map((records) => writer.append(records)));

    expect(outcomes.map((outcome) => outcome.status === 'rejected' && (outcome.reason as { code?: string }).code)).toEqual(
      Array.from({ length: changed.length }, () => 'DUPLICATE_DECISION'),
    );
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before });
  });

  it('verifies a chain longer than one page', SLOW, async () => {
    const writer = new DisclosureAuditWriter(store);
    const before = (await verifyDisclosureChain(store)).recordsChecked;
    await Promise.all(Array.from({ length: 2_345 }, () => writer.append([decision()])));

    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before + 2_345 });
  });

  it('costs two round trips per append, whatever the number of records, and one once the writer knows the chain head', SLOW, async () => {
    const beforeOne = store.roundTrips();
    await appendDisclosureRecords(store, decisions(1));
    const beforeMany = store.roundTrips();
    await appendDisclosureRecords(store, decisions(500));
    expect(beforeMany - beforeOne).toBe(2);
    expect(store.roundTrips() - beforeMany).toBe(2);

    const writer = new DisclosureAuditWriter(store);
    await writer.append(decisions(2));
    const beforeNext = store.roundTrips();
    await writer.append(decisions(300));
    expect(store.roundTrips() - beforeNext).toBe(1);
  });

  it('builds an append again on the chain head when another writer appended first, and keeps one chain', SLOW, async () => {
    const first = new DisclosureAuditWriter(store);
    const second = new DisclosureAuditWriter(store);
    await first.append(decisions(1));
    await second.append(decisions(1));
    const before = (await verifyDisclosureChain(store)).recordsChecked;

    // The first writer's head is one record behind: its insert is refused, the head read, the record inserted.
    const trips = store.roundTrips();
    const answer = await first.append(decisions(2));
    expect(store.roundTrips() - trips).toBe(3);
    const rows = await storedRows(store);
    expect(answer.lastHash).toBe(rows.at(-1)?.hash);

    await Promise.all(Array.from({ length: 30 }, (_, index) => (index % 2 === 0 ? first : second).append(decisions(2))));
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before + 31 });
    const [serial] = await store.query<{ drawn: string; last: string }>(
      `SELECT nextval(pg_get_serial_sequence('disclosure_record', 'sequence'))::text AS drawn, max(sequence)::text AS last FROM disclosure_record`,
    );
    expect(Number(serial?.drawn)).toBe(Number(serial?.last) + 1);
  });

  it('refuses an append sent again and appends nothing of it', SLOW, async () => {
    const append = [decision(), decision({ youthId: 'Y-000002' })];
    await appendDisclosureRecords(store, append);
    const before = (await verifyDisclosureChain(store)).recordsChecked;

    await expect(appendDisclosureRecords(store, append)).rejects.toMatchObject({ code: 'DUPLICATE_DECISION' });
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before });
  });

  it('stores an append in one record: each decision once, with its id and the youth it was made about', SLOW, async () => {
    const before = (await storedRows(store)).length;
    const first = decision({
      youthId: 'Y-000555',
      decisionId: randomUUID().toUpperCase(),
      fields: ['Youth.name', 'Youth.birthDate'],
      category: 'ROSTER',
    });
    const withheld = decision({ youthId: 'Y-000555', outcome: 'WITHHELD', rule: 'DEFAULT_DENY', legalBasis: 'deny by default' });
    // The same decision about another youth, as the gateway sends it: one entry, one id.
    const other = decision({
      youthId: 'Y-000556',
      decisionId: first.decisionId,
      fields: ['Youth.birthDate', 'Youth.name'],
      category: 'ROSTER',
    });
    const deidentified = decision({ youthId: null, fields: ['CaseloadCount.total'], category: 'AGGREGATE' });
    const answer = await appendDisclosureRecords(store, [first, withheld, other, deidentified]);

    const rows = (await storedRows(store)).slice(before);
    expect(answer.appended).toBe(4);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      decision_id: first.decisionId.toLowerCase(),
      youth_ids: ['Y-000555', 'Y-000556'],
      amends_request_id: null,
    });
    expect(rows[0]?.decisions).toEqual([
      {
        decisionId: first.decisionId.toLowerCase(),
        youthIds: ['Y-000555', 'Y-000556'],
        fields: ['Youth.birthDate', 'Youth.name'],
        category: 'ROSTER',
        outcome: 'DISCLOSED',
        rule: first.rule,
        legalBasis: first.legalBasis,
        review: false,
      },
      {
        decisionId: withheld.decisionId,
        youthIds: ['Y-000555'],
        fields: withheld.fields,
        category: withheld.category,
        outcome: 'WITHHELD',
        rule: 'DEFAULT_DENY',
        legalBasis: 'deny by default',
        review: false,
      },
      {
        decisionId: deidentified.decisionId,
        youthIds: [null],
        fields: ['CaseloadCount.total'],
        category: 'AGGREGATE',
        outcome: 'DISCLOSED',
        rule: deidentified.rule,
        legalBasis: deidentified.legalBasis,
        review: false,
      },
    ]);

    const accounting = await accountingOfDisclosures(store, 'Y-000555');
    expect(accounting.map((entry) => [entry.sequence, entry.decisionId, entry.outcome, entry.fields])).toEqual([
      [String(rows[0]?.sequence), first.decisionId.toLowerCase(), 'DISCLOSED', ['Youth.birthDate', 'Youth.name']],
      [String(rows[0]?.sequence), withheld.decisionId, 'WITHHELD', withheld.fields],
    ]);
    const ofOther = await accountingOfDisclosures(store, 'Y-000556');
    expect(ofOther.map((entry) => [entry.youthId, entry.decisionId])).toEqual([['Y-000556', first.decisionId.toLowerCase()]]);
  });

  it("gives a youth's accounting newest first, and only that youth's", SLOW, async () => {
    // Three requests, each deciding once about Y-000777; the second also decides about Y-000888.
    await appendDisclosureRecords(store, [
      decision({
        youthId: 'Y-000777',
        recordedAt: '2026-11-20T09:00:00Z',
        fields: ['YouthName.givenName', 'Youth.name'],
        category: 'ROSTER',
      }),
    ]);
    await appendDisclosureRecords(store, [
      decision({ youthId: 'Y-000777', recordedAt: '2026-11-22T09:00:00Z', outcome: 'WITHHELD', rule: 'MDT_NOTES_NOT_FOR_ROLE_OR_PURPOSE' }),
      decision({ youthId: 'Y-000888', recordedAt: '2026-11-22T09:00:00Z' }),
    ]);
    await appendDisclosureRecords(store, [
      decision({
        youthId: 'Y-000777',
        recordedAt: '2026-11-21T09:00:00-08:00',
        breakGlassReason: 'Missing since last night.',
        review: true,
      }),
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
    expect(accounting.map((entry) => entry.fields)).toEqual([
      ['Youth.identifiedOn', 'Youth.missingSince'],
      ['Youth.identifiedOn', 'Youth.missingSince'],
      ['Youth.name', 'YouthName.givenName'],
    ]);
  });

  it(
    "shows a request's records as delivered in its accounting once they amend those made before, and keeps both in the chain",
    SLOW,
    async () => {
      const requestId = randomUUID();
      const youthId = `Y-amended-${requestId}`;
      const before = await verifyDisclosureChain(store);
      await appendDisclosureRecords(store, [
        decision({ requestId, youthId, fields: ['Youth.education'], category: 'ROSTER' }),
        decision({ requestId, youthId, fields: ['Youth.name'], category: 'ROSTER' }),
      ]);
      await appendDisclosureRecords(store, [
        decision({ requestId, youthId, fields: ['Youth.education'], category: 'ROSTER', outcome: 'NOT_DELIVERED', amends: true }),
        decision({ requestId, youthId, fields: ['Youth.name'], category: 'ROSTER', amends: true }),
      ]);

      const accounting = await accountingOfDisclosures(store, youthId);

      expect(accounting.map((entry) => [entry.fields, entry.outcome])).toEqual([
        [['Youth.education'], 'NOT_DELIVERED'],
        [['Youth.name'], 'DISCLOSED'],
      ]);
      expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before.recordsChecked + 2 });
      expect((await storedRows(store)).at(-1)).toMatchObject({ amends_request_id: requestId });
    },
  );

  it('keeps the filed records a decision listed in the chain, and gives each youth only their own in the accounting', SLOW, async () => {
    const requestId = randomUUID();
    const [first, second] = [`Y-filed-${requestId}-1`, `Y-filed-${requestId}-2`];
    const before = await verifyDisclosureChain(store);
    const filed = (youthId: string, record: string) => ({
      youthId,
      field: 'SubstanceUseRecord.diagnoses',
      record,
      area: 'SUBSTANCE_USE',
      basis: 'CODE',
      filedBy: 'code http://snomed.info/sct|75544000 in value set SUD-SNOMED-CT (value sets 2026.12.3)',
      sent: true,
    });
    const shared = decision({ requestId, youthId: first, fields: ['SubstanceUseRecord.diagnoses'], category: 'SUBSTANCE_USE' });
    await appendDisclosureRecords(store, [
      { ...shared, records: [filed(first, 'Condition/a'), filed(second, 'Condition/b'), { ...filed(first, 'Condition/c'), sent: false }] },
      {
        ...shared,
        youthId: second,
        records: [filed(first, 'Condition/a'), filed(second, 'Condition/b'), { ...filed(first, 'Condition/c'), sent: false }],
      },
    ]);

    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before.recordsChecked + 1 });
    const [own] = await accountingOfDisclosures(store, first);
    expect(own?.records?.map((record) => [record.record, record.sent])).toEqual([
      ['Condition/a', true],
      ['Condition/c', false],
    ]);
    const [other] = await accountingOfDisclosures(store, second);
    expect(other?.records?.map((record) => record.record)).toEqual(['Condition/b']);
  });

  it(
    'writes the records of a new chain with the hashes pinned for them, verifies them, and chains new records onto them',
    SLOW,
    async () => {
      const fresh = await storeUnderTest(kind, 'audit');
      let audit: RelationalStore | undefined = await openSubgraphStore(csecSubgraph, loadConfig(fresh.env));
      try {
        expect(await appendDisclosureRecords(audit, PINNED_DECISIONS)).toEqual({ appended: 3, lastHash: PINNED_HASH });
        expect(await appendDisclosureRecords(audit, PINNED_AMENDING_DECISIONS)).toEqual({ appended: 2, lastHash: PINNED_AMENDING_HASH });
        expect(await storedRows(audit)).toEqual([
          { ...PINNED_RECORD, previous_hash: GENESIS_HASH, hash: PINNED_HASH },
          { ...PINNED_AMENDING_RECORD, previous_hash: PINNED_HASH, hash: PINNED_AMENDING_HASH },
        ]);
        expect(await verifyDisclosureChain(audit)).toEqual({
          intact: true,
          recordsChecked: 2,
          head: { sequence: 2, hash: PINNED_AMENDING_HASH },
        });

        await appendDisclosureRecords(audit, decisions(2, { youthId: 'Y-000777' }));
        expect(await verifyDisclosureChain(audit)).toMatchObject({ intact: true, recordsChecked: 3 });
        const accounting = await accountingOfDisclosures(audit, 'Y-000777');
        expect(accounting.map((entry) => [entry.sequence, entry.decisionId, entry.outcome, entry.review, entry.records])).toEqual([
          // Recorded at 02:30 on the 23rd, after the new decisions' 14:00 on the 22nd.
          ['2', '5b7d9f1a-3c5e-4a7b-8d9f-1b3d5f7a9c1e', 'DISCLOSED', true, FILED],
          ['2', '7d9f1b3d-5f7a-4c1e-9b3d-5f7a9c1e3b5d', 'NOT_DELIVERED', true, null],
          ['3', expect.any(String), 'DISCLOSED', false, null],
          ['3', expect.any(String), 'DISCLOSED', false, null],
        ]);
        expect(accounting[0]).toMatchObject({
          youthId: 'Y-000777',
          requesterUserId: 'er.doctor',
          breakGlassReason: EMERGENCY.breakGlassReason,
          fields: ['SubstanceUseRecord.diagnoses'],
        });

        await audit.close();
        audit = undefined;
        const verified = await runAuditVerify({ ...process.env, CSEC_DATABASE_URL: '', ...fresh.env });
        // Written without the csec subgraph's server, so without checkpoints: intact, but not anchored.
        expect(verified).toMatchObject({
          code: 1,
          stdout: expect.stringMatching(/^Audit chain intact: 3 records checked, but there are no signed checkpoints at /) as unknown,
        });

        // Amending nothing is a change the chain shows, though the column is left out of the hash while null.
        audit = await openSubgraphStore(csecSubgraph, loadConfig(fresh.env));
        await behindTheTriggersBack(audit, 'UPDATE disclosure_record SET amends_request_id = NULL WHERE sequence = 2');
        expect(await verifyDisclosureChain(audit)).toMatchObject({ intact: false, recordsChecked: 2, firstBrokenSequence: 2 });
      } finally {
        await audit?.close().catch(() => undefined);
        await fresh.dispose();
      }
    },
  );

  it('holds only records of an append: decisions in a non-empty list, and the list of their youth', SLOW, async () => {
    const before = await verifyDisclosureChain(store);
    const lastBefore = (await storedRows(store)).at(-1)?.sequence ?? 0;
    const insert = (overrides: Record<string, unknown>) => {
      const { sequence: _drawn, ...columns } = PINNED_RECORD;
      return store.query(
        `INSERT INTO disclosure_record (${RAW_COLUMNS}) SELECT ${RAW_COLUMNS} FROM json_populate_record(NULL::disclosure_record, $1::json)`,
        [JSON.stringify({ ...columns, decision_id: randomUUID(), previous_hash: randomHash(), hash: randomHash(), ...overrides })],
      );
    };

    await expect(insert({ decisions: null })).rejects.toThrow(/null value in column "decisions"/);
    await expect(insert({ decisions: [] })).rejects.toThrow(/check constraint/);
    await expect(insert({ decisions: PINNED_RECORD.decisions[0] })).rejects.toThrow(/check constraint/);
    await expect(insert({ youth_ids: null })).rejects.toThrow(/null value in column "youth_ids"/);
    await expect(insert({ requester_roles: 'SOCIAL_WORKER' })).rejects.toThrow();
    await expect(insert({ hash: 'A'.repeat(64) })).rejects.toThrow(/check constraint/);
    await expect(insert({ previous_hash: randomHash().slice(1) })).rejects.toThrow(/check constraint/);
    await expect(insert({})).resolves.toBeDefined();
    await expect(insert({ youth_ids: [] })).resolves.toBeDefined();
    await behindTheTriggersBack(store, `DELETE FROM disclosure_record WHERE sequence > ${lastBefore}`);
    expect(await verifyDisclosureChain(store)).toEqual(before);
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

    await expect(store.query(`UPDATE disclosure_record SET decisions = jsonb_set(decisions, '{0,outcome}', '"WITHHELD"')`)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(store.query(`UPDATE disclosure_record SET amends_request_id = request_id WHERE false`)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(store.query(`UPDATE disclosure_record SET youth_ids = '{}', previous_hash = hash, hash = previous_hash`)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(store.query(`DELETE FROM disclosure_record WHERE amends_request_id IS NOT NULL`)).rejects.toThrow(/append-only: DELETE/);
    await expect(store.query('DELETE FROM disclosure_record')).rejects.toThrow(/append-only: DELETE/);
    await expect(store.query('TRUNCATE disclosure_record')).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await storedRows(store)).toEqual(before);

    await appendDisclosureRecords(store, [decision()]);
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: before.length + 1 });
  });

  it("detects a record changed behind the trigger's back, and npm run audit:verify names it", SLOW, async () => {
    const rows = await storedRows(store);
    const target = rows[Math.floor(rows.length / 2)] as StoredRow;
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: rows.length });
    const intact = await (async () => {
      await store.close();
      return runAuditVerify({ ...process.env, CSEC_DATABASE_URL: '', ...place.env });
    })();
    expect(intact).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(
        new RegExp(`^Audit chain intact: ${rows.length} records checked, but there are no signed checkpoints at `),
      ) as unknown,
    });
    store = await openSubgraphStore(csecSubgraph, loadConfig(place.env));

    await behindTheTriggersBack(
      store,
      `UPDATE disclosure_record SET decisions = jsonb_set(decisions, '{0,outcome}', '"WITHHELD"') WHERE sequence = ${target.sequence}`,
    );

    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: false, firstBrokenSequence: target.sequence });
    await store.close();
    const broken = await runAuditVerify({ ...process.env, CSEC_DATABASE_URL: '', ...place.env });
    store = await openSubgraphStore(csecSubgraph, loadConfig(place.env));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`^Audit chain broken at record #${target.sequence}: `));
  });

  it.each([
    ["a youth taken out of a record's list of youth, which hides the record from their accounting", 0, 'youth_ids = youth_ids[2:]'],
    ['a decision made about another youth', 0, `decisions = jsonb_set(decisions, '{0,youthIds,0}', '"Y-000002"')`],
    ['the filed records a decision listed taken out', 0, `decisions = decisions #- '{0,records}'`],
    ["a record made to amend its request's records, which hides them from the accounting", 0, 'amends_request_id = request_id'],
    ['an amendment undone, which shows the records it amended again', 1, 'amends_request_id = NULL'],
  ] as const)("detects %s behind the trigger's back", SLOW, async (_change, target, change) => {
    await behindTheTriggersBack(store, 'DELETE FROM disclosure_record');
    const records = [
      {
        youthId: 'Y-000001',
        field: 'Youth.missingSince',
        record: 'Report/1',
        area: 'CSEC_STATUS',
        basis: 'LABEL',
        filedBy: 'label CSEC',
        sent: true,
      },
    ];
    await appendDisclosureRecords(store, [decision({ youthId: 'Y-000001', records }), ...decisions(2)]);
    await appendDisclosureRecords(store, decisions(2, { amends: true }));
    const sequence = (await storedRows(store))[target]?.sequence;
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: 2 });

    await behindTheTriggersBack(store, `UPDATE disclosure_record SET ${change} WHERE sequence = ${sequence}`);

    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: false, recordsChecked: target + 1, firstBrokenSequence: sequence });
  });

  it("detects a record removed behind the trigger's back at the record after it", SLOW, async () => {
    await behindTheTriggersBack(store, 'DELETE FROM disclosure_record');
    await appendOneByOne(store, 5);
    const rows = await storedRows(store);
    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: 5 });

    await behindTheTriggersBack(store, `DELETE FROM disclosure_record WHERE sequence = ${rows[2]?.sequence}`);

    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: false, recordsChecked: 3, firstBrokenSequence: rows[3]?.sequence });
  });

  it('detects a time moved by a microsecond', SLOW, async () => {
    await behindTheTriggersBack(store, 'DELETE FROM disclosure_record');
    await appendOneByOne(store, 2);
    const [, second] = await storedRows(store);

    await behindTheTriggersBack(
      store,
      `UPDATE disclosure_record SET recorded_at = recorded_at + interval '1 microsecond' WHERE sequence = ${second?.sequence}`,
    );

    expect(await verifyDisclosureChain(store)).toMatchObject({ intact: false, firstBrokenSequence: second?.sequence });
  });
});

describe('the audit records the gateway sends', () => {
  const valid = () => appendBody([decision()]);

  it('are read one per youth of each entry, in order, each with the id of the decision they share', () => {
    const first = decision({ youthId: 'Y-000011' });
    const body = appendBody([first]);
    const [entry] = body.decisions as [AuditedDecision];
    const shared = { ...body, decisions: [{ ...entry, youthIds: ['Y-000011', 'Y-000012'] }] };
    expect(readAuditRecordsRequest(shared)).toEqual([first, { ...first, youthId: 'Y-000012' }]);
  });

  it('are read with the decision id in lower case, the time in UTC and the fields sorted', () => {
    const [record] = readAuditRecordsRequest(
      appendBody([
        decision({
          decisionId: 'A3BB189E-8BF9-3888-9912-ACE4E6543002',
          recordedAt: '2026-11-22T06:00:00-08:00',
          fields: ['Youth.missingSince', 'Youth.exploitationStatus', 'Youth.identifiedOn'],
        }),
      ]),
    );
    expect(record).toEqual({
      ...decision(),
      decisionId: 'a3bb189e-8bf9-3888-9912-ace4e6543002',
      recordedAt: '2026-11-22T14:00:00.000Z',
      fields: ['Youth.exploitationStatus', 'Youth.identifiedOn', 'Youth.missingSince'],
    });
  });

  it('take the filed records of a DISCLOSED decision, each about one of its youth and fields, and refuse any other', () => {
    const record = {
      youthId: decision().youthId,
      field: decision().fields[0],
      record: 'Condition/1',
      area: 'SUBSTANCE_USE',
      basis: 'CODE',
      filedBy: 'code x in value set S',
      sent: true,
    };
    const body = appendBody([decision()]);
    const [entry] = body.decisions as [AuditedDecision];
    expect(readAuditRecordsRequest({ ...body, decisions: [{ ...entry, records: [record] }] })[0]?.records).toEqual([record]);
    const refused =
      (records: unknown, outcome = entry.outcome) =>
      () =>
        readAuditRecordsRequest({ ...body, decisions: [{ ...entry, outcome, records }] });
    expect(refused([record], 'WITHHELD')).toThrow('decisions[0].outcome must be the outcome DISCLOSED when the decision lists records.');
    expect(refused([{ ...record, youthId: 'Y-999999' }])).toThrow(/one of the decision's youth and fields/);
    expect(refused([{ ...record, field: 'Youth.other' }])).toThrow(/one of the decision's youth and fields/);
    expect(refused([{ ...record, note: 'a value' }])).toThrow('decisions[0].records[0] must not have "note".');
    expect(refused([])).toThrow('decisions[0].records must NOT have fewer than 1 items.');
  });

  it('list each filed record a source reported under the DISCLOSED decision that let its field through, and leave out any other', () => {
    const youthId = decision().youthId as string;
    const made = appendBody([
      decision({ fields: ['SubstanceUseRecord.diagnoses'] }),
      decision({ fields: ['HealthPatient.hivCare'], outcome: 'WITHHELD' }),
    ]);
    const reported = (field: string, record: string) => ({
      youthId,
      field,
      record,
      area: 'SUBSTANCE_USE',
      basis: 'CODE',
      filedBy: 'rule',
      sent: true,
    });
    const listed = withDeliveredRecords(made, [
      reported('SubstanceUseRecord.diagnoses', 'Condition/1'),
      reported('HivCareRecord.visits', 'Encounter/2'),
      { ...reported('SubstanceUseRecord.diagnoses', 'Condition/3'), youthId: 'Y-000999' },
    ]);
    expect(listed.decisions[0]?.records?.map((record) => record.record)).toEqual(['Condition/1']);
    expect(listed.decisions[1]?.records).toBeUndefined();
    expect(made.decisions[0]?.records).toBeUndefined();
  });

  it('are refused naming the decision and the field at fault', () => {
    const body = appendBody([decision(), decision({ fields: ['Youth.name', 'Placement: 12 Elm St'] })]);

    expect(() => readAuditRecordsRequest(body)).toThrow(
      'decisions[1].fields[1] must be a Type.field coordinate of the composed schema, for example Youth.missingSince.',
    );
  });

  it.each([
    ['a decision that carries a value', withDecision({ value: 'Placement: 12 Elm St' })],
    ['a youth that is a value', withDecision({ youthIds: [{ youthId: 'Y-000001', value: 'Placement: 12 Elm St' }] })],
    ['a decision about no one', withDecision({ youthIds: [] })],
    ['a decision about the same youth twice', withDecision({ youthIds: ['Y-000001', 'Y-000001'] })],
    [
      'a decision about more than 1,000 youth',
      withDecision({ youthIds: Array.from({ length: 1_001 }, (_, index) => `Y-${String(index).padStart(6, '0')}`) }),
    ],
    [
      'entries about more than 10,000 youth in all',
      {
        ...valid(),
        decisions: Array.from(
          { length: 11 },
          () =>
            withDecision({
              decisionId: randomUUID(),
              youthIds: Array.from({ length: 1_000 }, (_, index) => `Y-${String(index).padStart(6, '0')}`),
            }).decisions[0],
        ),
      },
    ],
    ['a request that carries a value', withRequest({ value: 'Placement: 12 Elm St' })],
    ['a requester with an extra claim', withRequest({ requester: { ...decision().requester, name: 'Garcia' } })],
    ['a missing key', withDecision({ review: undefined })],
    ['a missing request', { decisions: valid().decisions }],
    ['no decisions', { ...valid(), decisions: [] }],
    ['more than 10,000 decisions', appendBody(decisions(10_001))],
    ['an extra top-level key', { ...valid(), values: ['x'] }],
    ['the records of before', { records: [decision()] }],
    ['a decision id that is not a UUID', withDecision({ decisionId: 'decision-1' })],
    [
      'each youth with a decision id of their own instead of the list of youth',
      withDecision({ youthIds: undefined, about: [{ decisionId: randomUUID(), youthId: 'Y-000001' }] }),
    ],
    [
      'the same decision id twice',
      (() => {
        const twice = decision();
        return appendBody([twice, twice]);
      })(),
    ],
    ['a day that does not exist', withRequest({ recordedAt: '2026-02-30T10:00:00Z' })],
    ['a time without a zone', withRequest({ recordedAt: '2026-11-22T14:00:00' })],
    ['an unknown outcome', withDecision({ outcome: 'MAYBE' })],
    ['a field that is not Type.field', withDecision({ fields: ['missingSince'] })],
    ['a field that carries a value', withDecision({ fields: ['Youth.name', 'Placement: 12 Elm St'] })],
    ['no fields', withDecision({ fields: [] })],
    ['fields that are not a list', withDecision({ fields: 'Youth.missingSince' })],
    ['a field listed twice', withDecision({ fields: ['Youth.missingSince', 'Youth.missingSince'] })],
    ['more than 500 fields', withDecision({ fields: Array.from({ length: 501 }, (_, index) => `Youth.field${index}`) })],
    ['a single field instead of the list of fields', withDecision({ fields: undefined, field: 'Youth.missingSince' })],
    ['a NUL character', withDecision({ rule: 'IAP\u0000' })],
    ['a lone surrogate', withDecision({ legalBasis: 'W&IC \ud800' })],
    ['an empty purpose', withRequest({ purposeOfUse: '' })],
    ['a review flag that is not a boolean', withDecision({ review: 'yes' })],
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

describe('the audit records the gateway makes of a request', () => {
  const SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
  const caseload = new Map<string, YouthFactsWithLinks>(
    Array.from({ length: 50 }, (_, index) => [
      `Y-${String(index + 1).padStart(6, '0')}`,
      {
        facts: {
          birthDate: '2010-03-04',
          mdt: { status: 'OPEN', members: [{ userId: REQUESTER.userId, joinedOn: '2025-01-10', leftOn: null }] },
          assignedWorkers: { CHILD_WELFARE: REQUESTER.userId },
          consents: [],
          investigations: [],
          proceedingParticipations: [],
          exploiterIsThreat: false,
          missing: false,
          adjudicated: false,
        },
        links: {},
      },
    ]),
  );

  /** A policy that decides by category alone, and withholds placement for every second youth. */
  const byCategory = {
    revision: 'rev-1',
    decide: (input: PolicyInput): Decision[] =>
      input.coordinates.map((coordinate) => {
        const withheld = coordinate.category === 'PLACEMENT' && Number(coordinate.youthId?.slice(2)) % 2 === 0;
        return {
          allow: !withheld,
          rule: withheld ? 'PLACEMENT_NOT_FOR_ROLE' : `CLAUSE-${coordinate.category}`,
          legal_basis: withheld ? 'deny by default' : 'W&IC 827',
          reason: 'Not available to you.',
          obligations: [],
          conceal: false,
          review: false,
        };
      }),
    conditionsInPlay: () => undefined,
  } as unknown as DisclosurePolicy;

  /** The records the gate hands the audit for one request about the requester's caseload. */
  async function recordsOf(
    apiSchema: GraphQLSchema,
    classifications: ReadonlyMap<string, Classification>,
    query: string,
    youthScopes: ReadonlyMap<string, YouthScope> = new Map([['Query.caseload', { caseload: true }]]),
  ): Promise<DisclosureRecordInput[]> {
    let recorded: AuditRecordsRequest | undefined;
    const facts = { forCaseload: async () => caseload };
    const audit = {
      prepare: (_requester: Requester, append: AuditRecordsRequest) => {
        recorded = append;
        return { settle: async () => undefined, repeatedWrites: () => [], deliveredRecords: () => [] };
      },
    };
    const gate = new DisclosureGate({
      apiSchema,
      validationRules: [],
      maxTokens: 100_000,
      classifications,
      youthScopes,
      policy: () => byCategory,
      facts: facts as unknown as YouthFactsClient,
      audit: audit as unknown as DisclosureAuditClient,
      metrics: new GateMetrics(new Registry()),
    });
    const gated = await gate.admit(REQUESTER, { query });
    await gated?.finish('{"data":null}');
    if (!recorded) throw new Error('The gate recorded nothing.');
    const { request, decisions: made } = recorded;
    const records = made.flatMap(({ youthIds, ...shared }) => youthIds.map((youthId) => ({ ...request, youthId, ...shared })));
    // What the gate sends is what the audit reads back, unchanged.
    expect(readAuditRecordsRequest(recorded)).toEqual(records);
    sent = recorded;
    return records;
  }

  let sent: AuditRecordsRequest | undefined;

  it('are one per distinct decision about each youth, listing every field it covered, said once for youth who share it', async () => {
    const sdl = await readFile(SUPERGRAPH, 'utf8');

    // Printed and rebuilt: under vitest, federation's schema comes from another copy of graphql than the gate's.
    const apiSchema = buildSchema(printSchema(Supergraph.build(sdl).apiSchema()));
    // The benchmark's caseload screen over 50 youth: 27 fields each, 1,350 (youth, field) decisions.
    const records = await recordsOf(apiSchema, classificationsFromSdl(sdl), CASELOAD_QUERY, youthScopesFromSdl(sdl));

    expect(records).toHaveLength(150);
    expect(records.reduce((count, record) => count + record.fields.length, 0)).toBe(1_350);
    // Youth who got the same decision share its id; no two different decisions do.
    expect(new Set(records.map((record) => record.decisionId)).size).toBe(sent?.decisions.length);
    const decisions = records.map((record) =>
      JSON.stringify([record.youthId, record.category, record.outcome, record.rule, record.legalBasis, record.review]),
    );
    expect(new Set(decisions).size).toBe(records.length);
    // Every youth got the same roster and CSEC status decisions; placement was withheld for half of them.
    expect(sent?.decisions.map((entry) => [entry.category, entry.outcome, entry.youthIds.length])).toEqual([
      ['ROSTER', 'DISCLOSED', 50],
      ['CSEC_STATUS', 'DISCLOSED', 50],
      ['PLACEMENT', 'DISCLOSED', 25],
      ['PLACEMENT', 'WITHHELD', 25],
    ]);
    expect(records.filter((record) => record.youthId === 'Y-000002')).toMatchObject([
      {
        category: 'ROSTER',
        outcome: 'DISCLOSED',
        rule: 'CLAUSE-ROSTER',
        fields: expect.arrayContaining(['Query.caseload', 'Youth.id', 'YouthName.givenName']) as unknown,
      },
      { category: 'CSEC_STATUS', outcome: 'DISCLOSED', fields: ['Youth.exploitationStatus', 'Youth.missingSince'] },
      {
        category: 'PLACEMENT',
        outcome: 'WITHHELD',
        rule: 'PLACEMENT_NOT_FOR_ROLE',
        fields: ['ChildWelfareClient.currentPlacement', 'Placement.placementType', 'Placement.startedOn'],
      },
    ]);
  });

  it('split a decision covering more fields than one record may list into as many records as it needs', async () => {
    const names = Array.from({ length: MAX_FIELDS_PER_RECORD + 1 }, (_, index) => `f${String(index).padStart(3, '0')}`);
    const roster: Classification = { category: 'ROSTER', confidentiality: 'N', sensitivity: [] };
    const classifications = new Map([['Query.caseload', roster], ...names.map((name) => [`Youth.${name}`, roster] as const)]);

    const records = await recordsOf(
      buildSchema(`type Query { caseload: [Youth!]! } type Youth { ${names.map((name) => `${name}: String`).join(' ')} }`),
      classifications,
      `{ caseload { ${names.join(' ')} } }`,
    );

    const ofOneYouth = records.filter((record) => record.youthId === 'Y-000001');
    expect(ofOneYouth.map((record) => record.fields.length)).toEqual([MAX_FIELDS_PER_RECORD, 2]);
    expect(ofOneYouth.flatMap((record) => record.fields)).toEqual(['Query.caseload', ...names.map((name) => `Youth.${name}`)].toSorted());
    expect(new Set(ofOneYouth.map((record) => record.decisionId)).size).toBe(2);
  });
});

describe("the gateway's disclosure audit client and the csec /audit-records route", () => {
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
    callServicesAsOperator(config.tls);
    signer = await RequesterTokenSigner.fromKeyFile(config.gateway.signingKeyPath, 30);
  }, 60_000);

  afterAll(async () => {
    await subgraph?.close();
    await rm(dataDirectory, { recursive: true, force: true });
  }, 60_000);

  async function post(body: unknown, requester: Requester = REQUESTER) {
    const sent = JSON.stringify(body);
    const response = await fetch(new URL('/audit-records', subgraph.url), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${signer.sign(requester, 'csec', { method: 'POST', path: '/audit-records', body: sent })}`,
        'content-type': 'application/json',
      },
      body: sent,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it("appends a request's decisions and answers with the count and the new last hash", SLOW, async () => {
    const answer = await post(appendBody(decisions(3)));

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ appended: 3, lastHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('refuses bad records with 400 BAD_AUDIT_RECORDS and appends nothing', SLOW, async () => {
    const answer = await post(withDecision({ value: 'Placement: 12 Elm St' }));

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [{ message: expect.not.stringContaining('Elm') as unknown, extensions: { code: 'BAD_AUDIT_RECORDS' } }],
    });
  });

  it('refuses records about anyone but the requester the gateway signed for', SLOW, async () => {
    const answer = await post(
      appendBody([decision({ requester: { userId: 'po.nguyen', agency: 'PROBATION', roles: ['PROBATION_OFFICER'] } })]),
    );

    expect(answer.status).toBe(400);
    expect(answer.body['errors']).toMatchObject([{ extensions: { code: 'BAD_AUDIT_RECORDS' } }]);
  });

  it('refuses a caller without a gateway token', SLOW, async () => {
    const response = await fetch(new URL('/audit-records', subgraph.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(appendBody(decisions(1))),
    });

    expect(response.status).toBe(401);
  });

  it('records every decision of a large request, in as many appends as the body limit needs', SLOW, async () => {
    const client = new DisclosureAuditClient({ csecUrl: subgraph.url, signer, maxBodyBytes: 4_000 });
    const records = decisions(40, { youthId: 'Y-000555' });

    await client.prepare(REQUESTER, appendBody(records)).settle();

    const accounting = await queryAccounting('Y-000555');
    expect(accounting).toHaveLength(40);
    expect(new Set(accounting.map((entry) => entry['decisionId']))).toEqual(new Set(records.map((record) => record.decisionId)));
  });

  it('splits a decision shared by more youth than one body holds between its youth, each part with an id of its own', SLOW, async () => {
    const client = new DisclosureAuditClient({ csecUrl: subgraph.url, signer, maxBodyBytes: 2_000 });
    const body = appendBody([decision()]);
    const youthIds = Array.from({ length: 200 }, (_, index) => `Y-${String(700 + index).padStart(6, '0')}`);
    const entry = body.decisions[0] as AuditedDecision;

    await client.prepare(REQUESTER, { ...body, decisions: [{ ...entry, youthIds }] }).settle();

    const ids = await Promise.all(youthIds.map(async (youthId) => (await queryAccounting(youthId)).map((line) => line['decisionId'])));
    expect(ids.every((found) => found.length === 1)).toBe(true);
    expect(ids[0]).toEqual([entry.decisionId]);
    expect(new Set(ids.flat()).size).toBeGreaterThan(1);
  });

  it('answers records sent again unchanged with the same answer, and records them once', SLOW, async () => {
    const body = appendBody([decision({ youthId: 'Y-000951' })]);

    const [first, again] = [await post(body), await post(body)];

    expect(again).toEqual(first);
    expect(first.status).toBe(200);
    expect(await queryAccounting('Y-000951')).toHaveLength(1);
  });

  /** A GraphQL request to the csec subgraph carrying `carried` as the audit extension, as the gateway sends the plan's csec fetch. */
  async function fetchCarrying(carried: AuditRecordsRequest | undefined, requester: Requester = REQUESTER) {
    const sent = JSON.stringify({ query: '{ __typename }', extensions: { [DISCLOSURE_AUDIT_EXTENSION]: carried } });
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${signer.sign(requester, 'csec', { method: 'POST', path: '/graphql', body: sent })}`,
        'content-type': 'application/json',
      },
      body: sent,
    });
    return (await response.json()) as { data?: unknown; extensions?: Record<string, unknown> };
  }

  it(
    'takes records carried with a GraphQL request, answers them in the response, and needs nothing more from the client',
    SLOW,
    async () => {
      // Settling would fail against this address: the carried answer is the only way the records get recorded.
      const unreachable = new DisclosureAuditClient({ csecUrl: 'http://127.0.0.1:9/graphql', signer, timeoutMs: 2_000 });
      const pending = unreachable.prepare(REQUESTER, appendBody(decisions(2, { youthId: 'Y-000952' })));

      const carried = pending.carryWith(() => 200);
      const response = await fetchCarrying(carried);
      pending.acknowledge(response.extensions?.[DISCLOSURE_AUDIT_EXTENSION]);

      expect(carried).toBeDefined();
      expect(response.data).toEqual({ __typename: 'Query' });
      expect(response.extensions?.[DISCLOSURE_AUDIT_EXTENSION]).toEqual({ appended: 2, lastHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      await expect(pending.settle()).resolves.toBeUndefined();
      expect(await queryAccounting('Y-000952')).toHaveLength(2);
    },
  );

  it('sends carried records without an answer to the route, which records what was already appended once', SLOW, async () => {
    const client = new DisclosureAuditClient({ csecUrl: subgraph.url, signer });
    const pending = client.prepare(REQUESTER, appendBody(decisions(3, { youthId: 'Y-000953' })));
    // The subgraph appends the records, but its answer never reaches the gateway.
    await fetchCarrying(pending.carryWith(() => 200));
    pending.acknowledge(undefined);

    await pending.settle();

    expect(await queryAccounting('Y-000953')).toHaveLength(3);
  });

  it('answers no carried records the route would refuse, so the request fails with AUDIT_UNAVAILABLE', SLOW, async () => {
    const client = new DisclosureAuditClient({ csecUrl: subgraph.url, signer });
    const stranger = decision({
      youthId: 'Y-000954',
      requester: { userId: 'po.nguyen', agency: 'PROBATION', roles: ['PROBATION_OFFICER'] },
    });
    const pending = client.prepare(REQUESTER, appendBody([stranger]));

    const response = await fetchCarrying(pending.carryWith(() => 200));
    pending.acknowledge(response.extensions?.[DISCLOSURE_AUDIT_EXTENSION]);

    expect(response.data).toEqual({ __typename: 'Query' });
    expect(response.extensions?.[DISCLOSURE_AUDIT_EXTENSION]).toBeUndefined();
    await expect(pending.settle()).rejects.toMatchObject({ code: 'AUDIT_UNAVAILABLE', failure: 'REFUSED', status: 400 });
    expect(await queryAccounting('Y-000954')).toHaveLength(0);
  });

  it(
    'refuses decisions made on facts that have changed since with 409 FACTS_CHANGED, which the client reports as outdated decisions',
    SLOW,
    async () => {
      const client = new DisclosureAuditClient({ csecUrl: subgraph.url, signer });
      const asked = JSON.stringify({ youthIds: ['Y-000001'] });
      const factsAnswer = await fetch(new URL('/disclosure-facts', subgraph.url), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${signer.sign(REQUESTER, 'csec', { method: 'POST', path: '/disclosure-facts', body: asked })}`,
          'content-type': 'application/json',
        },
        body: asked,
      });
      const current = ((await factsAnswer.json()) as { factsVersion: string }).factsVersion;
      const outdated = String(BigInt(current) + 1n);
      const decidedOnCurrent = { ...appendBody(decisions(1, { youthId: 'Y-000956' })), factsVersion: current };
      const decidedOnOther = { ...appendBody(decisions(1, { youthId: 'Y-000957' })), factsVersion: outdated };

      const refused = await post(decidedOnOther);
      const carriedOutdated = client.prepare(REQUESTER, decidedOnOther);
      const carried = await fetchCarrying(carriedOutdated.carryWith(() => 200));
      carriedOutdated.acknowledge(carried.extensions?.[DISCLOSURE_AUDIT_EXTENSION]);

      expect(refused.status).toBe(409);
      expect(refused.body['errors']).toMatchObject([{ extensions: { code: 'FACTS_CHANGED' } }]);
      expect(carried.extensions?.[DISCLOSURE_AUDIT_EXTENSION]).toBeUndefined();
      await expect(carriedOutdated.settle()).rejects.toBeInstanceOf(DecisionsOutdatedError);
      await expect(client.prepare(REQUESTER, decidedOnCurrent).settle()).resolves.toBeUndefined();
      expect(await queryAccounting('Y-000956')).toHaveLength(1);
      expect(await queryAccounting('Y-000957')).toHaveLength(0);
    },
  );

  it('carries records once, only in one append, and only where they fit beside the request', () => {
    const client = new DisclosureAuditClient({ csecUrl: subgraph.url, signer, maxBodyBytes: 4_000 });
    const append = appendBody(decisions(2));
    const fits = client.prepare(REQUESTER, append);
    const tooManyForOneAppend = client.prepare(REQUESTER, appendBody(decisions(40)));

    expect(fits.carryWith(() => 4_000 - JSON.stringify(append).length)).toBeUndefined();
    expect(fits.carryWith(() => 200)).toBe(append);
    expect(fits.carryWith(() => 200)).toBeUndefined();
    expect(tooManyForOneAppend.carryWith(() => 0)).toBeUndefined();
  });

  it('answers the accounting of disclosures over GraphQL, in words a caseworker reads', SLOW, async () => {
    const client = new DisclosureAuditClient({ csecUrl: subgraph.url, signer });
    const emergency: Requester = { ...REQUESTER, purposeOfUse: 'BTG', breakGlassReason: 'Youth missing since last night.' };
    await client
      .prepare(
        emergency,
        appendBody([
          decision({
            youthId: 'Y-000666',
            purposeOfUse: 'BTG',
            breakGlassReason: 'Youth missing since last night.',
            review: true,
            recordedAt: '2026-11-22T14:00:00Z',
          }),
        ]),
      )
      .settle();

    const [entry] = await queryAccounting('Y-000666');

    expect(entry).toMatchObject({
      decidedAt: '2026-11-22T14:00:00.000Z',
      requester: { userId: 'sw.garcia', agency: 'CHILD_WELFARE', roles: ['SOCIAL_WORKER'] },
      purposeOfUse: 'BTG',
      breakGlassReason: 'Youth missing since last night.',
      fields: ['Youth.identifiedOn', 'Youth.missingSince'],
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
    const stranger = decision({
      requester: { userId: 'po.nguyen', agency: 'PROBATION', roles: ['PROBATION_OFFICER'] },
      legalBasis: 'Placement: 12 Elm St',
    });

    const failure = await client
      .prepare(REQUESTER, appendBody([stranger]))
      .settle()
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AuditUnavailableError);
    expect(failure).toMatchObject({ code: 'AUDIT_UNAVAILABLE', failure: 'REFUSED', status: 400 });
    expect((failure as Error).message).not.toMatch(/Elm|po\.nguyen/);
  });

  it('fails with AUDIT_UNAVAILABLE when the csec subgraph cannot be reached', SLOW, async () => {
    const client = new DisclosureAuditClient({ csecUrl: 'http://127.0.0.1:9/graphql', signer, timeoutMs: 2_000 });

    await expect(client.prepare(REQUESTER, appendBody(decisions(1))).settle()).rejects.toMatchObject({
      code: 'AUDIT_UNAVAILABLE',
      failure: 'UNREACHABLE',
    });
  });

  async function queryAccounting(youthId: string): Promise<Array<Record<string, unknown>>> {
    // The gateway's decisions for this request, as it would send them: every accounting field allowed.
    const entryFields = [
      'recordNumber',
      'decisionId',
      'decidedAt',
      'requestId',
      'requester',
      'purposeOfUse',
      'breakGlassReason',
      'fields',
      'category',
      'outcome',
      'rule',
      'legalBasis',
      'policyRevision',
      'flaggedForReview',
    ];
    const disclosure: DisclosureContext = {
      now: new Date().toISOString(),
      youth: {},
      links: {},
      allowed: [
        {
          youth: [youthId],
          fields: [
            'Query.accountingOfDisclosures',
            ...entryFields.map((field) => `DisclosureAccountingEntry.${field}`),
            ...['userId', 'agency', 'roles'].map((field) => `DisclosureRequester.${field}`),
          ],
        },
      ],
    };
    const sent = JSON.stringify({
      extensions: { [DISCLOSURE_EXTENSION]: disclosure },
      query: `query ($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) {
        recordNumber decisionId decidedAt requestId requester { userId agency roles } purposeOfUse breakGlassReason
        fields category outcome rule legalBasis policyRevision flaggedForReview } }`,
      variables: { youthId },
    });
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${signer.sign(REQUESTER, 'csec', { method: 'POST', path: '/graphql', body: sent }, disclosureDigest(disclosure))}`,
        'content-type': 'application/json',
      },
      body: sent,
    });
    const body = (await response.json()) as { data?: { accountingOfDisclosures: Array<Record<string, unknown>> }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data?.accountingOfDisclosures ?? [];
  }
});
