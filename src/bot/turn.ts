/**
 * Everything a dialog needs to know about one turn, resolved once by the bot core: the person's
 * profile (found by channel identity, so linked channels share it), locale and texts, and the
 * reply. The services are not part of it: each dialog is built with the ports it needs
 * (dialogs/index.ts). The step engine reaches the turn through turnOf(context).
 */
import type { TurnContext } from 'botbuilder-core';
import { nearestLocale, textsFor, type Texts } from '../i18n';
import { LOCALES, type Locale, type Profile } from '../profile/types';
import type { ChannelIdentity, ConversationTranscripts, Understanding } from '../services/ports';
import type { Reply } from './render';
import type { BotServices } from './services';
import type { LotseState } from './state';

const TURN = Symbol('lotse.turn');

/** The per-turn view of the conversation. */
export interface Turn {
  readonly context: TurnContext;
  readonly state: LotseState;
  readonly identity: ChannelIdentity;
  readonly reply: Reply;
  /** The locale the client sent with the activity (its UI or the site's), before Lotse's choice replaced it. */
  readonly clientLocale?: string;
  locale: Locale;
  texts: Texts;
  /** The person's profile; undefined before consent. */
  profile?: Profile;
  /** Profile fields the reply filled in passing (slot filling), before the open question got it. */
  noted: string[];
  /** Parts of the «Notiert: …» line not said yet (src/bot/noted.ts). */
  notedParts: string[];
  /** Profile fields the open question asks for, set by the router before the text is understood. */
  asked?: readonly string[];
  /** The understanding of the reply's text (computed once, on first use). */
  understanding(): Understanding;
  /** The user state object (saved with the turn). */
  user(): Record<string, unknown>;
}

/** Picks the locale: profile > choice stored before consent > client locale > default. */
export function resolveLocale(profile: Profile | undefined, chosen: unknown, clientLocale: string | undefined, fallback: Locale): Locale {
  if (profile) return profile.locale;
  if (typeof chosen === 'string' && (LOCALES as readonly string[]).includes(chosen)) return chosen as Locale;
  return nearestLocale(clientLocale, fallback);
}

/** Creates the turn view and attaches it to the context. */
export function attachTurn(
  context: TurnContext,
  services: Pick<BotServices, 'understander' | 'config'>,
  state: LotseState,
  reply: Reply,
  profile: Profile | undefined,
): Turn {
  const locale = resolveLocale(profile, state.user(context).locale, context.activity.locale, services.config.defaultLocale);
  let understood: { text: string; locale: Locale; asked?: readonly string[]; value: Understanding } | undefined;
  const turn: Turn = {
    context,
    state,
    identity: { channelId: context.activity.channelId, channelUserId: context.activity.from.id },
    reply,
    clientLocale: context.activity.locale,
    locale,
    texts: textsFor(locale),
    profile,
    noted: [],
    notedParts: [],
    understanding() {
      if (!understood || understood.locale !== turn.locale || understood.asked !== turn.asked) {
        const value = services.understander.understand(reply.text, turn.locale, { asked: turn.asked });
        understood = { text: reply.text, locale: turn.locale, asked: turn.asked, value };
      }
      return understood.value;
    },
    user: () => state.user(context),
  };
  context.activity.locale = locale;
  context.turnState.set(TURN, turn);
  return turn;
}

/** The turn view of a context (set by the bot core before any dialog runs). */
export function turnOf(context: TurnContext): Turn {
  const turn = context.turnState.get(TURN) as Turn | undefined;
  if (!turn) throw new Error('Turn used outside the bot core');
  return turn;
}

/** Switches the turn to another locale (language choice); the caller persists the choice. */
export function switchLocale(turn: Turn, locale: Locale): void {
  turn.locale = locale;
  turn.texts = textsFor(locale);
  turn.context.activity.locale = locale;
}

/** Sets the profile after it was created or changed during the turn. */
export function setProfile(turn: Turn, profile: Profile | undefined): void {
  turn.profile = profile;
  if (profile && profile.locale !== turn.locale) switchLocale(turn, profile.locale);
}

/**
 * Forgets Lotse's transcript of this conversation so far (where Lotse keeps one): at a declined
 * consent, and when the identity becomes a person's (consent, linking), so that what was typed
 * anonymously is never part of anyone's profile or export.
 */
export function forgetConversationSoFar(transcripts: ConversationTranscripts, turn: Turn): Promise<void> {
  const { channelId, conversation } = turn.context.activity;
  return transcripts.forget({ channelId, conversationId: conversation.id });
}
