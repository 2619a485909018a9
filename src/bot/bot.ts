/**
 * The bot core: one ActivityHandler and one DialogSet shared by every channel.
 *
 * Each turn: read the reply, load state (with eTags), find the profile by channel identity, pick
 * the locale (profile > stored choice > client locale > default) and set it on the activity,
 * drop duplicate deliveries, run the router, save state. Replies are held back until the state is
 * saved: when a concurrent turn saved first, the turn runs again on the fresh state (profile
 * writes are idempotent upserts), so no answer is lost and nothing is said twice.
 */
import {
  ActivityHandler,
  TurnContext,
  type Activity,
  type BotAdapter,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder-core';
import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { createRouter } from '../../dialogs/main';
import { registerDialogs } from '../../dialogs';
import { nearestLocale, t } from '../i18n';
import { errorFields, type Logger } from '../log';
import { MAX_MESSAGE_CHARS, readReply } from './render';
import type { BotServices } from './services';
import { LotseState, StateConflictError } from './state';
import { takeReplay } from './told-before-consent';
import { attachTurn, turnOf, type Turn } from './turn';

/** How many recent activity ids a conversation remembers to drop duplicate deliveries. */
const RECENT_IDS = 20;
/** Attempts of one turn when concurrent turns keep winning the race. */
const MAX_ATTEMPTS = 3;

interface Outbox {
  holding: boolean;
  items: Partial<Activity>[];
}

/** Lotse's bot: hand every incoming TurnContext to run(). */
export class LotseBot extends ActivityHandler {
  readonly state: LotseState;
  readonly dialogs: DialogSet;
  private readonly route: (dc: DialogContext, turn: Turn) => Promise<void>;

  constructor(readonly services: BotServices) {
    super();
    this.state = new LotseState(services.storage);
    this.dialogs = new DialogSet(this.state.conversationProperty<DialogState>('dialogs'));
    registerDialogs(this.dialogs, services);
    this.route = createRouter(services);
  }

  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    for (const handler of this.services.beforeConversation ?? []) if (await handler(context)) return;
    const outbox: Outbox = { holding: true, items: [] };
    context.onSendActivities(async (_ctx, activities, nextSend): Promise<ResourceResponse[]> => {
      if (!outbox.holding) return nextSend();
      outbox.items.push(...activities);
      return activities.map(() => ({ id: '' }));
    });
    try {
      await this.runWithRetries(context, outbox);
    } finally {
      outbox.holding = false;
    }
  }

  private async runWithRetries(context: TurnContext, outbox: Outbox): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      outbox.items = [];
      try {
        await this.runOnce(context);
        outbox.holding = false;
        if (outbox.items.length) await context.sendActivities(outbox.items);
        return;
      } catch (err) {
        if (!(err instanceof StateConflictError)) throw err;
        this.services.log.info({ attempt, channelId: context.activity.channelId }, 'state conflict, turn runs again');
        if (attempt >= MAX_ATTEMPTS) {
          outbox.holding = false;
          await context.sendActivity(t(nearestLocale(context.activity.locale, this.services.config.defaultLocale), 'common.busy'));
          return;
        }
      }
    }
  }

  private async runOnce(context: TurnContext): Promise<void> {
    const { profiles } = this.services;
    const identity = { channelId: context.activity.channelId, channelUserId: context.activity.from.id };
    const profile = await profiles.findByIdentity(identity);
    await this.state.load(context, profile?.id);
    const turn = attachTurn(context, this.services, this.state, readReply(context.activity), profile);
    if (this.isDuplicate(turn)) return;
    if (turn.reply.truncated) await context.sendActivity(turn.texts.t('common.truncated', { max: MAX_MESSAGE_CHARS }));
    const dc = await this.dialogs.createContext(context);
    await this.route(dc, turn);
    const replayed = await this.takeInToldBeforeConsent(turn);
    await this.rememberReference(replayed ?? turn);
    await this.state.save(context);
  }

  /**
   * After the yes, what the person told before it is taken in as their answer to the first question,
   * as if they had just typed it (told-before-consent.ts); the same turn, so the state is saved once.
   */
  private async takeInToldBeforeConsent(turn: Turn): Promise<Turn | undefined> {
    const told = takeReplay(turn);
    if (!told) return undefined;
    await turn.context.sendActivity(turn.texts.t('onboarding.consent.takenIn', { text: quoted(told) }));
    const replayed = attachTurn(turn.context, this.services, this.state, { text: told }, turn.profile);
    await this.route(await this.dialogs.createContext(turn.context), replayed);
    return replayed;
  }

  /** Drops an activity delivered twice (same id), remembering the last few ids per conversation. */
  private isDuplicate(turn: Turn): boolean {
    const id = turn.context.activity.id;
    if (!id) return false;
    const conversation = turn.state.conversation(turn.context);
    const recent = Array.isArray(conversation.recent) ? (conversation.recent as string[]) : [];
    if (recent.includes(id)) {
      this.services.log.info({ channelId: turn.identity.channelId }, 'duplicate activity dropped');
      return true;
    }
    conversation.recent = [...recent, id].slice(-RECENT_IDS);
    return false;
  }

  /** Saves where the person can be reached, once per conversation and only after consent. */
  private async rememberReference(turn: Turn): Promise<void> {
    const conversation = turn.state.conversation(turn.context);
    if (!turn.profile || conversation.referenceOf === turn.profile.id) return;
    const reference = TurnContext.getConversationReference(turn.context.activity) as ConversationReference;
    await this.services.conversations.save(reference, { personId: turn.profile.id });
    conversation.referenceOf = turn.profile.id;
  }
}

/** A story quoted back, shortened to its start when long. */
const QUOTED_CHARS = 160;

function quoted(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= QUOTED_CHARS ? flat : `${flat.slice(0, QUOTED_CHARS).replace(/\s+\S*$/u, '')} …`;
}

/** Builds the bot over its services. */
export function createBot(services: BotServices): LotseBot {
  return new LotseBot(services);
}

/** Installs the turn-error handler: a polite answer in the person's language, a log line without personal data. */
export function configureAdapter(adapter: BotAdapter, log: Logger, defaultLocale: BotServices['config']['defaultLocale'] = 'de-CH'): BotAdapter {
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const { channelId, type } = context.activity;
    log.error({ ...errorFields(error), channelId, activityType: type }, 'turn failed');
    try {
      await context.sendActivity(t(nearestLocale(context.activity.locale, defaultLocale), 'common.error'));
    } catch (sendError) {
      log.warn({ ...errorFields(sendError), channelId }, 'could not tell the person about the error');
    }
  };
  return adapter;
}

export { turnOf };
