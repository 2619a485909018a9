/**
 * Tolerant field access and value parsing for third-party records: renamed fields, strings or
 * objects where either may appear, German date formats, HTML descriptions.
 */
import type { PositionKind } from '../profile/types';
import { own } from '../own';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const normalizeKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The first present (non-empty) field among several names; names match case- and punctuation-insensitively. */
export function pick(record: unknown, ...names: string[]): unknown {
  if (!isObject(record)) return undefined;
  for (const name of names) {
    const value = record[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  const wanted = new Set(names.map(normalizeKey));
  for (const [key, value] of Object.entries(record)) {
    if (wanted.has(normalizeKey(key)) && value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** How deep text() looks into nested lists and objects ({name: {value: "…"}} is two). */
const TEXT_DEPTH = 8;

/** A string from a string, number, or an object's name/value/text field. */
export function text(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (depth >= TEXT_DEPTH) return undefined;
  if (Array.isArray(value)) return text(value[0], depth + 1);
  if (isObject(value)) return text(pick(value, 'name', 'value', 'bezeichnung', 'text', '@value', 'title'), depth + 1);
  return undefined;
}

/** A finite number from a number or a numeric string ("1.200,50", "1200.5", "0.0"). */
export function number(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let s = value.trim().replace(/[^\d.,-]/g, '');
  if (/,\d{1,2}$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  const n = Number.parseFloat(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Dates as ISO strings, German dd.mm.yyyy, dd-mm-yyyy, dd/mm/yyyy (day first) or epoch milliseconds. */
export function date(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number') return value > 0 ? validDate(new Date(value)) : undefined;
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const s = value.trim();
  if (/^\d{10,13}$/.test(s)) return new Date(Number(s.length === 10 ? Number(s) * 1000 : s));
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (dmy) return validDate(new Date(Date.UTC(Number(dmy[3]), Number(dmy[2]) - 1, Number(dmy[1]))));
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return validDate(new Date(`${s}T00:00:00Z`));
  // Timestamps without zone (BA's modifikationsTimestamp) are read as UTC.
  const iso = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(s) ? `${s}Z` : s;
  return validDate(new Date(iso));
}

function validDate(d: Date): Date | undefined {
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** yyyy-mm-dd of a date value, for JobPosting.startDate. */
export function isoDay(value: unknown): string | undefined {
  return date(value)?.toISOString().slice(0, 10);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß' };

/** The character of a numeric entity; undefined for numbers beyond Unicode ("&#99999999;" stays as written). */
function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

/** Plain text from HTML: block tags become line breaks, entities are decoded, whitespace is tidied. */
export function plainText(html: string | undefined): string {
  if (!html) return '';
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<(br|\/p|\/div|\/li|\/h\d|\/tr)\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n• ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith('#') ? (codePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1))) ?? m) : (own(ENTITIES, e) ?? m),
    )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n\n•/g, '\n•')
    .trim();
}

const KIND_WORDS: [RegExp, PositionKind][] = [
  [/\b(ausbildung|azubi|auszubildende|lehrstelle|lehre\b|lernende|berufslehre|duales studium|apprentice)/i, 'apprenticeship'],
  [/\b(praktik|schnupperlehre|trainee|werkstudent|working student|intern\b|internship)/i, 'internship'],
  [/\b(befristet|aushilfe|temporär|temporaer|saison|elternzeitvertretung|temporary|fixed[- ]term)/i, 'temporary'],
];

/** The kind of position from a source's own hint first, then from words in the title. */
export function inferKind(title: string, hint?: string): PositionKind {
  const h = (hint ?? '').toLowerCase();
  if (/^(4|ausbildung|apprenticeship|lehrstelle|lehre)/.test(h)) return 'apprenticeship';
  if (/^(34|praktikum|trainee|intern|internship)/.test(h)) return 'internship';
  if (/^(temporary|befristet|contractor|temporär)/.test(h)) return 'temporary';
  if (/^(permanent|festanstellung|unbefristet)/.test(h)) return 'permanent';
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(title)) return kind;
  return 'permanent';
}

/** A Pensum range from text like "80-100%", "60 %", "Vollzeit", "Teilzeit". */
export function pensumFrom(textValue: string | undefined): { min: number; max: number } | undefined {
  if (!textValue) return undefined;
  const range = /(\d{2,3})\s*%?\s*(?:-|–|bis)\s*(\d{2,3})\s*%/.exec(textValue);
  if (range) return clampPensum(Number(range[1]), Number(range[2]));
  const single = /(\d{2,3})\s*%/.exec(textValue);
  if (single) return clampPensum(Number(single[1]), Number(single[1]));
  const lower = textValue.toLowerCase();
  const full = /vollzeit|full[_ -]?time|\bvz\b/.test(lower);
  const part = /teilzeit|part[_ -]?time|\btz\b|minijob/.test(lower);
  if (full && part) return { min: 50, max: 100 };
  if (full) return { min: 100, max: 100 };
  if (part) return { min: 20, max: 80 };
  return undefined;
}

function clampPensum(a: number, b: number): { min: number; max: number } | undefined {
  const min = Math.min(a, b);
  const max = Math.max(a, b);
  return min >= 5 && max <= 100 ? { min, max } : undefined;
}

const COUNTRY_NAMES: [RegExp, 'CH' | 'DE'][] = [
  [/^(ch|che|schweiz|suisse|svizzera|switzerland)$/i, 'CH'],
  [/^(d|de|deu|deutschland|germany|allemagne)$/i, 'DE'],
];

/** CH or DE from a country name or code, else from the postal code's length (4 digits CH, 5 DE). */
export function countryOf(country: string | undefined, postalCode: string | undefined, fallback: 'CH' | 'DE'): 'CH' | 'DE' {
  const c = country?.trim();
  if (c) for (const [pattern, code] of COUNTRY_NAMES) if (pattern.test(c)) return code;
  if (postalCode && /^\d{5}$/.test(postalCode)) return 'DE';
  if (postalCode && /^\d{4}$/.test(postalCode)) return 'CH';
  return fallback;
}

/** A usable coordinate pair, or undefined (0/0 and out-of-range values are treated as missing). */
export function point(lat: unknown, lon: unknown): { latitude: number; longitude: number } | undefined {
  const latitude = number(lat);
  const longitude = number(lon);
  if (latitude === undefined || longitude === undefined) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) return undefined;
  return { latitude, longitude };
}
