import type DataLoader from 'dataloader';
import { rowLoader, rowsLoader } from '../../../runtime/batching.ts';
import type {
  AgencyLinkRow,
  ConsentRow,
  CsecSource,
  InvestigationRow,
  MdtMemberRow,
  MdtRow,
  MeetingRow,
  PersonRow,
  SafetyPlanRow,
  ScreeningRow,
  StageOfChangeRow,
  TriggeringEventRow,
  YouthRow,
} from './source.ts';
import { AgencyLinks, type AgencyLinkChangeRow } from './agency-links.ts';
import { PhysicalDescriptions, type PhysicalDescriptionRow } from './physical-descriptions.ts';
import { PlansAndAssessments } from './plans-and-assessments.ts';
import { noticesOf, type StoredNotice } from './mdt-notices.ts';
import { reconveningsOf, reconveningsOfEvents, type StoredReconvening } from './reconvenings.ts';

export interface CsecLoaders {
  youth: DataLoader<string, YouthRow | null>;
  /** By `AGENCY|identifier`, for entity references that arrive with an agency's own id. */
  youthByAgencyIdentifier: DataLoader<string, YouthRow | null>;
  caseload: DataLoader<string, Array<{ userId: string; youthId: string }>>;
  agencyLinks: DataLoader<string, AgencyLinkRow[]>;
  person: DataLoader<string, PersonRow | null>;
  mdt: DataLoader<string, MdtRow | null>;
  mdtMembers: DataLoader<string, MdtMemberRow[]>;
  screenings: DataLoader<string, ScreeningRow[]>;
  stagesOfChange: DataLoader<string, StageOfChangeRow[]>;
  triggeringEvents: DataLoader<string, TriggeringEventRow[]>;
  investigations: DataLoader<string, InvestigationRow[]>;
  safetyPlan: DataLoader<string, SafetyPlanRow | null>;
  meetings: DataLoader<string, MeetingRow[]>;
  consents: DataLoader<string, ConsentRow[]>;
  /** Every reconvening of a youth, open and closed, soonest due first. */
  reconvenings: DataLoader<string, StoredReconvening[]>;
  /** By triggering event id. */
  reconveningOfEvent: DataLoader<string, StoredReconvening | null>;
  /** Every notice given about a youth's reconvenings, newest first. */
  notices: DataLoader<string, StoredNotice[]>;
  /** Every version of a youth's safety plan, newest first. */
  safetyPlanHistory: DataLoader<string, SafetyPlanRow[]>;
  /** Every link and unlink of a youth, newest first. */
  agencyLinkHistory: DataLoader<string, AgencyLinkChangeRow[]>;
  /** The current physical description of a youth. */
  physicalDescription: DataLoader<string, PhysicalDescriptionRow | null>;
  physicalDescriptionHistory: DataLoader<string, PhysicalDescriptionRow[]>;
}

export function createCsecLoaders(source: CsecSource): CsecLoaders {
  const byYouth = (row: { youthId: string }) => row.youthId;
  return {
    youth: rowLoader(
      (ids) => source.youth(ids),
      (row) => row.id,
    ),
    youthByAgencyIdentifier: rowLoader(
      (keys) => source.youthByAgencyIdentifier(keys),
      (row) => row.linkKey,
    ),
    caseload: rowsLoader(
      (ids) => source.caseloadYouthIds(ids),
      (row) => row.userId,
    ),
    agencyLinks: rowsLoader((ids) => source.agencyLinks(ids), byYouth),
    person: rowLoader(
      (ids) => source.people(ids),
      (row) => row.userId,
    ),
    mdt: rowLoader((ids) => source.mdts(ids), byYouth),
    mdtMembers: rowsLoader(
      (ids) => source.mdtMembers(ids),
      (row) => row.mdtId,
    ),
    screenings: rowsLoader((ids) => source.screenings(ids), byYouth),
    stagesOfChange: rowsLoader((ids) => source.stagesOfChange(ids), byYouth),
    triggeringEvents: rowsLoader((ids) => source.triggeringEvents(ids), byYouth),
    investigations: rowsLoader((ids) => source.investigations(ids), byYouth),
    safetyPlan: rowLoader((ids) => source.safetyPlans(ids), byYouth),
    meetings: rowsLoader((ids) => source.meetings(ids), byYouth),
    consents: rowsLoader((ids) => source.consents(ids), byYouth),
    reconvenings: rowsLoader((ids) => reconveningsOf(source.store, ids), byYouth),
    reconveningOfEvent: rowLoader(
      (ids) => reconveningsOfEvents(source.store, ids),
      (row) => row.triggeringEventId,
    ),
    notices: rowsLoader((ids) => noticesOf(source.store, ids), byYouth),
    safetyPlanHistory: rowsLoader((ids) => new PlansAndAssessments(source.store).safetyPlanHistory(ids), byYouth),
    agencyLinkHistory: rowsLoader((ids) => new AgencyLinks(source.store).history(ids), byYouth),
    physicalDescription: rowLoader((ids) => new PhysicalDescriptions(source.store).current(ids), byYouth),
    physicalDescriptionHistory: rowsLoader((ids) => new PhysicalDescriptions(source.store).history(ids), byYouth),
  };
}
