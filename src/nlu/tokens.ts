/** Span-aware tokenizing and normalizing of German (and English) chat text. */

/** One word or number of a text with its [start, end) character offsets. */
export interface Token {
  text: string;
  /** Lower case with ß → ss; umlauts kept (see `fold` for the umlaut-free form). */
  lower: string;
  start: number;
  end: number;
}

// Numbers keep decimal commas ("3,5"); words keep inner hyphens and apostrophes ("SPS-Steuerung").
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}\d]+)*(?:\+\+|#)?|[+#]+/gu;

/** Lower case and ß → ss, so de-CH and de-DE spellings compare equal. */
export function lower(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss');
}

/**
 * Lower case with umlauts and accents folded away ("Lötkolben" → "loetkolben"). The one folding of
 * German text: skills, places, languages and the taxonomy all compare in this form.
 */
export function fold(text: string): string {
  return lower(text)
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Where one clause of a self-description ends: punctuation, or an "aber", "sondern", "but" between two halves. */
const CLAUSE_END = /[.!?;:,\n]+|\s(?:aber|sondern|but)\s/iu;

/** The clauses of a text ("Industrie gern, aber ohne Schicht" → "Industrie gern", "ohne Schicht"). */
export function clauses(text: string): string[] {
  return text.split(CLAUSE_END);
}

/** A clause's words as written, split at spaces, slashes, brackets, quotes and hyphens ("Früh-/Spätschicht" → "Früh", "Spätschicht"). */
export function clauseWords(clause: string): string[] {
  return clause.split(/[\s/()"„“-]+/u).filter(Boolean);
}

/** Words (folded) that negate what stands near them in a clause: "ohne Schicht", "keine Nachtarbeit", "not in an office". */
export const NEGATIONS: ReadonlySet<string> = new Set(['ohne', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'nicht', 'nie', 'niemals', 'without', 'no', 'not', 'never']);

/** Words (folded) with which a clause heads somewhere ("ins Büro", "in die Pflege", "zum Zoll", "into logistics"). */
export const TOWARDS: ReadonlySet<string> = new Set(['ins', 'in', 'zum', 'zur', 'into', 'to']);

const nonWords = new Map<string, RegExp>();

/**
 * Words only: every run of characters outside letters, digits, white space and `keep` becomes one
 * space ("Ja!! 👍" → "Ja").
 */
export function words(text: string, keep = ''): string {
  let other = nonWords.get(keep);
  if (!other) nonWords.set(keep, (other = new RegExp(`[^\\p{L}\\p{N}${keep.replace(/[\\\]^-]/g, '\\$&')}\\s]`, 'gu')));
  return text
    .replace(other, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words and numbers of a text, with offsets into the original string. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    tokens.push({ text: match[0], lower: lower(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}
