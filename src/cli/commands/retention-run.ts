/** `lotse retention run [--now <ISO>] [--json]`: applies every retention period now and reports what it removed. */
import { randomUUID } from 'node:crypto';
import { LeaseStore } from '../../store/leases';
import { retentionPeriods, runRetention } from '../../store/retention';
import { runOnceCommand } from '../database';

const days = (ms: number) => (ms % 86_400_000 === 0 ? `${ms / 86_400_000} d` : `${ms / 60_000} min`);

export const retentionRunCommand = runOnceCommand('retention run', 'Apply the retention periods now and report what was removed', async ({ db, config, now }, io) => {
  const summary = await runRetention({
    prisma: db.prisma,
    periods: retentionPeriods(config),
    lease: new LeaseStore(db.prisma),
    owner: `cli:${randomUUID()}`,
    now,
    onError: (rule, err) => io.error(`${rule} failed: ${(err as Error).message}`),
  });
  if (!summary.ran) io.print('Another instance is applying retention right now; nothing done.');
  for (const r of summary.rules) io.print(`${r.name.padEnd(22)} ${days(r.periodMs).padStart(9)}  ${r.failed ? 'FAILED' : `${r.removed} removed`}`);
  return {
    ran: summary.ran,
    removed: summary.rules.reduce((sum, r) => sum + r.removed, 0),
    rules: summary.rules.map((r) => ({ name: r.name, periodMs: r.periodMs, removed: r.removed, ...(r.failed ? { failed: true } : {}) })),
  };
});
