/**
 * The Direct Line 3.0 operations behind the HTTP routes: tokens, starting and resuming
 * conversations, reading and posting activities. HTTP-free so the rules are easy to follow:
 * every call gets the caller's principal (the configured secret or a verified token) and checks
 * that it may touch the conversation.
 */
import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder-core';
import { BOT_ACCOUNT, clientActivityId, DIRECTLINE_CHANNEL_ID, inboundActivity, SERVICE_URL } from './activity';
import type { DirectLineAdapter, TurnLogic } from './adapter';
import type { TokenClaims, TokenService } from './tokens';
import type { TranscriptStore } from '../../services/transcripts';

/** Who is calling: the operator's backend (DIRECTLINE_SECRET) or a browser holding a token. */
export type Principal = { kind: 'secret' } | { kind: 'token'; claims: TokenClaims };

/** A refusal with its HTTP status and a Direct Line style error code. */
export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DirectLineError';
  }
}

/** What tokens/generate, tokens/refresh and conversations return. */
export interface ConversationGrant {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl?: string;
}

/**
 * User ids a client may ask for: `dl_` plus at least 16 random characters. Without a secret the
 * token endpoint is open, so the id itself must be unguessable: whoever knows it finds the profile.
 */
const USER_ID = /^dl_[A-Za-z0-9_-]{16,64}$/;
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
/** How long a stream URL may wait before the socket connects. */
const STREAM_TOKEN_SECONDS = 300;
/** Most activities returned by one GET …/activities. */
const PAGE = 500;
/** How long a POST waits for the bot's turn before answering with the id anyway. */
const TURN_WAIT_MS = 15_000;

export interface DirectLineServiceOptions {
  store: TranscriptStore;
  tokens: TokenService;
  adapter: DirectLineAdapter;
  logic: TurnLogic;
}

/** Direct Line operations; `wsBase` arguments are like "ws://host:port" (where the stream is served). */
export class DirectLineService {
  constructor(private readonly options: DirectLineServiceOptions) {}

  /** tokens/generate: a new conversation id and a token for it, for the given or a fresh user id. */
  async generate(body: unknown): Promise<ConversationGrant> {
    const userId = requestedUserId(body) ?? newUserId();
    return this.grant(newConversationId(), userId);
  }

  /** tokens/refresh: a fresh token for the same conversation and user. */
  async refresh(principal: Principal): Promise<ConversationGrant> {
    if (principal.kind !== 'token') throw new DirectLineError(400, 'BadArgument', 'refresh needs a token, not the secret');
    return this.grant(principal.claims.conversationId, principal.claims.userId, principal.claims.sessionStart);
  }

  /** POST conversations: starts the token's conversation (201, the bot greets) or resumes it (200). */
  async start(principal: Principal, body: unknown, wsBase: string): Promise<{ created: boolean; grant: ConversationGrant }> {
    const { conversationId, userId } =
      principal.kind === 'token' ? principal.claims : { conversationId: newConversationId(), userId: requestedUserId(body) ?? newUserId() };
    const created = await this.options.store.createConversation({ id: conversationId, userId });
    if (!created) await this.conversationFor(principal, conversationId);
    if (created) this.greet(conversationId, userId, requestedLocale(body));
    return { created, grant: await this.withStream(await this.grant(conversationId, userId, sessionOf(principal)), -1, wsBase) };
  }

  /** GET conversations/:id: a new stream URL (and token) to resume after the watermark. */
  async reconnect(principal: Principal, conversationId: string, watermark: number, wsBase: string): Promise<ConversationGrant> {
    const conversation = await this.conversationFor(principal, conversationId);
    return this.withStream(await this.grant(conversationId, conversation.userId, sessionOf(principal)), watermark, wsBase);
  }

  /** GET conversations/:id/activities: the activities after the watermark (polling clients). */
  async activities(principal: Principal, conversationId: string, watermark: number): Promise<{ activities: Activity[]; watermark?: string }> {
    await this.conversationFor(principal, conversationId);
    const items = await this.options.store.since(conversationId, watermark, PAGE);
    const last = items.length ? items[items.length - 1]!.seq : watermark;
    return { activities: items.map((item) => item.activity), watermark: last >= 0 ? String(last) : undefined };
  }

  /**
   * POST conversations/:id/activities: stores the activity (echoed to the client's sockets with its
   * id), runs the bot's turn and answers `{id}` once the turn is done. A retry with the same
   * clientActivityID gets the first id back and runs nothing.
   */
  async post(principal: Principal, conversationId: string, body: unknown): Promise<{ id: string }> {
    const conversation = await this.conversationFor(principal, conversationId);
    const userId = principal.kind === 'token' ? principal.claims.userId : conversation.userId;
    const activity = inboundActivity(body, conversationId, userId);
    if (activity.type === 'typing') return { id: `${conversationId}|typing` };
    const stored = await this.options.adapter.append(conversationId, activity, clientActivityId(body as Record<string, unknown>));
    if (!stored.duplicate) await this.runTurn(stored.activity);
    return { id: stored.activity.id };
  }

  private async runTurn(activity: Activity): Promise<void> {
    const turn = this.options.adapter.processActivity(activity, this.options.logic);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, TURN_WAIT_MS)));
    await Promise.race([turn, timeout]).finally(() => clearTimeout(timer));
  }

  /** The conversationUpdate that lets the bot greet; runs in the background (the client connects meanwhile). */
  private greet(conversationId: string, userId: string, locale: string | undefined): void {
    const user = { id: userId, name: '', role: 'user' };
    const activity: Partial<Activity> = {
      type: 'conversationUpdate',
      id: `${conversationId}|start`,
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: SERVICE_URL,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: user,
      recipient: BOT_ACCOUNT,
      membersAdded: [BOT_ACCOUNT, user],
      timestamp: new Date(),
      ...(locale ? { locale } : {}),
    };
    void this.options.adapter.processActivity(activity, this.options.logic);
  }

  private async conversationFor(principal: Principal, conversationId: string) {
    if (principal.kind === 'token' && principal.claims.conversationId !== conversationId) {
      throw new DirectLineError(403, 'TokenInvalid', 'the token is for another conversation');
    }
    const conversation = await this.options.store.getConversation(conversationId);
    if (!conversation) throw new DirectLineError(404, 'BadArgument', 'conversation not found');
    return conversation;
  }

  /** A token for the conversation; a session's later tokens keep its start, so it cannot be refreshed forever. */
  private async grant(conversationId: string, userId: string, sessionStart?: number): Promise<ConversationGrant> {
    const { token, expiresIn } = await this.options.tokens.issue(conversationId, userId, 'conversation', undefined, sessionStart);
    return { conversationId, token, expires_in: expiresIn };
  }

  private async withStream(grant: ConversationGrant, watermark: number, wsBase: string): Promise<ConversationGrant> {
    const claims = await this.options.tokens.verify(grant.token);
    const stream = await this.options.tokens.issue(claims.conversationId, claims.userId, 'stream', STREAM_TOKEN_SECONDS, claims.sessionStart);
    const query = new URLSearchParams({ t: stream.token });
    if (watermark >= 0) query.set('watermark', String(watermark));
    return { ...grant, streamUrl: `${wsBase}/v3/directline/conversations/${encodeURIComponent(grant.conversationId)}/stream?${query}` };
  }
}

function sessionOf(principal: Principal): number | undefined {
  return principal.kind === 'token' ? principal.claims.sessionStart : undefined;
}

function requestedUserId(body: unknown): string | undefined {
  const id = (body as { user?: { id?: unknown } } | undefined)?.user?.id;
  if (id === undefined || id === null || id === '') return undefined;
  if (typeof id !== 'string' || !USER_ID.test(id)) {
    throw new DirectLineError(400, 'BadArgument', 'user.id must be "dl_" followed by 16-64 letters, digits, "_" or "-"');
  }
  return id;
}

function requestedLocale(body: unknown): string | undefined {
  const locale = (body as { locale?: unknown } | undefined)?.locale;
  return typeof locale === 'string' && LOCALE.test(locale) ? locale : undefined;
}

/** A fresh, unguessable user id. */
export function newUserId(): string {
  return `dl_${randomBytes(18).toString('base64url')}`;
}

function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}
