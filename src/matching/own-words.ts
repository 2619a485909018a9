/**
 * What of a person's own words the lexical search looks for. Where they live and how many years
 * they worked say nothing about the field: "ich wohne in Olten" would otherwise favour every
 * posting that names Olten (the distance already counts that), and "seit 15 Jahren" every posting
 * with a 15 in it. Both are dropped; the rest is searched as written.
 */
import type { GeoPoint } from '../profile/types';
import { isKindWord } from '../nlu/job-title';
import { placeByExactName } from '../nlu/places';
import { pointDistanceKm } from './geo';
import { lexicalTerm } from './lexical';
import { fold } from './taxonomy/normalize';

/** A number ("15", "2023", "50%", "10.") is no evidence of a field. */
const NUMBER = /^\d+(?:[.,]\d+)?[.%]?$/u;

/**
 * The verbs of where one lives ("ich wohne in Heerbrugg", "Wohne in Harburg.", "lebe seit drei Jahren
 * hier"): they name a home, not a field, and as a compound's part would pull every posting of a
 * «Wohnheim» or «Wohngruppe» (a pupil who loves computers got a care Lehrstelle in a Wohnheim). No noun
 * has these forms, so they go however written; «wohnen» only in lower case («Betreutes Wohnen» stays).
 */
const RESIDENCE_VERBS: ReadonlySet<string> = new Set(['wohne', 'wohnt', 'wohnst', 'wohnhaft', 'lebe', 'lebt']);

/**
 * "beim" and the modal verbs a person writes in lower case ("mag Tiere", "es darf nicht weit
 * sein"): they say how, not what, and would pull the postings that name "MAG-Schweissen" (a
 * capitalised "MAG" is kept). ("keine" stays: "keine Nachtdienste" in a posting is what the person
 * asked for.)
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['beim', 'mag', 'magst', 'darf', 'duerfen', 'moegen', 'wohnen']);

/** The words after which a lower-case word names where one lives ("wohne in aarau", "bin aus thun"). */
const PLACE_PREPOSITION = /(?:^|\s)(?:in|im|aus|bei|nahe|von|vo|us|z)\s+$/iu;

/**
 * The person's words without numbers and without the names of places within `reachKm` of their
 * point (postings are searched there, so such a name is a place, not a skill). A capitalised word,
 * or the first part of one ("Heilbronn-Böckingen", "Zürich-Altstetten"); a lower-case word only
 * after a place's preposition ("wohne in aarau"): "stein" in "Stein bearbeiten" is kept unless
 * written as a place.
 */
export function searchableWords(text: string, point?: GeoPoint, reachKm = Infinity): string {
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}.%'-]*/gu, (word, offset: number) => {
    if (NUMBER.test(word) || (/^\p{Ll}/u.test(word) && FUNCTION_WORDS.has(fold(word))) || RESIDENCE_VERBS.has(fold(word))) return ' ';
    if (!point) return word;
    const named = /^\p{Lu}/u.test(word) || PLACE_PREPOSITION.test(text.slice(Math.max(0, offset - 8), offset));
    return named && isPlaceWithin(word.replace(/[.'-]+$/u, ''), point, reachKm) ? ' ' : word;
  });
}

/** Whether a name is that of a place within `reachKm` of the point, or a town with its quarter ("Heilbronn-Böckingen", "Stuttgart-Vaihingen"). */
function isPlaceWithin(name: string, point: GeoPoint, reachKm: number): boolean {
  if (isNearPlace(name, point, reachKm)) return true;
  const parts = name.split('-');
  return parts.length > 1 && isNearPlace(parts[0]!, point, reachKm) && parts.slice(1).every((p) => /^\p{Lu}/u.test(p));
}

function isNearPlace(name: string, point: GeoPoint, reachKm: number): boolean {
  const place = placeByExactName(name);
  return place !== undefined && pointDistanceKm(point, { latitude: place.latitude, longitude: place.longitude }) <= reachKm;
}

/**
 * The person's words as they wrote them, for the folded terms a search found ("verkaeuferin" →
 * "Verkäuferin"; a compound's part → the word it is part of, "arbeits" → "Arbeitsmarkt"): a reason
 * quotes the person, not the index. Only terms found in what the person did not deny or limit:
 * "Großraumbüro und viel telefonieren gehen nicht gut" and "wenig Telefon" are no reason to propose
 * a call centre, though the search may have found the words. Nor words of the kind of position
 * («e Lehrstell als Elektriker»): the wished kinds decide that, and «(lehrstell)» tells nothing.
 */
export function quotedWords(terms: readonly string[], text: string): string[] {
  const found = foundWords(terms, withoutDeniedWords(text)).filter((w): w is string => w !== undefined && !isKindWord(fold(w)));
  return [...new Set(found)];
}

function foundWords(terms: readonly string[], text: string): (string | undefined)[] {
  // «Be- und Entladen» quotes «Be», not «Be-».
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).map((w) => w.replace(/[-']+$/u, ''));
  const folded = words.map((w) => fold(w));
  return terms.map((term) => {
    const at = folded.indexOf(term);
    const within = at >= 0 ? at : folded.findIndex((f) => f.includes(term));
    return within >= 0 ? words[within] : undefined;
  });
}

/** A sentence that ends by denying what it names: "Großraumbüro und viel telefonieren gehen nicht gut". */
const DENYING_SENTENCE = /\b(?:geht|gehen|liegt|liegen|klappt|klappen|kann|mag|will|möchte|moechte|schaffe|schaff|vertrage|vertrag)\b[^.!?;\n]{0,24}\b(?:nicht|nie|kaum)(?:\s+(?:gut|mehr|so gut|gern|gerne))?\s*$/iu;
/** A listed phrase that names a limit or an absence: "kein Großraumbüro", "wenig Telefon", "ohne Nachtschicht". */
const LIMITING_PHRASE = /^\s*(?:kein|keine|keinen|keinem|keiner|wenig|weniger|ohne|nicht|no|not|little|less)\b/iu;

/** The person's words without the sentences that deny what they name and the phrases that limit it. */
function withoutDeniedWords(text: string): string {
  return text
    .split(/(?<=[.!?;\n])/u)
    .map((sentence) => (DENYING_SENTENCE.test(sentence.replace(/[.!?;\s]+$/u, '')) ? ' ' : sentence.split(/(?<=,)/u).map((phrase) => (LIMITING_PHRASE.test(phrase) ? ' ' : phrase)).join('')))
    .join('');
}

/** A listed phrase has at most this many words ("Abrechnung nach BEMA", "Angebote vergleichen"). */
const PHRASE_WORDS = 4;

/**
 * The skill phrases among a person's own words: the lines (or statements) of a few words without a
 * sentence's punctuation, as a person lists what they can ("Abrechnung nach BEMA") and as the
 * phrases of `--skills` that resolved to no concept are kept. A sentence ("Ich bin 34 und suche
 * Arbeit.") is a self-description, not a skill's name.
 */
export function listedPhrases(text: string): string[] {
  return text
    .split(/\n| · /u)
    .map((line) => line.trim())
    .filter((line) => {
      const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
      // "in" left of "wohne in Olten" once the place is dropped names nothing.
      return words.length <= PHRASE_WORDS && words.some((w) => lexicalTerm(w.replace(/^\P{L}+|\P{L}+$/gu, '')) !== null) && !/[.!?:]\s*$|[.!?]\s/u.test(line);
    });
}

/**
 * Words that name the working time ("Teilzeit", "50 Prozent"): when the person's wishes hold a
 * Pensum, the Pensum factor weighs it; as a word it would favour every posting that says
 * "Teilzeit", whatever its field. (Words that name the kind of position stay: "Lehrstelle" tells
 * which of several wished kinds the person means.)
 */
export const PENSUM_WORDS: readonly string[] = ['Teilzeit', 'Vollzeit', 'Prozent', 'Pensum', 'halbtags', 'Teilzeitstelle', 'Vollzeitstelle', 'part-time', 'full-time'];

/** The PENSUM_WORDS when a search holds a Pensum wish, else none. */
export function heldWishWords(wishes: { pensum?: unknown }): readonly string[] {
  return wishes.pensum ? PENSUM_WORDS : [];
}

/**
 * English function and prose words a newcomer writes ("I would like to move … or …", "my German is only A2"): in a
 * German posting they match its few English lines, nothing of its field (a «Java Developer» posting for a waitress's
 * «or»). The job search drops them from the person's words; a course's English lines are what such a person reads.
 */
export const ENGLISH_PROSE_WORDS: readonly string[] = [
  'or', 'but', 'are', 'be', 'been', 'were', 'do', 'does', 'did', 'not', 'no', 'me', 'we', 'you', 'your', 'our', 'it', 'its',
  'this', 'that', 'these', 'those', 'from', 'by', 'can', 'could', 'would', 'should', 'like', 'want', 'some', 'any', 'also', 'very',
  'if', 'into', 'about', 'out', 'up', 'just', 'only', 'other', 'after', 'since', 'when', 'where', 'what', 'which', 'there',
  'here', 'now', 'then', 'than', 'too', 'well', 'much', 'many', 'still', 'until', 'living', 'live', 'moved', 'need', 'look',
  'hello', 'hi', 'name', 'speak', 'little', 'fluent', 'ideally', 'please', 'lot', 'forever',
];
