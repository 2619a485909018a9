/**
 * Test harness around telegram-test-api: the emulator on a free port, and in front of it a small
 * recording proxy that telegraf talks to. The proxy records every Bot API call, answers the
 * methods the emulator lacks (setMyCommands, sendChatAction, sendDocument) like Telegram does,
 * and can inject Telegram's error answers (429 retry_after, 403 blocked) for chosen calls.
 */
import http from 'node:http';
import net from 'node:net';
import TelegramServer from 'telegram-test-api';

/** A free TCP port (the emulator cannot listen on port 0 itself). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** One recorded Bot API call. */
export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  at: number;
  /** The Bot API's result (e.g. the sent message with its message_id), once answered. */
  result?: { message_id?: number } & Record<string, unknown>;
}

interface Injected {
  method: string;
  status: number;
  body: object;
  times: number;
}

/** Methods the emulator does not implement, answered here as Telegram would. */
const LOCAL_METHODS: Record<string, (body: Record<string, unknown>) => unknown> = {
  setMyCommands: () => true,
  sendChatAction: () => true,
  sendDocument: (body) => ({ message_id: 900000 + Math.floor(Math.random() * 1000), date: 0, chat: { id: Number(body.chat_id), type: 'private' } }),
};

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parse(buffer: Buffer, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json') && buffer.length) return JSON.parse(buffer.toString('utf8')) as Record<string, unknown>;
  if (type?.includes('multipart/form-data')) {
    const body: Record<string, unknown> = {};
    for (const match of buffer.toString('latin1').matchAll(/name="([^"]+)"(?:; filename="([^"]*)")?\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/g)) {
      body[match[1]!] = match[2] !== undefined ? { filename: match[2], size: match[3]!.length } : match[3];
    }
    return body;
  }
  return {};
}

function withoutHost(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const { host: _host, ...rest } = headers;
  return rest;
}

/** The emulator plus the recording proxy. */
export class BotApiHarness {
  readonly calls: ApiCall[] = [];
  private readonly injected: Injected[] = [];
  private readonly holds = new Map<string, () => void>();
  private proxy?: http.Server;
  emulator!: InstanceType<typeof TelegramServer>;
  /** The URL telegraf should use as apiRoot. */
  apiRoot = '';

  /** Starts emulator and proxy on free ports. */
  async start(): Promise<void> {
    this.emulator = new TelegramServer({ port: await freePort(), host: '127.0.0.1' });
    await this.emulator.start();
    this.proxy = http.createServer((req, res) => {
      this.forward(req, res).catch((err: Error) => this.answer(res, 500, { ok: false, error_code: 500, description: err.message }));
    });
    await new Promise<void>((resolve) => this.proxy!.listen(0, '127.0.0.1', resolve));
    this.apiRoot = `http://127.0.0.1:${(this.proxy.address() as net.AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.proxy?.closeAllConnections();
    await new Promise<void>((resolve) => (this.proxy ? this.proxy.close(() => resolve()) : resolve()));
    await this.emulator.stop();
  }

  /** The next `times` calls of `method` get this Telegram error answer instead of reaching the emulator. */
  inject(method: string, status: number, description: string, parameters?: object, times = 1): void {
    this.injected.push({ method, status, body: { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) }, times });
  }

  /**
   * The next call of `method` is never answered (nor passed on): the caller hangs in it, as during
   * a slow network, until its process dies. Resolves when that call arrived.
   */
  hold(method: string): Promise<void> {
    return new Promise((resolve) => this.holds.set(method, resolve));
  }

  /** Recorded calls of one method. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until `predicate` holds for the recorded calls (polling every 20 ms). */
  async waitFor(predicate: (calls: ApiCall[]) => boolean, timeoutMs = 8000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > deadline) throw new Error(`timed out; calls so far: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** The update id the emulator gave the latest message, command or tap sent in this chat. */
  lastUpdateIn(chatId: string): number {
    const chatOf = (u: (typeof this.emulator.storage.userMessages)[number]) => ('callbackQuery' in u ? u.callbackQuery.message : u.message).chat.id;
    const last = this.emulator.storage.userMessages.filter((u) => String(chatOf(u)) === chatId).at(-1);
    if (!last) throw new Error(`the emulator holds no update of chat ${chatId}`);
    return last.updateId;
  }

  /** Texts the bot sent (sendMessage), in order. */
  sentTexts(): string[] {
    return this.callsOf('sendMessage').map((c) => String(c.body.text));
  }

  private async forward(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const buffer = await readBody(req);
    const method = (req.url ?? '').split('/').pop() ?? '';
    const body = parse(buffer, req.headers['content-type']);
    // A call is recorded when it is answered, so a recorded call always has its result.
    const call: ApiCall = { method, body, at: Date.now() };
    const record = () => method !== 'getUpdates' && this.calls.push(call);
    const held = this.holds.get(method);
    if (held) {
      this.holds.delete(method);
      return held();
    }
    const injected = this.injected.find((i) => i.method === method && i.times > 0);
    if (injected) {
      injected.times--;
      record();
      return this.answer(res, injected.status, injected.body);
    }
    const local = LOCAL_METHODS[method];
    if (local) {
      call.result = local(body) as ApiCall['result'];
      record();
      return this.answer(res, 200, { ok: true, result: call.result });
    }
    // A poll the bot already gave up on must not reach the emulator: it would mark updates as read for nobody.
    // (`req.destroyed` is no signal: Node destroys a request once its body has been read.)
    if (res.destroyed) return;
    const upstream = http.request(
      `${this.emulator.config.apiURL}${req.url}`,
      { method: req.method, headers: withoutHost(req.headers) },
      (answer) => {
        void readBody(answer).then((data) => {
          if (method !== 'getUpdates') call.result = (JSON.parse(data.toString('utf8')) as { result?: ApiCall['result'] }).result ?? undefined;
          record();
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          res.end(data);
        });
      },
    );
    upstream.on('error', () => this.answer(res, 502, { ok: false, error_code: 502, description: 'emulator unreachable' }));
    upstream.end(buffer);
  }

  private answer(res: http.ServerResponse, status: number, body: object): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}
