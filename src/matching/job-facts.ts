/**
 * What a person needs to act on a posting, read from the posting itself: the pay where the ad
 * names it, a short excerpt of its description, and whether its link can be opened. Pure.
 */

/** The pay an ad names ("einen Lohn von 850 Franken im 1. Lehrjahr"), or undefined. */
export function salaryOf(description: string): string | undefined {
  const match =
    /(?:Lohn|Gehalt|Ausbildungsvergütung|Vergütung|Monatslohn|Jahreslohn|salary|pay)\s+(?:von\s+|of\s+)?((?:CHF|EUR|€|Fr\.)\s*[\d'’.,]+(?:\s*[–-]\s*[\d'’.,]+)?|[\d'’.,]+(?:\s*[–-]\s*[\d'’.,]+)?\s*(?:Franken|CHF|Euro|EUR|€|Fr\.))((?:\s+(?:im|pro|per|a|je)\s+[\wäöüÄÖÜ.]+(?:\s+[\wäöüÄÖÜ]+)?)?)/i.exec(
      description,
    );
  if (!match) return undefined;
  return `${match[1]!.trim()}${match[2] ?? ''}`.replace(/\s+/g, ' ').trim();
}

/**
 * The first paragraphs of a description, cut at a sentence or line end below `max` characters;
 * list lines are kept as lines.
 */
export function excerptOf(description: string, max = 320): string {
  const paragraphs = description
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  let out = '';
  for (const paragraph of paragraphs) {
    const next = out ? `${out}\n\n${paragraph}` : paragraph;
    if (next.length <= max) {
      out = next;
      continue;
    }
    if (!out) {
      const cut = paragraph.slice(0, max);
      const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('\n'));
      out = end > max / 3 ? cut.slice(0, end + 1).trim() : `${cut.replace(/\s+\S*$/, '')} …`;
    }
    break;
  }
  return out;
}

/** A link a person can open (http or https, no spaces). */
export function openableLink(link: string | undefined): string | undefined {
  return link && /^https?:\/\/[^\s]+$/.test(link) ? link : undefined;
}
