/**
 * JSON logs for operators. Never log message text, names, places or tokens: log ids and counts.
 * Known sensitive fields are redacted as a second line of defence.
 */
import pino from 'pino';

export type Logger = pino.Logger;

const REDACT = [
  'text',
  '*.text',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'firstName',
  '*.firstName',
  'botToken',
  'password',
  '*.password',
];

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { app: 'lotse' },
    redact: { paths: REDACT, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

/** Masks Telegram bot tokens (and anything that looks like one) inside a string, e.g. an error message or URL. */
export function maskSecrets(value: string): string {
  return value.replace(/\d{5,}:[A-Za-z0-9_-]{20,}/g, '[bot-token]').replace(/Bearer\s+[A-Za-z0-9._~+/=-]+/g, 'Bearer [token]');
}

/** Prisma's "Invalid `x.create()` invocation" errors print the query's arguments (the rows, so a person's words) before the reason. */
const QUERY_DUMP = /Invalid `[^`]+` invocation/;

/** The message without a query dump: the invocation line and the reason (the last line). */
function withoutQuery(message: string): string {
  if (!QUERY_DUMP.test(message)) return message;
  const lines = message.trim().split('\n');
  return `${lines.find((l) => QUERY_DUMP.test(l))!.trim()} … ${lines.at(-1)!.trim()}`;
}

/** A loggable summary of an error: its name and message with secrets masked, never the input that caused it. */
export function errorFields(err: unknown): { err: { name: string; message: string; stack?: string } } {
  const e = err instanceof Error ? err : new Error(String(err));
  const message = withoutQuery(e.message);
  // The stack repeats the message before its frames; keep only the frames after the short message.
  const stack = e.stack && message !== e.message ? [`${e.name}: ${message}`, ...e.stack.split('\n').filter((l) => /^\s+at /.test(l))].join('\n') : e.stack;
  return { err: { name: e.name, message: maskSecrets(message), stack: stack ? maskSecrets(stack) : undefined } };
}
