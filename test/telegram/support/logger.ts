/** A silent pino logger for tests that records what would have been logged (to check that no secret leaks). */
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../../src/log';

export interface RecordingLogger {
  log: Logger;
  /** The JSON lines written so far. */
  lines: string[];
  /** Resolves once a line containing `text` was written (at once when one was already). */
  logged(text: string): Promise<void>;
}

/** A logger writing JSON lines into `lines`. */
export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const waiting: { text: string; resolve: () => void }[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      const line = String(chunk);
      lines.push(line);
      for (const w of waiting.filter((w) => line.includes(w.text))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
      done();
    },
  });
  const logged = (text: string) =>
    lines.some((line) => line.includes(text)) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ text, resolve }));
  return { log: pino({ level: 'debug' }, stream), lines, logged };
}
