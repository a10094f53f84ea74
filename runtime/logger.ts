import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs, one line per event. Log identifiers, codes and counts only: never a
 * value read from a source, never a token.
 */
export function createLogger(service: string): Logger {
  return pino({
    base: { service },
    level: process.env['CSEC_LOG_LEVEL'] ?? 'info',
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['authorization', '*.authorization', 'headers.authorization'], remove: true },
  });
}

export type { Logger } from 'pino';
