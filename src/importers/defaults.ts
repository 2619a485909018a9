/** The skill extractor and geocoder the CLI gives the importers: the NLU extractor over the built-in taxonomy and the offline gazetteer. */
import { builtinTaxonomy } from '../matching/taxonomy';
import { extractSkills } from '../nlu/skills';
import { placeByName, placeByPostalCode } from '../nlu/places';
import { phraseExtractor } from './phrase-extractor';
import type { Geocoder, SkillExtractor } from './types';

/**
 * The importers' extractors over the built-in taxonomy. Titles and descriptions go through the
 * exact phrase finder: the conversation's extractor takes ~10 ms per title here and reads job-ad
 * words like "Senior" as skills, which is fine for a chat message but not for 10k postings.
 * The short skill phrases a source lists itself go through the conversation's extractor, which
 * handles typos and compounds.
 */
export function defaultExtractors(): { extractSkills: SkillExtractor; extractNamedSkills: SkillExtractor } {
  const taxonomy = builtinTaxonomy();
  const phrases = phraseExtractor(taxonomy.concepts('skill'));
  const cache = new Map<string, { conceptId: string }[]>();
  const named: SkillExtractor = (textValue) => {
    let found = cache.get(textValue);
    if (!found) {
      found = extractSkills(textValue, taxonomy, 'de-DE');
      if (found.length === 0) found = phrases(textValue);
      if (cache.size < 10_000) cache.set(textValue, found);
    }
    return found;
  };
  return { extractSkills: phrases, extractNamedSkills: named };
}

/** Coordinates from the offline gazetteer, by postal code first, then by place name. */
export const defaultGeocoder: Geocoder = ({ postalCode, placeName }) => {
  const found = (postalCode ? placeByPostalCode(postalCode) : undefined) ?? (placeName ? placeByName(placeName) : undefined);
  if (!found) return undefined;
  return { latitude: found.latitude, longitude: found.longitude, postalCode: found.postalCode, placeName: found.name, country: found.country };
};
