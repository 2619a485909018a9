/** Integrity of the curated taxonomy data: counts, unique ids, resolvable relations, labels. */
import { builtinTaxonomy, curatedConcepts } from '../../src/matching/taxonomy';
import { BUILTIN_FIELDS } from '../../src/matching/taxonomy/builtin';
import escoOccupations from '../../src/matching/taxonomy/esco-occupations.json';

const MIN_SKILLS = 500;
const MIN_OCCUPATIONS = 80;

describe('curated taxonomy data', () => {
  const concepts = curatedConcepts();
  const ids = new Set(concepts.map((c) => c.id));

  it('has enough skills and occupations', () => {
    expect(concepts.filter((c) => c.kind === 'skill').length).toBeGreaterThanOrEqual(MIN_SKILLS);
    expect(concepts.filter((c) => c.kind === 'occupation').length).toBeGreaterThanOrEqual(MIN_OCCUPATIONS);
  });

  it('has unique ids and unique slugs', () => {
    expect(ids.size).toBe(concepts.length);
    const slugs = BUILTIN_FIELDS.flatMap((f) => [...f.skills, ...(f.occupations ?? [])].map((c) => c.slug));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('uses ESCO URIs or lotse ids', () => {
    for (const c of concepts) {
      expect(c.id).toMatch(/^(http:\/\/data\.europa\.eu\/esco\/(skill|occupation)\/[0-9a-f-]{36}|lotse:(skill|occupation)\/[a-z0-9-]+)$/);
      expect(c.id.includes(`${c.kind}/`)).toBe(true);
    }
  });

  it('resolves every related id and every occupation skill', () => {
    const unresolved = concepts.flatMap((c) =>
      [...c.related, ...(c.essentialSkills ?? []), ...(c.optionalSkills ?? [])].filter((r) => !ids.has(r)).map((r) => `${c.slug} → ${r}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('lists only skills as occupation skills, and every occupation has essential skills', () => {
    const byId = new Map(concepts.map((c) => [c.id, c]));
    for (const o of concepts.filter((c) => c.kind === 'occupation')) {
      expect(o.essentialSkills!.length).toBeGreaterThan(0);
      for (const s of [...o.essentialSkills!, ...o.optionalSkills!]) expect(byId.get(s)?.kind).toBe('skill');
    }
  });

  it('has all three labels, and no ß in de-CH labels', () => {
    for (const c of concepts) {
      for (const locale of ['de-CH', 'de-DE', 'en'] as const) expect(c.labels[locale]?.trim()).toBeTruthy();
      expect(c.labels['de-CH']).not.toContain('ß');
    }
  });

  it('gives skills synonyms and relations', () => {
    for (const c of concepts.filter((x) => x.kind === 'skill')) {
      expect(c.synonyms.length).toBeGreaterThan(0);
      expect(c.related.length).toBeGreaterThan(0);
    }
  });

  it('does not give one surface form to two skills of different fields as their label', () => {
    const t = builtinTaxonomy();
    for (const c of t.concepts('skill')) {
      const [top] = t.search(c.labels['de-DE'], { kind: 'skill', limit: 1 });
      expect(top.concept.id).toBe(c.id);
    }
  });
  it('leads every ESCO job title of the occupation layer to a curated occupation (rebuild it when occupations change)', () => {
    const slugs = new Set(concepts.filter((c) => c.kind === 'occupation').map((c) => c.slug));
    const unknown = escoOccupations.occupations.filter((row) => !slugs.has(row.occupation)).map((row) => row.occupation);
    expect(unknown).toEqual([]);
    expect(escoOccupations.attribution).toMatch(/ESCO.*CC BY 4\.0/);
  });
});
