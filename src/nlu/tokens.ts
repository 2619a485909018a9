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

/** Lower case with umlauts and accents folded away ("Lötkolben" → "loetkolben"). */
export function fold(text: string): string {
  return lower(text)
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
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
