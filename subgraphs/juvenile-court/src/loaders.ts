import type DataLoader from 'dataloader';
import { rowsLoader } from '../../../runtime/batching.ts';
import type { AttorneyOfRecordRow, CourtCaseRow, HearingRow, InspectionOrderRow, JuvenileCourtSource, ProceedingParticipantRow, ProceedingRow } from './source.ts';

export interface JuvenileCourtLoaders {
  /** By youth id. */
  cases: DataLoader<string, CourtCaseRow[]>;
  /** By case number. */
  hearings: DataLoader<string, HearingRow[]>;
  /** By case number. */
  attorneysOfRecord: DataLoader<string, AttorneyOfRecordRow[]>;
  /** By youth id. */
  inspectionOrders: DataLoader<string, InspectionOrderRow[]>;
  /** By youth id. */
  proceedings: DataLoader<string, ProceedingRow[]>;
  /** By proceeding id. */
  participants: DataLoader<string, ProceedingParticipantRow[]>;
}

export function createJuvenileCourtLoaders(source: JuvenileCourtSource): JuvenileCourtLoaders {
  return {
    cases: rowsLoader((youthIds) => source.cases(youthIds), (row) => row.youthId),
    hearings: rowsLoader((caseNumbers) => source.hearings(caseNumbers), (row) => row.caseNumber),
    attorneysOfRecord: rowsLoader((caseNumbers) => source.attorneysOfRecord(caseNumbers), (row) => row.caseNumber),
    inspectionOrders: rowsLoader((youthIds) => source.inspectionOrders(youthIds), (row) => row.youthId),
    proceedings: rowsLoader((youthIds) => source.proceedings(youthIds), (row) => row.youthId),
    participants: rowsLoader((proceedingIds) => source.participants(proceedingIds), (row) => row.proceedingId),
  };
}
