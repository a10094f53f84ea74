import type DataLoader from 'dataloader';
import { rowLoader, rowsLoader } from '../../../runtime/batching.ts';
import type { CasePlanRow, CaseRow, ChildWelfareSource, ClientRow, CourtHearingRow, PlacementRow, ReferralRow } from './source.ts';

export interface ChildWelfareLoaders {
  client: DataLoader<string, ClientRow | null>;
  case: DataLoader<string, CaseRow | null>;
  referrals: DataLoader<string, ReferralRow[]>;
  placements: DataLoader<string, PlacementRow[]>;
  casePlan: DataLoader<string, CasePlanRow | null>;
  courtHearings: DataLoader<string, CourtHearingRow[]>;
}

export function createChildWelfareLoaders(source: ChildWelfareSource): ChildWelfareLoaders {
  const byClient = (row: { clientId: string }) => row.clientId;
  return {
    client: rowLoader((ids) => source.clients(ids), byClient),
    case: rowLoader((ids) => source.cases(ids), byClient),
    referrals: rowsLoader((ids) => source.referrals(ids), byClient),
    placements: rowsLoader((ids) => source.placements(ids), byClient),
    casePlan: rowLoader((ids) => source.casePlans(ids), byClient),
    courtHearings: rowsLoader((ids) => source.courtHearings(ids), byClient),
  };
}
