/**
 * Exactly once across instances: two real Node processes run a digest at the same moment on one
 * database (a SQLite file; PostgreSQL too with TEST_DATABASE_URL). The instance that takes the
 * lease is held in its first send until the other one has finished, so the runs truly overlap,
 * and every HR person still receives exactly one digest.
 *
 * The instances run the TypeScript sources through @swc/core (as jest does), so the test does not
 * depend on a build in dist/.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { openDatabase } from '../../src/store/database';
import { spawnTs } from '../support/child';
import { dropSchema, postgresTestUrl, tempSqliteUrl } from '../support/databases';
import { DAY, seedCompany, seedHrUser, seedJob, seedPerson } from './fixtures';

const INSTANCE = path.join(__dirname, 'support', 'digest-instance.ts');
const T0 = new Date('2026-11-23T07:30:00Z');

interface InstanceEvent {
  event: 'ready' | 'sending' | 'sent' | 'done';
  conversationId?: string;
  text?: string;
  ran?: boolean;
  digestsSent?: number;
}

/** A running instance with the events it reported so far. */
class Instance {
  readonly events: InstanceEvent[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private stderr = '';
  private readonly exited: Promise<number | null>;
  private listeners: (() => void)[] = [];

  constructor(url: string, owner: string) {
    this.child = spawnTs(INSTANCE, [url, owner, T0.toISOString()]);
    readline.createInterface({ input: this.child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      this.events.push(JSON.parse(line) as InstanceEvent);
      this.notify();
    });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    // The instance without the lease may have finished and closed its input before it is told "release".
    this.child.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => (this.notify(), resolve(code))));
  }

  has(event: InstanceEvent['event']): boolean {
    return this.events.some((e) => e.event === event);
  }

  get finished(): boolean {
    return this.child.exitCode !== null;
  }

  tell(word: string): void {
    if (!this.finished) this.child.stdin.write(`${word}\n`);
  }

  sent(): InstanceEvent[] {
    return this.events.filter((e) => e.event === 'sent');
  }

  done(): InstanceEvent | undefined {
    return this.events.find((e) => e.event === 'done');
  }

  /** Resolves once `condition` holds (checked after every event and at exit). */
  static until(instances: Instance[], condition: () => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const crashed = instances.find((i) => i.finished && !i.done());
        if (crashed) reject(new Error(`instance failed: ${crashed.stderr}`));
        else if (condition()) resolve();
      };
      for (const i of instances) i.listeners.push(check);
      check();
    });
  }

  async exit(): Promise<number | null> {
    return this.exited;
  }

  kill(): void {
    if (!this.finished) this.child.kill();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

interface SharedDatabase {
  name: string;
  url: string;
  remove(): Promise<void> | void;
}

function sharedDatabases(): SharedDatabase[] {
  const sqlite = tempSqliteUrl();
  const list: SharedDatabase[] = [{ name: 'a SQLite file', url: sqlite.url, remove: sqlite.cleanup }];
  if (process.env.TEST_DATABASE_URL) {
    const url = postgresTestUrl();
    list.push({ name: 'PostgreSQL', url, remove: () => dropSchema(url) });
  }
  return list;
}

describe.each(sharedDatabases())('two app instances on $name', ({ url, remove }) => {
  const instances: Instance[] = [];
  afterAll(async () => {
    for (const i of instances) i.kill();
    await remove();
  });

  it('send each HR person exactly one digest when both run the digest at the same time', async () => {
    const db = await openDatabase(url);
    try {
      const a = await seedCompany(db, 'Muster AG', new Date(T0.getTime() + 30 * DAY));
      const b = await seedCompany(db, 'Beispiel GmbH', new Date(T0.getTime() + 30 * DAY));
      await seedJob(db, a, 'Polymechaniker/in');
      await seedJob(db, b, 'Koch/Köchin', [{ conceptId: 'cook' }]);
      await seedPerson(db);
      await seedPerson(db, { skills: [['cook', 'Kochen', 'expert']] });
      await seedHrUser(db, a, 'hr-a1', T0);
      await seedHrUser(db, a, 'hr-a2', T0);
      await seedHrUser(db, b, 'hr-b', T0);
    } finally {
      await db.close();
    }

    instances.push(new Instance(url, 'instance-1'), new Instance(url, 'instance-2'));
    const [one, two] = instances as [Instance, Instance];
    await Instance.until(instances, () => one.has('ready') && two.has('ready'));
    one.tell('go');
    two.tell('go');
    // Hold whichever instance got the lease in its first send until the other one has finished
    // (or is sending too, which would be the bug this test is about).
    await Instance.until(instances, () => (one.has('sending') && (two.has('done') || two.has('sending'))) || (two.has('sending') && (one.has('done') || one.has('sending'))));
    one.tell('release');
    two.tell('release');
    expect(await one.exit()).toBe(0);
    expect(await two.exit()).toBe(0);

    expect([one.done()!.ran, two.done()!.ran].sort()).toEqual([false, true]);
    const sent = [...one.sent(), ...two.sent()];
    expect(sent.map((s) => s.conversationId).sort()).toEqual(['conv-hr-a1', 'conv-hr-a2', 'conv-hr-b']);
    expect(sent.find((s) => s.conversationId === 'conv-hr-b')!.text).toContain('Koch/Köchin');
  }, 90_000); // each instance first compiles the sources it loads
});
