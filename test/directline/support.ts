/**
 * A real Lotse HTTP server on a random port with the Direct Line channel and a small echo bot,
 * plus helpers for raw HTTP calls. Used by the Direct Line, HTTP and benchmark-style tests.
 */
import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder-core';
import { createDirectLineChannel, MemoryTranscriptStore, memorySigningKey, type DirectLineChannel, type TokenRevocations, type TranscriptStore } from '../../src/channels/directline';
import { loadConfig } from '../../src/config';
import { createHttpServer, type HttpServer } from '../../src/http/server';
import { createLogger } from '../../src/log';

/** Replies "Echo: <text>" (long texts by length) and greets new members in German. */
export async function echoLogic(context: TurnContext): Promise<void> {
  const { activity } = context;
  if (activity.type === 'conversationUpdate') {
    for (const member of activity.membersAdded ?? []) {
      if (member.id !== activity.recipient.id) await context.sendActivity('Hallo! Ich bin Lotse.');
    }
    return;
  }
  if (activity.type !== 'message') return;
  const text = activity.text ?? '';
  await context.sendActivity(text.length > 200 ? `Echo: ${text.length} Zeichen` : `Echo: ${text}`);
}

export interface TestServer {
  base: string;
  http: HttpServer;
  channel: DirectLineChannel;
  store: TranscriptStore;
  key: Buffer;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1:0 with the Direct Line channel. */
export async function startTestServer(
  options: { store?: TranscriptStore; logic?: (context: TurnContext) => Promise<void>; env?: Record<string, string>; revocations?: TokenRevocations } = {},
): Promise<TestServer> {
  const config = loadConfig({ LOG_LEVEL: 'silent', DIRECTLINE_TOKEN_TTL_SECONDS: '600', ...options.env });
  const log = createLogger('silent');
  const http = createHttpServer({ config, log });
  const store = options.store ?? new MemoryTranscriptStore();
  const key = randomBytes(32);
  const channel = createDirectLineChannel({ server: http.server, store, logic: options.logic ?? echoLogic, config, log, keys: memorySigningKey(key), revocations: options.revocations });
  http.onClose(() => channel.close());
  const base = await http.listen(0, '127.0.0.1');
  return { base, http, channel, store, key, close: () => http.close() };
}

/** A JSON request; returns status, headers and parsed body (or raw text when not JSON). */
export async function call(base: string, method: string, path: string, options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  // Untyped on purpose: tests read whatever the server answered and assert on it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, headers: res.headers, json: json as Record<string, any>, text };
}

/** Waits until `check` returns a value (polling), or fails after `ms`. */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A fresh valid user id as the web page makes them. */
export function userId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}
