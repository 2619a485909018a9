/**
 * Text for Telegram's HTML parse mode: everything a dialog writes is escaped, and the little
 * Markdown the shared texts use (**bold**, [label](https://…)) becomes the matching HTML tags.
 */

/** Telegram's maximum length of one text message (in UTF-16 code units after entity parsing). */
export const TELEGRAM_MAX_TEXT = 4096;

/** Escapes the three characters Telegram's HTML mode reserves. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (href) as well: quotes too. */
function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;
const BOLD = /\*\*([^*\n]+)\*\*/g;

/** Converts dialog text to Telegram HTML: escaped, with bold and links kept. */
export function toTelegramHtml(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    parts.push(inline(text.slice(last, match.index)));
    parts.push(`<a href="${escapeAttribute(match[2]!)}">${inline(match[1]!)}</a>`);
    last = match.index! + match[0].length;
  }
  parts.push(inline(text.slice(last)));
  return parts.join('');
}

function inline(text: string): string {
  return escapeHtml(text).replace(BOLD, '<b>$1</b>');
}

/** A bold line (card titles). */
export function bold(text: string): string {
  return `<b>${escapeHtml(text)}</b>`;
}

/** An italic line (card subtitles). */
export function italic(text: string): string {
  return `<i>${escapeHtml(text)}</i>`;
}
