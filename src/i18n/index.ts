/**
 * User-facing text lives only in locales/<locale>.json (same keys in every file).
 * Keys are dotted paths ("onboarding.consent.ask"); "{name}" placeholders are filled from vars.
 * A string array is a set of variants: `t` takes the first, `variants` returns them all.
 * A text that depends on a number is an object of plural forms ({"one": …, "other": …}, the
 * categories of Intl.PluralRules); the form is chosen by the `count` var ("1 passende Stelle",
 * "3 passende Stellen").
 */
import fs from 'node:fs';
import { projectPath } from '../paths';
import { LOCALES, type Locale } from '../profile/types';

type Catalog = Record<string, string | string[]>;


function flatten(node: unknown, prefix: string, out: Catalog): Catalog {
  if (typeof node === 'string' || (Array.isArray(node) && node.every((v) => typeof v === 'string'))) {
    out[prefix] = node as string | string[];
    return out;
  }
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

const catalogs = new Map<Locale, Catalog>();

/** The flat catalog of one locale (loaded once). */
export function catalog(locale: Locale): Catalog {
  let found = catalogs.get(locale);
  if (!found) {
    const file = projectPath('locales', `${locale}.json`);
    found = flatten(JSON.parse(fs.readFileSync(file, 'utf8')), '', {});
    catalogs.set(locale, found);
  }
  return found;
}

export type Vars = Record<string, string | number | undefined>;

function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural category of a count in a locale ("one", "other", …). */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** The entry of a key; for plural forms the one its `count` var selects ("other" when no form fits). */
function entryOf(locale: Locale, key: string, vars: Vars): string | string[] | undefined {
  const found = catalog(locale)[key];
  if (found !== undefined || !hasPlural(locale, key)) return found;
  const count = Number(vars.count);
  if (!Number.isFinite(count)) throw new Error(`Locale text "${key}" has plural forms and needs a numeric count`);
  return catalog(locale)[`${key}.${pluralCategory(locale, count)}`] ?? catalog(locale)[`${key}.other`];
}

function hasPlural(locale: Locale, key: string): boolean {
  return catalog(locale)[`${key}.other`] !== undefined;
}

/** All variants of a text (a single string is one variant). Throws on an unknown key: a missing text is a bug. */
export function variants(locale: Locale, key: string, vars: Vars = {}): string[] {
  const entry = entryOf(locale, key, vars);
  if (entry === undefined) throw new Error(`Missing locale text "${key}" for ${locale}`);
  return (Array.isArray(entry) ? entry : [entry]).map((v) => fill(v, vars));
}

/** The text for a key in a locale. */
export function t(locale: Locale, key: string, vars: Vars = {}): string {
  return variants(locale, key, vars)[0]!;
}

/** Whether a key exists (for optional texts such as per-situation variants). */
export function hasText(locale: Locale, key: string): boolean {
  return catalog(locale)[key] !== undefined || hasPlural(locale, key);
}

/** Maps any client locale ("de", "de-AT", "en-US", "fr") to the nearest supported one. */
export function nearestLocale(requested: string | undefined, fallback: Locale): Locale {
  if (!requested) return fallback;
  const lower = requested.toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  if (lower.startsWith('de-ch') || lower === 'gsw') return 'de-CH';
  if (lower.startsWith('de')) return fallback === 'en' ? 'de-DE' : fallback;
  if (lower.startsWith('en')) return 'en';
  return fallback;
}

/**
 * The German variant a client's locale stands for: de-CH for Switzerland and Liechtenstein
 * (and Swiss German), de-DE for any other German region; for a bare "de" or another language the
 * fallback when it is German, else de-DE.
 */
export function germanVariantOf(clientLocale: string | undefined, fallback: Locale): Locale {
  const lower = (clientLocale ?? '').toLowerCase();
  if (/^(?:de-(?:ch|li)|gsw)\b/.test(lower)) return 'de-CH';
  if (/^de-[a-z]{2}\b/.test(lower)) return 'de-DE';
  return fallback === 'en' ? 'de-DE' : fallback;
}

/** A translator bound to one locale, handed to dialogs and renderers. */
export interface Texts {
  readonly locale: Locale;
  t(key: string, vars?: Vars): string;
  variants(key: string, vars?: Vars): string[];
  has(key: string): boolean;
}

export function textsFor(locale: Locale): Texts {
  return {
    locale,
    t: (key, vars) => t(locale, key, vars),
    variants: (key, vars) => variants(locale, key, vars),
    has: (key) => hasText(locale, key),
  };
}
