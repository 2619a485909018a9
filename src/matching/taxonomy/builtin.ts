/**
 * Turns the authored data files (src/matching/taxonomy/concepts/*.json) into concepts: slugs become ids
 * (the ESCO URI where one exists), de-CH labels are derived (ß → ss) unless written out.
 */
import type { Concept, ConceptKind, RawConcept, RawField } from './types';
import bau from './concepts/bau.json';
import detailhandel from './concepts/detailhandel.json';
import elektro from './concepts/elektro.json';
import gastro from './concepts/gastro.json';
import gesundheit from './concepts/gesundheit.json';
import handwerk from './concepts/handwerk.json';
import it from './concepts/it.json';
import kaufmaennisch from './concepts/kaufmaennisch.json';
import logistik from './concepts/logistik.json';
import metall from './concepts/metall.json';
import mint from './concepts/mint.json';
import sprachen from './concepts/sprachen.json';
import transversal from './concepts/transversal.json';

/** The curated data files, one per field. */
export const BUILTIN_FIELDS: readonly RawField[] = [
  it, elektro, metall, mint, handwerk, bau, logistik, gesundheit, kaufmaennisch, gastro, detailhandel, transversal, sprachen,
] as RawField[];

const ESCO_BASE = 'http://data.europa.eu/esco/';

/** Swiss spelling: no ß. */
export function swissSpelling(text: string): string {
  return text.replace(/ß/g, 'ss');
}

function conceptId(raw: RawConcept, kind: ConceptKind): string {
  return raw.esco ? `${ESCO_BASE}${kind}/${raw.esco}` : `lotse:${kind}/${raw.slug}`;
}

/** Maps every slug of the data files to its concept id. */
function slugIds(fields: readonly RawField[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const f of fields) {
    for (const s of f.skills) ids.set(s.slug, conceptId(s, 'skill'));
    for (const o of f.occupations ?? []) ids.set(o.slug, conceptId(o, 'occupation'));
  }
  return ids;
}

/** Unknown slugs keep a lotse: id so the data test can name them instead of crashing the bot. */
function resolver(ids: Map<string, string>) {
  return (slugs: string[] | undefined) => (slugs ?? []).map((s) => ids.get(s) ?? `lotse:unresolved/${s}`);
}

/**
 * A one-word German title of the one who does the work ("Fotograf", "Goldschmied", "Drogist", "Optiker", "Monteur",
 * "Ergotherapeut"): the data files list the masculine form, people write the feminine one too ("Fotografin").
 */
const PERSON_TITLE = /^\p{Lu}\p{Ll}{3,}(?:er|ist|graf|graph|ant|eur|wart|schmied|metz|tor|eut)$/u;

/** The synonyms with the feminine form of each such title that is not listed already. */
export function withFeminineTitles(synonyms: readonly string[]): string[] {
  const listed = new Set(synonyms);
  const feminine = synonyms.filter((s) => PERSON_TITLE.test(s)).map((s) => `${s}in`).filter((f) => !listed.has(f));
  return [...synonyms, ...feminine];
}

function toConcept(raw: RawConcept, kind: ConceptKind, field: RawField['field'], resolve: ReturnType<typeof resolver>): Concept {
  const concept: Concept = {
    id: conceptId(raw, kind),
    kind,
    field,
    labels: { 'de-DE': raw.de, 'de-CH': swissSpelling(raw.ch ?? raw.de), en: raw.en },
    synonyms: kind === 'skill' ? withFeminineTitles(raw.alt ?? []) : (raw.alt ?? []),
    related: resolve(raw.rel),
    slug: raw.slug,
  };
  if (kind === 'occupation') {
    concept.essentialSkills = resolve(raw.ess);
    concept.optionalSkills = resolve(raw.opt);
  }
  return concept;
}

/** All curated concepts of the given data files (default: the built-in ones). */
export function curatedConcepts(fields: readonly RawField[] = BUILTIN_FIELDS): Concept[] {
  const resolve = resolver(slugIds(fields));
  return fields.flatMap((f) => [
    ...f.skills.map((s) => toConcept(s, 'skill', f.field, resolve)),
    ...(f.occupations ?? []).map((o) => toConcept(o, 'occupation', f.field, resolve)),
  ]);
}
