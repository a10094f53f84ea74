import type DataLoader from 'dataloader';
import { rowsLoader } from '../../../runtime/batching.ts';
import type {
  AttorneyOfRecordRow,
  CourtCaseRow,
  HearingRow,
  InspectionOrderRow,
  JuvenileCourtSource,
  ProceedingParticipantRow,
  ProceedingRow,
} from './source.ts';

export interface JuvenileCourtLoaders {
  /** By party number. */
  cases: DataLoader<string, CourtCaseRow[]>;
  /** By case number. */
  hearings: DataLoader<string, HearingRow[]>;
  /** By case number. */
  attorneysOfRecord: DataLoader<string, AttorneyOfRecordRow[]>;
  /** By party number. */
  inspectionOrders: DataLoader<string, InspectionOrderRow[]>;
  /** By party number. */
  proceedings: DataLoader<string, ProceedingRow[]>;
  /** By proceeding id. */
  participants: DataLoader<string, ProceedingParticipantRow[]>;
}

export function createJuvenileCourtLoaders(source: JuvenileCourtSource): JuvenileCourtLoaders {
  return {
    cases: rowsLoader(
      (partyNumbers) => source.cases(partyNumbers),
      (row) => row.partyNumber,
    ),
    hearings: rowsLoader(
      (caseNumbers) => source.hearings(caseNumbers),
      (row) => row.caseNumber,
    ),
    attorneysOfRecord: rowsLoader(
      (caseNumbers) => source.attorneysOfRecord(caseNumbers),
      (row) => row.caseNumber,
    ),
    inspectionOrders: rowsLoader(
      (partyNumbers) => source.inspectionOrders(partyNumbers),
      (row) => row.partyNumber,
    ),
    proceedings: rowsLoader(
      (partyNumbers) => source.proceedings(partyNumbers),
      (row) => row.partyNumber,
    ),
    participants: rowsLoader(
      (proceedingIds) => source.participants(proceedingIds),
      (row) => row.proceedingId,
    ),
  };
}
