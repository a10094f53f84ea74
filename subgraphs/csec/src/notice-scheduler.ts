import type { SystemConfig } from '../../../runtime/config.ts';
import { createLogger } from '../../../runtime/logger.ts';
import { PolicySource } from '../../../runtime/policy/policy-source.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import { sendDeadlineNotices } from './deadline-notices.ts';

const logger = createLogger('csec-notices');

/**
 * Checks every CSEC_NOTICES_CHECK_SECONDS for reconvening deadlines that approach or passed and sends
 * their notices, deciding who may be told with the signed policy bundle in force (kept current like
 * the one requests are decided with). One check runs at a time; a failed check is logged and the next
 * one tries again, which never sends a notice twice (deadline-notices.ts).
 */
export async function startNoticeScheduler(store: RelationalStore, config: SystemConfig): Promise<{ stop: () => Promise<void> }> {
  const policies = await PolicySource.start({
    ...config.policy,
    onFailure: (reason) => logger.error({ reason }, 'a disclosure policy bundle was refused'),
  });
  let checking: Promise<void> | undefined;
  const timer = setInterval(() => {
    // A check still running when the next is due finishes first; the next tick checks again.
    checking ??= sendDeadlineNotices(store, policies.current(), new Date())
      .then(
        (sent) => {
          for (const notice of sent)
            logger.info(
              { notice: notice.kind, reconveningId: notice.reconveningId, told: notice.told.length },
              'a deadline notice was sent',
            );
        },
        (error: unknown) =>
          logger.error(
            { code: 'NOTICE_CHECK_FAILED', reason: (error as Error).message },
            'Deadline notices could not be checked; the next check tries again.',
          ),
      )
      .finally(() => {
        checking = undefined;
      });
  }, config.notices.checkIntervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await checking;
      policies.stop();
    },
  };
}
