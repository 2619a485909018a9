/**
 * Proactive messages (job alerts, HR digests, contact requests) reach a person through the adapter of
 * the channel their stored conversation reference belongs to.
 */
import type { Activity, BotAdapter, ConversationReference } from 'botbuilder-core';
import type { ProactiveMessenger } from '../services/ports';

/** Thrown by a channel adapter when the recipient can no longer be reached (blocked the bot, conversation gone). */
export class RecipientUnreachableError extends Error {
  constructor(readonly channelId: string, reason: string) {
    super(`recipient unreachable on ${channelId}: ${reason}`);
    this.name = 'RecipientUnreachableError';
  }
}

/** Routes proactive messages to the adapter registered for the reference's channel. */
export class ChannelRouter implements ProactiveMessenger {
  private readonly adapters = new Map<string, BotAdapter>();

  /** Makes an adapter responsible for a channel id ("directline", "telegram", "msteams", …). */
  register(channelId: string, adapter: BotAdapter): void {
    this.adapters.set(channelId, adapter);
  }

  async send(reference: ConversationReference, activities: Partial<Activity>[]): Promise<'sent' | 'unreachable'> {
    const adapter = this.adapters.get(reference.channelId);
    if (!adapter) return 'unreachable';
    try {
      await adapter.continueConversation(reference, async (context) => {
        await context.sendActivities(activities);
      });
      return 'sent';
    } catch (err) {
      if (err instanceof RecipientUnreachableError) return 'unreachable';
      throw err;
    }
  }

  /** Sends one activity and returns its id on the channel (to edit it later); undefined when unreachable. */
  async post(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string | undefined> {
    const adapter = this.adapters.get(reference.channelId ?? '');
    if (!adapter) return undefined;
    let id: string | undefined;
    try {
      await adapter.continueConversation(reference, async (context) => {
        id = (await context.sendActivity(activity))?.id;
      });
      return id;
    } catch (err) {
      if (err instanceof RecipientUnreachableError) return undefined;
      throw err;
    }
  }

  /** Replaces a message sent before (its id from post) with new text and buttons. */
  async update(reference: Partial<ConversationReference>, activity: Partial<Activity> & { id: string }): Promise<void> {
    const adapter = this.adapters.get(reference.channelId ?? '');
    if (!adapter) return;
    await adapter.continueConversation(reference, async (context) => {
      await context.updateActivity({ ...activity, conversation: context.activity.conversation });
    });
  }
}
