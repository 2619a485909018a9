/**
 * Which German a person reads follows them, as a counsellor's words would: a plain «Deutsch» takes
 * the variant of the client's locale, and once the person says where they want to work, the
 * variant of that country (Stuttgart: Ausbildung, ß, Euro as «1.190»; Olten: Lehrstelle, Pensum,
 * «1'190»). An explicit choice («Deutsch (Schweiz)», «Hochdeutsch», English) is never overridden.
 */
import { normalize } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import { setProfile, type Turn } from '../src/bot/turn';
import { germanVariantOf } from '../src/i18n';
import { writtenGermanVariant, writtenLanguage } from '../src/nlu/written-language';
import { VARIANT_OF_COUNTRY, type Locale } from '../src/profile/types';

/** User-state key: the German variant was not chosen explicitly, so the place may still set it. */
const OPEN = 'germanVariantOpen';

/** The German variant a plain «Deutsch» stands for, or undefined when the reply names no plain German. */
export function plainGerman({ config }: Pick<BotServices, 'config'>, turn: Turn): Locale | undefined {
  const said = ` ${normalize(turn.reply.text)} `;
  if (!turn.texts.variants('onboarding.language.plainGerman').some((w) => said.includes(` ${normalize(w)} `))) return undefined;
  return germanVariantOf(turn.clientLocale, config.defaultLocale);
}

/**
 * The language a person chose by writing to the language question instead of tapping: German in the
 * variant the words are written in («hoi, bi 15 und suech e lehrstell» is Swiss) or else the one the
 * client's locale names, left open as a plain «Deutsch» (the place may still set it); or English.
 */
export function writtenChoice({ config }: Pick<BotServices, 'config'>, turn: Turn): { locale: Locale; plain: boolean } | undefined {
  const written = writtenLanguage(turn.reply.text);
  if (written === 'en') return { locale: 'en', plain: false };
  if (written === 'de') return { locale: writtenGermanVariant(turn.reply.text) ?? germanVariantOf(turn.clientLocale, config.defaultLocale), plain: true };
  return undefined;
}

/** Records whether the language was chosen by a plain «Deutsch» (the place may still pick the variant) or explicitly. */
export function noteLanguageChoice(turn: Turn, plain: boolean): void {
  if (plain) turn.user()[OPEN] = true;
  else delete turn.user()[OPEN];
}

/** After the place changed: switches between de-CH and de-DE to the place's country, where the person left it open. */
export async function followPlace({ profiles }: Pick<BotServices, 'profiles'>, turn: Turn): Promise<void> {
  const profile = turn.profile;
  const country = profile?.place?.country;
  if (!profile || !country || turn.user()[OPEN] !== true || profile.locale === 'en') return;
  const locale = VARIANT_OF_COUNTRY[country];
  if (locale === profile.locale) return;
  turn.user().locale = locale;
  setProfile(turn, await profiles.update(profile.id, { locale }));
}
