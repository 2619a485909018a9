/**
 * The web channel: a self-hosted Direct Line 3.0 API served in-process, for the stock Web Chat
 * widget. Activities carry channelId "directline"; user ids are `dl_…` ids bound into the tokens.
 *
 *   const web = createDirectLineChannel({ server: http.server, store, logic: (ctx) => bot.run(ctx), config, log });
 *   router.register('directline', web.adapter);
 */
import type { Server } from 'restify';
import type { Config } from '../../config';
import { webQuotas, type QuotaSettings } from '../../http/rate-limit';
import type { Logger } from '../../log';
import { DirectLineAdapter, type TurnLock, type TurnLogic } from './adapter';
import { registerDirectLineRoutes } from './routes';
import { DirectLineService } from './service';
import { StreamHub } from './stream';
import { registerWebRoutes } from './web';
import { memorySigningKey, TokenService, type SigningKeySource, type TokenRevocations } from './tokens';
import type { TranscriptFeed, TranscriptStore } from '../../services/transcripts';

export { DirectLineAdapter, type TurnLogic } from './adapter';
export { DIRECTLINE_CHANNEL_ID } from './activity';
export { MemoryTranscriptStore, type TranscriptStore } from '../../services/transcripts';
export { fixedSigningKeys, memorySigningKey, type SigningKeySource, type TokenRevocations } from './tokens';
export { keyedRevocations, type RevocationRecords } from './revocations';

export interface DirectLineChannelOptions {
  /** The restify server (from createHttpServer) the routes and the WebSocket upgrade go on. */
  server: Server;
  store: TranscriptStore;
  logic: TurnLogic;
  config: Pick<Config, 'DIRECTLINE_SECRET' | 'DIRECTLINE_TOKEN_TTL_SECONDS' | 'DIRECTLINE_SESSION_MAX_SECONDS' | 'PUBLIC_URL' | 'ALLOWED_HOSTS' | 'DEFAULT_LOCALE'> & QuotaSettings;
  log: Logger;
  /** Serve the demo page, /embed.js and the Web Chat bundle too (default true). */
  web?: boolean;
  /** Appends made by other instances (PostgreSQL); without it the hub sees only this process's. */
  feed?: TranscriptFeed;
  /** Keeps turns of one conversation one at a time across instances; default: this process only. */
  turnLock?: TurnLock;
  /** Token signing keys (src/secrets.ts derives them from LOTSE_SECRET); default: a per-process key (tokens die with a restart). */
  keys?: SigningKeySource;
  /** Where revoked users are recorded; without it, forgetting a device cannot revoke tokens (tests only). */
  revocations?: TokenRevocations;
}

/** The running web channel. */
export interface DirectLineChannel {
  adapter: DirectLineAdapter;
  hub: StreamHub;
  /** Closes the sockets and waits for running turns. */
  close(): Promise<void>;
}

/** Registers the Direct Line routes and stream on the server and returns the channel's adapter. */
export function createDirectLineChannel(options: DirectLineChannelOptions): DirectLineChannel {
  const { server, store, logic, config, log } = options;
  if (!options.keys) log.warn('no persistent Direct Line signing key: web chat tokens end with this process');
  const tokens = new TokenService({
    keys: options.keys ?? memorySigningKey(),
    ttlSeconds: config.DIRECTLINE_TOKEN_TTL_SECONDS,
    sessionMaxSeconds: config.DIRECTLINE_SESSION_MAX_SECONDS,
    revocations: options.revocations,
  });
  const hub = new StreamHub(store, tokens, log, options.feed);
  const adapter = new DirectLineAdapter(store, hub, log, tokens, options.turnLock);
  const service = new DirectLineService({ store, tokens, adapter, logic });
  registerDirectLineRoutes({ server, service, tokens, config, log, quotas: webQuotas(config) });
  if (options.web ?? true) registerWebRoutes(server, config);
  hub.attach(server.server);
  return {
    adapter,
    hub,
    close: async () => {
      await adapter.drain();
      hub.close();
    },
  };
}
