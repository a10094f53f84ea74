import { GraphQLError } from 'graphql';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { MdtMeetings } from './mdt-meetings.ts';

const YOUTH_ID_PATTERN = /^Y-\d{6}$/;

function checkedYouthId(youthId: string): string {
  if (!YOUTH_ID_PATTERN.test(youthId)) {
    throw new GraphQLError('A youth id is "Y-" followed by six digits, for example Y-000123.', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'youthId' },
    });
  }
  return youthId;
}

/** Scheduling, holding and cancelling MDT meetings. */
export const mdtMeetingResolvers = {
  Mutation: {
    scheduleMdtMeeting: (_root, { youthId, meeting, idempotencyKey }, { source, requester }) =>
      new MdtMeetings(source.store).schedule(requester, checkedYouthId(youthId), meeting, idempotencyKey),
    holdMdtMeeting: (_root, { youthId, meetingId, version, held }, { source, requester }) =>
      new MdtMeetings(source.store).hold(requester, checkedYouthId(youthId), meetingId, version, held, new Date()),
    cancelMdtMeeting: (_root, { youthId, meetingId, version, reason }, { source, requester }) =>
      new MdtMeetings(source.store).cancel(requester, checkedYouthId(youthId), meetingId, version, reason),
  },
} satisfies Resolvers;
