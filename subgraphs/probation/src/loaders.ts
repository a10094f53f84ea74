import type DataLoader from 'dataloader';
import { rowLoader, rowsLoader } from '../../../runtime/batching.ts';
import type { ConditionRow, IntakeReferralRow, JuvenileRow, PetitionRow, ProbationSource, WarrantRow } from './source.ts';

export interface ProbationLoaders {
  juvenile: DataLoader<string, JuvenileRow | null>;
  referrals: DataLoader<string, IntakeReferralRow[]>;
  /** Petitions of the open record only: never sealed or vacated ones. */
  petitions: DataLoader<string, PetitionRow[]>;
  conditions: DataLoader<string, ConditionRow[]>;
  warrants: DataLoader<string, WarrantRow[]>;
}

export function createProbationLoaders(source: ProbationSource): ProbationLoaders {
  const byJuvenile = (row: { probationNumber: string }) => row.probationNumber;
  return {
    juvenile: rowLoader((numbers) => source.juveniles(numbers), byJuvenile),
    referrals: rowsLoader((numbers) => source.referrals(numbers), byJuvenile),
    petitions: rowsLoader((numbers) => source.petitions(numbers), byJuvenile),
    conditions: rowsLoader((numbers) => source.conditions(numbers), byJuvenile),
    warrants: rowsLoader((numbers) => source.warrants(numbers), byJuvenile),
  };
}
