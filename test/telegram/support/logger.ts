/** A silent pino logger for tests that records what would have been logged (to check that no secret leaks). */
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../../src/log';

/** A logger writing JSON lines into `lines`. */
export function recordingLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: 'debug' }, stream), lines };
}
