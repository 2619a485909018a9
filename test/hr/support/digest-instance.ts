/**
 * One app instance for the two-process digest test, run in its own Node process:
 * `digest-instance.ts <database url> <owner> <now ISO>`.
 *
 * It opens the database, says "ready", waits for "go" on stdin and runs one digest. Every send
 * says "sending" and then waits for "release", so the test decides when a run holding the lease
 * may finish. Events go to stdout as JSON lines.
 */
import readline from 'node:readline';
import pino from 'pino';
import { runDigest } from '../../../src/hr/digest-run';
import type { ProactiveMessenger } from '../../../src/services/ports';
import { openDatabase } from '../../../src/store/database';
import { TEST_KEYS } from '../fixtures';
import { HrStore } from '../../../src/store/hr-store';

const report = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);

async function main(): Promise<void> {
  const [url, owner, now] = process.argv.slice(2);
  if (!url || !owner || !now) throw new Error('usage: digest-instance <url> <owner> <now>');
  const said = new Set<string>();
  const waiting = new Map<string, (() => void)[]>();
  const lines = readline.createInterface({ input: process.stdin });
  lines.on('line', (word) => {
    said.add(word);
    for (const wake of waiting.get(word) ?? []) wake();
  });
  const heard = (word: string) =>
    said.has(word) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(word, [...(waiting.get(word) ?? []), resolve]));

  const db = await openDatabase(url);
  const send: ProactiveMessenger = {
    send: async (reference, activities) => {
      report({ event: 'sending' });
      await heard('release');
      report({ event: 'sent', conversationId: reference.conversation.id, text: activities.map((a) => a.text ?? '').join('\n') });
      return 'sent';
    },
  };
  report({ event: 'ready' });
  await heard('go');
  const summary = await runDigest({ store: new HrStore(db, TEST_KEYS), now: new Date(now), send, owner, log: pino({ level: 'silent' }) });
  report({ event: 'done', ran: summary.ran, digestsSent: summary.digestsSent });
  lines.close();
  await db.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
