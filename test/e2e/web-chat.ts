/** One visitor of the web chat, over the Direct Line HTTP API as Web Chat uses it (tests). */
import type { Activity, CardAction } from 'botbuilder-core';
import WebSocket from 'ws';
import type { Chat } from '../dialogs/support/flows';
import { call, eventually } from '../directline/support';

const DL = '/v3/directline';

/** One visitor of the demo page in one web chat conversation, over HTTP. */
export class WebChat implements Chat {
  private watermark = -1;
  token = '';
  conversationId = '';
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
    // The greeting may come in more than one poll: keep what each brought.
    const received: Partial<Activity>[] = [];
    this.last = await eventually(async () => {
      received.push(...(await this.fetchAnswers()));
      return received.some((a) => a.suggestedActions) ? received : undefined;
    });
  }

  async send(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    await this.post(input);
    this.last = await this.fetchAnswers();
    return this.last;
  }

  /** Posts a message without reading the answers (they may arrive on a stream, see listen()). */
  async post(input: string | Partial<Activity>): Promise<void> {
    const activity = typeof input === 'string' ? { text: input } : input;
    const posted = await call(this.base, 'POST', `${DL}/conversations/${this.conversationId}/activities`, {
      token: this.token,
      body: { type: 'message', from: { id: this.user }, locale: 'de-CH', ...activity },
    });
    expect(posted.status).toBe(200);
  }

  /** A WebSocket on the conversation's stream (as Web Chat has one), collecting the bot's activities. */
  async listen(): Promise<{ activities: Partial<Activity>[]; close(): void }> {
    const grant = await call(this.base, 'GET', `${DL}/conversations/${this.conversationId}?watermark=${this.watermark}`, { token: this.token });
    const socket = new WebSocket(grant.json.streamUrl);
    const activities: Partial<Activity>[] = [];
    socket.on('message', (data) => activities.push(...((JSON.parse(String(data)) as { activities?: Partial<Activity>[] }).activities ?? []).filter((a) => a.from?.id !== this.user)));
    await new Promise((resolve) => socket.once('open', resolve));
    return { activities, close: () => socket.close() };
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

  /** Waits for messages Lotse sends on its own (a contact request, an HR answer) until one matches. */
  async receive(pattern: RegExp): Promise<string> {
    const received: Partial<Activity>[] = [];
    this.last = await eventually(async () => {
      received.push(...(await this.fetchAnswers()));
      return received.some((a) => pattern.test(a.text ?? '')) ? received : undefined;
    }, 15_000);
    return this.text();
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
