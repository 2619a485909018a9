/**
 * The router: every message passes here first. Commands work at any step ("hilfe", "abbrechen",
 * "zurück", "neu starten", "Profil zeigen", "Daten exportieren", "Profil löschen", "zeig mir Jobs",
 * "Weiterbildung", "mit einem Menschen reden", …), as typed words or as buttons; card buttons
 * ("warum?", "merken", "mehr") too. Everything else continues the open dialog. A person without
 * a profile starts with the onboarding; a returning one is greeted by name.
 */
import { DialogTurnStatus, type DialogContext } from 'botbuilder-dialogs';
import { renderQuestion } from '../src/bot/render';
import { isOwnKey, own } from '../src/own';
import { choosesButton, normalize } from '../src/bot/choices';
import { fieldsAsked, goBack, offeredButtons } from '../src/bot/steps';
import { setProfile, switchLocale, type Turn } from '../src/bot/turn';
import type { IntentName } from '../src/services/ports';
import type { Locale } from '../src/profile/types';
import { ALERT } from './alert';
import { beginContactAnswer } from './contact-request';
import { INTERESTS } from './interests';
import { takeInIntroduction } from './introduction';
import { LINK_CODE, looksLikeCode, offerLink, redeemCode } from './linking';
import { MENU } from './menu';
import { LANGUAGE, ONBOARDING } from './onboarding';
import { DELETE, sendExport } from './privacy';
import { FORGET_DEVICE, forgetWithoutProfile } from './forget-device';
import { fillSlots } from './slots';
import { PROFILE } from './profile';
import { explainShownJobs, handleCardAction, showJobs, showTrainings } from './proposals';
import { RETURNING } from './returning';
import { SKILLS } from './skills';
import { describeProfile, SUMMARY } from './summary';
import { VISIBILITY } from './visibility';
import { PLACE, WISHES } from './wishes';

/** Below this confidence a typed command is treated as an answer to the open question. */
export const COMMAND_CONFIDENCE = 0.7;

type Command = IntentName | 'edit' | 'code' | 'language' | 'resume' | 'finish_profile';
type Handler = (dc: DialogContext, turn: Turn) => Promise<void>;

/** Commands that make sense before consent (no profile yet). */
const WITHOUT_PROFILE = new Set<Command>(['help', 'cancel', 'restart', 'back', 'human', 'greeting', 'thanks', 'code', 'resume', 'language', 'forget_device']);

/** Questions about one's data before consent have an honest answer: there is none. */
const NOTHING_STORED = new Set<Command>(['show_profile', 'export_data', 'delete_profile']);

/** Repeats the open question, or shows the menu when nothing is open. */
async function resume(dc: DialogContext, turn: Turn): Promise<void> {
  if (dc.activeDialog) await dc.repromptDialog();
  else if (turn.profile) await dc.beginDialog(MENU);
  else await dc.beginDialog(ONBOARDING);
}

async function say(dc: DialogContext, turn: Turn, key: string): Promise<void> {
  await dc.context.sendActivity(turn.texts.t(key));
  await resume(dc, turn);
}

/** After cards, the open question is not repeated (its buttons would hide "mehr"); a button brings it back. */
async function afterCards(dc: DialogContext, turn: Turn): Promise<void> {
  if (!dc.activeDialog || dc.activeDialog.id === MENU) return;
  await dc.context.sendActivity(renderQuestion({ text: turn.texts.t('main.continue'), buttons: [{ title: turn.texts.t('main.resume'), action: 'cmd:resume' }] }));
}

/** The dialog each opening command begins (see `open`). */
const OPENS = new Map<Handler, string>();

/** Begins a dialog on top of the open one; when it ends, the open question is asked again. */
function open(id: string, memory?: Record<string, unknown>): Handler {
  const handler: Handler = async (dc) => {
    await dc.beginDialog(id, { memory });
  };
  OPENS.set(handler, id);
  return handler;
}

/**
 * Whether a typed command would only open the dialog whose question is open right now: "weiss ich
 * schon" to "Weisst du schon, in welche Richtung…?" reads like the interest check, but it answers
 * the question; opening the dialog again would ask the same question once more, on top.
 */
function opensOpenDialog(dc: DialogContext, command: Command): boolean {
  const handler = own(COMMANDS, command);
  return Boolean(handler && dc.activeDialog && OPENS.get(handler) === dc.activeDialog.id);
}

const COMMANDS: Partial<Record<Command, Handler>> = {
  help: async (dc, turn) => say(dc, turn, turn.profile ? 'main.help' : 'main.helpBeforeConsent'),
  human: async (dc, turn) => say(dc, turn, 'main.human'),
  thanks: async (dc, turn) => say(dc, turn, 'main.thanks'),
  greeting: async (dc, turn) => (dc.activeDialog ? dc.repromptDialog() : start(dc, turn)),
  resume,
  cancel: async (dc, turn) => {
    await dc.cancelAllDialogs();
    await dc.context.sendActivity(turn.texts.t(turn.profile ? 'main.cancelled' : 'main.cancelledBeforeConsent'));
    if (turn.profile) await dc.beginDialog(MENU);
  },
  back: async (dc, turn) => {
    if (!(await goBack(dc))) await say(dc, turn, 'main.noBack');
  },
  restart: async (dc, turn) => {
    await dc.cancelAllDialogs();
    await dc.context.sendActivity(turn.texts.t('main.restarted'));
    await dc.beginDialog(turn.profile ? PROFILE : ONBOARDING);
  },
  show_profile: async (dc, turn) => {
    await dc.context.sendActivity(describeProfile(turn.texts, turn.profile!));
    await resume(dc, turn);
  },
  export_data: async (dc, turn) => {
    await sendExport(turn);
    await resume(dc, turn);
  },
  delete_profile: open(DELETE),
  forget_device: async (dc, turn) => {
    if (turn.profile) return void (await dc.beginDialog(FORGET_DEVICE));
    await dc.cancelAllDialogs();
    await forgetWithoutProfile(turn);
  },
  show_jobs: async (dc, turn) => {
    await showJobs(turn);
    await afterCards(dc, turn);
  },
  more: async (dc, turn) => {
    await handleCardAction(turn, 'more', []);
    await afterCards(dc, turn);
  },
  why: async (dc, turn) => {
    await explainShownJobs(turn);
    await afterCards(dc, turn);
  },
  show_trainings: async (dc, turn) => {
    await showTrainings(turn);
    await afterCards(dc, turn);
  },
  edit: open(SUMMARY),
  // After "abbrechen" the unfinished profile goes on where it stopped: every part skips what is known.
  finish_profile: async (dc) => {
    await dc.cancelAllDialogs();
    await dc.beginDialog(PROFILE);
  },
  edit_skills: open(SKILLS, { edit: true }),
  edit_place: open(PLACE, { edit: true }),
  edit_wishes: open(WISHES, { edit: true }),
  edit_languages: open(WISHES, { edit: true, only: 'languages' }),
  interest_check: open(INTERESTS, { edit: true }),
  visibility: open(VISIBILITY, { edit: true }),
  job_alert: open(ALERT, { edit: true }),
  language: open(LANGUAGE),
  link_telegram: async (dc, turn) => {
    await offerLink(turn);
    await resume(dc, turn);
  },
  code: async (dc, turn) => {
    if (turn.services.linking) await dc.beginDialog(LINK_CODE);
    else await say(dc, turn, 'linking.unavailable');
  },
};

/**
 * "Können wir Englisch sprechen?" names the language, not the locale: a request naming one language
 * Lotse writes in means that one. German keeps the German variant chosen before, else the default.
 */
function askedLocale(turn: Turn): Locale | undefined {
  const text = ` ${normalize(turn.reply.text)} `;
  if (!turn.texts.variants('main.languageAsk').some((w) => text.includes(` ${w} `))) return undefined;
  const named = turn.understanding().entities.languages ?? [];
  if (named.length !== 1) return undefined;
  if (named[0]!.language === 'en') return 'en';
  if (named[0]!.language !== 'de' || turn.locale !== 'en') return undefined;
  const earlier = turn.user().germanLocale;
  return earlier === 'de-DE' || earlier === 'de-CH' ? earlier : turn.services.config.defaultLocale === 'de-DE' ? 'de-DE' : 'de-CH';
}

/** "Can we speak English?" at any step: switches the language and asks the open question again in it. */
async function switchLanguage(dc: DialogContext, turn: Turn): Promise<boolean> {
  // Cheap checks first: understanding the text is the costly part of a turn, and taps need none.
  if (turn.reply.action || !turn.texts.variants('main.languageRequest').some((w) => turn.reply.text.toLowerCase().includes(w))) return false;
  const locale = turn.understanding().entities.locale ?? askedLocale(turn);
  if (!locale || locale === turn.locale) return false;
  if (fieldsAsked(dc).includes('languages')) return false;
  if (turn.locale !== 'en') turn.user().germanLocale = turn.locale;
  turn.user().locale = locale;
  switchLocale(turn, locale);
  if (turn.profile) setProfile(turn, await turn.services.profiles.update(turn.profile.id, { locale }));
  await say(dc, turn, 'main.languageSwitched');
  return true;
}

/** Starts the conversation: onboarding before consent, a greeting by name for a returning person. */
async function start(dc: DialogContext, turn: Turn): Promise<void> {
  const conversation = turn.state.conversation(turn.context);
  const greeted = conversation.greeted === true;
  conversation.greeted = true;
  if (!turn.profile) await dc.beginDialog(ONBOARDING);
  else await dc.beginDialog(greeted ? MENU : RETURNING);
}

/** Telegram's "/" menu (src/channels/telegram/commands.ts): the same command names in every language. */
const SLASH_COMMANDS: Record<string, Command> = {
  profil: 'show_profile',
  jobs: 'show_jobs',
  weiterbildung: 'show_trainings',
  hilfe: 'help',
  daten: 'export_data',
  loeschen: 'delete_profile',
  abmelden: 'forget_device',
  code: 'code',
  sprache: 'language',
};

/**
 * The command a turn asks for. A "cmd:" button naming no command (an old client, a forged value)
 * gets the help: a tap always gets an answer.
 */
function commandOf(turn: Turn): Command | undefined {
  const { reply } = turn;
  if (reply.verb === 'cmd') {
    const name = reply.args?.[0] ?? '';
    return isOwnKey(COMMANDS, name) ? name : 'help';
  }
  const slash = /^\/([a-z]+)$/i.exec(reply.text);
  if (slash) return own(SLASH_COMMANDS, slash[1]!.toLowerCase());
  if (reply.action || !reply.text) return undefined;
  const { name, confidence } = turn.understanding().intent;
  return confidence >= COMMAND_CONFIDENCE && isOwnKey(COMMANDS, name) ? name : undefined;
}

async function runCommand(dc: DialogContext, turn: Turn, command: Command): Promise<boolean> {
  const handler = own(COMMANDS, command);
  if (!handler) return false;
  if (!turn.profile && !WITHOUT_PROFILE.has(command)) {
    await say(dc, turn, NOTHING_STORED.has(command) ? 'main.nothingStored' : 'main.needsConsent');
    return true;
  }
  await handler(dc, turn);
  return true;
}

const START = /^\/start(?:\s+(\S+))?$/;

/** Telegram's /start, with a link code from a deep link. */
async function telegramStart(dc: DialogContext, turn: Turn, code: string | undefined): Promise<void> {
  if (code && (await redeemCode(turn, code))) {
    await dc.cancelAllDialogs();
    await dc.beginDialog(MENU);
    return;
  }
  if (code) await dc.context.sendActivity(turn.texts.t('linking.invalid'));
  if (dc.activeDialog) await dc.repromptDialog();
  else await start(dc, turn);
}

function joined(dc: DialogContext): boolean {
  const { activity } = dc.context;
  if (activity.type === 'event') return activity.name === 'webchat/join';
  return activity.type === 'conversationUpdate' && (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
}

/** Routes one turn: commands and card actions first, then the open dialog, else the start. */
export async function route(dc: DialogContext, turn: Turn): Promise<void> {
  if (joined(dc)) {
    if (!dc.activeDialog) await start(dc, turn);
    return;
  }
  if (dc.context.activity.type !== 'message') return;
  const startCommand = START.exec(turn.reply.text);
  if (startCommand) return telegramStart(dc, turn, startCommand[1]);
  const { reply } = turn;
  if (reply.verb === 'job' && reply.args?.[0] === 'ask' && !turn.profile) {
    // Asked from the job board before there is a profile: the fit needs one, so the profile comes first.
    await dc.context.sendActivity(turn.texts.t('proposals.askNeedsProfile'));
    // Asked again so that the open question's buttons come back below the note.
    if (dc.activeDialog) await dc.repromptDialog();
    else await start(dc, turn);
    return;
  }
  if ((reply.verb === 'job' || reply.verb === 'training' || reply.verb === 'more') && turn.profile) {
    if (reply.verb === 'more') return COMMANDS.more!(dc, turn);
    if (await handleCardAction(turn, reply.verb, reply.args ?? [])) return;
  }
  if (!turn.profile && turn.services.linking && looksLikeCode(reply.text) && (await redeemCode(turn, reply.text))) {
    await dc.cancelAllDialogs();
    await dc.beginDialog(MENU);
    return;
  }
  if (await beginContactAnswer(dc, turn)) return;
  if (await switchLanguage(dc, turn)) return;
  // "Job" or "Weiterbildung" typed to "Wo hast du das gelernt?" answers the question; it is no command.
  const typedAnswer = !reply.action && Boolean(reply.text) && choosesButton(reply, await offeredButtons(dc));
  // The open question is a feature of the intent model: the same words answer it or ask for something.
  turn.asked = dc.activeDialog && dc.activeDialog.id !== MENU ? (fieldsAsked(dc).length ? fieldsAsked(dc) : ['open']) : [];
  const typed = typedAnswer ? undefined : commandOf(turn);
  const command = typed && !(reply.verb !== 'cmd' && opensOpenDialog(dc, typed)) ? typed : undefined;
  if (command && reply.verb !== 'cmd') await takeInIntroduction(dc, turn, command);
  if (command && (await runCommand(dc, turn, command))) return;
  if (!dc.activeDialog) return start(dc, turn);
  // A typed button ("Ausbildung" to "Wo hast du das gelernt?") answers the question; it is no wish in passing.
  if (!typedAnswer) await fillSlots(turn, fieldsAsked(dc));
  const result = await dc.continueDialog();
  // A dialog begun with nothing open («Code» after a declined consent) that ends («Überspringen»)
  // leaves no question behind: start again, so the answer is never silence.
  if (result.status === DialogTurnStatus.complete) await resume(dc, turn);
}
