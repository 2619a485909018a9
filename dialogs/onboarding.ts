/**
 * Onboarding: hello, what Lotse does and doesn't, language, privacy notice and consent.
 * No profile exists before "ja". What the person types meanwhile is kept only for the open
 * conversation (retention removes it an hour after the last message). "nein" removes it at once,
 * with the dialog state; at "ja" the transcript so far is forgotten, and a story told meanwhile is
 * taken in as the answer to the first question (src/bot/told-before-consent.ts). After consent the profile is created and the profile conversation begins (the name is
 * asked later, once the first proposals are shown: it does not change them).
 */
import { choiceButtons, isLongReply, matchChoice, matchYesNo, openingChoice } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import { begin, next, retry, stop, StepDialog, type Step } from '../src/bot/steps';
import { keepToldBeforeConsent, replayToldBeforeConsent } from '../src/bot/told-before-consent';
import { forgetConversationSoFar, setProfile, switchLocale, type Turn } from '../src/bot/turn';
import { LOCALES, type Locale } from '../src/profile/types';
import { PROFILE } from './profile';
import { noteLanguageChoice, plainGerman, writtenChoice } from './variant';

/** Dialog id. */
export const ONBOARDING = 'onboarding';

/** Version of the privacy text the person agrees to; recorded with the consent. Bump when the text changes. */
export const CONSENT_TEXT_VERSION = 'privacy-2026-12-07';

const CONSENT_CHOICES = ['yes', 'no', 'more'] as const;

/** A longer reply chooses only when it opens with a choice of at most this many words («Ja gerne, ich bin …»). */
const OPENING_WORDS = 3;

/**
 * The consent choice in a reply. Giving or refusing consent must be clear, so a longer message
 * chooses only with its opening words: someone telling their story («… keine Nachtschicht mehr»,
 * «ob das passt», «Koch, nein, Bäcker») has not asked for details, said yes or declined in passing.
 * Long replies also leave the intent model out, which reads a yes or no into a whole story.
 */
function consentChoice(turn: Turn, reply: Turn['reply']): { chosen?: string; long: boolean } {
  const long = isLongReply(reply);
  if (long) {
    // Of the general answers only a yes opens a story («Klar, ich bin …»); «Nicht so einfach, …» declines nothing.
    const opening = openingChoice(turn.texts, reply.text, 'onboarding.consent', CONSENT_CHOICES, OPENING_WORDS) ?? openingChoice(turn.texts, reply.text, 'common.answer', ['yes'], OPENING_WORDS);
    return { chosen: opening, long };
  }
  return { chosen: matchChoice(turn.texts, reply, 'onboarding.consent', 'consent', CONSENT_CHOICES) ?? matchYesNo(turn.texts, reply, turn.understanding().intent.name), long };
}

async function giveConsent({ profiles, transcripts }: Pick<BotServices, 'profiles' | 'transcripts'>, turn: Turn): Promise<void> {
  const profile = await profiles.createWithConsent(turn.identity, turn.locale, CONSENT_TEXT_VERSION);
  await turn.state.rekeyUser(turn.context, profile.id);
  await forgetConversationSoFar(transcripts, turn);
  setProfile(turn, profile);
}

const hello: Step = {
  id: 'hello',
  run: async (turn) => {
    if (isLongReply(turn.reply)) keepToldBeforeConsent(turn);
    await turn.context.sendActivities([
      { type: 'message', text: turn.texts.t('onboarding.hello') },
      { type: 'message', text: turn.texts.t('onboarding.about') },
    ]);
    return next();
  },
};

/** What choosing the language needs: the default locale, whether codes can be entered, the profile to keep it in. */
type LanguagePorts = Pick<BotServices, 'config' | 'linking' | 'profiles'>;

/** Asks for the language; also used on its own ("Sprache ändern"). */
function languageStep(ports: LanguagePorts): Step {
  return {
    id: 'language',
    ask: (turn) => {
      const languages = choiceButtons(turn.texts, 'onboarding.language', 'lang', LOCALES);
      const code = ports.linking && !turn.profile ? [{ title: turn.texts.t('onboarding.haveCode'), action: 'cmd:code' }] : [];
      return { text: turn.texts.t('onboarding.language.ask'), buttons: [...languages, ...code] };
    },
    answer: async (turn, reply) => {
      // A story told at the first question is taken in after the yes (told-before-consent.ts).
      if (isLongReply(reply)) keepToldBeforeConsent(turn);
      // «de» and «ch» name a language as a whole reply; in a message they are words («i de nöchi vo Olte»).
      const named = (
        isLongReply(reply) ? openingChoice(turn.texts, reply.text, 'onboarding.language', LOCALES, OPENING_WORDS) : matchChoice(turn.texts, reply, 'onboarding.language', 'lang', LOCALES)
      ) as Locale | undefined;
      // A plain «Deutsch» names no variant: the client's locale picks it, and later the place may.
      const plain = named || reply.action ? undefined : plainGerman(ports, turn);
      const asked = named ?? plain ?? turn.understanding().entities.locale;
      // Someone who just writes («Hallo, ich bin Petra …») has chosen the language they write in.
      const written = asked || reply.action ? undefined : writtenChoice(ports, turn);
      const chosen = asked ?? written?.locale;
      if (!chosen) return retry('onboarding.language.retry');
      noteLanguageChoice(turn, plain !== undefined || written?.plain === true);
      turn.user().locale = chosen;
      switchLocale(turn, chosen);
      if (turn.profile) setProfile(turn, await ports.profiles.update(turn.profile.id, { locale: chosen }));
      return next();
    },
  };
}

function consent(ports: Pick<BotServices, 'profiles' | 'transcripts'>): Step {
  return {
    id: 'consent',
    required: true,
    ask: (turn) => ({
      text: `${turn.texts.t('onboarding.consent.notice')}\n\n${turn.texts.t('onboarding.consent.ask')}`,
      buttons: choiceButtons(turn.texts, 'onboarding.consent', 'consent', CONSENT_CHOICES),
    }),
    answer: async (turn, reply) => {
      // Doubts («muss ich?», «was passiert mit meinen Daten?») are answered before commands: see answerConsentDoubt in the router.
      const { chosen, long } = consentChoice(turn, reply);
      if (long && chosen !== 'no') keepToldBeforeConsent(turn);
      if (chosen === 'more') {
        await turn.context.sendActivity(turn.texts.t('onboarding.consent.details'));
        return { repeat: true };
      }
      if (chosen === 'no') {
        await forgetConversationSoFar(ports.transcripts, turn);
        await turn.context.sendActivity(turn.texts.t('onboarding.consent.declined'));
        turn.state.clear(turn.context);
        return stop();
      }
      if (chosen !== 'yes') return retry(long ? 'onboarding.consent.toldFirst' : 'onboarding.consent.retry');
      await giveConsent(ports, turn);
      replayToldBeforeConsent(turn);
      await turn.context.sendActivity(turn.texts.t('onboarding.consent.thanks'));
      return next();
    },
  };
}

const profileConversation: Step = { id: 'profile', run: () => begin(PROFILE) };

/** Dialog id of the language choice on its own. */
export const LANGUAGE = 'language';

/** The language choice on its own ("Sprache ändern"). */
export function languageDialog(ports: LanguagePorts): StepDialog {
  return new StepDialog(LANGUAGE, [languageStep(ports)]);
}

/** The onboarding dialog. */
export function onboardingDialog(ports: LanguagePorts & Pick<BotServices, 'transcripts'>): StepDialog {
  return new StepDialog(ONBOARDING, [hello, languageStep(ports), consent(ports), profileConversation]);
}
