/**
 * The skill lexicon: the curated taxonomy on top, technologies and tools below it (each its own
 * concept, related to the curated concept it belongs to: "Docker" → "DevOps und CI/CD"), and all
 * German ESCO skills at the bottom (preferred and alternative labels, exact forms only). Curated
 * concepts keep every fuzzy, compound and partial lookup; the layers below are found only by their
 * whole label, a synonym or the same stems, so 13,000 ESCO labels add no guesses. Pure; built once.
 *
 * Job titles as people write them ("Lagerarbeiterin", "Einzelhandelskauffrau", "Fachverkäufer für
 * Obst und Gemüse") lead to the curated occupation ESCO's occupation of that title belongs to.
 *
 * ESCO data: © European Union, ESCO classification, CC BY 4.0 (src/matching/taxonomy/esco-skills.json
 * and esco-occupations.json, derived by scripts/build-esco-skills.js and scripts/build-esco-occupations.js).
 */
import type { Locale } from '../../profile/types';
import type { SkillSuggestion, SkillVocabulary } from '../../services/ports';
import escoData from './esco-skills.json';
import escoOccupationData from './esco-occupations.json';
import { compactKey, exactKey, stemKey, tokens, writtenOut } from './normalize';
import { builtinTaxonomy, type Taxonomy } from './taxonomy';
import techData from './technologies.json';
import type { Concept } from './types';

const ESCO_SKILL = 'http://data.europa.eu/esco/skill/';

/** One ESCO occupation of src/matching/taxonomy/esco-occupations.json and the curated occupation (slug) it belongs to. */
interface EscoOccupation {
  id: string;
  occupation: string;
  titles: string[];
  alt: string[];
}

/** One technology or tool (src/matching/taxonomy/technologies.json). */
interface RawTechnology {
  slug: string;
  name: string;
  alt?: string[];
  /** Slug of the curated concept it belongs to. */
  broader: string;
  /** ESCO's preferred label when ESCO has the same technology. */
  esco?: string;
}

/** Confidence and evidence of the layers below the curated taxonomy. */
const LAYER_CONFIDENCE = {
  technology: { label: 1, synonym: 0.97, stem: 0.9 },
  esco: { label: 0.92, synonym: 0.9, stem: 0.86 },
} as const;

type Layer = keyof typeof LAYER_CONFIDENCE;

const MAX_STEMMED_WORDS = 3;

/** An abbreviation written in capitals ("RAD", "BIM", "CNC"). */
const ACRONYM = /^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}$/;

interface Entry {
  concept: Concept;
  layer: Layer;
  form: string;
  kind: 'label' | 'synonym';
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.some((e) => e.concept.id === entry.concept.id)) list.push(entry);
}

/** ESCO skills a verb must end for it to count as done to many kinds of things. */
const BROAD_VERB_LABELS = 20;

/** The curated taxonomy with the layers below it; implements the vocabulary port for chat, CLI, importers and digest. */
export class SkillLexicon implements SkillVocabulary {
  /** Curated (and imported) concepts: the top layer. */
  readonly taxonomy: Taxonomy;
  private readonly below = new Map<string, Concept>();
  private readonly layerOf = new Map<string, Layer>();
  private readonly broader = new Map<string, string[]>();
  private readonly exact = new Map<string, Entry[]>();
  private readonly compact = new Map<string, Entry[]>();
  private readonly stemmed = new Map<string, Entry[]>();
  /** Title key → ids of the curated occupations it names: the curated titles and ESCO's preferred ones, then ESCO's alternative ones. */
  private readonly titles = new Map<string, Set<string>>();
  private readonly altTitles = new Map<string, Set<string>>();
  /** A technology's names (exact keys) → the technology: a curated synonym misspelt is that technology. */
  private readonly technologyByName = new Map<string, Concept>();

  constructor(
    base: Taxonomy = builtinTaxonomy(),
    technologies: readonly RawTechnology[] = techData.technologies,
    esco: readonly string[][] = escoData.skills,
    escoOccupations: readonly EscoOccupation[] = escoOccupationData.occupations,
  ) {
    const techNames = new Set(technologies.flatMap((t) => [t.name, ...(t.alt ?? [])]).map(exactKey));
    this.taxonomy = base;
    const curatedForms = new Set(base.concepts().flatMap((c) => [...Object.values(c.labels), ...c.synonyms]).map(exactKey));
    const curatedLabels = new Set(this.taxonomy.concepts('skill').flatMap((c) => Object.values(c.labels).map(exactKey)));
    const escoByLabel = new Map(esco.map((row) => [row[1], row]));
    // A curated concept that lists a technology's name as written among its synonyms ("Abacus" of ERP-Systeme) is one it belongs to.
    const namedBy = new Map<string, string[]>();
    for (const c of base.concepts('skill')) for (const form of c.synonyms) namedBy.set(form, [...(namedBy.get(form) ?? []), c.id]);
    for (const t of technologies) {
      const escoRow = t.esco ? escoByLabel.get(t.esco) : undefined;
      const curated = curatedLabels.has(exactKey(t.name));
      const broaderIds = [...new Set([this.taxonomy.get(t.broader)?.id, ...(namedBy.get(t.name) ?? [])].filter((id): id is string => id !== undefined))];
      if (curated) continue; // a curated concept of the same name keeps it (its synonyms include the alternatives)
      const concept: Concept = {
        id: escoRow ? ESCO_SKILL + escoRow[0] : `lotse:tech/${t.slug}`,
        kind: 'skill',
        field: 'it',
        labels: { 'de-DE': t.name, 'de-CH': t.name, en: t.name },
        synonyms: [...(t.alt ?? []), ...(escoRow ? [escoRow[1]!] : [])],
        related: broaderIds,
      };
      this.add(concept, 'technology');
      for (const name of [t.name, ...(t.alt ?? [])]) if (!this.technologyByName.has(exactKey(name))) this.technologyByName.set(exactKey(name), concept);
      if (broaderIds.length > 0) this.broader.set(concept.id, broaderIds);
    }
    for (const row of esco) {
      const id = ESCO_SKILL + row[0];
      if (this.below.has(id)) continue;
      const [label, ...alts] = row.slice(1) as [string, ...string[]];
      const forms = [label, ...alts].filter((f) => {
        const key = exactKey(f);
        return !curatedForms.has(key) && !techNames.has(key);
      });
      if (forms.length === 0) continue;
      // ESCO's own labels of a curated concept lead to the curated concept.
      const curated = base.get(id);
      if (curated) this.addForms(curated, 'esco', forms, false);
      else this.add({ id, kind: 'skill', field: 'esco', labels: { 'de-DE': label, 'de-CH': label.replace(/ß/g, 'ss'), en: label }, synonyms: alts, related: [] }, 'esco', forms);
    }
    const bySlug = new Map(base.concepts('occupation').map((c) => [c.slug, c]));
    const title = (map: Map<string, Set<string>>, form: string, occupation: Concept) => {
      const key = titleKey(form);
      const ids = map.get(key) ?? new Set<string>();
      ids.add(occupation.id);
      map.set(key, ids);
    };
    for (const occupation of bySlug.values()) for (const form of [...Object.values(occupation.labels), ...occupation.synonyms]) genders(form).forEach((f) => title(this.titles, f, occupation));
    for (const row of escoOccupations) {
      const occupation = bySlug.get(row.occupation);
      if (!occupation) continue;
      for (const form of row.titles) title(this.titles, form, occupation);
      for (const form of row.alt) title(this.altTitles, form, occupation);
    }
  }

  /**
   * The curated occupation a whole text names by an ESCO job title ("Lagerarbeiterin" → Fachlagerist/in);
   * a title ESCO gives to occupations of two curated ones names neither.
   */
  occupationByTitle(text: string): { concept: Concept; preferred: boolean } | undefined {
    const key = titleKey(text);
    const ids = this.titles.get(key) ?? this.altTitles.get(key);
    const concept = ids?.size === 1 ? this.taxonomy.get([...ids][0]!) : undefined;
    // ESCO's alternative titles are often wider than its occupation ("Empfangsmitarbeiterin" of a hotel's reception).
    return concept && { concept, preferred: this.titles.has(key) };
  }

  private add(concept: Concept, layer: Layer, forms: string[] = [concept.labels['de-DE'], ...concept.synonyms]): void {
    this.below.set(concept.id, concept);
    this.layerOf.set(concept.id, layer);
    this.addForms(concept, layer, forms, true);
  }

  private addForms(concept: Concept, layer: Layer, forms: string[], own: boolean): void {
    for (const form of forms) {
      const entry: Entry = { concept, layer, form, kind: own && form === concept.labels['de-DE'] ? 'label' : 'synonym' };
      const words = tokens(form);
      push(this.exact, words.join(' '), entry);
      push(this.compact, words.join(''), entry);
      // Stems only for short forms: a chat phrase or a whole window is never longer.
      if (words.length <= MAX_STEMMED_WORDS) push(this.stemmed, stemKey(form), entry);
    }
  }

  /** Concepts of the layers below the curated taxonomy met whole by a text (label, synonym or same stems). */
  private findBelow(text: string, locale: Locale): SkillSuggestion[] {
    const out = new Map<string, SkillSuggestion>();
    const note = (entries: Entry[] | undefined, how: 'exact' | 'stem') => {
      for (const e of entries ?? []) {
        // ESCO's abbreviations are words in lower case ("RAD" is no "Rad", "IKT" no "ikt"): met only as typed.
        if (e.layer === 'esco' && ACRONYM.test(e.form) && !text.includes(e.form)) continue;
        // A product's one-word name shares its stem with everyday words ("Looker"/"Look", "ARIS"/"arisen", "Spring"/"Springer"): met written out only.
        if (how === 'stem' && e.layer === 'technology' && !writtenOut(text, e.form)) continue;
        const scale = LAYER_CONFIDENCE[e.layer];
        const confidence = how === 'stem' ? scale.stem : e.kind === 'label' ? scale.label : scale.synonym;
        const prev = out.get(e.concept.id);
        if (prev && prev.confidence >= confidence) continue;
        out.set(e.concept.id, { conceptId: e.concept.id, label: e.concept.labels[locale], confidence, evidence: e.layer, form: e.form });
      }
    };
    note(this.exact.get(exactKey(text)), 'exact');
    note(this.compact.get(compactKey(text)), 'exact');
    note(this.stemmed.get(stemKey(text)), 'stem');
    return [...out.values()];
  }

  /**
   * Best concepts for a short text: whole matches of any layer first, then the curated taxonomy's guesses.
   * A misspelt technology name that a curated concept lists as its synonym ("Doker" for Docker under
   * DevOps, "PostgeSQL" under SQL) is the technology, as the name typed right would be.
   */
  find(text: string, locale: Locale, limit = 5): SkillSuggestion[] {
    if (typeof text !== 'string' || text.length > 200) return [];
    const curated = this.taxonomy.find(text, locale, limit).map((hit) => {
      const technology = hit.evidence === 'misspelling' && hit.form ? this.technologyByName.get(exactKey(hit.form)) : undefined;
      return technology ? { ...hit, conceptId: technology.id, label: technology.labels[locale] } : hit;
    });
    const all = [...curated, ...this.findBelow(text, locale)];
    return all.sort((a, b) => b.confidence - a.confidence || a.conceptId.localeCompare(b.conceptId)).slice(0, limit);
  }

  /** A curated concept's German label and synonyms (empty for the layers below). */
  namesOf(conceptId: string): readonly string[] {
    const concept = this.taxonomy.get(conceptId);
    return concept ? [concept.labels['de-CH'], concept.labels['de-DE'], ...concept.synonyms] : [];
  }

  /** Whether ESCO ends at least BROAD_VERB_LABELS of its skills with this verb ("… reinigen", "… beraten"): done to many kinds of things. */
  isBroadVerb(infinitive: string): boolean {
    return (this.verbUses().get(infinitive.toLowerCase()) ?? 0) >= BROAD_VERB_LABELS;
  }

  private verbCounts?: Map<string, number>;

  /** How many ESCO skills end with each lower-case verb. */
  private verbUses(): Map<string, number> {
    if (this.verbCounts) return this.verbCounts;
    const counts = new Map<string, number>();
    for (const [id, concept] of this.below) {
      if (this.layerOf.get(id) !== 'esco') continue;
      const last = concept.labels['de-DE']?.split(/\s+/).pop() ?? '';
      if (/^\p{Ll}+en$/u.test(last)) counts.set(last, (counts.get(last) ?? 0) + 1);
    }
    this.verbCounts = counts;
    return counts;
  }

  /** Interests are curated concepts. */
  isInterest(conceptId: string): boolean {
    return this.taxonomy.isInterest(conceptId);
  }

  /** Compounds are read through the curated concepts' names (the layers below are met whole). */
  readCompound(word: string, locale: Locale): SkillSuggestion | undefined {
    return this.taxonomy.readCompound(word, locale);
  }

  /** Occupations come from the curated taxonomy only (the layers below hold skills): «lehrstelle elektroniker». */
  findOccupations(text: string, locale: Locale, limit = 5): SkillSuggestion[] {
    return this.taxonomy.findOccupations(text, locale, limit);
  }

  /** An occupation's skills, from the curated taxonomy that holds the occupations: a job title then stands for its core skill in the chat too. */
  skillsOf(occupationId: string): { essential: string[]; optional: string[] } {
    return this.taxonomy.skillsOf(occupationId);
  }

  label(conceptId: string, locale: Locale): string | undefined {
    return this.taxonomy.label(conceptId, locale) ?? this.below.get(conceptId)?.labels[locale];
  }

  related(conceptId: string, locale: Locale, limit = 5): SkillSuggestion[] {
    const curated = this.taxonomy.related(conceptId, locale, limit);
    if (curated.length > 0 || !this.below.has(conceptId)) return curated;
    return (this.broader.get(conceptId) ?? []).map((id) => ({ conceptId: id, label: this.label(id, locale) ?? id, confidence: 0.75 })).slice(0, limit);
  }

  /** The concept with this id, in any layer. */
  get(conceptId: string): Concept | undefined {
    return this.taxonomy.get(conceptId) ?? this.below.get(conceptId);
  }

  /** The curated concepts a technology belongs to ("Docker" → DevOps und CI/CD); empty for others. */
  broaderOf(conceptId: string): string[] {
    return this.broader.get(conceptId) ?? [];
  }

  /** The layer a concept comes from. */
  layer(conceptId: string): 'curated' | Layer | undefined {
    if (this.taxonomy.get(conceptId)) return 'curated';
    return this.layerOf.get(conceptId);
  }

  /** Skill concepts of every layer, curated first (the importers' phrase finder lets the first claim a phrase). */
  skillConcepts(): Concept[] {
    return [...this.taxonomy.concepts('skill'), ...[...this.below.values()].sort((a, b) => (this.layerOf.get(a.id) === 'technology' ? 0 : 1) - (this.layerOf.get(b.id) === 'technology' ? 0 : 1))];
  }
}

/** A title compared without certificates ("EFZ", "IHK"), gender slashes spelt out by the build. */
const titleKey = (text: string) => exactKey(text.replace(/\b(?:EFZ|EBA|HF|FH|IHK|eidg|dipl)\b\.?/gi, ' '));

/** "Polymechaniker/in" and "Detailhandelsfachfrau/-mann" as the two titles they stand for (as scripts/build-esco-occupations.js reads them). */
function genders(form: string): string[] {
  const m = /^(.*?)(\p{L}+)\/(-?)(\p{L}+)(.*)$/u.exec(form);
  if (!m) return [form];
  const [, head, first, dash, second, tail] = m as unknown as [string, string, string, string, string, string];
  if (second === 'in' || second === 'r') return [head + first + tail, head + first + second + tail];
  if (dash) return [head + first + tail, head + first.replace(/(frau|mann)$/i, '') + second.toLowerCase() + tail];
  return [form];
}

let lexicon: SkillLexicon | undefined;

/** The lexicon over the built-in taxonomy, built once per process; pass a taxonomy with imported concepts to get a new one. */
export function skillLexicon(base?: Taxonomy): SkillLexicon {
  if (base && base !== builtinTaxonomy()) return new SkillLexicon(base);
  lexicon ??= new SkillLexicon();
  return lexicon;
}
