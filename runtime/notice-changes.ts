/**
 * `POST /mdt-notice-changes` on the csec subgraph: a gateway's long poll for the members whose notices
 * changed (docs/mdt-records.md, the push channel). It names people, never a youth or an event.
 */
export const NOTICE_CHANGES_PATH = '/mdt-notice-changes';

/** The question: the cursor of the last answer, or an empty string for "from now on". */
export interface NoticeChangesQuestion {
  after: string;
}

/**
 * The answer: the members given a notice since `after`, and the cursor to ask from next. `reset` says
 * the changes since `after` are no longer known (the subgraph restarted, or `after` is too old): every
 * member listening should read their notices again.
 */
export interface NoticeChangesAnswer {
  cursor: string;
  userIds: string[];
  reset: boolean;
}
