/** What every importer does after reading a record: skills from the text when the source has none, and coordinates for the place. */
import type { RequiredSkill } from '../matching/types';
import { countryOf } from './fields';
import type { ParseOptions, SkillExtractor } from './types';

/** The extractor looks at bounded pieces of text; long descriptions are read in chunks up to this size. */
const CHUNK = 1400;
/** Descriptions beyond this are not scanned (boilerplate about benefits and the company). */
const MAX_SCANNED = 8000;
/** When a description names only optional skills, this many of the first become essential. */
const MIN_ESSENTIAL = 3;

/** Splits text at sentence or line ends into chunks of at most CHUNK characters. */
export function chunks(text: string, size = CHUNK): string[] {
  const out: string[] = [];
  let rest = text.slice(0, MAX_SCANNED);
  while (rest.length > size) {
    const window = rest.slice(0, size);
    const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf('; '));
    const at = cut > size / 2 ? cut + 1 : size;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest.trim()) out.push(rest);
  return out;
}

/** Concept ids found in a text, in order of first appearance. */
export function conceptsIn(text: string, extract: SkillExtractor): string[] {
  const ids: string[] = [];
  for (const piece of chunks(text)) for (const { conceptId } of extract(piece)) if (!ids.includes(conceptId)) ids.push(conceptId);
  return ids;
}

/** A posting keeps at most this many of its named skill phrases that resolve to no concept… */
const MAX_PHRASES = 30;
/** …each at most this long: a longer "skill" is a sentence, and a hostile feed must not blow up a row. */
const MAX_PHRASE_LENGTH = 80;

/** What a posting's skills are: concepts, and the source's own skill phrases that name none. */
export interface DerivedSkills {
  skills: RequiredSkill[];
  /** Named phrases that resolved to no concept (trimmed, once each ignoring case, bounded). */
  phrases: string[];
}

/**
 * Required skills of a posting: the title's skills and the source's own skill list are essential,
 * skills only found in the description are optional, except the first few when nothing else is essential.
 * The source's skill phrases may go through their own extractor (short phrases, typo-tolerant); those
 * that name no concept are kept as phrases, so the lexical score can still find the posting by them.
 * The description's prose is not kept: it is searched as the description.
 */
export function deriveSkills(
  title: string,
  named: string[],
  description: string,
  extract: SkillExtractor | undefined,
  extractNamed: SkillExtractor | undefined = extract,
): DerivedSkills {
  const fromNamed: string[] = [];
  const phrases: string[] = [];
  const seen = new Set<string>();
  for (const raw of named) {
    const phrase = raw.replace(/\s+/g, ' ').trim();
    if (!phrase) continue;
    const found = extract && extractNamed ? conceptsIn(phrase, extractNamed) : [];
    fromNamed.push(...found);
    const key = phrase.toLowerCase();
    if (found.length > 0 || phrase.length > MAX_PHRASE_LENGTH || phrases.length >= MAX_PHRASES || seen.has(key)) continue;
    seen.add(key);
    phrases.push(phrase);
  }
  if (!extract) return { skills: [], phrases };
  const essential = [...new Set([...conceptsIn(title, extract), ...fromNamed])];
  const optional = conceptsIn(description, extract).filter((id) => !essential.includes(id));
  const promote = essential.length === 0 ? optional.splice(0, MIN_ESSENTIAL) : [];
  return {
    skills: [
      ...[...essential, ...promote].map((conceptId) => ({ conceptId, essential: true, level: 'basic' as const })),
      ...optional.map((conceptId) => ({ conceptId, essential: false, level: 'basic' as const })),
    ],
    phrases,
  };
}

export interface Placed {
  postalCode?: string;
  placeName?: string;
  country: 'CH' | 'DE';
  point?: { latitude: number; longitude: number };
}

/** Completes a place: country from the source or the postal code, coordinates from the geocoder when missing. */
export function place(
  raw: { postalCode?: string; placeName?: string; country?: string; point?: { latitude: number; longitude: number } },
  options: ParseOptions,
): Placed {
  const postalCode = raw.postalCode?.trim() || undefined;
  const placeName = raw.placeName?.trim() || undefined;
  const result: Placed = { country: countryOf(raw.country, postalCode, options.defaultCountry ?? 'DE') };
  if (postalCode) result.postalCode = postalCode;
  if (placeName) result.placeName = placeName;
  if (raw.point) result.point = raw.point;
  else if ((postalCode || placeName) && options.geocode) {
    const found = options.geocode({ postalCode, placeName });
    if (found) {
      result.point = { latitude: found.latitude, longitude: found.longitude };
      result.postalCode ??= found.postalCode;
      result.placeName ??= found.placeName;
      if (!raw.country && found.country) result.country = found.country;
    }
  }
  return result;
}
