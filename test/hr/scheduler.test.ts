/**
 * The in-process digest scheduler: today's run happens once after the scheduled time, on whichever
 * instance checks first; the others see in the database that it already ran.
 */
import { startDigestScheduler, type DigestScheduler } from '../../src/hr/scheduler';
import type { Database } from '../../src/store/database';
import { testDatabases } from '../support/databases';
import { DAY, RecordingMessenger, TEST_KEYS, quietLog, seedCompany, seedHrUser, seedJob, seedPerson } from './fixtures';
import { HrStore } from '../../src/store/hr-store';

/** A moment in the server's local time zone (the schedule is server-local), days after 23.11.2026. */
function localAt(day: number, hours: number, minutes: number): Date {
  return new Date(2026, 10, 23 + day, hours, minutes);
}

describe.each(testDatabases())('digest scheduler on $name', ({ openMany }) => {
  let dbs: Database[];
  const schedulers: DigestScheduler[] = [];
  afterEach(async () => {
    for (const s of schedulers.splice(0)) s.stop();
    for (const db of dbs) await db.close();
  });

  it('runs once a day after DIGEST_SCHEDULE, once across two instances', async () => {
    dbs = await openMany(2);
    const [a, b] = dbs as [Database, Database];
    const company = await seedCompany(a, 'Muster AG', new Date(localAt(0, 0, 0).getTime() + 60 * DAY));
    await seedJob(a, company, 'Polymechaniker/in');
    await seedHrUser(a, company, 'hr-a', localAt(0, 6, 0));
    await seedPerson(a);
    const messenger = new RecordingMessenger();
    let now = localAt(0, 7, 35);
    // Checks are driven by the test (a day-long interval); each instance also checks once at start.
    const start = (db: Database, owner: string) => {
      const s = startDigestScheduler({ store: new HrStore(db, TEST_KEYS), send: messenger, log: quietLog, schedule: '07:30', owner, clock: () => now, checkEveryMs: DAY });
      schedulers.push(s);
      return s;
    };
    const one = start(a, 'instance-1');
    const two = start(b, 'instance-2');
    const checkBoth = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      await Promise.all([one.check(), two.check()]);
    };
    const digests = () => messenger.to('conv-hr-a').length;

    await checkBoth();
    expect(digests()).toBe(1);

    await seedPerson(a);
    now = localAt(0, 18, 0);
    await checkBoth();
    now = localAt(1, 7, 0); // before the next scheduled moment
    await checkBoth();
    expect(digests()).toBe(1);

    now = localAt(1, 7, 31);
    await checkBoth();
    expect(digests()).toBe(2);
    now = localAt(1, 12, 0);
    await checkBoth();
    expect(digests()).toBe(2);
  });
});
