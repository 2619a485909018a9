/**
 * Base of Lotse's own channel adapters (web chat, Telegram). They run turns in-process, so
 * botbuilder's claims-based proactive API reduces to continueConversation: the app id, claims
 * and audience it carries mean nothing to a channel that never calls the Bot Connector.
 */
import { BotAdapter, type ConversationReference, type TurnContext } from 'botbuilder-core';

type TurnLogic = (context: TurnContext) => Promise<void>;

export abstract class InProcessAdapter extends BotAdapter {
  abstract override continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void>;

  override async continueConversationAsync(
    _botAppIdOrClaims: string | Parameters<BotAdapter['continueConversationAsync']>[0],
    reference: Partial<ConversationReference>,
    logicOrAudience: TurnLogic | string,
    maybeLogic?: TurnLogic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) throw new Error('continueConversationAsync needs a logic function');
    await this.continueConversation(reference, logic);
  }
}
