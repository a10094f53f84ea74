import { DateScalar, DateTimeScalar } from '../../../runtime/scalars.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';

export const probationResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Youth: {
    __resolveReference: (reference) => reference,
    probation: (youth, _args, { loaders }) => (youth.probationNumber ? loaders.juvenile.load(youth.probationNumber) : null),
  },
  ProbationJuvenile: {
    assignedOfficer: (juvenile) =>
      juvenile.assignedOfficerId ? { userId: juvenile.assignedOfficerId, name: juvenile.assignedOfficerName } : null,
    referrals: (juvenile, _args, { loaders }) => loaders.referrals.load(juvenile.probationNumber),
    petitions: (juvenile, _args, { loaders }) => loaders.petitions.load(juvenile.probationNumber),
    // Sealed and vacated petitions never reach the loader, so they cannot make a youth adjudicated.
    adjudicated: async (juvenile, _args, { loaders }) =>
      (await loaders.petitions.load(juvenile.probationNumber)).some((petition) => petition.adjudicatedOn !== null),
    conditions: (juvenile, _args, { loaders }) => loaders.conditions.load(juvenile.probationNumber),
    warrants: (juvenile, _args, { loaders }) => loaders.warrants.load(juvenile.probationNumber),
  },
};
