/**
 * Offers of the person's own country, unless they ask for more: jobs, Lehrstellen/Ausbildungen
 * and trainings (with their prices and funding) are proposed for the country of the person's place,
 * else of their German variant (see homeCountry). «zeig auch Kurse in Deutschland» or «Jobs auch in
 * der Schweiz» adds that country for this conversation, «nur in der Schweiz» keeps to it.
 */
import { mentions } from '../src/bot/choices';
import type { Turn } from '../src/bot/turn';
import { homeCountry } from '../src/profile/search-profile';
import { COUNTRIES, type Country } from '../src/profile/types';
import type { OfferScope } from '../src/services/ports';

const KEY = 'offerCountries';

/** The countries the person asked for in this conversation (none: their own). */
export function offerScope(turn: Turn): OfferScope {
  const asked = turn.state.conversation(turn.context)[KEY] as Country[] | undefined;
  return asked?.length ? { countries: asked } : {};
}

/** The countries a typed text asks offers of, or undefined when it asks for none («Ich bin neu in der Schweiz» is no request). */
export function countriesAsked(turn: Turn): { countries: Country[]; only: boolean } | undefined {
  const { text } = turn.reply;
  if (!text || turn.reply.action || !turn.profile) return undefined;
  const named = COUNTRIES.filter((c) => mentions(turn.texts, `countries.${c}`, text));
  if (!named.length) return undefined;
  // «Jobs in Deutschland» asks for offers; a bare «auch in Deutschland» too, unless it speaks of language («auch auf Deutsch sprechen»).
  const offers = mentions(turn.texts, 'countries.cues', text);
  if (!offers && !(mentions(turn.texts, 'countries.also', text) && !turn.texts.variants('main.languageRequest').some((w) => text.toLowerCase().includes(w)))) return undefined;
  return { countries: named, only: mentions(turn.texts, 'countries.only', text) };
}

/** How the offers are shown after the countries changed, and whether a question is open. */
export interface CountryRequestContext {
  jobs(turn: Turn): Promise<void>;
  trainings(turn: Turn): Promise<void>;
  /** A question is open: the countries are noted in passing and the text still answers it («Lehrstelle, auch in Deutschland»). */
  questionOpen: boolean;
}

/**
 * Handles «auch in Deutschland» / «nur in der Schweiz»: notes the countries for this conversation,
 * says so and shows the jobs (or the trainings, when the text speaks of courses) again. False when
 * the text asks for no other country than the person's offers already cover, or when it answers
 * an open question as well (then only noted).
 */
export async function askForCountries(turn: Turn, show: CountryRequestContext): Promise<boolean> {
  const asked = countriesAsked(turn);
  if (!asked) return false;
  const home = homeCountry(turn.profile!);
  const before = offerScope(turn).countries;
  const current = before === undefined || before === 'any' ? (home ? [home] : [...COUNTRIES]) : before;
  const wanted = asked.only ? asked.countries : COUNTRIES.filter((c) => current.includes(c) || asked.countries.includes(c));
  if (wanted.length === current.length && wanted.every((c) => current.includes(c))) return false;
  turn.state.conversation(turn.context)[KEY] = wanted.length === 1 && wanted[0] === home ? undefined : wanted;
  const names = wanted.filter((c) => asked.only || !current.includes(c)).map((c) => turn.texts.t(`countries.name.${c}`));
  await turn.context.sendActivity(turn.texts.t(asked.only ? 'countries.narrowed' : 'countries.widened', { countries: names.join(turn.texts.t('countries.and')) }));
  if (show.questionOpen) return false;
  await (mentions(turn.texts, 'countries.trainings', turn.reply.text) ? show.trainings(turn) : show.jobs(turn));
  return true;
}
