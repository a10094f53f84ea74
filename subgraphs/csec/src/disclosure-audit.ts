import { createHash } from 'node:crypto';
import {
  MAX_RECORDS_PER_APPEND,
  readAuditRecordsRequest,
  readFactsVersion,
  type AuditRecordsAnswer,
  type DeliveredRecord,
  type DisclosureOutcome,
  type DisclosureRecordInput,
} from '../../../runtime/audit/disclosure-record.ts';
import type { AuditCheckpoint } from '../../../runtime/audit/audit-checkpoints.ts';
import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';
import { RequestRejection, type Requester } from '../../../runtime/requester.ts';

export type { DisclosureRecordInput } from '../../../runtime/audit/disclosure-record.ts';

/**
 * The CSEC program's audit of disclosure decisions (table `disclosure_record`, csec migration
 * 002): append-only in the database, tamper-evident by a hash chain. One record per append,
 * listing the request's decisions, the fields each covered and the youth each was made about.
 *
 * Each record's hash is `sha256(previous_hash + canonical JSON of its columns)`, hex; the first
 * record's previous hash is 64 zeros. The canonical JSON is the record's columns other than the
 * two hashes, keys sorted at every level, with `recorded_at` in UTC to the microsecond
 * (`2026-11-22T14:00:00.000000Z`) and `sequence` as a number (RFC 8785 for these values):
 * `"decisions": [{"category", "decisionId", "fields", "legalBasis", "outcome", "review", "rule",
 * "youthIds": [...]}, ...]` in the order appended, each decision's fields sorted and its youth in the
 * order decided, and `"youth_ids"`, the youth of the record, each once, in order: youth who got the
 * same decision share it and its id. A DISCLOSED decision over records that carry their own labels
 * may also list `"records": [{"area", "basis", "field", "filedBy", "record", "sent", "youthId"},
 * ...]` in the order sent (absent otherwise). `amends_request_id` is left out while null.
 */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * How many times an append is tried against a fresh chain head when another writer (a second csec
 * instance on the same database) appended first.
 */
const MAX_APPEND_ATTEMPTS = 20;
/** The unique keys a competing append collides on: the record's sequence and its predecessor. */
const CHAIN_KEYS: ReadonlySet<string> = new Set(['disclosure_record_pkey', 'disclosure_record_previous_hash_key']);
const VERIFY_PAGE_SIZE = 1_000;

/** A record as stored: the columns the hash covers, in storage form. */
export interface DisclosureRecordColumns {
  sequence: number;
  decision_id: string;
  recorded_at: string;
  request_id: string;
  requester_user_id: string;
  requester_agency: string;
  requester_roles: string[];
  purpose_of_use: string;
  break_glass_reason: string | null;
  policy_revision: string;
  /** The decisions of the append, in the order made. */
  decisions: SharedDecision[];
  /** The youth the record is about, each once. */
  youth_ids: string[];
  /**
   * The request whose earlier records this one replaces in the accounting, as delivered (csec
   * migration 002); null otherwise, and left out of the hash while null.
   */
  amends_request_id: string | null;
}

/** One decision as a record lists it: its id, the fields it covered and the youth it was made about. */
export interface SharedDecision {
  decisionId: string;
  /** Sorted, each once. */
  fields: string[];
  category: string;
  outcome: DisclosureOutcome;
  rule: string;
  legalBasis: string;
  review: boolean;
  /** In the order decided, each once; a null youth is de-identified. */
  youthIds: Array<string | null>;
  /** The labelled records the decision let through to the source, how each was filed and whether it was sent. */
  records?: DeliveredRecord[];
}

interface StoredRecord extends DisclosureRecordColumns {
  previous_hash: string;
  hash: string;
}

export interface ChainVerification {
  intact: boolean;
  /** Records read in sequence order; when the chain is broken, up to and including the first broken one. */
  recordsChecked: number;
  /** The sequence number of the first record whose hash or link does not match. */
  firstBrokenSequence?: number;
  /** The last record read: the chain's head when it is intact (sequence 0 and the genesis hash when empty). */
  head: ChainHead;
  /**
   * The first signed checkpoint the chain does not match: the record it anchors holds another hash
   * (`found`), or is gone (`found` undefined).
   */
  unmatchedCheckpoint?: { checkpoint: AuditCheckpoint; found?: string };
}

/** One line of a youth's accounting of disclosures. */
export interface DisclosureAccountingRow {
  youthId: string;
  sequence: string;
  decisionId: string;
  recordedAt: string;
  requestId: string;
  requesterUserId: string;
  requesterAgency: string;
  requesterRoles: string[];
  purposeOfUse: string;
  breakGlassReason: string | null;
  /** The fields the decision covered. */
  fields: string[];
  category: string;
  outcome: DisclosureOutcome;
  rule: string;
  legalBasis: string;
  policyRevision: string;
  review: boolean;
  /** The filed records the decision's fields listed for this youth (current records only); null when none. */
  records: DeliveredRecord[] | null;
}

/** A decision id that is already in the audit: the append is refused as a whole. */
export class DuplicateDecisionError extends Error {
  readonly code = 'DUPLICATE_DECISION';
  constructor() {
    super('A decision id of these records is already in the audit; nothing was appended.');
    this.name = 'DuplicateDecisionError';
  }
}

/**
 * The disclosure facts changed after the decisions were made (`factsVersion` of the append): nothing
 * was appended, and the gateway decides again on the current facts.
 */
export class FactsChangedError extends Error {
  readonly code = 'FACTS_CHANGED';
  constructor() {
    super('The disclosure facts changed after these decisions were made; nothing was appended.');
    this.name = 'FactsChangedError';
  }
}

/** The last record of the chain: the next record's sequence and previous hash follow from it. */
export interface ChainHead {
  sequence: number;
  hash: string;
}

const GENESIS: ChainHead = { sequence: 0, hash: GENESIS_HASH };

/**
 * Appends the decisions in one record: the chain head is read, then the record is inserted in one
 * statement. The decisions are expected as `readAuditRecordsRequest` returns them, all of one
 * request.
 */
export async function appendDisclosureRecords(
  store: RelationalStore,
  records: readonly DisclosureRecordInput[],
): Promise<AuditRecordsAnswer> {
  const { answers } = await appendInOneStatement(store, [records], undefined, undefined);
  return answers[0] as AuditRecordsAnswer;
}

export async function readChainHead(store: Queryable): Promise<ChainHead> {
  const [last] = await store.query<{ sequence: string | number; hash: string }>(
    'SELECT sequence, hash FROM disclosure_record ORDER BY sequence DESC LIMIT 1',
  );
  return last ? { sequence: Number(last.sequence), hash: last.hash } : GENESIS;
}

/**
 * Several requests' decisions, a record for each request, in order, inserted by one statement
 * (`disclosure_record_append`, csec migration 002, which plans it once per connection) onto `head`
 * (read first when not known): one answer per request, with the chain's last hash
 * after its own record, and the new head. With `factsVersion`, the same statement reads the
 * disclosure facts version and appends nothing unless it is that one (FactsChangedError).
 *
 * Each record takes the sequence after the one before it and chains onto its hash. Both are unique
 * keys, so an append built on a head another writer has already appended to is refused as a whole;
 * it is then built again on the head read afresh. No lock is held and a single writer needs one
 * statement per append.
 */
async function appendInOneStatement(
  store: RelationalStore,
  requests: ReadonlyArray<readonly DisclosureRecordInput[]>,
  knownHead: ChainHead | undefined,
  factsVersion: bigint | undefined,
): Promise<{ answers: AuditRecordsAnswer[]; head: ChainHead }> {
  let head = knownHead;
  for (let attempt = 1; ; attempt += 1) {
    head ??= await readChainHead(store);
    const { rows, answers, last } = chainedRows(requests, head);
    let factsUnchanged: boolean;
    try {
      factsUnchanged = await insertRecords(store, rows, factsVersion);
    } catch (error) {
      if (!isChainCollision(error) || attempt === MAX_APPEND_ATTEMPTS) throw error;
      head = undefined;
      continue;
    }
    if (!factsUnchanged) throw new FactsChangedError();
    return { answers, head: last };
  }
}

/**
 * Appends one request's records inside the caller's transaction (a write of the MDT's records), so
 * they are committed or rolled back with it; called last in the transaction. Writers appending this
 * way take turns (a transaction-scoped advisory lock, held only until their commit), so they never
 * build on the same head; an append the route's writer made first is undone to a savepoint, not the
 * whole transaction, and the record is built again on the head read afresh. With `factsVersion`,
 * nothing is appended unless the facts are still at it (FactsChangedError); a write that changes the
 * facts itself has them checked by `checkFactsUnchanged` before it instead.
 */
export async function appendWithinTransaction(
  tx: Queryable,
  records: readonly DisclosureRecordInput[],
  factsVersion: bigint | undefined,
): Promise<AuditRecordsAnswer> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('disclosure_record_append'))");
  for (let attempt = 1; ; attempt += 1) {
    const { rows, answers } = chainedRows([records], await readChainHead(tx));
    await tx.query('SAVEPOINT disclosure_record_append');
    let factsUnchanged: boolean;
    try {
      factsUnchanged = await insertRecords(tx, rows, factsVersion);
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT disclosure_record_append');
      if (!isChainCollision(error) || attempt === MAX_APPEND_ATTEMPTS) throw error;
      continue;
    }
    if (!factsUnchanged) throw new FactsChangedError();
    return answers[0] as AuditRecordsAnswer;
  }
}

/** Throws a FactsChangedError unless the disclosure facts are still at `factsVersion` (when given). */
export async function checkFactsUnchanged(tx: Queryable, factsVersion: bigint | undefined): Promise<void> {
  if (factsVersion === undefined) return;
  const [current] = await tx.query<{ version: string }>('SELECT version::text AS version FROM disclosure_facts_version');
  if (current?.version !== String(factsVersion)) throw new FactsChangedError();
}

/** The stored rows of a record per request, chained in order onto `head`, with each request's answer. */
function chainedRows(
  requests: ReadonlyArray<readonly DisclosureRecordInput[]>,
  head: ChainHead,
): { rows: StoredRecord[]; answers: AuditRecordsAnswer[]; last: ChainHead } {
  let previous = head;
  const rows: StoredRecord[] = [];
  const answers = requests.map((decisions) => {
    const columns = toColumns(decisions, previous.sequence + 1);
    const hash = chainHash(previous.hash, columns);
    rows.push({ ...columns, previous_hash: previous.hash, hash });
    previous = { sequence: columns.sequence, hash };
    return { appended: decisions.length, lastHash: hash };
  });
  return { rows, answers, last: previous };
}

/** Inserts the rows in one statement, only while the facts are at `factsVersion` (when given): whether they were. */
async function insertRecords(queryable: Queryable, rows: readonly StoredRecord[], factsVersion: bigint | undefined): Promise<boolean> {
  try {
    const [result] = await queryable.query<{ facts_unchanged: boolean }>(
      'SELECT facts_unchanged FROM disclosure_record_append($1::json, $2::bigint)',
      [JSON.stringify(rows), factsVersion === undefined ? null : String(factsVersion)],
    );
    return result?.facts_unchanged === true;
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === '23505' && constraint === 'disclosure_record_decision_id_key') throw new DuplicateDecisionError();
    throw error;
  }
}

/** Another writer appended onto the same head first: the record's sequence or predecessor is taken. */
function isChainCollision(error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && CHAIN_KEYS.has(constraint ?? '');
}

interface PendingAppend {
  records: readonly DisclosureRecordInput[];
  factsVersion: bigint | undefined;
  resolve: (answer: AuditRecordsAnswer) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: appends that arrive while one is being written wait for it, then go together in
 * the next statement, so concurrent requests share its fixed cost instead of queueing for one
 * statement each. An append alone starts at once. The writer remembers the chain head it left, so
 * an append costs one statement while no other writer appends. Each request still gets its own
 * answer, only after its records are committed; when a group's append fails, each of its requests
 * is retried alone, so one request's bad records fail only that request. A group's appends were
 * all decided on the same facts version, or name none.
 */
export class DisclosureAuditWriter {
  private readonly store: RelationalStore;
  private pending: PendingAppend[] = [];
  private writing = false;
  private head: ChainHead | undefined;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  /** The head this writer last appended, while it knows it. */
  lastAppended(): ChainHead | undefined {
    return this.head;
  }

  /**
   * Appends one request's records, if the disclosure facts are still at `factsVersion` when one is
   * given (FactsChangedError otherwise). The same records sent again (a retry after an answer was
   * lost) get the answer of the record already appended, and nothing is appended twice; other
   * records under a decision id already recorded are refused with a DuplicateDecisionError.
   */
  async append(records: readonly DisclosureRecordInput[], factsVersion?: bigint): Promise<AuditRecordsAnswer> {
    try {
      return await new Promise<AuditRecordsAnswer>((resolve, reject) => {
        this.pending.push({ records, factsVersion, resolve, reject });
        if (!this.writing) void this.writeWhilePending();
      });
    } catch (error) {
      if (!(error instanceof DuplicateDecisionError) && !(error instanceof FactsChangedError)) throw error;
      const recorded = await answerOfRecorded(this.store, records);
      if (!recorded) throw error;
      return recorded;
    }
  }

  private async writeWhilePending(): Promise<void> {
    this.writing = true;
    while (this.pending.length > 0) await this.write(...this.nextGroup());
    this.writing = false;
  }

  /**
   * The waiting appends, oldest first, up to the most records one append may carry and while they
   * name no facts version other than the group's, with that version.
   */
  private nextGroup(): [PendingAppend[], bigint | undefined] {
    let records = 0;
    let size = 0;
    let factsVersion: bigint | undefined;
    while (size < this.pending.length) {
      const next = this.pending[size] as PendingAppend;
      if (size > 0 && records + next.records.length > MAX_RECORDS_PER_APPEND) break;
      if (next.factsVersion !== undefined && factsVersion !== undefined && next.factsVersion !== factsVersion) break;
      factsVersion ??= next.factsVersion;
      records += next.records.length;
      size += 1;
    }
    return [this.pending.splice(0, size), factsVersion];
  }

  private async write(group: PendingAppend[], factsVersion: bigint | undefined): Promise<void> {
    try {
      const answers = await this.appendGroup(
        group.map((append) => append.records),
        factsVersion,
      );
      group.forEach((append, index) => append.resolve(answers[index] as AuditRecordsAnswer));
    } catch (error) {
      if (group.length === 1) {
        (group[0] as PendingAppend).reject(error);
        return;
      }
      for (const append of group) {
        // The facts changed for every append decided on them; the others go on alone.
        if (error instanceof FactsChangedError && append.factsVersion !== undefined) {
          append.reject(error);
          continue;
        }
        await this.appendGroup([append.records], append.factsVersion).then(
          (answers) => append.resolve(answers[0] as AuditRecordsAnswer),
          append.reject,
        );
      }
    }
  }

  private async appendGroup(
    requests: ReadonlyArray<readonly DisclosureRecordInput[]>,
    factsVersion: bigint | undefined,
  ): Promise<AuditRecordsAnswer[]> {
    try {
      const { answers, head } = await appendInOneStatement(this.store, requests, this.head, factsVersion);
      this.head = head;
      return answers;
    } catch (error) {
      // Nothing was appended when the facts changed; otherwise the store may have committed or not
      // (a lost connection), so the head is read again next time.
      if (!(error instanceof FactsChangedError)) this.head = undefined;
      throw error;
    }
  }
}

const writers = new WeakMap<RelationalStore, DisclosureAuditWriter>();

/** The one writer of a store's audit: its route appends with it, and its checkpoints anchor what it appended. */
export function auditWriterOf(store: RelationalStore): DisclosureAuditWriter {
  let writer = writers.get(store);
  if (!writer) writers.set(store, (writer = new DisclosureAuditWriter(store)));
  return writer;
}

/**
 * The head a checkpoint anchors: the stored chain's, or what this process appended last when the
 * stored chain has fallen behind it (its newest records were removed), so the removal stays visible.
 */
export async function headToAnchor(store: RelationalStore): Promise<ChainHead> {
  const stored = await readChainHead(store);
  const appended = writers.get(store)?.lastAppended();
  return appended && appended.sequence > stored.sequence ? appended : stored;
}

/**
 * The answer the audit gave when it appended exactly these records, or undefined when the record
 * under their decision id holds anything else: the stored hash is the hash of these records, built
 * as they were, on the stored predecessor.
 */
async function answerOfRecorded(store: Queryable, records: readonly DisclosureRecordInput[]): Promise<AuditRecordsAnswer | undefined> {
  const first = records[0] as DisclosureRecordInput;
  const [stored] = await store.query<{ sequence: string | number; previous_hash: string; hash: string }>(
    'SELECT sequence, previous_hash, hash FROM disclosure_record WHERE decision_id = $1',
    [first.decisionId.toLowerCase()],
  );
  if (!stored || chainHash(stored.previous_hash, toColumns(records, Number(stored.sequence))) !== stored.hash) return undefined;
  return { appended: records.length, lastHash: stored.hash };
}

/**
 * Recomputes every hash in sequence order, a page at a time, and checks each record's link to the
 * one before it and each record a signed checkpoint anchors against the checkpoint's hash. Stops at
 * the first record that does not match. A checkpoint beyond the last record means records were
 * removed from the end: the chain alone cannot show that, nor a tail rewritten with its hashes
 * recomputed.
 */
export async function verifyDisclosureChain(store: Queryable, checkpoints: readonly AuditCheckpoint[] = []): Promise<ChainVerification> {
  const anchors = new Map<number, AuditCheckpoint[]>();
  for (const checkpoint of checkpoints) anchors.set(checkpoint.sequence, [...(anchors.get(checkpoint.sequence) ?? []), checkpoint]);
  let head = GENESIS;
  let recordsChecked = 0;
  const unmatched = (at: ChainHead) => anchors.get(at.sequence)?.find((checkpoint) => checkpoint.hash !== at.hash);
  const atGenesis = unmatched(GENESIS);
  if (atGenesis) return { intact: false, recordsChecked, head, unmatchedCheckpoint: { checkpoint: atGenesis, found: GENESIS_HASH } };
  for (;;) {
    const page = await store.query<StoredRecord & { sequence: string | number }>(
      `SELECT ${STORED_COLUMNS} FROM disclosure_record WHERE sequence > $1 ORDER BY sequence LIMIT ${VERIFY_PAGE_SIZE}`,
      [head.sequence],
    );
    for (const row of page) {
      recordsChecked += 1;
      const columns = fromStored(row);
      if (row.previous_hash !== head.hash || row.hash !== chainHash(head.hash, columns)) {
        return { intact: false, recordsChecked, firstBrokenSequence: columns.sequence, head };
      }
      head = { sequence: columns.sequence, hash: row.hash };
      const checkpoint = unmatched(head);
      if (checkpoint) return { intact: false, recordsChecked, head, unmatchedCheckpoint: { checkpoint, found: row.hash } };
      anchors.delete(head.sequence);
    }
    if (page.length < VERIFY_PAGE_SIZE) break;
  }
  anchors.delete(0);
  // A record a checkpoint anchors that the chain no longer holds: the newest one when records were removed from the end.
  const remaining = [...anchors.values()].flat();
  const gone =
    remaining.filter((checkpoint) => checkpoint.sequence < head.sequence).sort((a, b) => a.sequence - b.sequence)[0] ??
    remaining.sort((a, b) => b.sequence - a.sequence)[0];
  if (gone) return { intact: false, recordsChecked, head, unmatchedCheckpoint: { checkpoint: gone } };
  return { intact: true, recordsChecked, head };
}

/** Every decision about one youth, newest first. */
export async function accountingOfDisclosures(store: Queryable, youthId: string): Promise<DisclosureAccountingRow[]> {
  return accountingOfDisclosuresFor(store, [youthId]);
}

/** Where a page of an accounting starts: after the entry with this position (time recorded, record, place in it). */
export interface AccountingPosition {
  recordedAt: string;
  sequence: bigint;
  place: number;
}

/** An entry of an accounting with its position, for a cursor. */
export type PositionedAccountingRow = DisclosureAccountingRow & { place: number };

/**
 * Every decision about each of the youth, newest first: one round trip for any number of youth. With `page`, only `first` entries of one youth's accounting
 * after `after`: a youth's accounting grows with every request about them.
 */
export function accountingOfDisclosuresFor(store: Queryable, youthIds: readonly string[]): Promise<DisclosureAccountingRow[]>;
export function accountingOfDisclosuresFor(
  store: Queryable,
  youthIds: readonly string[],
  page: { first: number; after: AccountingPosition | undefined },
): Promise<PositionedAccountingRow[]>;
export function accountingOfDisclosuresFor(
  store: Queryable,
  youthIds: readonly string[],
  page?: { first: number; after: AccountingPosition | undefined },
): Promise<PositionedAccountingRow[]> {
  const after = page?.after;
  return store.query<PositionedAccountingRow>(
    `SELECT * FROM (
       SELECT y.youth_id AS "youthId", r.sequence::text AS sequence, d.decision->>'decisionId' AS "decisionId",
              r.recorded_at AS "recordedAt", r.request_id AS "requestId", r.requester_user_id AS "requesterUserId",
              r.requester_agency AS "requesterAgency", r.requester_roles AS "requesterRoles",
              r.purpose_of_use AS "purposeOfUse", r.break_glass_reason AS "breakGlassReason",
              d.decision->'fields' AS fields, d.decision->>'category' AS category, d.decision->>'outcome' AS outcome,
              d.decision->>'rule' AS rule, d.decision->>'legalBasis' AS "legalBasis", r.policy_revision AS "policyRevision",
              (d.decision->'review')::boolean AS review,
              (SELECT jsonb_agg(listed.record ORDER BY listed.place) FROM jsonb_array_elements(d.decision->'records') WITH ORDINALITY AS listed(record, place)
                WHERE listed.record->>'youthId' = y.youth_id) AS records,
              row_number() OVER (PARTITION BY r.sequence ORDER BY d.position, y.place)::int AS place,
              r.sequence AS record, r.recorded_at AS recorded
         FROM disclosure_record r
        CROSS JOIN LATERAL jsonb_array_elements(r.decisions) WITH ORDINALITY AS d(decision, position)
        CROSS JOIN LATERAL jsonb_array_elements_text(d.decision->'youthIds') WITH ORDINALITY AS y(youth_id, place)
        WHERE r.youth_ids && $1::text[] AND y.youth_id = ANY($1::text[])
          -- A request's records replaced by a later record of what it delivered (amends_request_id,
          -- one record each time) are not listed.
          AND NOT EXISTS (SELECT 1 FROM disclosure_record amended WHERE amended.amends_request_id = r.request_id AND amended.sequence > r.sequence)
          AND ($2::timestamptz IS NULL OR r.recorded_at <= $2::timestamptz)
     ) entries
     WHERE $2::timestamptz IS NULL OR recorded < $2::timestamptz
        OR (recorded = $2::timestamptz AND (record < $3::bigint OR (record = $3::bigint AND place > $4::int)))
     ORDER BY "youthId", recorded DESC, record DESC, place
     LIMIT $5`,
    [youthIds, after?.recordedAt ?? null, after ? String(after.sequence) : null, after?.place ?? 0, page?.first ?? null],
  );
}

/**
 * `POST /audit-records` (gateway only): `{ "request": {...}, "decisions": [...] }` →
 * `{ "appended": n, "lastHash": "..." }`. Each entry of `decisions` is one decision, with its id, and
 * the youth it was made about (`youthIds`); the n decisions, one per youth of each entry, are
 * appended in one record. The request must be the one the gateway signed the token for: same
 * requester, same purpose, same request id. Records sent again unchanged get the same answer and
 * are not appended twice, so the gateway may retry an append whose answer it did not get. The
 * gateway may also carry the body with a GraphQL request (service.ts, `carriedRoutes`).
 */
export function auditRecordsRoute(store: RelationalStore) {
  const writer = auditWriterOf(store);
  return async (requester: Requester, body: unknown): Promise<AuditRecordsAnswer> => {
    const records = readAuditRecordsRequest(body);
    // Every record carries the one request part of the body, so the first answers for all.
    if (!isAbout(records[0] as DisclosureRecordInput, requester)) {
      throw new RequestRejection(
        400,
        'BAD_AUDIT_RECORDS',
        'The request is not the one the gateway token was signed for (requester, purpose or request id differ).',
      );
    }
    try {
      return await writer.append(records, readFactsVersion(body as Record<string, unknown>));
    } catch (error) {
      if (error instanceof DuplicateDecisionError) throw new RequestRejection(400, 'BAD_AUDIT_RECORDS', error.message);
      if (error instanceof FactsChangedError)
        throw new RequestRejection(
          409,
          error.code,
          'The disclosure facts changed after these decisions were made; nothing was appended. Decide again on the current facts.',
        );
      throw error;
    }
  };
}

/** Whether the records are of the request the gateway signed the requester token for. */
export function isAbout(record: DisclosureRecordInput, requester: Requester): boolean {
  return (
    record.requestId === requester.requestId &&
    record.requester.userId === requester.userId &&
    record.requester.agency === requester.agency &&
    record.requester.roles.length === requester.roles.length &&
    record.requester.roles.every((role, index) => role === requester.roles[index]) &&
    record.purposeOfUse === requester.purposeOfUse &&
    record.breakGlassReason === requester.breakGlassReason
  );
}

/** The hash of a record chained onto `previousHash`. */
export function chainHash(previousHash: string, columns: DisclosureRecordColumns): string {
  return createHash('sha256')
    .update(previousHash + canonicalJson(columns), 'utf8')
    .digest('hex');
}

/**
 * The record's columns, every one but the two hashes, as JSON with the keys in sorted order at every
 * level (see the module's comment): `amends_request_id` is left out while null.
 */
export function canonicalJson(columns: DisclosureRecordColumns): string {
  const sorted: Record<string, unknown> = {};
  for (const key of HASHED_KEYS) {
    if (key === 'decisions') sorted[key] = columns.decisions.map(inKeyOrder);
    else if (key !== 'amends_request_id' || columns.amends_request_id !== null) sorted[key] = columns[key];
  }
  return JSON.stringify(sorted);
}

/** The decision with its keys sorted at every level, as the database gives them back in its own order; `records` only when listed. */
function inKeyOrder({
  category,
  decisionId,
  fields,
  legalBasis,
  outcome,
  records,
  review,
  rule,
  youthIds,
}: SharedDecision): SharedDecision {
  return {
    category,
    decisionId,
    fields,
    legalBasis,
    outcome,
    ...(records ? { records: records.map(recordInKeyOrder) } : {}),
    review,
    rule,
    youthIds,
  };
}

function recordInKeyOrder({ area, basis, field, filedBy, record, sent, youthId }: DeliveredRecord): DeliveredRecord {
  return { area, basis, field, filedBy, record, sent, youthId };
}

/** The keys of a record's canonical JSON, in sorted order (by UTF-16 code unit, as RFC 8785 sorts). */
const HASHED_KEYS = (
  [
    'sequence',
    'decision_id',
    'recorded_at',
    'request_id',
    'requester_user_id',
    'requester_agency',
    'requester_roles',
    'purpose_of_use',
    'break_glass_reason',
    'youth_ids',
    'policy_revision',
    'decisions',
    'amends_request_id',
  ] as const satisfies ReadonlyArray<keyof DisclosureRecordColumns>
).toSorted();

/** Columns read back exactly as they are stored, so a change anywhere changes the hash. */
const STORED_COLUMNS = `
  sequence, decision_id::text AS decision_id,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS recorded_at,
  request_id, requester_user_id, requester_agency, requester_roles, purpose_of_use, break_glass_reason,
  policy_revision, decisions, youth_ids, amends_request_id,
  previous_hash, hash`;

function fromStored(row: StoredRecord & { sequence: string | number }): DisclosureRecordColumns {
  return {
    sequence: Number(row.sequence),
    decision_id: row.decision_id,
    recorded_at: row.recorded_at,
    request_id: row.request_id,
    requester_user_id: row.requester_user_id,
    requester_agency: row.requester_agency,
    requester_roles: row.requester_roles,
    purpose_of_use: row.purpose_of_use,
    break_glass_reason: row.break_glass_reason,
    policy_revision: row.policy_revision,
    decisions: row.decisions,
    youth_ids: row.youth_ids,
    amends_request_id: row.amends_request_id,
  };
}

/**
 * One record of a request's decisions; what they share is read from the first. The youth of one
 * decision (one id, one outcome on the same fields) are listed together under it.
 */
function toColumns(decisions: readonly DisclosureRecordInput[], sequence: number): DisclosureRecordColumns {
  const first = decisions[0] as DisclosureRecordInput;
  const listed = new Map<string, SharedDecision>();
  const youthIds = new Set<string>();
  for (const decision of decisions) {
    const decisionId = decision.decisionId.toLowerCase();
    const fields = decision.fields.toSorted();
    const key = JSON.stringify([
      decisionId,
      decision.category,
      decision.outcome,
      decision.rule,
      decision.legalBasis,
      decision.review,
      fields,
    ]);
    let entry = listed.get(key);
    if (!entry) {
      entry = {
        category: decision.category,
        decisionId,
        fields,
        legalBasis: decision.legalBasis,
        outcome: decision.outcome,
        review: decision.review,
        rule: decision.rule,
        youthIds: [],
        ...(decision.records ? { records: decision.records } : {}),
      };
      listed.set(key, entry);
    }
    entry.youthIds.push(decision.youthId);
    if (decision.youthId !== null) youthIds.add(decision.youthId);
  }
  return {
    sequence,
    decision_id: first.decisionId.toLowerCase(),
    recorded_at: toMicrosecondUtc(first.recordedAt),
    request_id: first.requestId,
    requester_user_id: first.requester.userId,
    requester_agency: first.requester.agency,
    requester_roles: [...first.requester.roles],
    purpose_of_use: first.purposeOfUse,
    break_glass_reason: first.breakGlassReason,
    policy_revision: first.policyRevision,
    decisions: [...listed.values()],
    youth_ids: [...youthIds],
    amends_request_id: first.amends ? first.requestId : null,
  };
}

/** `2026-11-22T14:00:00.123Z` → `2026-11-22T14:00:00.123000Z`, the form the database gives back. */
function toMicrosecondUtc(instant: string): string {
  const iso = new Date(instant).toISOString();
  return `${iso.slice(0, 23)}000Z`;
}
