import nodemailer, { type Transporter } from 'nodemailer';
import { loadConfig } from '../../../runtime/config.ts';
import { createLogger } from '../../../runtime/logger.ts';
import type { NoticeRecipient } from './notice-recipients.ts';

/** What a notice tells: that a triggering event was recorded, that its deadline approaches, that it passed. */
export type NoticeKind = 'NEW_EVENT' | 'DEADLINE_APPROACHING' | 'DEADLINE_PASSED';

const logger = createLogger('csec-notices');
let settings: ReturnType<typeof loadConfig>['notices'] | undefined;
let transport: Transporter | undefined;

const SUBJECTS: Record<NoticeKind, string> = {
  NEW_EVENT: 'CSEC MDT: your team must meet',
  DEADLINE_APPROACHING: 'CSEC MDT: a meeting is due soon',
  DEADLINE_PASSED: 'CSEC MDT: a meeting is overdue',
};

/**
 * E-mails a notice to each member with an address, through the county's SMTP relay
 * (CSEC_NOTICES_SMTP_URL). The message names no youth and no event, only the deadline and where to
 * sign in, so it says nothing a recipient may not see. A message that cannot be sent is logged, never
 * thrown: the notice is still listed for the member in the application.
 */
export async function mailNotice(members: readonly NoticeRecipient[], kind: NoticeKind, dueAt: string): Promise<void> {
  settings ??= loadConfig().notices;
  if (!settings.smtpUrl) return;
  transport ??= nodemailer.createTransport(settings.smtpUrl);
  // Plain ASCII in lines shorter than 78 characters, so any mail client shows it as written (RFC 5322).
  const text = [
    ...opening(kind, dueAt),
    '',
    'Sign in to see which youth and what happened:',
    settings.signInUrl,
    '',
    'This message holds no information about the youth on purpose.',
    'Do not reply with any.',
  ].join('\n');
  for (const member of members) {
    if (!member.email) continue;
    try {
      await transport.sendMail({ from: settings.from, to: member.email, subject: SUBJECTS[kind], text });
    } catch (error) {
      logger.warn(
        { code: 'NOTICE_NOT_SENT', notice: kind, userId: member.userId, reason: (error as Error).name },
        'A notice could not be sent.',
      );
    }
  }
}

function opening(kind: NoticeKind, dueAt: string): string[] {
  // The county's time zone, with plain spaces (the locale puts a narrow no-break space before AM/PM).
  const due = `${new Date(dueAt).toLocaleString('en-US', { timeZone: 'America/Los_Angeles', dateStyle: 'full', timeStyle: 'short' }).replace(/\s/gu, ' ')} (Pacific time)`;
  switch (kind) {
    case 'NEW_EVENT':
      return ['A triggering event was recorded for a youth on one of your MDTs.', 'The team must meet by', `${due}.`];
    case 'DEADLINE_APPROACHING':
      return [
        'One of your MDTs must meet soon after a triggering event,',
        'and no meeting is held or scheduled in time yet.',
        'The team must meet by',
        `${due}.`,
      ];
    case 'DEADLINE_PASSED':
      return [
        'One of your MDTs has not met after a triggering event,',
        'and the time the county protocol allows has passed.',
        'The team had to meet by',
        `${due}.`,
      ];
  }
}
