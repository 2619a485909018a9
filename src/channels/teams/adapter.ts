/**
 * The Bot Framework adapter for Teams (teams-ai's TeamsAdapter, a CloudAdapter). With
 * MICROSOFT_APP_ID set every request to /api/messages needs a valid Bot Framework JWT; without
 * it, authentication is off and only local emulators may talk to it (see isLocalServiceUrl).
 */
import type { Activity, ConversationReference, ResourceResponse, TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../../config';
import { errorFields, type Logger } from '../../log';
import { FORGET_DEVICE_EVENT, type ProactiveMessenger } from '../../services/ports';

export type TeamsConfig = Pick<Config, 'MICROSOFT_APP_ID' | 'MICROSOFT_APP_PASSWORD' | 'MICROSOFT_APP_TENANT_ID'>;

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

  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.continueConversationAsync(this.appId ?? '', reference, logic);
  }
}

/** The adapter for the configured credentials (none: emulator mode, logged as a warning). */
export function createTeamsAdapter(config: TeamsConfig, log: Logger): LotseTeamsAdapter {
  if (!config.MICROSOFT_APP_ID) {
    log.warn('Teams channel without MICROSOFT_APP_ID: Bot Framework authentication is off; /api/messages accepts only local emulators (serviceUrl on localhost)');
    return new LotseTeamsAdapter(undefined, {});
  }
  return new LotseTeamsAdapter(config.MICROSOFT_APP_ID, {
    MicrosoftAppId: config.MICROSOFT_APP_ID,
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD,
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID,
    MicrosoftAppType: config.MICROSOFT_APP_TENANT_ID ? 'SingleTenant' : 'MultiTenant',
  });
}

/** Whether a serviceUrl points at this machine (Bot Framework Emulator, Agents Playground). */
export function isLocalServiceUrl(serviceUrl: unknown): boolean {
  if (typeof serviceUrl !== 'string') return false;
  try {
    const host = new URL(serviceUrl).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
  } catch {
    return false;
  }
}

/** Proactive messages to Teams conversations; 403/404 from the connector mean the chat is gone. */
export function teamsMessenger(adapter: LotseTeamsAdapter, log: Logger): ProactiveMessenger {
  return {
    async send(reference, activities) {
      try {
        await adapter.continueConversation(reference, async (context) => {
          await context.sendActivities(activities);
        });
        return 'sent';
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        if (status === 403 || status === 404) return 'unreachable';
        log.warn({ ...errorFields(err), channelId: reference.channelId }, 'Teams proactive send failed');
        throw err;
      }
    },
  };
}
