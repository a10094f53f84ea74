import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import type { ReceivedMessage } from '../../scripts/lib/development-mail-server.ts';
import { testScenario } from './gateway.ts';

/** Every message the development mail server received, in the order it received them. */
export async function mailbox(): Promise<ReceivedMessage[]> {
  const text = await readFile(inject('mailboxPath'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReceivedMessage);
}

/** The messages received until one satisfies `arrived`, or until about five seconds passed. */
export async function mailboxOnceArrived(arrived: (message: ReceivedMessage) => boolean): Promise<ReceivedMessage[]> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const messages = await mailbox();
    if (messages.some(arrived)) return messages;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return mailbox();
}

/** A test county user's e-mail address. */
export async function emailOf(userId: string): Promise<string> {
  const user = (await testScenario()).users.find((candidate) => candidate.id === userId);
  if (!user?.email) throw new Error(`${userId} has no e-mail address in the test county.`);
  return user.email;
}
