/** When an HR person's next digest is due. */

/** Slack so that a daily run at a fixed time still counts as a day after yesterday's (runs drift a little). */
const DAILY_MS = 20 * 3600_000;
const WEEKLY_MS = 6.5 * 24 * 3600_000;

/** Whether a digest is due for someone with this frequency and last digest. */
export function digestDue(frequency: 'daily' | 'weekly', lastDigestAt: Date | undefined, now: Date): boolean {
  if (!lastDigestAt) return true;
  const elapsed = now.getTime() - lastDigestAt.getTime();
  return elapsed >= (frequency === 'weekly' ? WEEKLY_MS : DAILY_MS);
}

/** Today's scheduled moment ("07:30", server-local time) at or before `now`, else yesterday's. */
export function lastScheduledMoment(schedule: string, now: Date): Date {
  const [h, m] = schedule.split(':').map(Number);
  const at = new Date(now);
  at.setHours(h ?? 0, m ?? 0, 0, 0);
  if (at.getTime() > now.getTime()) at.setDate(at.getDate() - 1);
  return at;
}

/** Whether the daily digest run (at `schedule`) has not happened since its last scheduled moment. */
export function scheduledRunDue(schedule: string, lastRunAt: Date | undefined, now: Date): boolean {
  return !lastRunAt || lastRunAt.getTime() < lastScheduledMoment(schedule, now).getTime();
}
