import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SMTPServer } from 'smtp-server';

/** One message the development mail server received, as a line of its mailbox file. */
export interface ReceivedMessage {
  receivedAt: string;
  from: string;
  to: string[];
  /** The message as sent (RFC 5322: headers, blank line, body). */
  raw: string;
}

export interface RunningMailServer {
  /** What CSEC_NOTICES_SMTP_URL points at. */
  smtpUrl: string;
  mailboxPath: string;
  stop: () => Promise<void>;
}

/**
 * A local SMTP server standing in for the county's relay in development and tests: it accepts every
 * message on the loopback interface, without TLS or login, and appends it to `mailboxPath`, one JSON
 * line each, where a person or a test reads it. Never started in production.
 */
export async function startDevelopmentMailServer(options: { host: string; port: number; mailboxPath: string }): Promise<RunningMailServer> {
  await mkdir(dirname(options.mailboxPath), { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const message: ReceivedMessage = {
          receivedAt: new Date().toISOString(),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        };
        appendFile(options.mailboxPath, `${JSON.stringify(message)}\n`).then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    smtpUrl: `smtp://${options.host}:${options.port}`,
    mailboxPath: options.mailboxPath,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
