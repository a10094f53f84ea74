import type { Resolvers } from './__generated__/resolvers-types.ts';
import { PhysicalDescriptions } from './physical-descriptions.ts';
import { checkedYouthId } from './write-input.ts';

/** Reading and recording how to recognise the youth (for a missing-person report), and every earlier version. */
export const physicalDescriptionResolvers = {
  Mutation: {
    recordPhysicalDescription: (_root, { youthId, version, description, idempotencyKey }, { source, requester, writeAudit, today }) =>
      new PhysicalDescriptions(source.store).record(
        writeAudit,
        requester,
        checkedYouthId(youthId),
        version,
        description,
        idempotencyKey,
        today,
      ),
  },
  Youth: {
    physicalDescription: (youth, _args, { loaders }) => loaders.physicalDescription.load(youth.id),
    physicalDescriptionHistory: (youth, _args, { loaders }) => loaders.physicalDescriptionHistory.load(youth.id),
  },
  PhysicalDescription: {
    recordedBy: (description, _args, { loaders }) =>
      description.recordedByUserId ? loaders.person.load(description.recordedByUserId) : null,
  },
} satisfies Resolvers;
