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
