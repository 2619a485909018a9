/**
 * Which language a message is written in, when its everyday words say so clearly. A person who
 * answers «In welcher Sprache möchtest du schreiben?» by simply writing has chosen the language
 * they write in; nobody should have to tap a button to be allowed to speak German.
 */
import { tokenize } from './tokens';

/** Words only German (standard or Swiss) uses; words both languages share (in, so, was, an, i) are left out. */
const GERMAN = new Set([
  'ich', 'bin', 'bi', 'und', 'nicht', 'nöd', 'nid', 'ja', 'jo', 'nein', 'nei', 'ein', 'eine', 'einen', 'der', 'die', 'das', 'de', 'mit',
  'suche', 'möchte', 'möcht', 'wott', 'hallo', 'hoi', 'grüezi', 'sali', 'moin', 'servus', 'guten', 'tag', 'bitte', 'danke', 'merci',
  'mein', 'meine', 'mis', 'habe', 'hab', 'ist', 'isch', 'auf', 'für', 'wie', 'wo', 'aus', 'jahre', 'jahr', 'alt', 'gern', 'gerne',
  'einverstanden', 'zeig', 'zeige', 'mir', 'mich', 'chan', 'kann', 'genau', 'stelle', 'lehrstelle', 'arbeit', 'heisse', 'deutsch',
  'schweizerdeutsch', 'oder', 'auch', 'noch', 'schon', 'gut', 'sehr',
]);

/** Words only English uses (not «am», «im», «Name», «Job», which German has too). */
const ENGLISH = new Set([
  'the', 'and', 'is', 'my', 'you', 'your', 'yes', 'hello', 'please', 'want', 'looking', 'for', 'from',
  'years', 'old', 'thanks', 'thank', 'can', 'do', 'what', 'where', 'how', 'to', 'of', 'with', 'work', 'english', 'speak', 'me', 'i\'m',
  'would', 'like', 'need', 'have', 'are', 'this', 'that', 'not', 'good',
]);

/**
 * `de` or `en` when the message's words clearly belong to one of them (two at least: a bare «Hallo»
 * is the reflex of opening a chat, not a choice); undefined when they don't say.
 */
export function writtenLanguage(text: string): 'de' | 'en' | undefined {
  let german = 0;
  let english = 0;
  for (const { lower: word } of tokenize(text)) {
    if (GERMAN.has(word)) german++;
    else if (ENGLISH.has(word)) english++;
  }
  if (german > 1 && german >= 2 * english + 2) return 'de';
  if (english > 1 && english >= 2 * german + 2) return 'en';
  return undefined;
}

/**
 * Words only Swiss German writes. Not the dialect word list of src/nlu/swiss.ts: Swabians «schaffe»
 * too, and «parat» or «Ross» are standard German.
 */
const SWISS = new Set([
  'hoi', 'grüezi', 'grüessech', 'sali', 'salü', 'nöd', 'nid', 'nei', 'wott', 'wetti', 'isch', 'chan', 'cha', 'bi', 'mis',
  'suech', 'sueche', 'lehrstell', 'öppis', 'gärn', 'gsi', 'hät', 'hett', 'chönnt', 'chönd', 'nöchi', 'zäme',
]);

/** Words only German from Germany writes in a chat. */
const GERMANY = new Set(['moin', 'moinsen', 'servus', 'nee', 'dat', 'wat', 'icke', 'jut', 'tach']);

/**
 * The German a message is written in, when it says so: Swiss German by its dialect words («hoi, bi
 * 15 und suech e lehrstell»), German from Germany by «ß» or its own greetings («Moin»); undefined
 * when it does not tell or says both.
 */
export function writtenGermanVariant(text: string): 'de-CH' | 'de-DE' | undefined {
  let swiss = 0;
  let germany = text.includes('ß') ? 1 : 0;
  for (const { lower: word } of tokenize(text)) {
    if (SWISS.has(word)) swiss++;
    else if (GERMANY.has(word)) germany++;
  }
  if (swiss > 0 && germany === 0) return 'de-CH';
  if (germany > 0 && swiss === 0) return 'de-DE';
  return undefined;
}
