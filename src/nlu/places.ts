/**
 * Offline place lookup for Swiss and German postal codes and towns (see places-data.ts for the
 * coverage) and great-circle distances. Pure: the gazetteer is parsed once from in-code data.
 */
import { pointDistanceKm } from '../matching/geo';
import { natural } from './natural';
import { PLACE_DATA } from './places-data';

/** A town (or part of one) with its coordinates. */
export interface Place {
  postalCode: string;
  name: string;
  country: 'CH' | 'DE';
  latitude: number;
  longitude: number;
  /** True when the exact postal code is unknown and the nearest known one of its area was used. */
  approximate?: boolean;
}

interface Gazetteer {
  byPostalCode: Map<string, Place>;
  /** Normalized names and aliases → place (the first listed place wins an ambiguous alias). */
  byName: Map<string, Place>;
  /** All aliases, for fuzzy matching. */
  names: string[];
  /** Sorted postal codes per country, for the nearest-code fallback. */
  codes: { CH: number[]; DE: number[] };
}

/** Other-language names of big towns (exonyms) → the gazetteer's name. */
const EXONYMS: Record<string, string> = {
  genf: 'Genève', geneva: 'Genève', geneve: 'Genève', neuenburg: 'Neuchâtel', sitten: 'Sion', lucerne: 'Luzern',
  berne: 'Bern', basle: 'Basel', bale: 'Basel', 'freiburg im uechtland': 'Fribourg', munich: 'München',
  cologne: 'Köln', nuremberg: 'Nürnberg', hanover: 'Hannover', zurich: 'Zürich', 'biel bienne': 'Biel/Bienne',
  muenster: 'Münster', soleure: 'Solothurn', delsberg: 'Delémont', pruntrut: 'Porrentruy', 'la chaux de fonds': 'La Chaux-de-Fonds',
  // Swiss German names of towns, as people write them in dialect ("us Bärn", "z Züri", "vo Olte").
  baern: 'Bern', zueri: 'Zürich', luzaern: 'Luzern', olte: 'Olten', soledurn: 'Solothurn', winti: 'Winterthur',
  schaffhuuse: 'Schaffhausen', sanggale: 'St. Gallen', langetau: 'Langenthal', baasel: 'Basel',
};
const FUZZY_THRESHOLD = 0.95;
/** Words that introduce a place in a sentence ("in Olten", "Raum Stuttgart"). */
const PLACE_PREFIXES = new Set([
  'in', 'im', 'bei', 'aus', 'nahe', 'naehe', 'von', 'um', 'raum', 'region', 'ort', 'wohnort', 'plz', 'near', 'around',
  'rund', 'der', 'die', 'das', 'ch', 'd', 'de', 'wohne', 'ich', 'lebe', 'bin', 'zuhause', 'stadt', 'kanton', 'gemeinde',
]);
/** Suffixes that are dropped to form the short alias ("Frankfurt am Main" → "frankfurt"). */
const ALIAS_CUT = /\s+(?:am|an der|an|im|in|ob|bei|unter|auf den|auf)\s+.*$|\s*\(.*\)$|\s+(?:so|be|ag|bl|bs|zh|sg|ur|lu)$/;

/** Lower case, umlauts and accents folded, ß → ss, "St." → "sankt", punctuation → spaces. */
export function normalizePlaceName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bst\.\s*/g, 'sankt ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function aliasesOf(name: string): string[] {
  const full = normalizePlaceName(name);
  const aliases = new Set([full]);
  const lowered = name.toLowerCase().replace(/ß/g, 'ss');
  const cut = normalizePlaceName(lowered.replace(ALIAS_CUT, ''));
  if (cut) aliases.add(cut);
  for (const part of name.split('/')) aliases.add(normalizePlaceName(part));
  for (const alias of [...aliases]) if (alias.includes('sankt ')) aliases.add(alias.replace(/sankt /g, 'st '));
  return [...aliases].filter((a) => a.length > 1);
}

function parseLine(line: string, country: 'CH' | 'DE'): Place[] {
  const [codes, name, lat, lon] = line.split('|');
  if (!codes || !name || !lat || !lon) return [];
  return codes.split(',').map((postalCode) => ({ postalCode, name, country, latitude: Number(lat), longitude: Number(lon) }));
}

function build(): Gazetteer {
  const gazetteer: Gazetteer = { byPostalCode: new Map(), byName: new Map(), names: [], codes: { CH: [], DE: [] } };
  let country: 'CH' | 'DE' = 'CH';
  for (const raw of PLACE_DATA.split('\n')) {
    const line = raw.trim();
    if (line === '#CH' || line === '#DE') country = line.slice(1) as 'CH' | 'DE';
    if (!line || line.startsWith('#')) continue;
    for (const place of parseLine(line, country)) {
      if (!gazetteer.byPostalCode.has(place.postalCode)) {
        gazetteer.byPostalCode.set(place.postalCode, place);
        gazetteer.codes[country].push(Number(place.postalCode));
      }
      for (const alias of aliasesOf(place.name)) {
        if (!gazetteer.byName.has(alias)) gazetteer.byName.set(alias, place);
      }
    }
  }
  addExonyms(gazetteer);
  gazetteer.names = [...gazetteer.byName.keys()];
  gazetteer.codes.CH.sort((a, b) => a - b);
  gazetteer.codes.DE.sort((a, b) => a - b);
  return gazetteer;
}

function addExonyms(gazetteer: Gazetteer): void {
  for (const [alias, name] of Object.entries(EXONYMS)) {
    const place = gazetteer.byName.get(normalizePlaceName(name));
    if (place && !gazetteer.byName.has(alias)) gazetteer.byName.set(alias, place);
  }
  // Umlauts typed without the e ("Zurich", "Munchen", "Goppingen") are common on phones.
  for (const [alias, place] of [...gazetteer.byName]) {
    const plain = alias.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
    if (!gazetteer.byName.has(plain)) gazetteer.byName.set(plain, place);
  }
}

let cached: Gazetteer | undefined;
function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

/** Every place of the gazetteer (one entry per postal code). */
export function allPlaces(): Place[] {
  return [...gazetteer().byPostalCode.values()];
}

/** Beyond this distance from every known town a point is taken to lie outside Switzerland and Germany. */
const NEAREST_PLACE_MAX_KM = 60;

/** The known town nearest to a point (a shared location), undefined when none lies within NEAREST_PLACE_MAX_KM. */
export function nearestPlace(point: { latitude: number; longitude: number }): Place | undefined {
  let best: { place: Place; km: number } | undefined;
  for (const place of gazetteer().byPostalCode.values()) {
    const km = pointDistanceKm(point, place);
    if (km <= NEAREST_PLACE_MAX_KM && (!best || km < best.km)) best = { place, km };
  }
  return best?.place;
}

/** The place with exactly this postal code. */
export function placeByPostalCode(code: string): Place | undefined {
  return gazetteer().byPostalCode.get(code.trim());
}

/** The nearest known postal code of the same area (same first two digits in CH, three in DE). */
function nearestPostalCode(code: string): Place | undefined {
  const country = code.length === 4 ? 'CH' : 'DE';
  const prefixLength = country === 'CH' ? 2 : 3;
  const value = Number(code);
  let best: number | undefined;
  for (const candidate of gazetteer().codes[country]) {
    if (String(candidate).padStart(code.length, '0').slice(0, prefixLength) !== code.slice(0, prefixLength)) continue;
    if (best === undefined || Math.abs(candidate - value) < Math.abs(best - value)) best = candidate;
  }
  if (best === undefined) return undefined;
  const place = gazetteer().byPostalCode.get(String(best).padStart(code.length, '0'));
  return place && { ...place, postalCode: code, approximate: true };
}

/** The place whose name or alias is exactly this text (after normalizing). */
export function placeByExactName(name: string): Place | undefined {
  return gazetteer().byName.get(normalizePlaceName(name));
}

/** A place name in normalized text: exact alias on the longest token window, else a close typo. */
export function placeByName(text: string, options: { fuzzy?: boolean } = {}): Place | undefined {
  const tokens = normalizePlaceName(text).split(' ').filter(Boolean);
  const { byName } = gazetteer();
  for (let size = Math.min(4, tokens.length); size >= 1; size--) {
    for (let i = 0; i + size <= tokens.length; i++) {
      const window = tokens.slice(i, i + size);
      if (size === 1 && PLACE_PREFIXES.has(window[0]!)) continue;
      const hit = byName.get(window.join(' '));
      if (hit) return hit;
    }
  }
  return options.fuzzy === false ? undefined : fuzzyPlace(tokens);
}

function fuzzyPlace(tokens: string[]): Place | undefined {
  const words = tokens.filter((t) => t.length >= 4 && !PLACE_PREFIXES.has(t) && !/^\d+$/.test(t));
  let best: { alias: string; score: number } | undefined;
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const candidate = words.slice(i, i + size).join(' ');
      for (const alias of gazetteer().names) {
        if (Math.abs(alias.length - candidate.length) > (candidate.length < 8 ? 1 : 2) || alias[0] !== candidate[0]) continue;
        const score = natural.JaroWinklerDistance(candidate, alias);
        if (score >= FUZZY_THRESHOLD && (!best || score > best.score)) best = { alias, score };
      }
    }
  }
  return best && gazetteer().byName.get(best.alias);
}

const POSTAL_CODE = /(?:^|[^\d.,:/-])(?:(CH|D|DE)\s*-\s*)?(\d{4,5})(?![\d.,:/%])/i;

/** The postal code written in the text ("4500", "CH-4500", "D-70173"), if any. */
export function findPostalCode(text: string): { code: string; index: number } | undefined {
  const match = POSTAL_CODE.exec(text);
  if (!match) return undefined;
  const code = match[2]!;
  return { code, index: match.index + match[0].indexOf(code) };
}

/**
 * A place from free text: a postal code ("4500", "CH-4500"), a code with its town
 * ("4500 Solothurn"), a town ("Grenchen", "in Olten"), or a town with a small typo ("Grenchn").
 */
export function lookupPlace(text: string): Place | undefined {
  if (!text) return undefined;
  const sample = text.slice(0, 300);
  const postal = findPostalCode(sample);
  const named = placeByName(postal ? sample.replace(postal.code, ' ') : sample, { fuzzy: true });
  if (postal) {
    const exact = placeByPostalCode(postal.code);
    if (exact) return named && named.postalCode === postal.code ? named : exact;
    if (named) return { ...named, postalCode: postal.code };
    return nearestPostalCode(postal.code);
  }
  return named;
}
