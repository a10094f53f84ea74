/* Generated from schema/mdt-notice-changes.schema.json by `npm run codegen`. Do not edit. */

export interface MdtNoticeChanges {
  noticeChangesQuestion?: NoticeChangesQuestion;
  noticeChangesAnswer?: NoticeChangesAnswer;
}
/**
 * Answer with the members given a notice after `after`, or when the question has waited long enough.
 */
export interface NoticeChangesQuestion {
  /**
   * the cursor of the last answer, or an empty string to start from now.
   */
  after: string;
}
/**
 * The members given a notice since `after`, and the cursor to ask from next.
 */
export interface NoticeChangesAnswer {
  /**
   * where to ask from next.
   */
  cursor: string;
  /**
   * the user ids of the members given a notice, each once.
   *
   * @maxItems 10000
   */
  userIds: string[];
  /**
   * Whether the changes since `after` are no longer known (the subgraph restarted, or `after` is too old): every member listening should read their notices again.
   */
  reset: boolean;
}
