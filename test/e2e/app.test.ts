/**
 * Lotse as `npm start` runs it (startApp with the demo data on a SQLite file), driven over real
 * HTTP through the Direct Line API the web chat uses: greeting, consent, a profile built step by
 * step, "Profil" — and after a restart on the same database the returning visitor finds it again.
 */
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { reach } from '../dialogs/support/flows';
import { call, userId } from '../directline/support';
import { tempSqliteUrl } from '../support/databases';
import { WebChat } from './web-chat';

describe('Lotse started like `npm start`, over the web chat API', () => {
  const database = tempSqliteUrl();
  const log = createLogger('silent');
  const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  let app: App | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(() => database.cleanup());

  const visitor = userId();

  it('seeds the demo network, greets in German and saves a profile step by step', async () => {
    app = await startApp(config, { log, schedulers: false });
    expect(await app.db.prisma.jobPosting.count()).toBeGreaterThanOrEqual(300);
    const health = await call(app.url, 'GET', '/healthz');
    expect(health.status).toBe(200);

    const chat = new WebChat(app.url, visitor);
    await chat.open();
    expect(chat.text()).toMatch(/Lotse/);
    expect(await app.db.prisma.person.count()).toBe(0);

    await reach(chat, 'end');
    expect(await app.db.prisma.person.count()).toBe(1);
    expect(chat.last.some((a) => a.attachments?.length)).toBe(true);

    await chat.send('Profil');
    expect(chat.text()).toContain('Lea');
    expect(chat.text()).toContain('Löten');
    expect(chat.text()).toContain('Olten');
  });

  it('after a restart on the same database, the returning visitor finds the profile again', async () => {
    app = await startApp(config, { log, schedulers: false });
    expect(await app.db.prisma.jobPosting.count()).toBeGreaterThanOrEqual(300);
    const chat = new WebChat(app.url, visitor);
    await chat.open();
    expect(chat.text()).toContain('Lea');
    await chat.send('Profil');
    expect(chat.text()).toContain('Löten');
    expect(chat.text()).toContain('Olten');

    const stranger = new WebChat(app.url, userId());
    await stranger.open();
    await stranger.send('Profil');
    expect(stranger.text()).not.toContain('Lea');
  });
});
