/**
 * Quantities in German chat text: percentages and Pensum ("80 Prozent", "60-80 %", "Vollzeit"),
 * years of experience ("3,5 Jahre", "seit 2019") and a search radius ("bis 30 km").
 */
import { findNumbers, type NumberMatch } from './numbers';
import { lower } from './tokens';

/** A Pensum range in percent. */
export interface PensumRange {
  min: number;
  max: number;
}

// Swiss German writes the vowel as spoken: "80 Prozänt".
const PERCENT_UNIT = /^\s*(?:%|prozent\b|prozänt\b|percent\b|pct\b|pro\s?zent\b)/;
const RANGE_JOIN = /^\s*(?:%|prozent|prozänt)?\s*(?:-|–|bis|to|oder|or|und|and|\/)\s*$/;
const WORK_TIME: [RegExp, PensumRange][] = [
  // "ganztags arbeiten", Swiss "Vollziit": a whole working day.
  [/\b(?:vollzeit|vollziit|voll ?pensum|volle[sn]? ?pensum|full[- ]?time|100 ?%-?(?:stelle|pensum|job)|ganztags|ganztägig|ganztaegig|4[0-3][- ]?(?:hours?|stunden|std\.?)[- ]?(?:week|woche))/, { min: 100, max: 100 }],
  [/\b(?:halbtags|halbtag|halbe stelle|halbes pensum|half[- ]?time|50 ?%-?stelle)/, { min: 50, max: 50 }],
  [/\b(?:teilzeit|teilziit|part[- ]?time|teilpensum)/, { min: 50, max: 90 }],
  [/\b(?:minijob|geringfuegig|geringfügig|aushilfe)/, { min: 10, max: 30 }],
];

function textAfter(text: string, match: NumberMatch): string {
  return lower(text.slice(match.end, match.end + 16));
}

/** The percentages in a text ("80 Prozent", "80%", "achtzig Prozent"), with their spans. */
export function findPercents(text: string): NumberMatch[] {
  const numbers = findNumbers(text);
  const percents: NumberMatch[] = [];
  numbers.forEach((match, i) => {
    if (PERCENT_UNIT.test(textAfter(text, match))) percents.push(match);
    else {
      // "60-80 %": the first number of a range takes the unit of the second.
      const next = numbers[i + 1];
      const between = next ? lower(text.slice(match.end, next.start)) : '';
      if (next && RANGE_JOIN.test(between) && PERCENT_UNIT.test(textAfter(text, next))) percents.push(match);
    }
  });
  return percents.filter((m) => m.value >= 0 && m.value <= 100);
}

/** The first percentage in a text. */
export function parsePercent(text: string): number | undefined {
  return findPercents(text)[0]?.value;
}

/** "Pensum 80", "80er-Pensum": a bare number that the word Pensum marks as percent. */
function pensumNumber(text: string): number | undefined {
  const match = /\bpensum(?:\s+(?:von|of))?\s+(\d{2,3})\b|\b(\d{2,3})(?:er)?[- ]?pensum/.exec(lower(text));
  const value = match ? Number(match[1] ?? match[2]) : undefined;
  return value !== undefined && value > 0 && value <= 100 ? value : undefined;
}

/** A Pensum from "80 Prozent", "60-80 %", "60 bis 80 Prozent", "Vollzeit" (100), "Teilzeit" (50-90), "halbtags" (50). */
export function parsePensum(text: string): PensumRange | undefined {
  const percents = findPercents(text);
  const [first, second] = percents;
  if (first && second && RANGE_JOIN.test(lower(text.slice(first.end, second.start)))) {
    return { min: Math.min(first.value, second.value), max: Math.max(first.value, second.value) };
  }
  if (first) return { min: first.value, max: first.value };
  const bare = pensumNumber(text);
  if (bare !== undefined) return { min: bare, max: bare };
  const lowered = lower(text);
  // "lieber Teilziit als Vollziit": of several, the one named first.
  let named: PensumRange | undefined;
  let at = Infinity;
  for (const [pattern, range] of WORK_TIME) {
    const match = pattern.exec(lowered);
    if (match && match.index < at) [named, at] = [range, match.index];
  }
  return named ? { ...named } : undefined;
}

/** With Swiss "Johr" ("3 Johr als Maurer"). */
const YEAR_UNIT = /^\s*(?:jahre?n?|jahr|johr|johre|j\.|years?|yrs?)\b/;
const MONTH_UNIT = /^\s*(?:monate?n?|months?)\b/;
const MONTHS_DE = ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'];

/**
 * Time spent away from work, said right after the span ("8 Jahre zu Hause mit den Kindern", "5 Jahre
 * Familienpause", "seit 2019 nüm im Bruef", "3 years at home"): a break, not experience. Lowered.
 */
const AWAY_FROM_WORK =
  /^[^,.;:!?]{0,30}?\b(?:zu\s+hause|z['’]?\s*hus|daheim|dihei|deheim|(?:familien|eltern|baby|kinder)(?:pause|zeit)|pause|auszeit|hausfrau|hausmann|arbeitslos|erwerbslos|ohne\s+(?:arbeit|job|stelle)|nicht\s+(?:mehr\s+)?(?:gearbeitet|im\s+beruf)|nüm(?:me|mer)?\s+(?:im\s+bruef|gschaffet|gearbeitet)|at\s+home|career\s+break|parental\s+leave|maternity\s+leave|unemployed|out\s+of\s+work|not\s+worked|homemaker|housewife)/u;

/** Years of experience: "3,5 Jahre", "zwei Jahre Erfahrung", "18 Monate", "seit 2019" (counted to `now`); not a break from work. */
export function parseYears(text: string, now: Date): number | undefined {
  const lowered = lower(text);
  const since = /\b(?:seit|sit|since)\s+(?:([a-zäöü]{3})[a-zäöü]*\.?\s+)?((?:19|20)\d{2})\b/.exec(lowered);
  if (since && !AWAY_FROM_WORK.test(lowered.slice(since.index + since[0].length))) {
    const year = Number(since[2]);
    if (!since[1]) return year <= now.getFullYear() ? now.getFullYear() - year : undefined;
    const monthIndex = MONTHS_DE.indexOf(since[1].replace('mae', 'mär'));
    const months = (now.getFullYear() - year) * 12 + now.getMonth() - Math.max(0, monthIndex);
    if (months >= 0 && year <= now.getFullYear()) return Math.round(months / 6) / 2;
  }
  for (const match of findNumbers(text)) {
    // Sliced before lowering: lower case may change the length ("heiße" → "heisse"), so offsets into `lowered` would drift.
    const after = lower(text.slice(match.end, match.end + 24));
    if (/\balt\b|\bold\b/.test(after.slice(0, 12))) continue; // "16 Jahre alt" is an age
    if (AWAY_FROM_WORK.test(after.replace(YEAR_UNIT, '').replace(MONTH_UNIT, ''))) continue;
    if (YEAR_UNIT.test(after)) return match.value;
    if (MONTH_UNIT.test(after)) return Math.round((match.value / 12) * 10) / 10;
  }
  return undefined;
}

const KM_UNIT = /^\s*(?:km\b|kilometer|kilometern|kilometres?|kms?\b)/;

/** A search radius in km: "bis 30 km", "30 Kilometer", "im Umkreis von zwanzig km". */
export function parseRadius(text: string): number | undefined {
  for (const match of findNumbers(text)) {
    if (KM_UNIT.test(lower(text.slice(match.end, match.end + 12))) && match.value > 0 && match.value <= 1000) return match.value;
  }
  const around = /\bumkreis(?:\s+von)?\s+(\d{1,3})\b/.exec(lower(text));
  return around ? Number(around[1]) : undefined;
}
