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
import { admit, teamsEnabled } from './gate';
import { createTeamsAdapter, type BotFrameworkAuthority, type LotseTeamsAdapter, type TeamsConfig } from './adapter';

/** The route Bot Framework and Teams post activities to. */
export const TEAMS_MESSAGES_PATH = '/api/messages';

export interface TeamsChannelOptions {
  server: Server;
  config: TeamsConfig;
  hr: HrService;
  log: Logger;
  /**
   * The bot's turn logic, which answers HR commands itself before the candidate conversation
   * (src/app.ts). Without it this channel answers HR commands and greets everyone else.
   */
  logic?: (context: TurnContext) => Promise<void>;
  /** Clock (tests). */
  now?: () => Date;
  /** Where Bot Framework tokens are verified (tests); default Microsoft's public cloud. */
  authority?: BotFrameworkAuthority;
}

export interface TeamsChannel {
  /** Also what proactive messages go through (register it with the ChannelRouter). */
  adapter: LotseTeamsAdapter;
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
    if (options.logic) return void (await options.logic(context));
    if (await handleHrTurn(context, options.hr, now())) return;
    await context.sendActivity(options.hr.texts.t('hr.teams.welcome'));
  });
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if ((context.activity.membersAdded ?? []).some((m) => m.id !== botId)) await context.sendActivity(options.hr.texts.t('hr.teams.welcome'));
  });
  return app;
}

/**
 * Mounts POST /api/messages on the server and returns the adapter. The
 * route always exists, so that a request to a Lotse without Teams gets a JSON answer saying so.
 */
export function createTeamsChannel(options: TeamsChannelOptions): TeamsChannel {
  const { server, config, log } = options;
  if (!teamsEnabled(config)) log.info('Teams channel off: /api/messages answers 404 until MICROSOFT_APP_ID is set');
  if (config.BOT_EMULATOR) {
    const auth = config.MICROSOFT_APP_ID ? 'with a valid token' : 'WITHOUT authentication';
    log.warn(`BOT_EMULATOR is on: /api/messages accepts a Bot Framework Emulator (channel "emulator") from this machine ${auth}; switch it off in production`);
  }
  const adapter = createTeamsAdapter(config, options.authority);
  adapter.onTurnError = async (context, error) => {
    log.error({ ...errorFields(error), channelId: context.activity.channelId }, 'Teams turn failed');
    await context.sendActivity(options.hr.texts.t('hr.teams.error')).catch(() => undefined);
  };
  const app = createApp(adapter, options);
  server.post(TEAMS_MESSAGES_PATH, async (req: Request, res: Response) => {
    const refusal = admit(req.body, req.socket.remoteAddress, config);
    if (refusal) {
      if (refusal.status !== 404) log.warn({ status: refusal.status, code: refusal.code }, 'Bot Framework request refused');
      res.send(refusal.status, { error: { code: refusal.code, message: refusal.message } });
      return;
    }
    if (!(await adapter.isAuthorized(req.body as Partial<Activity>, req.header('authorization') || undefined))) {
      log.warn('Teams request without a valid Bot Framework token rejected');
      res.send(401, { error: { code: 'Unauthorized', message: 'a valid Bot Framework token is required' } });
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
  return { adapter, app };
}
