import { GraphQLError } from 'graphql';
import {
  DISCLOSURE_AUDIT_EXTENSION,
  REPEATED_WRITES_EXTENSION,
  readAuditRecordsRequest,
  readFactsVersion,
  type AuditRecordsAnswer,
  type DisclosureRecordInput,
  type RepeatedWrite,
} from '../../../runtime/audit/disclosure-record.ts';
import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import { appendWithinTransaction, checkFactsUnchanged, FactsChangedError, isAbout } from './disclosure-audit.ts';

/** One write of the MDT's records: the mutation and the youth it is about. */
export interface AuditedWrite {
  mutation: string;
  youthId: string;
  /**
   * Whether the write changes the disclosure facts itself (a table migration 007 counts: the safety
   * plan, consents, agency links): the facts it was decided on are then checked before it, otherwise
   * with its audit record, in the same statement.
   */
  changesFacts?: true;
}

interface Carried {
  records: DisclosureRecordInput[];
  factsVersion: bigint | undefined;
}

/**
 * A mutation's audit records, as the gateway sent them with it (the `csecDisclosureAudit`
 * extension, inside the body its requester token signs), written at the end of the transaction of
 * the mutation's first write that commits: a write and the record of its decision are committed
 * together or not at all. A write is refused unless the records carry the gateway's decision
 * allowing exactly it (Mutation.<write>, DISCLOSED, about its youth): the gateway decides, and the
 * subgraph writes nothing it cannot show the gateway allowed. One per request.
 */
export class WriteAudit {
  private carried: Carried | undefined;
  /** Why the carried records were not taken, when they were not. */
  private unreadable = false;
  private answer: AuditRecordsAnswer | undefined;
  private readonly repeats: RepeatedWrite[] = [];

  /** Takes the request's carried records; the returned function gives the response extensions once the writes ran. */
  carry(requester: Requester, body: unknown): () => Record<string, unknown> {
    try {
      const records = readAuditRecordsRequest(body);
      const first = records[0] as DisclosureRecordInput;
      // Amendments and records of someone else's request are never a write's record.
      if (first.amends || !isAbout(first, requester)) this.unreadable = true;
      else this.carried = { records, factsVersion: readFactsVersion(body as Record<string, unknown>) };
    } catch {
      this.unreadable = true;
    }
    return () => ({
      ...(this.answer ? { [DISCLOSURE_AUDIT_EXTENSION]: this.answer } : {}),
      ...(this.repeats.length > 0 ? { [REPEATED_WRITES_EXTENSION]: this.repeats } : {}),
    });
  }

  /**
   * Runs `work` in `tx` between two steps: first, the records must allow the write (and, for a
   * write that changes the facts, the facts they were decided on must be unchanged); last, the
   * request's records are appended, unless a write of the same request already committed them, if
   * the facts are unchanged. The answer counts once the transaction commits (`committed`). Throws,
   * writing nothing, when the records do not allow the write or the facts have changed.
   */
  async within<T>(
    tx: Queryable,
    write: AuditedWrite,
    work: () => Promise<T>,
  ): Promise<{ result: T; answer: AuditRecordsAnswer | undefined }> {
    const carried = this.allowing(write);
    try {
      if (write.changesFacts) await checkFactsUnchanged(tx, carried.factsVersion);
      const result = await work();
      // Last, so that writers take turns on the chain only for the append and the commit.
      const answer = this.answer
        ? undefined
        : await appendWithinTransaction(tx, carried.records, write.changesFacts ? undefined : carried.factsVersion);
      return { result, answer };
    } catch (error) {
      if (error instanceof FactsChangedError) {
        throw new GraphQLError("The team's records changed while this write was being decided, so nothing was written. Send it again.", {
          extensions: { code: 'FACTS_CHANGED' },
        });
      }
      throw error;
    }
  }

  /** The transaction that appended `answer` committed. */
  committed(answer: AuditRecordsAnswer | undefined): void {
    if (answer) this.answer = answer;
  }

  /** The write repeated an earlier one and wrote nothing. */
  repeated(write: AuditedWrite): void {
    this.allowing(write);
    this.repeats.push({ field: `Mutation.${write.mutation}`, youthId: write.youthId });
  }

  /** Runs `work` in one transaction with the request's records: the write and its audit commit together. */
  async transaction<T>(store: RelationalStore, write: AuditedWrite, work: (tx: Queryable) => Promise<T>): Promise<T> {
    let answer: AuditRecordsAnswer | undefined;
    const result = await store.transaction(async (tx) => {
      const done = await this.within(tx, write, () => work(tx));
      answer = done.answer;
      return done.result;
    });
    this.committed(answer);
    return result;
  }

  private allowing(write: AuditedWrite): Carried {
    const field = `Mutation.${write.mutation}`;
    const allowed = this.carried?.records.some(
      (record) => record.youthId === write.youthId && record.outcome === 'DISCLOSED' && record.fields.includes(field),
    );
    if (!this.carried || !allowed) {
      // Without the gateway's record of allowing it, the write would be neither decided nor audited.
      throw new GraphQLError(
        this.unreadable || this.carried
          ? "The gateway's record of this write's decision does not allow it, so nothing was written."
          : "This write came without the gateway's record of its decision, so nothing was written.",
        { extensions: { code: 'WRITE_NOT_AUDITED' } },
      );
    }
    return this.carried;
  }
}
