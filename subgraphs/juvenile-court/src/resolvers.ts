import { countyToday } from '../../../runtime/calendar.ts';
import { DateScalar } from '../../../runtime/scalars.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';

export const juvenileCourtResolvers: Resolvers = {
  Date: DateScalar,
  Youth: {
    __resolveReference: (reference) => ({ courtPartyNumber: reference.courtPartyNumber }),
    juvenileCourtCases: (youth, _args, { loaders }) => loaders.cases.load(youth.courtPartyNumber),
    caseFileInspectionOrders: (youth, _args, { loaders }) => loaders.inspectionOrders.load(youth.courtPartyNumber),
    courtProceedings: (youth, _args, { loaders }) => loaders.proceedings.load(youth.courtPartyNumber),
  },
  CourtProceeding: {
    participants: (row, _args, { loaders }) => loaders.participants.load(row.proceedingId),
  },
  JuvenileCourtCase: {
    // The earliest hearing set for the county's date or later.
    nextHearing: async (row, _args, { loaders }) => {
      const today = countyToday();
      return (await loaders.hearings.load(row.caseNumber)).findLast((hearing) => hearing.date >= today) ?? null;
    },
    hearings: (row, _args, { loaders }) => loaders.hearings.load(row.caseNumber),
    attorneysOfRecord: (row, _args, { loaders }) => loaders.attorneysOfRecord.load(row.caseNumber),
  },
  CaseFileInspectionOrder: {
    authorized: (row) => row.authorizedName,
  },
};
