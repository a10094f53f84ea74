import type { Resolvers } from './__generated__/resolvers-types.ts';
import { MdtMeetings } from './mdt-meetings.ts';
import { checkedYouthId } from './write-input.ts';

/** Scheduling, holding and cancelling MDT meetings. */
export const mdtMeetingResolvers = {
  Mutation: {
    scheduleMdtMeeting: (_root, { youthId, meeting, idempotencyKey }, { source, requester, writeAudit }) =>
      new MdtMeetings(source.store).schedule(writeAudit, requester, checkedYouthId(youthId), meeting, idempotencyKey),
    holdMdtMeeting: (_root, { youthId, meetingId, version, held }, { source, requester, writeAudit }) =>
      new MdtMeetings(source.store).hold(writeAudit, requester, checkedYouthId(youthId), meetingId, version, held, new Date()),
    cancelMdtMeeting: (_root, { youthId, meetingId, version, reason }, { source, requester, writeAudit }) =>
      new MdtMeetings(source.store).cancel(writeAudit, requester, checkedYouthId(youthId), meetingId, version, reason),
  },
} satisfies Resolvers;
