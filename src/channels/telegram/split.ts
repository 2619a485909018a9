/**
 * Splits text that is too long for one Telegram message at the most natural boundary that fits:
 * paragraphs, then lines, then sentences, then words, and only as a last resort inside a word.
 * The limit applies to the formatted text (after escaping), so every piece is measured that way.
 */

type Measure = (piece: string) => number;

const SEPARATORS: RegExp[] = [/(?<=\n\n)/, /(?<=\n)/, /(?<=[.!?…:;])(?=\s)/, /(?=\s)/];

/** Splits `text` into pieces whose measured length is at most `limit`, trimmed and non-empty. */
export function splitMessage(text: string, limit: number, measure: Measure = (s) => s.length): string[] {
  if (measure(text) <= limit) return text.trim() ? [text.trim()] : [];
  return splitAt(text, 0, limit, measure)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function splitAt(text: string, level: number, limit: number, measure: Measure): string[] {
  if (measure(text) <= limit) return [text];
  const separator = SEPARATORS[level];
  if (!separator) return hardCut(text, limit, measure);
  const units = text.split(separator);
  if (units.length === 1) return splitAt(text, level + 1, limit, measure);
  return pack(units, limit, measure).flatMap((chunk) => splitAt(chunk, level + 1, limit, measure));
}

/** Greedily joins consecutive units while they fit; an oversized unit stays alone (split further later). */
function pack(units: string[], limit: number, measure: Measure): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const unit of units) {
    if (current && measure((current + unit).trim()) > limit) {
      chunks.push(current);
      current = unit;
    } else {
      current += unit;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Cuts inside a word, never between the two halves of a surrogate pair (emoji). */
function hardCut(text: string, limit: number, measure: Measure): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let current = '';
  for (const ch of chars) {
    if (current && measure(current + ch) > limit) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) out.push(current);
  return out;
}
