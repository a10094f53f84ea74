/**
 * `POST /mdt-notice-changes` on the csec subgraph: a gateway's long poll for the members whose notices
 * changed (docs/mdt-records.md, the push channel). The contract is schema/mdt-notice-changes.schema.json.
 */
export const NOTICE_CHANGES_PATH = '/mdt-notice-changes';

export type { NoticeChangesAnswer, NoticeChangesQuestion } from './__generated__/mdt-notice-changes.ts';
