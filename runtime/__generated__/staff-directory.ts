/* Generated from schema/staff-directory.schema.json by `npm run codegen`. Do not edit. */

import type { FactsId } from '../policy/__generated__/disclosure-facts-requests.ts';

/**
 * One person as the staff directory lists them, with their agency and roles (sorted); `listed: false` when it does not list them.
 */
export type StaffDirectoryEntry = ListedStaffMember | UnlistedPerson;

export interface StaffDirectoryMessages {
  staffDirectoryRequest?: StaffDirectoryRequest;
  staffDirectoryAnswer?: StaffDirectoryAnswer;
  staffDirectoryEntry?: StaffDirectoryEntry;
}
/**
 * The agency and roles the CSEC program's staff directory gives these people.
 */
export interface StaffDirectoryRequest {
  /**
   * The people asked about (staff user ids), at most 20.
   *
   * @maxItems 20
   */
  userIds: FactsId[];
}
/**
 * Each person asked about, in the order asked.
 */
export interface StaffDirectoryAnswer {
  people: StaffDirectoryEntry[];
}
export interface ListedStaffMember {
  userId: string;
  listed: true;
  agency: string;
  roles: string[];
}
export interface UnlistedPerson {
  userId: string;
  listed: false;
}
