/**
 * The router: every message passes here first. Commands work at any step ("hilfe", "abbrechen",
 * "zurück", "neu starten", "Profil zeigen", "Daten exportieren", "Profil löschen", "zeig mir Jobs",
 * "Weiterbildung", "mit einem Menschen reden", …), as typed words or as buttons; card buttons
 * ("warum?", "merken", "mehr") too. Everything else continues the open dialog. A person without
 * a profile starts with the onboarding; a returning one is greeted by name.
 *
 * The concerns are small middleware functions run in the order of one list, ROUTE (see its
 * comment): each handles the turn or passes it on with next(), like grammY's Composer.concat.
 * Commands that open a dialog are the data table DIALOG_COMMANDS; the others are COMMANDS.
 */
import { DialogTurnStatus, type DialogContext } from 'botbuilder-dialogs';
import { renderQuestion } from '../src/bot/render';
import type { BotServices } from '../src/bot/services';
import { isOwnKey, own } from '../src/own';
import { buttonByOrdinal, choosesButton, normalize } from '../src/bot/choices';
import { fieldsAsked, goBack, offeredButtons, openStep } from '../src/bot/steps';
import { sayNoted } from '../src/bot/noted';
import { setProfile, switchLocale, type Turn } from '../src/bot/turn';
import { writtenLanguage } from '../src/nlu/written-language';
import type { IntentName } from '../src/services/ports';
import type { Locale } from '../src/profile/types';
import { ALERT } from './alert';
import { beginContactAnswer } from './contact-request';
import { INTERESTS } from './interests';
import { takeInIntroduction } from './introduction';
import { LINK_CODE, looksLikeCode, offerLink, redeemCode } from './linking';
import { MENU } from './menu';
import { PARTNER, partnerInvitation } from './partner';
import { WELCOME } from './welcome';
import { LANGUAGE, ONBOARDING } from './onboarding';
import { DELETE, sendExport } from './privacy';
import { FORGET_DEVICE, forgetWithoutProfile } from './forget-device';
import { GOAL } from './goal';
import { HANDOFF } from './handoff';
import { relayDuringHandoff } from './handoff-relay';
import { fillSlots } from './slots';
import { PROFILE } from './profile';
import { explainShownJobs, handleCardAction, showJobs, showTrainings, type CardPorts } from './proposals';
import { askBeforeProfile, askedPostingOf } from './asked-posting';
import { actOnTyped } from './act';
import { answerConsentDoubt } from './consent-doubts';
import { RETURNING } from './returning';
import { SKILLS } from './skills';
import { describeProfile, occupationLabel, SUMMARY } from './summary';
import { noteLanguageChoice } from './variant';
import { countriesAsked } from './countries';
import { VISIBILITY } from './visibility';
import { PLACE, WISHES } from './wishes';

/** Below this confidence a typed command is treated as an answer to the open question. */
export const COMMAND_CONFIDENCE = 0.7;

type Command = IntentName | 'edit' | 'code' | 'language' | 'resume' | 'finish_profile';
/**
 * The ports the router's concerns reach: each helper they call takes the few it needs (see its
 * signature), so this is their union.
 */
export type RouterPorts = CardPorts &
  Pick<BotServices, 'vocabulary' | 'linking' | 'transcripts' | 'contactRequests' | 'handoffs' | 'partners' | 'config'>;

type Handler = (dc: DialogContext, turn: Turn, ports: RouterPorts) => Promise<void>;

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

/** A command that opens a dialog on top of the open one; when it ends, the open question is asked again. */
interface DialogCommand {
  dialog: string;
  memory?: Record<string, unknown>;
}

/** The profile with a button per part to change ("Profil bearbeiten" in the menu). */
const EDIT_PROFILE: DialogCommand = { dialog: SUMMARY, memory: { fromMenu: true } };

/** Command → the dialog it opens (with its options). */
export const DIALOG_COMMANDS: Partial<Record<Command, DialogCommand>> = {
  delete_profile: { dialog: DELETE },
  edit: EDIT_PROFILE,
  // Typed «Profil bearbeiten» / "edit my profile": the same as the menu's button.
  edit_profile: EDIT_PROFILE,
  edit_skills: { dialog: SKILLS, memory: { edit: true } },
  edit_place: { dialog: PLACE, memory: { edit: true } },
  edit_wishes: { dialog: WISHES, memory: { edit: true } },
  edit_languages: { dialog: WISHES, memory: { edit: true, only: 'languages' } },
  interest_check: { dialog: INTERESTS, memory: { edit: true } },
  visibility: { dialog: VISIBILITY, memory: { edit: true } },
  job_alert: { dialog: ALERT, memory: { edit: true } },
  language: { dialog: LANGUAGE },
  partner: { dialog: PARTNER },
  welcome: { dialog: WELCOME },
};

/**
 * Whether a typed command would only open the dialog whose question is open right now: "weiss ich
 * schon" to "Weisst du schon, in welche Richtung…?" reads like the interest check, but it answers
 * the question; opening the dialog again would ask the same question once more, on top.
 */
function opensOpenDialog(dc: DialogContext, command: Command): boolean {
  const opens = own(DIALOG_COMMANDS, command);
  return Boolean(opens && dc.activeDialog && opens.dialog === dc.activeDialog.id);
}

/**
 * Dialogs whose question takes free text: "eine neue Stelle als Informatikerin" to "Was suchst du?"
 * reads like «Job-Alarm» («neue Stellen») and "eine Stelle" like «zeig mir Jobs», but they answer the
 * question. While one is open, typed words never open another dialog nor show jobs (a tap on a
 * command button still does).
 */
const FREE_TEXT_DIALOGS: ReadonlySet<string> = new Set([GOAL]);

function answersFreeText(dc: DialogContext, command: Command): boolean {
  // A question about recognising a diploma from abroad is never an answer to "Was suchst du?".
  if (command === 'welcome') return false;
  return Boolean((command === 'show_jobs' || own(DIALOG_COMMANDS, command)) && dc.activeDialog && FREE_TEXT_DIALOGS.has(dc.activeDialog.id));
}

const COMMANDS: Partial<Record<Command, Handler>> = {
  help: async (dc, turn) => say(dc, turn, turn.profile ? 'main.help' : 'main.helpBeforeConsent'),
  // Not a DIALOG_COMMANDS row: asking for a person works even while a free-text question is open.
  human: async (dc) => void (await dc.beginDialog(HANDOFF)),
  thanks: async (dc, turn) => say(dc, turn, 'main.thanks'),
  greeting: async (dc, turn, ports) => (dc.activeDialog ? dc.repromptDialog() : start(dc, turn, ports)),
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
  show_profile: async (dc, turn, { vocabulary }) => {
    await dc.context.sendActivity(describeProfile(turn.texts, turn.profile!, occupationLabel(vocabulary)));
    await resume(dc, turn);
  },
  export_data: async (dc, turn, ports) => {
    await sendExport(ports, turn);
    await resume(dc, turn);
  },
  forget_device: async (dc, turn) => {
    if (turn.profile) return void (await dc.beginDialog(FORGET_DEVICE));
    await dc.cancelAllDialogs();
    await forgetWithoutProfile(turn);
  },
  show_jobs: async (dc, turn, ports) => {
    await showJobs(ports, turn);
    await afterCards(dc, turn);
  },
  more: async (dc, turn, ports) => {
    await handleCardAction(ports, turn, 'more', []);
    await afterCards(dc, turn);
  },
  why: async (dc, turn) => {
    await explainShownJobs(turn);
    await afterCards(dc, turn);
  },
  show_trainings: async (dc, turn, ports) => {
    await showTrainings(ports, turn);
    await afterCards(dc, turn);
  },
  // After "abbrechen" the unfinished profile goes on where it stopped: every part skips what is known.
  finish_profile: async (dc) => {
    await dc.cancelAllDialogs();
    await dc.beginDialog(PROFILE);
  },
  link_telegram: async (dc, turn, ports) => {
    await offerLink(ports, turn);
    await resume(dc, turn);
  },
  code: async (dc, turn, { linking }) => {
    if (linking) await dc.beginDialog(LINK_CODE);
    else await say(dc, turn, 'linking.unavailable');
  },
};

/**
 * "Können wir Englisch sprechen?" names the language, not the locale: a request naming one language
 * Lotse writes in means that one. German keeps the German variant chosen before, else the default.
 */
function askedLocale({ config }: Pick<BotServices, 'config'>, turn: Turn): Locale | undefined {
  const text = ` ${normalize(turn.reply.text)} `;
  if (!turn.texts.variants('main.languageAsk').some((w) => text.includes(` ${w} `))) return undefined;
  const named = turn.understanding().entities.languages ?? [];
  if (named.length !== 1) return undefined;
  if (named[0]!.language === 'en') return 'en';
  if (named[0]!.language !== 'de' || turn.locale !== 'en') return undefined;
  const earlier = turn.user().germanLocale;
  return earlier === 'de-DE' || earlier === 'de-CH' ? earlier : config.defaultLocale === 'de-DE' ? 'de-DE' : 'de-CH';
}

/** "Can we speak English?" at any step: switches the language and asks the open question again in it. */
async function switchLanguage(ports: Pick<BotServices, 'config' | 'profiles'>, dc: DialogContext, turn: Turn): Promise<boolean> {
  // Cheap checks first: understanding the text is the costly part of a turn, and taps need none.
  if (turn.reply.action || !turn.texts.variants('main.languageRequest').some((w) => turn.reply.text.toLowerCase().includes(w))) return false;
  // «zeig bitte auch Kurse in Deutschland» asks for offers there, not for German from Germany.
  if (countriesAsked(turn)) return false;
  const named = turn.understanding().entities.locale;
  // Naming the variant already spoken («Schweizerdeutsch bitte») makes it the person's choice, which the place no longer changes.
  if (named && named !== 'en' && named === turn.locale && turn.profile) noteLanguageChoice(turn, false);
  const locale = named ?? askedLocale(ports, turn);
  if (!locale || locale === turn.locale) return false;
  if (fieldsAsked(dc).includes('languages')) return false;
  if (turn.locale !== 'en') turn.user().germanLocale = turn.locale;
  // A named variant («auf Hochdeutsch», «Schweizerdeutsch») is the person's choice: the place no longer changes it.
  if (locale !== 'en' && named === locale) noteLanguageChoice(turn, false);
  turn.user().locale = locale;
  switchLocale(turn, locale);
  if (turn.profile) setProfile(turn, await ports.profiles.update(turn.profile.id, { locale }));
  await say(dc, turn, 'main.languageSwitched');
  return true;
}

/** Starts the conversation: onboarding before consent, a greeting by name for a returning person. */
async function start(dc: DialogContext, turn: Turn, { contactRequests }: Pick<BotServices, 'contactRequests'>): Promise<void> {
  const conversation = turn.state.conversation(turn.context);
  const greeted = conversation.greeted === true;
  conversation.greeted = true;
  if (!turn.profile) await dc.beginDialog(ONBOARDING);
  else await dc.beginDialog(greeted ? MENU : RETURNING);
  // A contact request that could reach the person nowhere else waits for this visit (last, so its buttons show).
  if (turn.profile && !greeted) {
    for (const question of (await contactRequests?.waitingQuestions(turn.profile.id)) ?? []) await dc.context.sendActivity(question);
  }
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
    return isCommand(name) ? name : 'help';
  }
  const slash = /^\/([a-z]+)$/i.exec(reply.text);
  if (slash) return own(SLASH_COMMANDS, slash[1]!.toLowerCase());
  if (reply.action || !reply.text) return undefined;
  const { name, confidence } = turn.understanding().intent;
  return confidence >= COMMAND_CONFIDENCE && isCommand(name) ? name : undefined;
}

function isCommand(name: string): name is Command {
  return isOwnKey(COMMANDS, name) || isOwnKey(DIALOG_COMMANDS, name);
}

async function runCommand(dc: DialogContext, turn: Turn, command: Command, ports: RouterPorts): Promise<boolean> {
  const opens = own(DIALOG_COMMANDS, command);
  const handler: Handler | undefined = opens ? async (d) => void (await d.beginDialog(opens.dialog, { memory: opens.memory })) : own(COMMANDS, command);
  if (!handler) return false;
  if (!turn.profile && !WITHOUT_PROFILE.has(command)) {
    await say(dc, turn, NOTHING_STORED.has(command) ? 'main.nothingStored' : 'main.needsConsent');
    return true;
  }
  await handler(dc, turn, ports);
  return true;
}

const START = /^\/start(?:\s+(\S+))?$/;

/** Telegram's /start, with a link code from a deep link. */
async function telegramStart(dc: DialogContext, turn: Turn, code: string | undefined, ports: RouterPorts): Promise<void> {
  if (code && (await redeemCode(ports, turn, code))) {
    await dc.cancelAllDialogs();
    await dc.beginDialog(MENU);
    return;
  }
  if (code) await dc.context.sendActivity(turn.texts.t('linking.invalid'));
  if (dc.activeDialog) await dc.repromptDialog();
  else await start(dc, turn, ports);
}

function joined(dc: DialogContext): boolean {
  const { activity } = dc.context;
  if (activity.type === 'event') return activity.name === 'webchat/join';
  return activity.type === 'conversationUpdate' && (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
}

/** One concern of the router: handles the turn, or passes it on with next(); the ports are those the bot was built with. */
export type Middleware = (dc: DialogContext, turn: Turn, next: () => Promise<void>, ports: RouterPorts) => Promise<void>;

/** Runs middleware in list order, each deciding whether the next one runs (grammY's Composer.concat). */
export function compose(middleware: readonly Middleware[], ports: RouterPorts): (dc: DialogContext, turn: Turn) => Promise<void> {
  return (dc, turn) => {
    const run = async (i: number): Promise<void> => {
      const current = middleware[i];
      if (current) await current(dc, turn, () => run(i + 1), ports);
    };
    return run(0);
  };
}

/** The web chat opened or a member joined: greet when nothing is open yet. */
const greetOnJoin: Middleware = async (dc, turn, next, ports) => {
  if (!joined(dc)) return next();
  if (!dc.activeDialog) await start(dc, turn, ports);
};

/** Other events (typing, endOfConversation) get no answer. */
const messagesOnly: Middleware = async (dc, _turn, next) => {
  if (dc.context.activity.type === 'message') await next();
};

/** During a live handoff every message goes to the counsellor (src/handoff); Lotse stays silent. */
const handoffRelay: Middleware = async (dc, turn, next, ports) => {
  if (!(await relayDuringHandoff(ports, dc, turn))) await next();
};

/** Job für Zwei: a partner's invitation code, typed or from a deep link. */
const partnerCode: Middleware = async (dc, turn, next, ports) => {
  if (!(await partnerInvitation(ports, dc, turn))) await next();
};

/** The open question is a feature of the intent model: the same words answer it or ask for something. */
const openQuestion: Middleware = async (dc, turn, next) => {
  turn.asked = dc.activeDialog && dc.activeDialog.id !== MENU ? (fieldsAsked(dc).length ? fieldsAsked(dc) : ['open']) : [];
  await next();
};

/** Telegram's /start, with a link code from a deep link. */
const startCommand: Middleware = async (dc, turn, next, ports) => {
  const startCommand = START.exec(turn.reply.text);
  if (startCommand) await telegramStart(dc, turn, startCommand[1], ports);
  else await next();
};

/** "Passt das zu mir?" from a board before there is a profile: the fit needs one, so the profile comes first (the posting is remembered). */
const boardQuestionWithoutProfile: Middleware = async (dc, turn, next, ports) => {
  const asked = askedPostingOf(turn.reply);
  if (!asked || turn.profile) return next();
  await askBeforeProfile(turn, asked);
  // Asked again so that the open question's buttons come back below the note.
  if (dc.activeDialog) await dc.repromptDialog();
  else await start(dc, turn, ports);
};

/** Card buttons ("warum?", "merken", "mehr") of jobs and trainings shown earlier. */
const cardActions: Middleware = async (dc, turn, next, ports) => {
  const { reply } = turn;
  if ((reply.verb === 'job' || reply.verb === 'training' || reply.verb === 'more') && turn.profile) {
    if (reply.verb === 'more') return COMMANDS.more!(dc, turn, ports);
    if (await handleCardAction(ports, turn, reply.verb, reply.args ?? [])) return;
  }
  await next();
};

/** A link code typed as the first message continues the profile of another channel. */
const typedLinkCode: Middleware = async (dc, turn, next, ports) => {
  const { reply } = turn;
  if (!turn.profile && ports.linking && looksLikeCode(reply.text) && (await redeemCode(ports, turn, reply.text))) {
    await dc.cancelAllDialogs();
    await dc.beginDialog(MENU);
    return;
  }
  await next();
};

/** The answer to a company's contact request. */
const contactAnswer: Middleware = async (dc, turn, next, ports) => {
  if (!(await beginContactAnswer(ports, dc, turn))) await next();
};

/** "Können wir Englisch sprechen?" at any step. */
const languageRequest: Middleware = async (dc, turn, next, ports) => {
  if (!(await switchLanguage(ports, dc, turn))) await next();
};

/** A search or a change in the person's own words ("lehrstelle polymechanikerin", "lösch Sozialversicherung", "wie bewerbe ich mich?"). */
const typedSearch: Middleware = async (dc, turn, next, ports) => {
  if (!(await actOnTyped(ports, dc, turn))) await next();
};

/** «was passiert mit meinen Daten?» at the consent question is a doubt about it, no command. */
const consentDoubts: Middleware = async (dc, turn, next) => {
  if (!(await answerConsentDoubt(dc, turn))) await next();
};

/** Whether the text typed is a button of the open question. */
async function typesButton(dc: DialogContext, turn: Turn): Promise<boolean> {
  const { reply } = turn;
  if (reply.action || !reply.text) return false;
  const buttons = await offeredButtons(dc);
  // "die zweite" points at a button of the question as surely as its title does ("zweite" is no «mehr»).
  const answers = buttons.filter((b) => !b.action?.startsWith('cmd:'));
  return choosesButton(reply, buttons) || buttonByOrdinal(turn.texts, reply, answers) !== undefined;
}

/** A first name given to "Wie darf ich dich nennen?" can look like a greeting to the model ("Sandra" ~ "Sali"): it is the answer. */
/** Commands that only talk and change nothing: when the message also answers the open question, it is the answer. */
const TALK_ONLY: ReadonlySet<Command> = new Set<Command>(['help', 'greeting', 'thanks']);

/**
 * "Sandra" to «Wie darf ich dich nennen?» is a name, not a greeting; «mein Jobcoach hat gesagt ich
 * soll das machen» to «Wo stehst du gerade?» names the situation, even where the model hears a
 * request for help.
 */
function answersOpenQuestion(dc: DialogContext, turn: Turn, command: Command): boolean {
  if (!TALK_ONLY.has(command) || !dc.activeDialog) return false;
  const asked = fieldsAsked(dc);
  if (command === 'greeting' && asked.includes('firstName')) return true;
  const entities: Readonly<Record<string, unknown>> = { ...turn.understanding().entities };
  return asked.some((field) => own(entities, field) !== undefined);
}

/**
 * «Hallo, ich bin Petra …» or «Ich suche eine Lehrstelle» typed to «In welcher Sprache möchtest du
 * schreiben?» chooses the language it is written in (the person is greeted by name first); only
 * commands that work before consent and do something (help, a person, a code) stay commands.
 */
function writesTheLanguage(dc: DialogContext, turn: Turn, command: Command): boolean {
  if (openStep(dc) !== 'language' || (WITHOUT_PROFILE.has(command) && !TALK_ONLY.has(command))) return false;
  return writtenLanguage(turn.reply.text) !== undefined;
}

/** Commands, typed or tapped; a typed button of the open question is its answer, no command. */
const commands: Middleware = async (dc, turn, next, ports) => {
  const { reply } = turn;
  // "Job" or "Weiterbildung" typed to "Wo hast du das gelernt?" answers the question; it is no command.
  const typedAnswer = await typesButton(dc, turn);
  const typed = typedAnswer ? undefined : commandOf(turn);
  if (typed && reply.verb !== 'cmd') {
    // A typed command that answers the open question is its answer; one that chooses the language still greets by name.
    const choosesLanguage = writesTheLanguage(dc, turn, typed);
    const answers = opensOpenDialog(dc, typed) || answersFreeText(dc, typed) || answersOpenQuestion(dc, turn, typed) || choosesLanguage;
    if (!answers || choosesLanguage) await takeInIntroduction(ports, dc, turn, typed);
    if (!answers && (await runCommand(dc, turn, typed, ports))) return;
    return next();
  }
  if (typed && (await runCommand(dc, turn, typed, ports))) return;
  await next();
};

/** Nothing open: the conversation starts (onboarding, or the greeting of a returning person). */
const startWhenNothingOpen: Middleware = async (dc, turn, next, ports) => {
  if (!dc.activeDialog) await start(dc, turn, ports);
  else await next();
};

/** What is said in passing fills empty profile fields; then the open dialog gets the answer. */
const openDialog: Middleware = async (dc, turn, _next, ports) => {
  // A typed button ("Ausbildung" to "Wo hast du das gelernt?") answers the question; it is no wish in passing.
  if (!(await typesButton(dc, turn))) await fillSlots(ports, turn, fieldsAsked(dc));
  const result = await dc.continueDialog();
  await sayNoted(turn);
  // A dialog begun with nothing open («Code» after a declined consent) that ends («Überspringen»)
  // leaves no question behind: start again, so the answer is never silence.
  if (result.status === DialogTurnStatus.complete) await resume(dc, turn);
};

/**
 * The router, in order of priority: a turn goes down this list until one concern handles it.
 * Joining and non-messages first, then what must work at any step before any dialog sees the
 * text (/start, card buttons, link codes, contact answers, a language switch, commands), and last
 * the open dialog.
 */
export const ROUTE: readonly Middleware[] = [
  greetOnJoin,
  messagesOnly,
  openQuestion,
  handoffRelay,
  partnerCode,
  startCommand,
  boardQuestionWithoutProfile,
  cardActions,
  typedLinkCode,
  contactAnswer,
  languageRequest,
  typedSearch,
  consentDoubts,
  commands,
  startWhenNothingOpen,
  openDialog,
];

/** The router over the bot's ports: routes one turn through ROUTE. */
export function createRouter(ports: RouterPorts): (dc: DialogContext, turn: Turn) => Promise<void> {
  return compose(ROUTE, ports);
}
