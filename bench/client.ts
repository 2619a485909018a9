/**
 * The benchmarks' HTTP side of a Web Chat visitor: JSON requests over a keep-alive agent,
 * starting a Direct Line conversation and posting to it as Web Chat does.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';

export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export function request(base: string, method: string, pathname: string, body?: unknown, token?: string): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const url = new URL(pathname, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface Chat {
  conversationId: string;
  token: string;
  streamUrl: string;
  activities: string;
}

/** tokens/generate for a fresh user id, then POST conversations (the bot greets). */
export async function startChat(base: string): Promise<Chat> {
  const userId = `dl_${randomBytes(12).toString('base64url')}`;
  const generated = await request(base, 'POST', '/v3/directline/tokens/generate', { user: { id: userId } });
  if (generated.status !== 200) throw new Error(`tokens/generate answered ${generated.status}`);
  const started = await request(base, 'POST', '/v3/directline/conversations', { locale: 'de-CH' }, JSON.parse(generated.body).token);
  if (started.status !== 201) throw new Error(`conversations answered ${started.status}`);
  const grant = JSON.parse(started.body) as { conversationId: string; token: string; streamUrl: string };
  return { ...grant, activities: `/v3/directline/conversations/${encodeURIComponent(grant.conversationId)}/activities` };
}

/** Posts a message as Web Chat does (with a clientActivityID). */
export function postMessage(base: string, chat: Chat, fields: Record<string, unknown>, clientId: string): Promise<Reply> {
  const activity = { type: 'message', locale: 'de-CH', from: { id: 'ignored' }, channelData: { clientActivityID: clientId }, ...fields };
  return request(base, 'POST', chat.activities, activity, chat.token);
}

/** `--name value` from the command line. */
export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** Runs a benchmark's main function; a failure is printed and ends the process with code 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
