/** `lotse digest run [--now <ISO>] [--json]`: one HR digest run (queue new matches, send due digests). */
import pino from 'pino';
import { ChannelRouter } from '../../channels/router';
import { createTeamsAdapter } from '../../channels/teams';
import { createTelegramChannel } from '../../channels/telegram/channel';
import type { Config } from '../../config';
import { runDigest, type DigestRunSummary } from '../../hr/digest-run';
import type { Logger } from '../../log';
import { deriveKeys, masterSecret } from '../../secrets';
import { runOnceCommand } from '../database';
import { HrStore } from '../../store/hr-store';

/** Delivery from a CLI process: the Teams connector always, Telegram when a bot token is configured. */
function cliMessenger(config: Config, log: Logger): ChannelRouter {
  const router = new ChannelRouter();
  router.register('msteams', createTeamsAdapter(config));
  if (config.TELEGRAM_BOT_TOKEN) {
    const telegram = createTelegramChannel({
      config,
      logic: async () => undefined,
      log,
    });
    router.register('telegram', telegram.adapter);
  }
  return router;
}

/** Why a run sent no digest, in the order an operator would check. */
export function whyNoneSent(s: DigestRunSummary): string[] {
  const reasons: string[] = [];
  if (s.hrUsers === 0) reasons.push('no HR person has joined yet (lotse hr invite, then "/hr <code>" in the chat)');
  if (s.skippedExpired > 0) reasons.push(`${s.skippedExpired} HR people belong to companies without an active subscription (lotse hr subscription)`);
  if (s.candidates === 0) reasons.push('no person has chosen to be visible to matching companies');
  if (s.jobs === 0) reasons.push('no open jobs of subscribed companies');
  if (s.notDue) reasons.push(`${s.notDue} HR people had their daily or weekly digest already`);
  if (s.nothingNew) reasons.push(`${s.nothingNew} HR people had no new or changed candidates since their last digest ("/digest" in the chat shows the current ones)`);
  if (s.unreachable) reasons.push(`${s.unreachable} HR people could not be reached (no conversation stored)`);
  return reasons.length ? reasons : ['nothing was due'];
}

export const digestRunCommand = runOnceCommand('digest run', 'Run the HR digest once: queue new or changed matches, send due digests', async ({ db, config, now }, io) => {
  // Logs go to stderr so stdout stays the summary.
  const log = pino({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL }, pino.destination(2));
  const secret = masterSecret(config);
  const s = await runDigest({ store: new HrStore(db, deriveKeys(secret.current, secret.previous)), now, send: cliMessenger(config, log), log, locale: config.DEFAULT_LOCALE });
  if (!s.ran) io.print('Another instance is running the digest right now; nothing done.');
  else {
    io.print(`Looked at ${s.jobs} open jobs and ${s.candidates} consenting profiles; queued ${s.queued} new or changed matches.`);
    io.print(`${s.companies} companies, ${s.hrUsers} HR people: ${s.digestsSent} digests sent, ${s.candidatesReported} candidates reported, ${s.skippedExpired} skipped (subscription not active).`);
    if (s.digestsSent === 0) io.print(`Why none was sent: ${whyNoneSent(s).join('; ')}.`);
  }
  return {
    ran: s.ran,
    companies: s.companies,
    hrUsers: s.hrUsers,
    jobs: s.jobs,
    candidates: s.candidates,
    queued: s.queued,
    digestsSent: s.digestsSent,
    candidatesReported: s.candidatesReported,
    skippedExpired: s.skippedExpired,
    ...(s.ran && s.digestsSent === 0 ? { whyNone: whyNoneSent(s) } : {}),
  };
});
