/**
 * Start dates in German (and English) chat text, relative to a given `now`:
 * "ab sofort" → "asap", "ab März" → the next 1 March, "1.8.2027", "im August", "nächsten Sommer".
 */
import { lower } from './tokens';

/** Month names and abbreviations (German, Swiss, English) → month index 0..11. */
const MONTHS: Record<string, number> = {
  januar: 0, jänner: 0, jan: 0, january: 0, februar: 1, feb: 1, february: 1, märz: 2, maerz: 2, mrz: 2, march: 2, mar: 2,
  april: 3, apr: 3, mai: 4, may: 4, juni: 5, jun: 5, june: 5, juli: 6, jul: 6, july: 6, august: 7, aug: 7, auguscht: 7, septämber: 8, novämber: 10, dezämber: 11,
  september: 8, sept: 8, sep: 8, oktober: 9, okt: 9, october: 9, oct: 9, november: 10, nov: 10, dezember: 11, dez: 11,
  december: 11, dec: 11,
};
/** Seasons start on the first of these months. */
const SEASONS: Record<string, number> = {
  frühling: 2, fruehling: 2, frühjahr: 2, fruehjahr: 2, spring: 2, sommer: 5, summer: 5, herbst: 8, autumn: 8, fall: 8, winter: 11,
};
const ASAP = /\b(?:ab\s+sofort|sofort|ab\s+jetzt|so\s+schn(?:e|ä|ae)ll\s+wie\s+m(?:ö|oe)glich|as\s+soon\s+as\s+possible|so\s+bald\s+wie\s+m(?:ö|oe)glich|asap|immediately|right\s+away|ab\s+subito|subito|per\s+sofort)\b/;
const NUMERIC = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})?(?!\d)/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_WORD = new RegExp(
  `\\b(?:(\\d{1,2})\\.?\\s*|(mitte|mitti|mid)\\s+)?(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?(?:\\s+(\\d{4}))?(?![a-zäöü])`,
);
const SEASON_WORD = new RegExp(`\\b(${Object.keys(SEASONS).join('|')})(?:\\s+(\\d{4}))?(?![a-zäöü])`, 'g');
/** English season words that are also ordinary words ("Spring Boot", "a fall"): a date only after a date-ish word or before a year. */
const AMBIGUOUS_SEASON = new Set(['spring', 'fall']);
const BEFORE_SEASON = /\b(?:in|from|this|next|by|until|start|starting|early|late|ab|im)\s+(?:the\s+)?$/;

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The next first-of-month of this month index that is not before today. */
function nextMonthStart(month: number, now: Date, day = 1): string | undefined {
  const thisYear = now.getFullYear();
  const today = iso(thisYear, now.getMonth(), now.getDate())!;
  const candidate = iso(thisYear, month, day);
  return candidate && candidate >= today ? candidate : iso(thisYear + 1, month, day);
}

function fullYear(text: string | undefined, now: Date): number | undefined {
  if (!text) return undefined;
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year >= now.getFullYear() - 80 ? year : undefined;
}

function numericDate(lowered: string, now: Date): string | undefined {
  const isoMatch = ISO.exec(lowered);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]) - 1, Number(isoMatch[3]));
  const match = NUMERIC.exec(lowered);
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[2]) - 1;
  const year = fullYear(match[3], now);
  return year === undefined ? nextMonthStart(month, now, day) : iso(year, month, day);
}

function relativeDate(lowered: string, now: Date): string | undefined {
  const months = /\bin\s+(\d{1,2}|einem|zwei|drei|vier|sechs)\s+monat/.exec(lowered);
  if (months) {
    const count = { einem: 1, zwei: 2, drei: 3, vier: 4, sechs: 6 }[months[1]!] ?? Number(months[1]);
    return iso(now.getFullYear(), now.getMonth() + count, 1) ?? nextMonthStart((now.getMonth() + count) % 12, now);
  }
  if (/\b(?:nächstes|naechstes|next)\s+(?:jahr|year)\b/.test(lowered)) return iso(now.getFullYear() + 1, 0, 1);
  // "ab Anfang nächsten Monats", "next month": the first of the next month.
  if (/\b(?:n(?:ä|ae)chste[nm]?\s+monats?|next\s+month)\b/.test(lowered)) return iso(now.getFullYear(), now.getMonth() + 1, 1) ?? iso(now.getFullYear() + 1, 0, 1);
  if (/\bnach den sommerferien\b|\blehrbeginn\b/.test(lowered)) return nextMonthStart(7, now);
  return undefined;
}

/** A start date as ISO yyyy-mm-dd, or "asap" for "ab sofort"/"so schnell wie möglich". */
export function parseDate(text: string, now: Date): string | undefined {
  const lowered = lower(text.slice(0, 2000));
  if (ASAP.test(lowered)) return 'asap';
  const numeric = numericDate(lowered, now);
  if (numeric) return numeric;
  const month = MONTH_WORD.exec(lowered);
  if (month) {
    const [, dayText, middle, name, yearText] = month;
    const index = MONTHS[name!]!;
    // "Mitte März", Swiss "Mitti Januar": the 15th.
    const day = dayText ? Number(dayText) : middle ? 15 : 1;
    const year = fullYear(yearText, now);
    // "mai" and "mar"/"may" are also ordinary words; require a date-ish neighbour for the short ones.
    if (name!.length > 3 || dayText || yearText || /\b(?:ab|im|in|per|from|start|anfang|ende|mitte)\s+$/.test(lowered.slice(0, month.index))) {
      return year === undefined ? nextMonthStart(index, now, day) : iso(year, index, day);
    }
  }
  const season = [...lowered.matchAll(SEASON_WORD)].find(
    (m) => !AMBIGUOUS_SEASON.has(m[1]!) || m[2] || BEFORE_SEASON.test(lowered.slice(0, m.index)),
  );
  if (season) {
    const year = fullYear(season[2], now);
    const index = SEASONS[season[1]!]!;
    return year === undefined ? nextMonthStart(index, now) : iso(year, index, 1);
  }
  return relativeDate(lowered, now);
}

/**
 * A posting's stated start ("Lehrbeginn August 2026", "Ausbildungsstart 1. September 2026", "Start
 * 08/2027", "(Start 2026)"): the month index year·12 + month (0-based). Of several, the latest
 * with a month ("Start 2026 … Ausbildungsstart 1. September 2026": September), else the latest
 * year, which counts as its last month, so that it is past only once the year is. Undefined when it
 * names none ("ab sofort", "ab August" without a year).
 */
export function statedStartMonth(text: string): number | undefined {
  let withMonth: number | undefined;
  let yearOnly: number | undefined;
  for (const [, monthWord, monthNumber, year] of lower(text).matchAll(STATED_START)) {
    const month = monthWord !== undefined ? MONTHS[monthWord] : monthNumber !== undefined ? Number(monthNumber) - 1 : undefined;
    if (month === undefined) {
      if (monthNumber === undefined) yearOnly = Math.max(yearOnly ?? 0, Number(year) * 12 + 11);
    } else if (month >= 0 && month <= 11) withMonth = Math.max(withMonth ?? 0, Number(year) * 12 + month);
  }
  return withMonth ?? yearOnly;
}

/** The words that introduce a start and what may follow: a day ("1."), a month by name or number, then a four-digit year. */
const STATED_START = new RegExp(
  `\\b(?:start|beginn|lehrbeginn|ausbildungsbeginn|ausbildungsstart|stellenantritt|eintritt|antritt|ab|per|starting|from)\\b:?\\s+(?:(?:am\\s+)?\\d{1,2}\\.\\s*)?(?:(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?\\s+|(\\d{1,2})\\s*[/.]\\s*)?(20\\d\\d)\\b`,
  'g',
);
