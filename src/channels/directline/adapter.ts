/**
 * The web channel's BotAdapter: runs the bot in-process for activities posted over Direct Line
 * (no HTTP loopback, no serviceUrl anyone could supply), stores what the bot sends in the
 * conversation's transcript and pushes it to open Web Chat sockets. Turns of one conversation
 * run one after another, in arrival order; proactive turns queue behind them.
 */
import {
  INVOKE_RESPONSE_KEY,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder-core';
import { errorFields, type Logger } from '../../log';
import { FORGET_DEVICE_EVENT } from '../../services/ports';
import { InProcessAdapter } from '../in-process-adapter';
import { RecipientUnreachableError } from '../router';
import { BOT_ACCOUNT, DIRECTLINE_CHANNEL_ID, jsonClean, SERVICE_URL } from './activity';
import { KeyedQueue } from '../keyed-queue';
import type { StreamHub } from './stream';
import type { TokenService } from './tokens';
import type { AppendResult, TranscriptStore } from '../../services/transcripts';

/** The bot's turn handler (for Lotse: `(context) => bot.run(context)`). */
export type TurnLogic = (context: TurnContext) => Promise<void>;

/** Runs a conversation's turn while no other instance runs one for it (src/store/turn-locks.ts). */
export interface TurnLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

const unlocked: TurnLock = { run: (_key, work) => work() };

/** Longest `delay` activity honoured (ms); a bot cannot stall a conversation longer. */
const MAX_DELAY_MS = 10_000;

/** Direct Line adapter: in-process turns, transcripts in a TranscriptStore, live push through the StreamHub. */
export class DirectLineAdapter extends InProcessAdapter {
  private readonly turns = new KeyedQueue();
  private readonly appends = new KeyedQueue();

  constructor(
    private readonly store: TranscriptStore,
    private readonly hub: Pick<StreamHub, 'publish' | 'publishUpdate'>,
    private readonly log: Logger,
    private readonly tokens?: Pick<TokenService, 'revokeUser'>,
    private readonly lock: TurnLock = unlocked,
  ) {
    super();
  }

  /**
   * Runs one turn for an inbound activity, after earlier turns of the same conversation (in this
   * process by the queue, across instances by the lock).
   */
  processActivity(activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
    const conversationId = activity.conversation?.id;
    if (!conversationId) return Promise.reject(new Error('activity without conversation'));
    return this.turns.run(conversationId, () => this.lock.run(conversationId, () => this.runTurn(activity, logic)));
  }

  /**
   * Stores an activity as the next one of its conversation and pushes it to open sockets.
   * Appends of one conversation are serialised, so watermarks reach clients in order.
   */
  append(conversationId: string, activity: Partial<Activity>, clientId?: string): Promise<AppendResult> {
    return this.appends.run(conversationId, async () => {
      const stored = await this.store.append(conversationId, jsonClean(activity), clientId);
      if (!stored.duplicate) this.hub.publish(conversationId, stored);
      return stored;
    });
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    let forgotten: string | undefined;
    for (const activity of activities) {
      if (activity.type === 'event' && activity.name === FORGET_DEVICE_EVENT) forgotten = await this.revokeUser(context, activity);
      responses.push(await this.sendOne(context, activity));
    }
    // Last, once the open socket has the confirmation: nobody can read this device's chats any more, so they go.
    if (forgotten) await this.store.removeUser(forgotten);
    return responses;
  }

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
    if (!activity.id) throw new Error('updateActivity needs the activity id');
    const changes: Partial<Activity> = jsonClean(activity);
    delete changes.serviceUrl;
    const updated = await this.store.update(conversationId, activity.id, (old) => ({ ...old, ...changes }) as Activity);
    if (!updated) throw new Error('activity to update not found');
    this.hub.publishUpdate(conversationId, updated);
  }

  override async deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    const conversationId = reference.conversation?.id ?? context.activity.conversation.id;
    if (reference.activityId) await this.store.remove(conversationId, reference.activityId);
  }

  /** Runs `logic` with a context on a stored conversation (proactive messages). */
  override async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const conversationId = reference.conversation?.id;
    if (reference.channelId !== DIRECTLINE_CHANNEL_ID || !conversationId) {
      throw new RecipientUnreachableError(DIRECTLINE_CHANNEL_ID, 'not a Direct Line conversation reference');
    }
    const conversation = await this.store.getConversation(conversationId);
    if (!conversation) throw new RecipientUnreachableError(DIRECTLINE_CHANNEL_ID, 'conversation no longer exists');
    const trusted: Partial<ConversationReference> = {
      ...reference,
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: SERVICE_URL,
      bot: BOT_ACCOUNT,
      user: { id: conversation.userId, name: reference.user?.name ?? '', role: 'user' },
    };
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'ContinueConversation' }, trusted, true);
    await this.processActivity(activity, logic);
  }


  /** Resolves when every queued and running turn has finished (graceful shutdown). */
  drain(): Promise<void> {
    return this.turns.drain();
  }

  private async runTurn(activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
    const context = new TurnContext(this, activity);
    try {
      await this.runMiddleware(context, logic);
    } catch (err) {
      // runMiddleware already gave onTurnError its chance; this is the last line of defence.
      this.log.error({ ...errorFields(err), channelId: DIRECTLINE_CHANNEL_ID }, 'directline turn failed');
    }
  }

  /**
   * Ends the web identity of the conversation's user: every token issued up to now is refused
   * (REST and stream), so a copied token or session no longer reads the conversation. The event
   * itself still reaches the open socket, which tells the widget to drop the user id.
   */
  private async revokeUser(context: TurnContext, activity: Partial<Activity>): Promise<string | undefined> {
    const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
    const conversation = await this.store.getConversation(conversationId).catch(() => undefined);
    const userId = conversation?.userId ?? (context.activity.from?.role === 'bot' ? undefined : context.activity.from?.id);
    if (userId) await this.tokens?.revokeUser(userId);
    return userId;
  }

  private async sendOne(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse> {
    if (activity.type === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(activity.value) || 1000, MAX_DELAY_MS)));
      return { id: '' };
    }
    if (activity.type === 'trace' || activity.type === 'invokeResponse') {
      if (activity.type === 'invokeResponse') context.turnState.set(INVOKE_RESPONSE_KEY, activity);
      return { id: '' };
    }
    const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
    const outgoing: Partial<Activity> = {
      ...activity,
      channelId: DIRECTLINE_CHANNEL_ID,
      conversation: { ...(activity.conversation ?? context.activity.conversation), id: conversationId },
      from: { ...BOT_ACCOUNT, ...activity.from, role: 'bot' },
      timestamp: new Date(),
    };
    delete outgoing.serviceUrl;
    const stored = await this.append(conversationId, outgoing);
    return { id: stored.activity.id };
  }
}
