import type { Resolvers } from './__generated__/resolvers-types.ts';
import { AgencyLinks } from './agency-links.ts';
import { checkedYouthId } from './write-input.ts';

/** Linking a youth to an agency's identifier and unlinking, with who, when and why. */
export const agencyLinkResolvers = {
  Mutation: {
    linkAgencyRecord: (_root, { youthId, link }, { source, requester, writeAudit }) =>
      new AgencyLinks(source.store).link(
        writeAudit,
        requester,
        checkedYouthId(youthId),
        link.agency,
        link.identifier,
        link.reason,
        new Date(),
      ),
    unlinkAgencyRecord: (_root, { youthId, agency, reason }, { source, requester, writeAudit }) =>
      new AgencyLinks(source.store).unlink(writeAudit, requester, checkedYouthId(youthId), agency, reason, new Date()),
  },
  Youth: {
    agencyLinkHistory: (youth, _args, { loaders }) => loaders.agencyLinkHistory.load(youth.id),
  },
  AgencyLinkChange: {
    changedBy: (change, _args, { loaders }) => loaders.person.load(change.changedByUserId),
  },
} satisfies Resolvers;
