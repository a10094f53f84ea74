import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { countyDate } from '../../../runtime/calendar.ts';
import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { SourceAgency } from './source.ts';
import { badInput, requireYouth } from './write-input.ts';
import type { WriteAudit } from './write-audit.ts';

/** One link or unlink of a youth to an agency's identifier (migration 016). */
export interface AgencyLinkChangeRow {
  youthId: string;
  agency: SourceAgency;
  identifier: string;
  action: 'LINKED' | 'UNLINKED';
  changedAt: string;
  changedByUserId: string;
  reason: string;
}

const MAX_REASON_LENGTH = 500;
const IDENTIFIER_PATTERN = /^[A-Za-z0-9-]{1,40}$/;
const CHANGE_COLUMNS = `youth_id AS "youthId", agency, identifier, action, changed_at AS "changedAt",
  changed_by_user_id AS "changedByUserId", reason`;

/**
 * Deliberate links between the MDT's youth and an agency's own identifier, and their removal, each
 * recorded with who, when and why in the same transaction. An identifier is linked exactly as given:
 * never to a second youth, never found by a likeness of names or dates.
 */
export class AgencyLinks {
  private readonly store: RelationalStore;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  async link(
    audit: WriteAudit,
    requester: Requester,
    youthId: string,
    agency: SourceAgency,
    identifier: string,
    reason: string,
    now: Date,
  ): Promise<AgencyLinkChangeRow> {
    if (!IDENTIFIER_PATTERN.test(identifier))
      throw badInput('link.identifier', "The agency's identifier is 1 to 40 letters, digits or hyphens, exactly as the agency writes it.");
    const why = checkedReason(reason, 'link.reason');
    return audit.transaction(this.store, { mutation: 'linkAgencyRecord', youthId, changesFacts: true }, async (tx) => {
      await requireYouth(tx, youthId);
      const [taken] = await tx.query<{ youthId: string }>(
        'SELECT youth_id AS "youthId" FROM agency_link WHERE agency = $1 AND identifier = $2',
        [agency, identifier],
      );
      if (taken && taken.youthId !== youthId) {
        throw badInput(
          'link.identifier',
          'This identifier is already linked to another youth. Linking is refused; ask the CSEC program to review both records.',
        );
      }
      const [current] = await tx.query<{ identifier: string }>('SELECT identifier FROM agency_link WHERE youth_id = $1 AND agency = $2', [
        youthId,
        agency,
      ]);
      if (current) throw badInput('link.agency', 'The youth is already linked to a record of this agency. Unlink it first, saying why.');
      await tx.query(
        'INSERT INTO agency_link (youth_id, agency, identifier, linked_on, linked_by_user_id) VALUES ($1, $2, $3, $4::date, $5)',
        [youthId, agency, identifier, countyDate(now.toISOString()), requester.userId],
      );
      return recordChange(tx, {
        youthId,
        agency,
        identifier,
        action: 'LINKED',
        changedAt: now.toISOString(),
        changedByUserId: requester.userId,
        reason: why,
      });
    });
  }

  async unlink(
    audit: WriteAudit,
    requester: Requester,
    youthId: string,
    agency: SourceAgency,
    reason: string,
    now: Date,
  ): Promise<AgencyLinkChangeRow> {
    const why = checkedReason(reason, 'reason');
    return audit.transaction(this.store, { mutation: 'unlinkAgencyRecord', youthId, changesFacts: true }, async (tx) => {
      const [removed] = await tx.query<{ identifier: string }>(
        'DELETE FROM agency_link WHERE youth_id = $1 AND agency = $2 RETURNING identifier',
        [youthId, agency],
      );
      if (!removed) throw badInput('agency', 'The youth is not linked to a record of this agency.');
      return recordChange(tx, {
        youthId,
        agency,
        identifier: removed.identifier,
        action: 'UNLINKED',
        changedAt: now.toISOString(),
        changedByUserId: requester.userId,
        reason: why,
      });
    });
  }

  /** Every link and unlink of the youth, newest first. */
  history(youthIds: readonly string[]): Promise<AgencyLinkChangeRow[]> {
    return this.store.query<AgencyLinkChangeRow>(
      `SELECT ${CHANGE_COLUMNS} FROM agency_link_change WHERE youth_id = ANY($1::text[]) ORDER BY changed_at DESC, change_id`,
      [youthIds],
    );
  }
}

async function recordChange(tx: Queryable, change: AgencyLinkChangeRow): Promise<AgencyLinkChangeRow> {
  const [row] = await tx.query<AgencyLinkChangeRow>(
    `INSERT INTO agency_link_change (change_id, youth_id, agency, identifier, action, changed_at, changed_by_user_id, reason)
     VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7, $8) RETURNING ${CHANGE_COLUMNS}`,
    [
      `LNK-${randomUUID()}`,
      change.youthId,
      change.agency,
      change.identifier,
      change.action,
      change.changedAt,
      change.changedByUserId,
      change.reason,
    ],
  );
  if (!row) throw new GraphQLError('The change could not be recorded.');
  return row;
}

function checkedReason(reason: string, field: string): string {
  const why = reason.trim();
  if (why.length === 0 || why.length > MAX_REASON_LENGTH) throw badInput(field, `Say why, in 1 to ${MAX_REASON_LENGTH} characters.`);
  return why;
}
