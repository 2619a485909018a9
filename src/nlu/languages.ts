/**
 * Languages with a CEFR level ("Englisch B2", "Französisch gut", "Muttersprache Türkisch") and the
 * conversation language a person asks for ("auf Englisch bitte").
 */
import type { LanguageLevel, Locale, ProfileLanguage } from '../profile/types';
import { fold } from './tokens';
import { own } from '../own';

/** Folded language names (German and English, also adjectives) → ISO 639-1. */
const LANGUAGES: Record<string, string> = {
  deutsch: 'de', german: 'de', schweizerdeutsch: 'de', hochdeutsch: 'de', englisch: 'en', english: 'en', franzoesisch: 'fr',
  french: 'fr', italienisch: 'it', italian: 'it', spanisch: 'es', spanish: 'es', portugiesisch: 'pt', portuguese: 'pt',
  tuerkisch: 'tr', turkish: 'tr', arabisch: 'ar', arabic: 'ar', russisch: 'ru', russian: 'ru', ukrainisch: 'uk',
  ukrainian: 'uk', polnisch: 'pl', polish: 'pl', albanisch: 'sq', albanian: 'sq', serbisch: 'sr', kroatisch: 'hr',
  bosnisch: 'bs', tamilisch: 'ta', tamil: 'ta', tigrinya: 'ti', tigrinisch: 'ti', persisch: 'fa', farsi: 'fa', dari: 'fa',
  kurdisch: 'ku', rumaenisch: 'ro', ungarisch: 'hu', griechisch: 'el', chinesisch: 'zh', chinese: 'zh', japanisch: 'ja',
  vietnamesisch: 'vi', niederlaendisch: 'nl', dutch: 'nl', schwedisch: 'sv', somali: 'so', hindi: 'hi', mazedonisch: 'mk',
  raetoromanisch: 'rm', romanisch: 'rm', thai: 'th', tschechisch: 'cs', slowakisch: 'sk', bulgarisch: 'bg',
  // Swiss German forms.
  duetsch: 'de', tuetsch: 'de', schwiizerduetsch: 'de', schwizerduetsch: 'de', hochduetsch: 'de', italiaenisch: 'it',
};
/** Short forms that are also first names ("Franz"): a language only beside another language or a level. */
const SHORT_FORMS: Record<string, string> = { franz: 'fr' };
const LEVEL_WORDS: [RegExp, LanguageLevel][] = [
  [/\b(?:mue?tt?ersc?h?pr[ao]ch\w*|erstsprache|native(?:ly)?|mother tongue|first language)\b/, 'native'],
  [/\b(?:verhandlungssicher|fliessend|fluessig|perfekt|fluent(?:ly)?|sehr gut|sehr guet|very good|excellent)\b/, 'C1'],
  [/\b(?:gut|gute|guten|guet|good|well)\b/, 'B2'],
  [/\b(?:mittel|mittelmaessig|ok|okay|intermediate|einigermassen)\b/, 'B1'],
  [/\b(?:grundkenntnisse|ein bisschen|ein wenig|etwas|wenig|basics?|a little|bisschen|bitz|bitzli|chli|anfaenger\w*|beginner)\b/, 'A2'],
];
const CEFR = /\b([abc][12])\b/;
/** Level assumed when a language is named without one; a dialog may ask to refine it. */
export const DEFAULT_LANGUAGE_LEVEL: LanguageLevel = 'B1';

/** The level named in a short piece of text around a language. */
function levelIn(piece: string): LanguageLevel | undefined {
  const cefr = CEFR.exec(piece);
  if (cefr) return cefr[1]!.toUpperCase() as LanguageLevel;
  return LEVEL_WORDS.find(([pattern]) => pattern.test(piece))?.[1];
}

/** Languages with levels: each language takes the level written in its own clause. */
export function parseLanguages(text: string): ProfileLanguage[] {
  return readLanguages(text).languages;
}

/**
 * The languages whose level is written as firmly as a form would ask it ("mein Deutsch ist B1", "Türkisch
 * Muttersprache"): not a language named in passing ("Englisch wäre gut") nor one with a vague word or none.
 */
export function firmlyLeveledLanguages(text: string): ProfileLanguage[] {
  const { languages, firm } = readLanguages(text);
  return languages.filter((l) => firm.has(l.language));
}

function readLanguages(text: string): { languages: ProfileLanguage[]; firm: Set<string> } {
  const firmCodes = new Set<string>();
  const folded = fold(text.slice(0, 2000));
  const found = new Map<string, ProfileLanguage>();
  const short: [string, string][] = [];
  let levelNamed = false;
  // The languages of the last clause that named one, and whether their level was only assumed or a vague word.
  let previous: { codes: string[]; firm: boolean } | undefined;
  // Clauses split at commas, "und" (Swiss "u"), semicolons: "Englisch B2, Französisch gut und Türkisch Muttersprache".
  // "guet Englisch und Französisch", "English and Tamil fluently": within a comma-free stretch, one level said once
  // is the level of every language joined by "und"/"and" that names none.
  const clauses = folded.split(/[,;\n]/).flatMap((segment) => {
    const parts = segment.split(/\bund\b|\bu\b|\band\b|\bsowie\b/);
    const levels = parts.map(levelIn).filter((level) => level !== undefined);
    return parts.map((part) => ({ part, shared: levels.length === 1 ? levels[0] : undefined }));
  });
  for (const { part: clause, shared } of clauses) {
    const level = levelIn(clause) ?? (/[a-z]/.test(clause) && [...(clause.match(/[a-z]+/g) ?? [])].some((word) => own(LANGUAGES, word)) ? shared : undefined);
    levelNamed ||= level !== undefined;
    const codes = (clause.match(/[a-z]+/g) ?? []).map((word) => own(LANGUAGES, word)).filter((code): code is string => code !== undefined);
    // "Spanisch vergässe, A2", "Arabic, forgot to mention, native": a level on its own belongs to the language before it,
    // over an assumed level or a vague word ("so guet Dütsch, A2"), not over a level named as firmly.
    const firm = level !== undefined && (CEFR.test(clause) || level === 'native');
    if (!codes.length && level && previous && (firm || !previous.firm)) {
      for (const code of previous.codes) {
        found.set(code, { language: code, level });
        if (firm) firmCodes.add(code);
        else firmCodes.delete(code);
      }
      previous = { codes: previous.codes, firm };
    }
    if (codes.length) previous = { codes, firm };
    for (const word of clause.match(/[a-z]+/g) ?? []) {
      const shortCode = own(SHORT_FORMS, word);
      if (shortCode) short.push([shortCode, clause]);
      const code = own(LANGUAGES, word);
      if (!code || found.has(code)) continue;
      found.set(code, { language: code, level: level ?? DEFAULT_LANGUAGE_LEVEL });
      if (firm) firmCodes.add(code);
    }
  }
  if (found.size > 0 || levelNamed) {
    for (const [code, clause] of short) if (!found.has(code)) found.set(code, { language: code, level: levelIn(clause) ?? DEFAULT_LANGUAGE_LEVEL });
  }
  return { languages: [...found.values()], firm: firmCodes };
}

/** True when a language name stands where it is meant as a spoken language, not as "auf Deutsch". */
export function mentionsLanguage(text: string): boolean {
  return /\b(?:spreche|sprechen|sprachen?|language|languages|speak|muttersprache|mue?tt?ersc?h?pr[ao]ch\w*|kenntnisse|[abc][12])\b/.test(fold(text));
}

/** The conversation language asked for: "auf Englisch bitte", "English please", "Hochdeutsch", "Schweizerdeutsch". */
export function parseLocale(text: string): Locale | undefined {
  const folded = fold(text.slice(0, 200));
  if (/\b(?:english|englisch|in english|auf englisch|en)\b(?!\s*[abc][12])/.test(folded) && !/\bspreche|kenntnis|\b[abc][12]\b/.test(folded)) return 'en';
  if (/schweizerdeutsch|schwiizer|\bde-ch\b|\bschweiz\b|\bswiss\b|switzerland/.test(folded)) return 'de-CH';
  if (/hochdeutsch|deutschland|\bde-de\b|\bgermany\b/.test(folded)) return 'de-DE';
  return undefined;
}
