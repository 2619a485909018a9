/** The skill extractor and geocoder the CLI gives the importers: the NLU extractor over the built-in taxonomy and the offline gazetteer. */
import { skillLexicon } from '../matching/taxonomy/layers';
import { titleOccupationId } from '../nlu/job-title';
import { resolveSkills } from '../nlu/skill-resolver';
import { placeByName, placeByPostalCode } from '../nlu/places';
import type { Geocoder, ParseOptions, SkillExtractor } from './types';

/**
 * The importers' extractors: the one skill resolution (src/nlu/skill-resolver.ts) over the skill
 * lexicon. Titles and descriptions are read as documents (exact phrases of every layer, fast): the
 * conversation's extractor takes ~10 ms per title here and reads job-ad words like "Senior" as
 * skills. The short skill phrases a source lists itself are read as phrases (typos, compounds),
 * and only sure concepts count; else the document reading.
 */
export function defaultExtractors(): { extractSkills: SkillExtractor; extractNamedSkills: SkillExtractor; occupationOfTitle: NonNullable<ParseOptions['occupationOfTitle']> } {
  const lexicon = skillLexicon();
  const document: SkillExtractor = (textValue) =>
    resolveSkills(textValue, { locale: 'de-DE', mode: 'document', lexicon }).skills.map(({ conceptId, span }) => ({ conceptId, span }));
  const cache = new Map<string, { conceptId: string }[]>();
  const named: SkillExtractor = (textValue) => {
    let found = cache.get(textValue);
    if (!found) {
      found = resolveSkills(textValue, { locale: 'de-DE', mode: 'phrase', lexicon }).skills.filter((s) => s.tier === 'sure').map(({ conceptId, span }) => ({ conceptId, span }));
      if (found.length === 0) found = document(textValue);
      if (cache.size < 10_000) cache.set(textValue, found);
    }
    return found;
  };
  // A Swiss posting's title names Swiss qualifications («Verkäufer/in» is a Detailhandelsfachfrau EFZ there).
  // Feeds repeat titles (about 1 ms a reading): each is read once per country.
  const titles = new Map<string, string | undefined>();
  const occupationOfTitle = (title: string, country: 'CH' | 'DE') => {
    const key = `${country}\u0001${title}`;
    if (titles.has(key)) return titles.get(key);
    const id = titleOccupationId(title, lexicon.taxonomy, country === 'CH' ? 'de-CH' : 'de-DE');
    if (titles.size < 10_000) titles.set(key, id);
    return id;
  };
  return { extractSkills: document, extractNamedSkills: named, occupationOfTitle };
}

/** Coordinates from the offline gazetteer, by postal code first, then by place name. */
export const defaultGeocoder: Geocoder = ({ postalCode, placeName }) => {
  const found = (postalCode ? placeByPostalCode(postalCode) : undefined) ?? (placeName ? placeByName(placeName) : undefined);
  if (!found) return undefined;
  return { latitude: found.latitude, longitude: found.longitude, postalCode: found.postalCode, placeName: found.name, country: found.country };
};
