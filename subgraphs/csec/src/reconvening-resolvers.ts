import type { Resolvers } from './__generated__/resolvers-types.ts';
import { noticesFor } from './mdt-notices.ts';
import { isOverdue, openReconveningCounts, suppressSmallCounts } from './reconvenings.ts';
import { recordTriggeringEvent } from './triggering-events.ts';
import { checkedYouthId } from './write-input.ts';

/** Triggering events the MDT records, the reconvenings they open, the notices about them, and their counts for the program. */
export const reconveningResolvers = {
  Query: {
    reconveningsDueLater: async (_root, { asOf }, { source }) =>
      suppressSmallCounts(await openReconveningCounts(source.store, asOf ?? new Date().toISOString())).dueLater,
    reconveningsOverdue: async (_root, { asOf }, { source }) =>
      suppressSmallCounts(await openReconveningCounts(source.store, asOf ?? new Date().toISOString())).overdue,
  },
  Mutation: {
    recordTriggeringEvent: (_root, { youthId, event, idempotencyKey }, { source, requester, disclosure, writeAudit }) => {
      return recordTriggeringEvent(
        source.store,
        writeAudit,
        disclosure.policy,
        requester,
        checkedYouthId(youthId),
        event,
        idempotencyKey,
        new Date(),
      );
    },
  },
  Youth: {
    reconvenings: async (youth, { asOf, includeClosed }, { loaders }) => {
      const moment = asOf ?? new Date().toISOString();
      const all = await loaders.reconvenings.load(youth.id);
      return all.filter((row) => includeClosed === true || row.closedAt === null).map((row) => ({ ...row, asOf: moment }));
    },
    notices: async (youth, { includeClosed }, { loaders, requester, today }) => {
      const [mdt, notices] = await Promise.all([loaders.mdt.load(youth.id), loaders.notices.load(youth.id)]);
      const seats = mdt ? await loaders.mdtMembers.load(mdt.id) : [];
      return noticesFor(requester, today, { mdt, seats }, notices)
        .filter((notice) => includeClosed === true || notice.status === 'OPEN')
        .map(({ id, kind, givenAt, dueAt, triggeringEventId, status }) => ({ id, kind, givenAt, dueAt, triggeringEventId, status }));
    },
  },
  TriggeringEvent: {
    reportedBy: (event, _args, { loaders }) => (event.reportedByUserId ? loaders.person.load(event.reportedByUserId) : null),
    reconvening: async (event, _args, { loaders }) => {
      const row = await loaders.reconveningOfEvent.load(event.id);
      return row ? { ...row, asOf: new Date().toISOString() } : null;
    },
  },
  Reconvening: {
    status: (row) => (row.closedAt === null ? 'OPEN' : 'CLOSED'),
    overdue: (row) => isOverdue(row),
  },
} satisfies Resolvers;
