import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditRecordsRequest } from '../../runtime/audit/disclosure-record.ts';
import { loadConfig, type SystemConfig } from '../../runtime/config.ts';
import type { RelationalStore } from '../../runtime/relational-store.ts';
import { openSubgraphStore, startRelationalSubgraph } from '../../runtime/relational-subgraph.ts';
import type { Requester } from '../../runtime/requester.ts';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import { ensureDevelopmentKeys } from '../../scripts/lib/development-identity-provider.ts';
import { chainHash, verifyDisclosureChain, type DisclosureRecordColumns } from '../../subgraphs/csec/src/disclosure-audit.ts';
import { csecSubgraph } from '../../subgraphs/csec/src/service.ts';
import { STORE_KINDS, storeUnderTest, type StoreUnderTest } from '../support/store-under-test.ts';
import { callServicesAsOperator } from '../support/operator-tls.ts';

const AUDIT_VERIFY = fileURLToPath(new URL('../../scripts/audit-verify.ts', import.meta.url));
const SLOW = { timeout: 90_000 };
const RECORDS = 6;

interface Audited {
  place: StoreUnderTest;
  env: Record<string, string>;
  config: SystemConfig;
}

function requester(): Requester {
  return {
    userId: 'sw.garcia',
    agency: 'CHILD_WELFARE',
    roles: ['SOCIAL_WORKER'],
    purposeOfUse: 'CSEC-MDT',
    breakGlassReason: null,
    requestId: randomUUID(),
  };
}

function recordsOf(who: Requester, youthId: string): AuditRecordsRequest {
  return {
    request: {
      requestId: who.requestId,
      requester: { userId: who.userId, agency: who.agency, roles: who.roles },
      purposeOfUse: who.purposeOfUse,
      breakGlassReason: null,
      recordedAt: new Date().toISOString(),
      policyRevision: 'rev-1',
    },
    decisions: [
      {
        decisionId: randomUUID(),
        youthIds: [youthId],
        fields: ['Youth.missingSince'],
        category: 'CSEC_STATUS',
        outcome: 'DISCLOSED',
        rule: 'IAP-2025-4.1',
        legalBasis: 'W&IC 827; W&IC 830',
        review: false,
      },
    ],
  };
}

/**
 * A store whose audit the csec subgraph wrote over HTTP: RECORDS appends through `/audit-records`,
 * then a clean shutdown, which makes the last checkpoint.
 */
async function auditWrittenByTheSubgraph(kind: StoreUnderTest['kind']): Promise<Audited> {
  process.env['CSEC_LOG_LEVEL'] ??= 'warn';
  const place = await storeUnderTest(kind, 'anchor');
  const keysDirectory = join(place.env['CSEC_DATA_DIR'] as string, 'keys');
  await ensureDevelopmentKeys(keysDirectory);
  const env = { CSEC_DATABASE_URL: '', ...place.env, CSEC_KEYS_DIR: keysDirectory, CSEC_SUBGRAPH_PORT: '0', CSEC_LOG_LEVEL: 'warn' };
  const config = loadConfig(env);
  const subgraph = await startRelationalSubgraph(csecSubgraph, config);
  callServicesAsOperator(config.tls);
  try {
    const signer = await RequesterTokenSigner.fromKeyFile(config.gateway.signingKeyPath, 30);
    for (let index = 0; index < RECORDS; index += 1) {
      const who = requester();
      const body = JSON.stringify(recordsOf(who, `Y-${100 + index}`));
      const response = await fetch(new URL('/audit-records', subgraph.url), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${signer.sign(who, 'csec', { method: 'POST', path: '/audit-records', body })}`,
          'content-type': 'application/json',
        },
        body,
      });
      expect(response.status).toBe(200);
    }
  } finally {
    await subgraph.close();
  }
  return { place, env, config };
}

function auditVerify(env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [AUDIT_VERIFY],
      { env: { ...process.env, ...env }, cwd: fileURLToPath(new URL('../..', import.meta.url)) },
      (error, stdout) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout });
      },
    );
  });
}

/** Runs SQL as someone with direct access to the database would: past the append-only trigger. */
async function asTheDatabaseAdministrator(config: SystemConfig, work: (store: RelationalStore) => Promise<void>): Promise<void> {
  const store = await openSubgraphStore(csecSubgraph, config);
  try {
    await store.query('ALTER TABLE disclosure_record DISABLE TRIGGER ALL');
    await work(store);
    await store.query('ALTER TABLE disclosure_record ENABLE TRIGGER ALL');
  } finally {
    await store.close();
  }
}

type StoredRow = DisclosureRecordColumns & { previous_hash: string; hash: string };

describe.each(STORE_KINDS)('the audit anchored by signed checkpoints, on the %s store', (kind) => {
  let audited: Audited | undefined;

  afterEach(async () => {
    await audited?.place.dispose();
    audited = undefined;
  }, 60_000);

  it('checkpoints the chain it wrote, and npm run audit:verify finds it intact against the checkpoints', SLOW, async () => {
    audited = await auditWrittenByTheSubgraph(kind);

    const verified = await auditVerify(audited.env);

    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(
      new RegExp(
        `^Audit chain intact: ${RECORDS} records checked, matching \\d+ signed checkpoints \\(the newest anchors record #${RECORDS}, at .+\\)\\.\\n$`,
      ),
    );
  });

  it('notices the newest records deleted, which the chain alone cannot show', SLOW, async () => {
    audited = await auditWrittenByTheSubgraph(kind);

    await asTheDatabaseAdministrator(audited.config, async (store) => {
      await store.query(`DELETE FROM disclosure_record WHERE sequence > ${RECORDS - 2}`);
      expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: RECORDS - 2 });
    });
    const verified = await auditVerify(audited.env);

    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(
      new RegExp(
        `^Audit chain ends at record #${RECORDS - 2}, but the signed checkpoint of \\S+ saw it reach record #${RECORDS}: records #${RECORDS - 1} to #${RECORDS} were removed after they were written\\.\\n$`,
      ),
    );
  });

  it('notices a record rewritten with every later hash recomputed, which the chain alone cannot show', SLOW, async () => {
    audited = await auditWrittenByTheSubgraph(kind);

    await asTheDatabaseAdministrator(audited.config, async (store) => {
      const rows = await store.query<StoredRow & { sequence: string | number }>(
        `SELECT sequence, decision_id::text AS decision_id, to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS recorded_at,
                request_id, requester_user_id, requester_agency, requester_roles, purpose_of_use, break_glass_reason, policy_revision,
                decisions, youth_ids, amends_request_id, previous_hash, hash
           FROM disclosure_record ORDER BY sequence`,
      );
      let previousHash = (rows[1] as StoredRow).hash;
      for (const row of rows.slice(2)) {
        const columns: DisclosureRecordColumns = { ...row, sequence: Number(row.sequence) };
        // The third record's disclosure becomes a withholding; every hash after it is made to fit.
        if (columns.sequence === 3)
          columns.decisions = columns.decisions.map((decision) => ({ ...decision, outcome: 'WITHHELD' as const }));
        const hash = chainHash(previousHash, columns);
        await store.query('UPDATE disclosure_record SET decisions = $1::jsonb, previous_hash = $2, hash = $3 WHERE sequence = $4', [
          JSON.stringify(columns.decisions),
          previousHash,
          hash,
          columns.sequence,
        ]);
        previousHash = hash;
      }
      expect(await verifyDisclosureChain(store)).toMatchObject({ intact: true, recordsChecked: RECORDS });
    });
    const verified = await auditVerify(audited.env);

    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(
      new RegExp(
        `^Audit chain does not match the signed checkpoint of \\S+: record #${RECORDS} had the hash [0-9a-f]{64} then and has [0-9a-f]{64} now, so records up to #${RECORDS} were rewritten after that checkpoint \\(their hashes recomputed\\)\\.\\n$`,
      ),
    );
  });

  it('refuses a checkpoint file with a line the checkpoint key did not sign', SLOW, async () => {
    audited = await auditWrittenByTheSubgraph(kind);
    const { checkpointsPath } = audited.config.audit;
    const lines = (await readFile(checkpointsPath, 'utf8')).trimEnd().split('\n');
    const [header, , signature] = (lines.at(-1) as string).split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sequence: 2, hash: 'a'.repeat(64), at: new Date().toISOString() })).toString(
      'base64url',
    );

    await appendFile(checkpointsPath, `${header}.${forgedPayload}.${signature}\n`);
    const verified = await auditVerify(audited.env);

    expect(verified.code).toBe(1);
    expect(verified.stdout).toContain(
      `line ${lines.length + 1} of the checkpoint file ${checkpointsPath} is not a valid checkpoint (its signature does not verify with the audit checkpoint public key)`,
    );
  });

  it('says the chain cannot be anchored when there are no checkpoints', SLOW, async () => {
    audited = await auditWrittenByTheSubgraph(kind);

    const verified = await auditVerify({
      ...audited.env,
      CSEC_AUDIT_CHECKPOINTS_PATH: join(audited.env['CSEC_DATA_DIR'] as string, 'nowhere.jws'),
    });

    expect(verified.code).toBe(1);
    expect(verified.stdout).toMatch(/^Audit chain intact: \d+ records checked, but there are no signed checkpoints at .*nowhere\.jws: /);
  });
});
