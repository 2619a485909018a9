/**
 * Which taxonomy occupations a demo employer can advertise, under which title in which country,
 * and whether they are trained as a Lehre (CH: EFZ/EBA) or an Ausbildung (DE).
 */
import type { Taxonomy } from '../matching/taxonomy/taxonomy';
import type { Concept, TaxonomyField } from '../matching/taxonomy/types';

/** An occupation as the demo generator uses it. */
export interface DemoOccupation {
  concept: Concept;
  title: string;
  /** Can be learned as a Lehrstelle (CH) or Ausbildungsplatz (DE). */
  trainable: boolean;
  /** CH: a Schnupperlehre is the usual way to try it. */
  schnupperlehre: boolean;
}

const SWISS_DIPLOMA = /\b(EFZ|EBA)\b/;
const SWISS_ONLY = /\b(EFZ|EBA|HF)\b/;
/** Occupations under the same name in both countries (no separate Swiss title in the taxonomy). */
const BOTH_COUNTRIES = new Set(['softwareentwickler', 'systemadministrator', 'marketing-fachmann', 'personalfachmann', 'kurierfahrer', 'berufskraftfahrer']);
/** German occupations that are jobs, not recognised Ausbildungsberufe. */
const NO_AUSBILDUNG = new Set(['softwareentwickler', 'systemadministrator', 'marketing-fachmann', 'personalfachmann', 'kurierfahrer']);

function swiss(c: Concept): DemoOccupation | undefined {
  const de = c.labels['de-DE'];
  const ch = c.labels['de-CH'];
  const hasSwissTitle = SWISS_ONLY.test(de) || ch !== de.replace(/ß/g, 'ss') || BOTH_COUNTRIES.has(c.slug ?? '');
  if (!hasSwissTitle) return undefined;
  const trainable = SWISS_DIPLOMA.test(ch);
  return { concept: c, title: ch, trainable, schnupperlehre: trainable };
}

function german(c: Concept): DemoOccupation | undefined {
  const de = c.labels['de-DE'];
  if (SWISS_ONLY.test(de)) return undefined;
  return { concept: c, title: de, trainable: !NO_AUSBILDUNG.has(c.slug ?? ''), schnupperlehre: false };
}

/** The occupations of some fields available in a country, in taxonomy order. */
export function occupationsFor(taxonomy: Taxonomy, country: 'CH' | 'DE', fields: readonly TaxonomyField[]): DemoOccupation[] {
  const wanted = new Set(fields);
  return taxonomy
    .concepts('occupation')
    .filter((c) => wanted.has(c.field))
    .map((c) => (country === 'CH' ? swiss(c) : german(c)))
    .filter((o): o is DemoOccupation => o !== undefined);
}
