/**
 * Features of a chat message for the intent model: words, stems (with synonyms folded), word
 * pairs, character n-grams (robust to typos and Swiss spellings), the message's shape, and the
 * dialog's open question. Names and place names are replaced by a placeholder first, so "ich bin
 * Petra aus Erfurt" and "ich bin Ahmed aus Olten" look alike to the model.
 */
import { findFirstName } from './introductions';
import { natural } from './natural';
import { placeByExactName } from './places';
import { lower } from './tokens';

/** Most characters looked at: commands are short, and the work must stay bounded for long texts. */
export const MAX_INTENT_TEXT = 300;

/** Lower case, umlauts folded to their base vowel (ä/ae → a), ß → ss: "zurück", "zurueck" and "zuruck" agree. */
export function normalizeIntentText(text: string): string {
  return lower(text)
    .replace(/ae|ä/g, 'a')
    .replace(/oe|ö/g, 'o')
    .replace(/ue|ü/g, 'u')
    .replace(/[^\p{L}\p{N}?/\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Synonyms that mean the same for an intent fold into one stem, and compounds count by their head
 * ("Ausbildungsstellen" → stelle), so the examples generalise to unseen words.
 */
const SYNONYMS: [RegExp, string][] = [
  [/^(?:zeig\w*|anzeig\w*|anschau\w*|ansehen|ansicht|lug\w*|aazeig\w*|show|see|view|display)$/, 'zeig'],
  [/^(?:gibt|gibts|git|gits|there)$/, 'gibt'],
  [/^(?:gespeichert\w*|gemerkt|notiert|aufgeschrieben|festgehalten|saved|stored|speicher\w*)$/, 'gespeichert'],
  [/^(?:sichtbar\w*|unsichtbar\w*|offentlich\w*|versteckt|verstecken|public|visible|hidden|hide)$/, 'sichtbar'],
  [/^(?:\w*radius|umkreis\w*|distanz|entfernung|distance)$/, 'radius'],
  [/^(?:alarm\w*|benachrichtig\w*|notif\w*|alerts?|bescheid|newsletter)$/, 'alarm'],
  [/^(?:versteh\w*|verstoh\w*|kapier\w*|checke|checkst|begreif\w*|understand\w*)$/, 'versteh'],
  [/^(?:\w*kurs|\w*kurse|\w*kursen|schulung\w*|weiterbild\w*|fortbild\w*|umschul\w*|lehrgang\w*|lehrgange|seminar\w*|course\w*|training\w*|class|classes)$/, 'kurs'],
  [/^(?:jobs?|\w*stelle|\w*stellen|\w*stell|\w*platze?|arbeit|work|stellenangebot\w*|jobangebot\w*|vacanc\w*|apprenticeships?|internships?|openings?|positions?)$/, 'stelle'],
  [/^(?:bewerb\w*|apply\w*|applied|application\w*|hiring|hire)$/, 'bewerb'],
  [/^(?:mensch\w*|mansch\w*|person|personen|berater\w*|fachperson\w*|human|someone|jemand\w*|advisor|agent|recruiter\w*)$/, 'mensch'],
  [/^(?:deutsch|englisch|franzosisch|italienisch|spanisch|portugiesisch|turkisch|arabisch|russisch|ukrainisch|german|english|french|italian|spanish)$/, 'sprache'],
  [/^(?:warum|wieso|weshalb|why|werum|wiso)$/, 'warum'],
  [/^(?:danke\w*|dank|merci\w*|thanks?|thx|thank)$/, 'danke'],
  [/^(?:hallo+|hoi|hi+|hey+|hello|gruezi|gruessech|sali|salu|servus|moin|halo|hallochen)$/, 'hallo'],
  // Goodbyes ("see you" is rewritten to "cya" first, so "see" still means "show" elsewhere). The text is folded
  // before (ue → u), so "Wiederschauen" arrives as "wiederschaun" and "widerluege" as "widerluge".
  [/^(?:tschuss\w*|tschu|tschau|ciao|adieu|ade|adios|bye|goodbye|wiedersehen|wiedersch\w+|wi(?:e)?derlu\w*|cya)$/, 'tschuss'],
  // Stopping, with Swiss forms whose folded ä no longer looks like the e of the German verb ("abbräche").
  [/^(?:abbrech\w*|abbrach\w*|abbruch|aufhor\w*|ufhor\w*|stopp?|cancel\w*|quit|beend\w*)$/, 'abbrech'],
  // Personal data in Swiss and English words ("mini Date", "Agabe"), so a question about who sees them reads alike.
  [/^(?:daten|date|data|angaben|angabe|agabe|agaabe)$/, 'daten'],
  // "öppis" and "etwas" ask for the same (Swiss "Hesch öppis im Verkauf?").
  [/^(?:etwas|oppis|opis|eppis|something|anything)$/, 'etwas'],
  // Changing what is written ("Profil umschreiben", "Angaben aktualisieren"): one stem, so an unseen verb of change reads as editing, not showing.
  [/^(?:andern|ander|anderung\w*|anpass\w*|aapass\w*|korrigier\w*|korrektur\w*|bearbeit\w*|aktualisier\w*|umschreib\w*|uberarbeit\w*|berichtig\w*|updat\w*|edit\w*|chang\w*|fix|correct)$/, 'andern'],
];

/**
 * Closed-class words (pronouns, articles, auxiliaries and modal verbs, particles): they keep their
 * word and stem features but give no character n-grams, which are there for typos and unseen word
 * forms of content words. Otherwise "muss" shares "uss#" with "tschüss" and "wieder" the n-grams of
 * "auf Wiedersehen", and a question that starts "muss man …" leans to saying goodbye.
 */
const FUNCTION_WORDS = new Set(
  (
    'ich mich mir du dich dir er sie es wir uns ihr euch ihnen man mein meine meiner meinem meinen dein deine sein seine ' +
    'der die das den dem des ein eine einer einem einen kein keine und oder aber wenn dann weil dass ob als wie was wer wo wann ' +
    'bin bist ist sind seid war waren hab habe hast hat haben habt hatte hatten wird werden wurde ' +
    'muss musst mussen muss mues mues musste will willst wollen wollt wott wetti mochte mochten mag kann kannst konnen chan cha ' +
    'soll sollte sollen darf durfen noch schon jetzt mal auch nur wieder sehr ganz gerade grad bitte hier da dort ' +
    'mit von vom bei beim nach zum zur fur uber unter aus auf im in am an ab um bis the you and have can want will would'
  ).split(' '),
);

/**
 * A small lexicon of words that say yes or no on their own, as one feature each: an unseen form
 * ("keinesfalls", "okidoki") still reads as an answer instead of falling to `none`.
 */
const YES_WORDS = /^(?:ja+|jo+|jaw[oh]+l+|jep|jap|jup+|yes|yep|yeah|yup|ok|okay|okey\w*|oki\w*|okok|genau|klar\w*|gern|gerne|garn|sicher|sicherlich|absolut|natur\w*lich|selbstverstandlich|logo|logisch|einverstanden|definitiv|unbedingt|freilich|sure|definitely|absolutely|certainly|alright|gladly|agreed)$/;
const NO_WORDS = /^(?:nein|nei|no|nope|nee|no+|nah|nie|niemals|nimmer|keinesfalls|keineswegs|never|nix|nada|noway)$/;

const stemCache = new Map<string, string>();
/** Bound on the cache of stems (a long-running bot sees many words). */
const MAX_STEM_CACHE = 20_000;

function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const result = SYNONYMS.find(([pattern]) => pattern.test(word))?.[1] ?? natural.PorterStemmerDe.stem(word);
  if (stemCache.size < MAX_STEM_CACHE) stemCache.set(word, result);
  return result;
}

/** Emoji that say something on their own. */
const EMOJI_WORDS: [RegExp, string][] = [
  [/👋/gu, ' hallo '],
  [/🙏|🙂‍↕️/gu, ' danke '],
  [/👍|👌|✅/gu, ' ok '],
  [/👎|❌/gu, ' nein '],
];

/** A capitalised word after a preposition that is a known place ("nach Basel", "in Köln"). */
const PLACE_AFTER_PREPOSITION = /(?<=\b(?:in|nach|bei|aus|us|um|von|near|to|from|Raum)\s+)\p{L}[\p{L}.-]+/gu;

/** The message with its slot values (names, places, numbers) replaced by placeholders. */
function withPlaceholders(text: string): string {
  let result = text;
  for (const [pattern, word] of EMOJI_WORDS) result = result.replace(pattern, word);
  const name = findFirstName(result);
  if (name) result = result.replace(new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu'), ' xname ');
  result = result.replace(PLACE_AFTER_PREPOSITION, (word) => (placeByExactName(word) ? ' xort ' : word));
  return result.replace(/\d+(?:[.,]\d+)?/g, ' xnum ');
}

/** Longest word whose character n-grams are all kept; see charGrams. */
const LONG_WORD = 12;
/** Characters kept from each end of a longer word: its first part and, in German, the head of the compound. */
const LONG_WORD_HEAD = 5;
const LONG_WORD_TAIL = 7;

/**
 * The character n-grams (3–5) of a word, padded with «#». A long compound («Verwaltungsfachangestellter») would
 * give 70 n-grams and outweigh every other word of the message (the features count 1/sqrt(active features)), so
 * an unseen occupation decided the intent by what its middle looks like; of a word longer than LONG_WORD only the
 * n-grams of its first and last characters count, as much as a word of ordinary length.
 */
export function charGrams(word: string): string[] {
  const padded = `#${word}#`;
  const grams: string[] = [];
  const long = word.length > LONG_WORD;
  for (let n = 3; n <= 5; n++) {
    for (let at = 0; at + n <= padded.length; at++) {
      if (long && at + n > LONG_WORD_HEAD + 1 && at < padded.length - LONG_WORD_TAIL - 1) continue;
      grams.push(padded.slice(at, at + n));
    }
  }
  return grams;
}

function lengthBucket(words: number): string {
  if (words <= 1) return 'len:1';
  if (words <= 3) return 'len:2';
  if (words <= 7) return 'len:4';
  if (words <= 15) return 'len:8';
  return 'len:16';
}

/**
 * The features of a message. `asked` names the profile fields the dialog's open question asks
 * for (empty when nothing is open): the same words answer a question or ask for something.
 */
export function intentFeatures(text: string, asked: readonly string[] = []): string[] {
  // "looking after" is caring for someone, not "looking for" a job: one word, so "looking" keeps its sense elsewhere.
  const normalized = normalizeIntentText(withPlaceholders(text.slice(0, MAX_INTENT_TEXT)))
    .replace(/\bsee (?:you|ya)\b/g, 'cya')
    .replace(/\blook(?:s|ing|ed)? after\b/g, 'lookafter');
  const tokens = normalized.replace(/\?/g, ' ').split(' ').filter(Boolean);
  const length = lengthBucket(tokens.length);
  const features: string[] = [length];
  if (normalized.includes('?')) features.push('has:?');
  if (tokens.length) features.push(`first:${tokens[0]}`, `last:${tokens[tokens.length - 1]}`);
  const stems = tokens.map(stem);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    features.push(`w:${word}`, `s:${stems[i]}`);
    if (i > 0) features.push(`b:${stems[i - 1]}_${stems[i]}`);
    // With the message's length too: a yes or no word alone ("Nimmer") is an answer, while a long message with
    // one ("nein, keinen Fahrausweis, aber …") weighs its other words as well.
    if (YES_WORDS.test(word)) features.push('lex:yes', `lex:yes@${length}`);
    else if (NO_WORDS.test(word)) features.push('lex:no', `lex:no@${length}`);
    if (word.length >= 3 && !word.startsWith('x') && !FUNCTION_WORDS.has(word)) {
      for (const gram of charGrams(word)) features.push(`c:${gram}`);
    }
  }
  if (asked.length) {
    features.push('q:any', ...asked.map((field) => `q:${field}`));
    for (const s of new Set(stems)) features.push(`qs:${s}`);
  }
  return features;
}
