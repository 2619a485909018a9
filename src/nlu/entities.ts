/** All German entity parsers over one text, as the `Entities` a dialog fills its slots from. */
import type { PositionKind } from '../profile/types';
import type { Entities } from '../services/ports';
import { parseDate } from './dates';
import { escapeRegExp, parseIntroduction, type OccupationLookup } from './introductions';
import { parseDrivingLicence, parsePositionKinds, parseSituation } from './hints';
import { mentionsLanguage, parseLanguages, parseLocale } from './languages';
import { findNumbers } from './numbers';
import { findPostalCode, lookupPlace, placeByExactName, placeByName, placeByPostalCode, type Place } from './places';
import { parsePensum, parsePercent, parseRadius, parseYears } from './quantities';
import { fold, tokenize, type Token } from './tokens';

/** Most characters the entity parsers look at; longer messages are cut (work stays bounded). */
export const MAX_ENTITY_TEXT = 2000;

/** Words before a number that make it something other than a postal code. */
const NOT_A_POSTAL_CODE = /\b(?:seit|since|ab|bis|jahr|jahre|im|year|von|from|until|to|chf|fr|eur|euro|franken|tel|telefon|nr|nummer)\.?\s*$/;
/** Words that introduce a place: "in Olten", "aus Grenchen", "Raum Stuttgart". */
/** With Swiss cues ("us Thun", "vo Olte", "z Basel") and English ones ("moved to Zug", "living in Bern"). */
const PLACE_CUE = /\b(?:in|im|bei|aus|us|vo|z|nahe|naehe|raum|region|um|rund um|wohne|lebe|wohnort|ort|umgebung|near|around|from|live in|living in|moved to|move to|based in)\s+$/;
/** Town names that are also ordinary words; they count only after a place cue. */
const AMBIGUOUS_NAMES = new Set([
  'essen', 'halten', 'rohr', 'korb', 'murr', 'tamm', 'balm', 'klus', 'marl', 'worms', 'wisen', 'herne', 'zell', 'kappel',
  'buchs', 'suhr', 'aesch', 'frick', 'baar', 'muri', 'reiden', 'stein', 'messen', 'laufen', 'grindel', 'wil', 'cham',
  'hamm', 'baden', 'bern', 'steinhof', 'altdorf', 'murr', 'urbach', 'seon', 'uster', 'sion', 'thun', 'gera', 'aalen', 'celle',
  'unna', 'moers', 'jena', 'ulm', 'bonn', 'kiel', 'trier', 'fulda', 'minden', 'neuss', 'hagen', 'siegen', 'rheine', 'bocholt',
  // "mit dem Zug" is the train (the town is "in Zug", "Kanton Zug").
  'zug',
]);

function postalPlace(text: string): Place | undefined {
  const postal = findPostalCode(text);
  if (!postal) return undefined;
  const before = fold(text.slice(Math.max(0, postal.index - 12), postal.index));
  if (NOT_A_POSTAL_CODE.test(before)) return undefined;
  const after = fold(text.slice(postal.index + postal.code.length, postal.index + postal.code.length + 10));
  if (/^\s*(?:km|%|prozent|jahr|chf|fr|eur|franken|euro|stunden|h\b)/.test(after)) return undefined;
  return placeByPostalCode(postal.code) ? lookupPlace(text.slice(postal.index, postal.index + 60)) : undefined;
}

/** The town whose name starts at token i (longest window first), exact, or with a typo after a cue word. */
function placeAt(tokens: Token[], i: number, text: string, fuzzy: boolean): Place | undefined {
  for (let size = Math.min(4, tokens.length - i); size >= 1; size--) {
    const window = text.slice(tokens[i]!.start, tokens[i + size - 1]!.end);
    if (/[,.;!?]/.test(window.slice(0, -1))) continue;
    const place = placeByExactName(window);
    if (place) return place;
  }
  return fuzzy ? placeByName(text.slice(tokens[i]!.start, tokens[Math.min(tokens.length, i + 2) - 1]!.end)) : undefined;
}

/** A place named in a sentence: a postal code, a town after a cue word, or a short answer that is a town. */
export function findPlace(text: string): Place | undefined {
  const byCode = postalPlace(text);
  if (byCode) return byCode;
  const tokens = tokenize(text);
  if (tokens.length > 0 && tokens.length <= 4 && !/\d/.test(text)) {
    // A short answer may be a town; typos are forgiven only for a lone capitalized word ("Grenchn").
    const lone = tokens.length === 1 && /^\p{Lu}/u.test(tokens[0]!.text);
    const short = placeByName(text, { fuzzy: lone });
    if (short) return short;
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!/^\p{Lu}/u.test(token.text)) continue;
    const cued = PLACE_CUE.test(fold(text.slice(Math.max(0, token.start - 12), token.start)));
    const place = placeAt(tokens, i, text, cued);
    if (!place) continue;
    const ambiguous = AMBIGUOUS_NAMES.has(fold(token.text));
    if (cued || (!ambiguous && token.start > 0)) return place;
  }
  return undefined;
}

/** A lower-case town after a place cue ("hallo ich bin lisa 16 aus grenchen"). */
const LOWER_PLACE_AFTER_CUE = /(?<=\b(?:in|aus|us|vo|from|wohne in|z)\s+)\p{Ll}[\p{L}.-]+/gu;

function lowerCasePlace(text: string): Place | undefined {
  for (const match of text.matchAll(LOWER_PLACE_AFTER_CUE)) {
    if (AMBIGUOUS_NAMES.has(fold(match[0])) || match[0].length < 3) continue;
    const place = placeByExactName(match[0]);
    if (place) return place;
  }
  return undefined;
}

/** Places the found Place into the entities. */
function addPlace(entities: Entities, place: Place | undefined): void {
  if (!place) return;
  entities.postalCode = place.postalCode;
  entities.placeName = place.name;
  entities.country = place.country;
  entities.point = { latitude: place.latitude, longitude: place.longitude };
}

/**
 * "Ich bin Maurer EFZ": the certificate of an occupation the person already has says what they
 * learned, not that they look for a Lehrstelle ("Lehrstelle als Maurer EFZ" still names one).
 */
function withoutHeldCertificate(text: string, occupation: string | undefined): string {
  if (!occupation) return text;
  return text.replace(new RegExp(`(${escapeRegExp(occupation)}(?:/\\p{L}+)?)\\s*(?:EFZ|EBA)\\b`, 'iu'), '$1');
}

/** "würd gern Automatiker lerne", "möchte Koch lernen": an occupation one wants to learn is asked for as an apprenticeship. */
function withLearnedWish(kinds: PositionKind[], text: string, wishedJob: string | undefined): PositionKind[] {
  if (!wishedJob || kinds.length) return kinds;
  const at = text.indexOf(wishedJob);
  return at >= 0 && /^\s+(?:zu\s+)?(?:lernen|lerne|lärne|erlernen)\b/iu.test(text.slice(at + wishedJob.length)) ? ['apprenticeship'] : kinds;
}

function assign<K extends keyof Entities>(entities: Entities, key: K, value: Entities[K] | undefined): void {
  if (value !== undefined && !(Array.isArray(value) && value.length === 0)) entities[key] = value;
}

/**
 * Every entity the German parsers find in a text; `now` anchors relative dates and "seit 2019", and
 * `occupations` (the taxonomy's, when known) lets introductions recognise occupation titles.
 */
export function extractEntities(input: string, now: Date, occupations?: OccupationLookup): Entities {
  const text = input.slice(0, MAX_ENTITY_TEXT);
  const entities: Entities = {};
  if (!/[\p{L}\p{N}]/u.test(text)) return entities;
  assign(entities, 'number', findNumbers(text)[0]?.value);
  assign(entities, 'percent', parsePercent(text));
  assign(entities, 'pensum', parsePensum(text));
  assign(entities, 'years', parseYears(text, now));
  assign(entities, 'date', parseDate(text, now));
  assign(entities, 'radiusKm', parseRadius(text));
  const introduction = parseIntroduction(text, now, occupations);
  assign(entities, 'positionKinds', withLearnedWish(parsePositionKinds(withoutHeldCertificate(text, introduction.occupation)), text, introduction.wishedJob));
  assign(entities, 'situation', parseSituation(text));
  assign(entities, 'drivingLicence', parseDrivingLicence(text));
  assign(entities, 'firstName', introduction.firstName);
  assign(entities, 'age', introduction.age);
  assign(entities, 'occupation', introduction.occupation);
  assign(entities, 'wishedJob', introduction.wishedJob);
  const words = tokenize(text).length;
  if (words <= 6 || mentionsLanguage(text)) assign(entities, 'languages', parseLanguages(text));
  if (words <= 4 || /sprache|language|bitte|please|reden|sprechen|speak|talk/.test(fold(text))) assign(entities, 'locale', parseLocale(text));
  addPlace(entities, findPlace(text) ?? lowerCasePlace(text));
  return entities;
}
