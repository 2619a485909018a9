/**
 * Who may post to /api/messages, decided before any turn runs. The body of a Bot Framework
 * request names its own channel and user, so the channel is only believed when something outside
 * the body proves it: a Bot Framework JWT for Teams, or a loopback socket for a local emulator.
 * Any other channel id (telegram, directline, …) is refused, so a body can never pick the identity
 * of a person who talks to Lotse elsewhere.
 */
import { z } from 'zod';
import type { Config } from '../../config';

/** The channel ids this route serves: Teams, and a local Bot Framework Emulator when allowed. */
export const TEAMS_CHANNEL_ID = 'msteams';
export const EMULATOR_CHANNEL_ID = 'emulator';

export type TeamsGateConfig = Pick<Config, 'MICROSOFT_APP_ID' | 'BOT_EMULATOR'>;

/** A refusal with its HTTP status; `{error: {code, message}}` like every other route. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

const account = z.object({ id: z.string().min(1).max(512) }).passthrough();

/** The fields Lotse relies on; everything else passes through to the Bot Framework SDK. */
const teamsActivity = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048),
    from: account,
    conversation: account,
    text: z.string().max(100_000).optional(),
    deliveryMode: z.string().max(32).optional(),
  })
  .passthrough();

/** Whether the channel is switched on at all (credentials or an explicit emulator setting). */
export function teamsEnabled(config: TeamsGateConfig): boolean {
  return Boolean(config.MICROSOFT_APP_ID) || config.BOT_EMULATOR;
}

/** Whether an address is this machine: 127.0.0.0/8 or ::1, also as IPv4-mapped IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

/** Whether a serviceUrl points at this machine (where the emulator receives the replies). */
export function isLoopbackUrl(serviceUrl: string): boolean {
  try {
    const host = new URL(serviceUrl).hostname;
    return host === 'localhost' || isLoopbackAddress(host.replace(/^\[|\]$/g, ''));
  } catch {
    return false;
  }
}

const refuse = (status: number, code: string, message: string): Refusal => ({ status, code, message });

/**
 * Checks a request before the adapter sees it; `undefined` lets it through (the adapter still
 * verifies the JWT whenever MICROSOFT_APP_ID is set). `remoteAddress` is the socket's address,
 * never a header: only the TCP connection proves that the caller is on this machine.
 */
export function admit(body: unknown, remoteAddress: string | undefined, config: TeamsGateConfig): Refusal | undefined {
  if (!teamsEnabled(config)) {
    return refuse(404, 'NotConfigured', 'The Teams channel is not configured: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD.');
  }
  const parsed = teamsActivity.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse(400, 'BadArgument', `${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  const activity = parsed.data;
  // Replies in the HTTP answer are meant for skills; Lotse is none, and they would go to whoever asked.
  if (activity.deliveryMode === 'expectReplies') return refuse(400, 'BadArgument', 'deliveryMode expectReplies is not supported');
  if (activity.channelId === TEAMS_CHANNEL_ID) {
    return config.MICROSOFT_APP_ID ? undefined : refuse(403, 'ChannelNotAllowed', 'Teams needs MICROSOFT_APP_ID');
  }
  if (activity.channelId === EMULATOR_CHANNEL_ID && config.BOT_EMULATOR) {
    if (!isLoopbackAddress(remoteAddress) || !isLoopbackUrl(activity.serviceUrl)) {
      return refuse(403, 'ChannelNotAllowed', 'the emulator is only accepted from this machine');
    }
    return undefined;
  }
  return refuse(403, 'ChannelNotAllowed', 'this route serves Microsoft Teams only');
}
