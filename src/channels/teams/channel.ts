/**
 * The Teams channel for HR people: POST /api/messages through teams-ai's Application. HR people
 * join with their code, get the digest as an Adaptive Card and tap "Kontakt anfragen" there; all
 * of it is handled by the same HR services as on Telegram (dialogs/hr-commands).
 */
import { Application, TurnState } from '@microsoft/teams-ai';
import type { Activity, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { handleHrTurn } from '../../../dialogs/hr-commands';
import type { HrService } from '../../hr/service';
import { errorFields, type Logger } from '../../log';
import type { ProactiveMessenger } from '../../services/ports';
import { createTeamsAdapter, isLocalServiceUrl, teamsMessenger, type LotseTeamsAdapter, type TeamsConfig } from './adapter';

/** The route Bot Framework and Teams post activities to. */
export const TEAMS_MESSAGES_PATH = '/api/messages';

export interface TeamsChannelOptions {
  server: Server;
  config: TeamsConfig;
  hr: HrService;
  log: Logger;
  /** The candidate conversation, for Teams users who are not HR (optional). */
  logic?: (context: TurnContext) => Promise<void>;
  /** Clock (tests). */
  now?: () => Date;
}

export interface TeamsChannel {
  adapter: LotseTeamsAdapter;
  messenger: ProactiveMessenger;
  app: Application<TurnState>;
}

function createApp(adapter: LotseTeamsAdapter, options: TeamsChannelOptions): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    botAppId: options.config.MICROSOFT_APP_ID,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
    turnStateFactory: () => new TurnState(),
  });
  const now = options.now ?? (() => new Date());
  app.activity('message', async (context) => {
    if (await handleHrTurn(context, options.hr, now())) return;
    if (options.logic) await options.logic(context);
    else await context.sendActivity(options.hr.texts.t('hr.teams.welcome'));
  });
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if ((context.activity.membersAdded ?? []).some((m) => m.id !== botId)) await context.sendActivity(options.hr.texts.t('hr.teams.welcome'));
  });
  return app;
}

/** Mounts POST /api/messages on the server and returns the adapter and a proactive messenger. */
export function createTeamsChannel(options: TeamsChannelOptions): TeamsChannel {
  const { server, config, log } = options;
  const adapter = createTeamsAdapter(config, log);
  adapter.onTurnError = async (context, error) => {
    log.error({ ...errorFields(error), channelId: context.activity.channelId }, 'Teams turn failed');
    await context.sendActivity(options.hr.texts.t('hr.teams.error')).catch(() => undefined);
  };
  const app = createApp(adapter, options);
  server.post(TEAMS_MESSAGES_PATH, async (req: Request, res: Response) => {
    // Without credentials nobody is authenticated: replies would go to any serviceUrl a caller names.
    if (!config.MICROSOFT_APP_ID && !isLocalServiceUrl((req.body as { serviceUrl?: unknown } | undefined)?.serviceUrl)) {
      log.warn('Teams activity from a non-local serviceUrl rejected: set MICROSOFT_APP_ID to accept Teams');
      res.send(401, { error: 'authentication required' });
      return;
    }
    if (!(await adapter.isAuthorized(req.body as Partial<Activity>, req.header('authorization') || undefined))) {
      log.warn('Teams request without a valid Bot Framework token rejected');
      res.send(401, { error: 'unauthorized' });
      return;
    }
    try {
      await adapter.process(req, res, async (context) => {
        await app.run(context);
      });
    } catch (err) {
      log.error(errorFields(err), 'Teams request failed');
      if (!res.headersSent) res.send(500);
    }
  });
  return { adapter, app, messenger: teamsMessenger(adapter, log) };
}
