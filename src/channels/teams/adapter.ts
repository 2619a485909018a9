/**
 * The Bot Framework adapter for Teams (teams-ai's TeamsAdapter, a CloudAdapter). With
 * MICROSOFT_APP_ID set every request to /api/messages needs a valid Bot Framework JWT; without
 * it the route is off, unless BOT_EMULATOR allows a local emulator (see gate.ts).
 */
import type { Activity, ConversationReference, ResourceResponse, TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../../config';
import { FORGET_DEVICE_EVENT } from '../../services/ports';
import { RecipientUnreachableError } from '../router';

export type TeamsConfig = Pick<Config, 'MICROSOFT_APP_ID' | 'MICROSOFT_APP_PASSWORD' | 'MICROSOFT_APP_TENANT_ID' | 'BOT_EMULATOR'>;

/** TeamsAdapter whose legacy continueConversation works, so the ChannelRouter can use it too. */
export class LotseTeamsAdapter extends TeamsAdapter {
  constructor(readonly appId: string | undefined, options: ConstructorParameters<typeof TeamsAdapter>[0]) {
    super(options);
  }

  /**
   * Checks the request's Bot Framework token before any turn runs. A token that cannot be
   * verified (bad signature, wrong audience, or keys unreachable) counts as unauthenticated.
   */
  async isAuthorized(activity: Partial<Activity>, authHeader: string | undefined): Promise<boolean> {
    if (!this.appId) return true;
    if (!authHeader) return false;
    try {
      await this.botFrameworkAuthentication.authenticateRequest(activity as Activity, authHeader);
      return true;
    } catch {
      return false;
    }
  }

  /** The web widget's forget event means nothing in Teams (and the connector would refuse it): not sent. */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const skipped = activities.map((a) => a.type === 'event' && a.name === FORGET_DEVICE_EVENT);
    const sent = skipped.includes(false) ? await super.sendActivities(context, activities.filter((_, i) => !skipped[i])) : [];
    let next = 0;
    return skipped.map((skip) => (skip ? { id: '' } : sent[next++]!));
  }

  /**
   * Proactive turn for a stored conversation reference (HR digests and answers). 403/404 from the
   * connector mean the chat is gone (bot removed, conversation deleted): rethrown as
   * RecipientUnreachableError even though onTurnError handles other errors, so the ChannelRouter
   * reports 'unreachable'.
   */
  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    let gone: RecipientUnreachableError | undefined;
    await this.continueConversationAsync(this.appId ?? '', reference, async (context) => {
      try {
        await logic(context);
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        if (status !== 403 && status !== 404) throw err;
        gone = new RecipientUnreachableError(reference.channelId ?? 'msteams', `connector answered ${status}`);
      }
    });
    if (gone) throw gone;
  }
}

/**
 * Where the tokens of incoming requests are checked. Unset: Microsoft's public cloud (the SDK's
 * defaults). Tests point it at a local OpenID metadata server whose key signs their tokens, so the
 * real verification code runs offline.
 */
export interface BotFrameworkAuthority {
  openIdMetadataUrl: string;
  tokenIssuer: string;
}

/** The SDK takes a custom authority only with every endpoint given; the others stay the public cloud's. */
function authorityOptions(authority: BotFrameworkAuthority | undefined): Record<string, string | boolean> {
  if (!authority) return {};
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    CallerId: 'urn:botframework:azure',
    ToBotFromChannelTokenIssuer: authority.tokenIssuer,
    ToBotFromChannelOpenIdMetadataUrl: authority.openIdMetadataUrl,
  };
}

/** The adapter for the configured credentials (none: only a local emulator can reach it, see gate.ts). */
export function createTeamsAdapter(config: TeamsConfig, authority?: BotFrameworkAuthority): LotseTeamsAdapter {
  if (!config.MICROSOFT_APP_ID) return new LotseTeamsAdapter(undefined, {});
  return new LotseTeamsAdapter(config.MICROSOFT_APP_ID, {
    MicrosoftAppId: config.MICROSOFT_APP_ID,
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD,
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID,
    MicrosoftAppType: config.MICROSOFT_APP_TENANT_ID ? 'SingleTenant' : 'MultiTenant',
    ...authorityOptions(authority),
  });
}
