/**
 * The action grammar of Lotse's buttons, shared by every channel.
 *
 * A button either sends its visible text (imBack) or a compact value (postBack):
 *
 *   value   = action [ "#" tag ]
 *   action  = verb *( ":" arg )          verb: [a-z][a-z0-9_]*   arg: [A-Za-z0-9_.-]+
 *   tag     = 3 chars [a-z0-9]           (the question the button belongs to)
 *
 * Examples: "level:good#k3f" (answer to question k3f), "job:why:<jobId>", "job:save:<jobId>",
 * "job:reject:<jobId>", "job:train:<jobId>", "more", "cmd:help"; outside the conversation's
 * questions "hrc:<pseudonym>:<jobId>", "hrf:daily" (HR digests) and "contact:yes:<requestId>"
 * (a candidate's answer), read by decodeOwnVerbs.
 * Tagged values answer one question; a tap whose tag is not the open question's is stale.
 * Untagged values are global actions (result cards, menus) valid at any time; only the verbs in
 * GLOBAL_VERBS are accepted untagged so that typed words are never mistaken for actions.
 * Values stay within 64 bytes because Telegram's callback_data allows no more.
 */

/** Telegram's limit for callback_data, which the Telegram adapter maps values to. */
export const MAX_ACTION_BYTES = 64;

/** Verbs that may arrive without a question tag. */
export const GLOBAL_VERBS = ['job', 'training', 'more', 'cmd'] as const;

/** A decoded button value. */
export interface DecodedAction {
  /** The action without its tag, e.g. "level:good" or "job:why:42". */
  action: string;
  verb: string;
  args: string[];
  tag?: string;
}

const TAGGED = /^([a-z][a-z0-9_]*(?::[A-Za-z0-9_.-]+)*)#([a-z0-9]{3})$/;
const UNTAGGED = /^([a-z][a-z0-9_]*(?::[A-Za-z0-9_.-]+)*)$/;

/** Builds a button value; throws when it would not fit Telegram's callback_data (a programming error). */
export function encodeAction(action: string, tag?: string): string {
  const value = tag ? `${action}#${tag}` : action;
  if (!(tag ? TAGGED : UNTAGGED).test(value)) throw new Error(`Invalid action value "${value}"`);
  if (Buffer.byteLength(value, 'utf8') > MAX_ACTION_BYTES) throw new Error(`Action value longer than ${MAX_ACTION_BYTES} bytes`);
  return value;
}

function split(action: string, tag?: string): DecodedAction {
  const [verb, ...args] = action.split(':');
  return { action, verb: verb!, args, tag };
}

/**
 * The value a button sent, in either carrier: a postBack string, or an Adaptive Card's
 * Action.Submit data `{ action }`. Undefined when the value is neither.
 */
export function buttonValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const action = value && typeof value === 'object' ? (value as { action?: unknown }).action : undefined;
  return typeof action === 'string' ? action : undefined;
}

/** Reads a button value; undefined for anything a person could have typed. */
export function decodeAction(value: string | undefined): DecodedAction | undefined {
  if (!value || value.length > MAX_ACTION_BYTES) return undefined;
  const tagged = TAGGED.exec(value);
  if (tagged) return split(tagged[1]!, tagged[2]);
  const untagged = UNTAGGED.exec(value);
  if (untagged && (GLOBAL_VERBS as readonly string[]).includes(value.split(':')[0]!)) return split(untagged[1]!);
  return undefined;
}

/**
 * Reads a button value of one of `verbs`, in either carrier (buttonValue), without a question tag:
 * the buttons of HR digests and of contact requests live outside the conversation's questions, so
 * their own verbs are accepted here rather than among the GLOBAL_VERBS every dialog sees.
 */
export function decodeOwnVerbs(value: unknown, verbs: readonly string[]): DecodedAction | undefined {
  const raw = buttonValue(value);
  if (!raw || raw.length > MAX_ACTION_BYTES || !UNTAGGED.test(raw)) return undefined;
  const decoded = split(raw);
  return verbs.includes(decoded.verb) ? decoded : undefined;
}

/** A fresh short question tag. */
export function newTag(): string {
  return Math.floor(Math.random() * 36 ** 3)
    .toString(36)
    .padStart(3, '0');
}
