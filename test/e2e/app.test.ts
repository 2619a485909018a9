/**
 * Lotse as `npm start` runs it (startApp with the demo data on a SQLite file), driven over real
 * HTTP through the Direct Line API the web chat uses: greeting, consent, a profile built step by
 * step, "Profil" — and after a restart on the same database the returning visitor finds it again.
 */
import type { Activity, CardAction } from 'botbuilder-core';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { reach, type Chat } from '../dialogs/support/flows';
import { call, eventually, userId } from '../directline/support';
import { tempSqliteUrl } from '../support/databases';

const DL = '/v3/directline';

/** One visitor of the demo page in one web chat conversation, over HTTP. */
class WebChat implements Chat {
  private watermark = -1;
  private token = '';
  private conversationId = '';
  last: Partial<Activity>[] = [];

  constructor(
    private readonly base: string,
    readonly user: string,
  ) {}

  /** Opens the conversation as Web Chat does and waits for the greeting. */
  async open(): Promise<void> {
    const generated = await call(this.base, 'POST', `${DL}/tokens/generate`, { body: { user: { id: this.user } } });
    expect(generated.status).toBe(200);
    const started = await call(this.base, 'POST', `${DL}/conversations`, { token: generated.json.token, body: { locale: 'de-CH' } });
    expect(started.status).toBe(201);
    this.token = started.json.token;
    this.conversationId = started.json.conversationId;
    this.last = await eventually(async () => {
      const answers = await this.fetchAnswers();
      return answers.some((a) => a.suggestedActions) ? answers : undefined;
    });
  }

  async send(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const activity = typeof input === 'string' ? { text: input } : input;
    const posted = await call(this.base, 'POST', `${DL}/conversations/${this.conversationId}/activities`, {
      token: this.token,
      body: { type: 'message', from: { id: this.user }, locale: 'de-CH', ...activity },
    });
    expect(posted.status).toBe(200);
    this.last = await this.fetchAnswers();
    return this.last;
  }

  async tap(title: string | RegExp): Promise<Partial<Activity>[]> {
    const button = this.buttons().find((b) => (typeof title === 'string' ? b.title === title : title.test(b.title)));
    if (!button) throw new Error(`No button "${String(title)}" in: ${this.buttons().map((b) => b.title).join(' | ')}`);
    return this.send(button.type === 'postBack' ? { text: String(button.value), value: button.value } : { text: String(button.value) });
  }

  text(): string {
    return this.last.map((a) => a.text ?? '').join('\n');
  }

  buttons(): CardAction[] {
    return [...this.last].reverse().find((a) => a.suggestedActions?.actions.length)?.suggestedActions?.actions ?? [];
  }

  /** The bot's activities after the watermark (the POST answers once the turn has run). */
  private async fetchAnswers(): Promise<Partial<Activity>[]> {
    const query = this.watermark >= 0 ? `?watermark=${this.watermark}` : '';
    const page = await call(this.base, 'GET', `${DL}/conversations/${this.conversationId}/activities${query}`, { token: this.token });
    expect(page.status).toBe(200);
    this.watermark = Number(page.json.watermark);
    return (page.json.activities as Partial<Activity>[]).filter((a) => a.from?.id !== this.user);
  }
}

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
