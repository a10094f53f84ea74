import { DateScalar, DateTimeScalar } from '../../../runtime/scalars.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';

export const childWelfareResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Youth: {
    __resolveReference: (reference) => reference,
    childWelfare: (youth, _args, { loaders }) => (youth.childWelfareClientId ? loaders.client.load(youth.childWelfareClientId) : null),
  },
  ChildWelfareClient: {
    assignedSocialWorker: (client) =>
      client.assignedSocialWorkerId ? { userId: client.assignedSocialWorkerId, name: client.assignedSocialWorkerName } : null,
    case: (client, _args, { loaders }) => loaders.case.load(client.clientId),
    referrals: (client, _args, { loaders }) => loaders.referrals.load(client.clientId),
    placements: (client, _args, { loaders }) => loaders.placements.load(client.clientId),
    currentPlacement: async (client, _args, { loaders }) =>
      (await loaders.placements.load(client.clientId)).find((placement) => placement.endedOn === null) ?? null,
    // Placements come newest first: the current one if any, otherwise the one the youth left last.
    lastKnownPlacement: async (client, _args, { loaders }) => {
      const placements = await loaders.placements.load(client.clientId);
      return placements.find((placement) => placement.endedOn === null) ?? placements[0] ?? null;
    },
    casePlan: (client, _args, { loaders }) => loaders.casePlan.load(client.clientId),
    courtHearings: (client, _args, { loaders }) => loaders.courtHearings.load(client.clientId),
  },
};
