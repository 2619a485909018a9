/**
 * The skills and occupations taxonomy: curated German concepts (plus imported ESCO concepts), a fast
 * fuzzy lookup for free text, labels per locale, related skills and related occupations. Pure.
 */
import type { Locale } from '../../profile/types';
import type { SkillSuggestion, SkillVocabulary } from '../../services/ports';
import { curatedConcepts } from './builtin';
import { CompoundFit } from './compound-fit';
import { SearchIndex } from './search-index';
import type { Concept, ConceptKind, ConceptMatch, OccupationMatch } from './types';

/** Options of Taxonomy.search. */
export interface SearchOptions {
  locale?: Locale;
  limit?: number;
  /** Only concepts of this kind (default: both). */
  kind?: ConceptKind;
  /** Drop matches below this confidence (default 0.5). */
  minConfidence?: number;
}

/** Merges imported concepts into existing ones: curated labels win, synonyms and relations are joined. */
function merge(base: Concept, extra: Concept): Concept {
  const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];
  return {
    ...base,
    synonyms: union(base.synonyms, extra.synonyms),
    related: union(base.related, extra.related),
    ...(base.kind === 'occupation'
      ? { essentialSkills: union(base.essentialSkills, extra.essentialSkills), optionalSkills: union(base.optionalSkills, extra.optionalSkills) }
      : {}),
  };
}

/** Confidence of a compound both of whose parts fit one concept: sure, below a synonym. */
const COMPOUND_CONFIDENCE = 0.9;

/** The taxonomy; implements the SkillVocabulary port used by the conversation and the matcher. */
export class Taxonomy implements SkillVocabulary {
  private readonly byId = new Map<string, Concept>();
  private readonly bySlug = new Map<string, Concept>();
  private readonly neighbours = new Map<string, Map<string, number>>();
  private readonly index: SearchIndex;
  private compounds: CompoundFit | undefined;

  constructor(concepts: Iterable<Concept>) {
    for (const c of concepts) {
      const prev = this.byId.get(c.id);
      this.byId.set(c.id, prev ? merge(prev, c) : c);
    }
    for (const c of this.byId.values()) if (c.slug) this.bySlug.set(c.slug, c);
    this.buildNeighbours();
    this.index = new SearchIndex(this.byId.values());
  }

  /** The built-in taxonomy plus extra (e.g. imported ESCO) concepts. */
  static withConcepts(extra: Iterable<Concept>): Taxonomy {
    return builtinTaxonomy().withConcepts(extra);
  }

  /** A new taxonomy with these concepts added (same id: curated labels kept, synonyms joined). */
  withConcepts(extra: Iterable<Concept>): Taxonomy {
    return new Taxonomy([...this.byId.values(), ...extra]);
  }

  /** Curated relations count 3 (both directions), skills shared as essentials of an occupation 1 each. */
  private buildNeighbours(): void {
    const add = (a: string, b: string, w: number) => {
      if (a === b || !this.byId.has(a) || !this.byId.has(b)) return;
      const m = this.neighbours.get(a) ?? new Map<string, number>();
      m.set(b, (m.get(b) ?? 0) + w);
      this.neighbours.set(a, m);
    };
    for (const c of this.byId.values()) {
      for (const r of c.related) {
        add(c.id, r, 3);
        add(r, c.id, 3);
      }
      const core = c.essentialSkills ?? [];
      for (const a of core) for (const b of core) add(a, b, 1);
    }
  }

  /** Best skill concepts for a short free-text skill ("Löten", "SPS progr."), most confident first. */
  find(text: string, locale: Locale, limit = 5): SkillSuggestion[] {
    return this.search(text, { locale, limit, kind: 'skill' }).map((m) => ({ ...this.suggestion(m.concept, m.confidence, locale), ...evidenceOf(m) }));
  }

  /** The taxonomy names its interest concepts "…-interesse" ("technik-interesse"). */
  isInterest(conceptId: string): boolean {
    return this.byId.get(conceptId)?.slug?.endsWith('-interesse') === true;
  }

  /** The one skill both parts of a compound fit (src/matching/taxonomy/compound-fit.ts). */
  readCompound(word: string, locale: Locale): SkillSuggestion | undefined {
    this.compounds ??= new CompoundFit(this.byId.values());
    const concept = this.compounds.read(word);
    return concept ? { ...this.suggestion(concept, COMPOUND_CONFIDENCE, locale), evidence: 'compound' } : undefined;
  }

  /** Best occupations for a short free text ("Polymech", "nurse"), most confident first. */
  findOccupations(text: string, locale: Locale, limit = 5): SkillSuggestion[] {
    return this.search(text, { locale, limit, kind: 'occupation' }).map((m) => this.suggestion(m.concept, m.confidence, locale));
  }

  /** Concepts (skills and/or occupations) for a short free text, with how each was found. */
  search(text: string, options: SearchOptions = {}): ConceptMatch[] {
    const { limit = 5, kind, minConfidence = 0.5 } = options;
    if (typeof text !== 'string' || text.length > 200) return [];
    return this.index.lookup(text, limit, (c) => (!kind || c.kind === kind)).filter((m) => m.confidence >= minConfidence);
  }

  /** The concept with this id (or curated slug). */
  get(idOrSlug: string): Concept | undefined {
    return this.byId.get(idOrSlug) ?? this.bySlug.get(idOrSlug);
  }

  /** All concepts, or those of one kind. */
  concepts(kind?: ConceptKind): Concept[] {
    const all = [...this.byId.values()];
    return kind ? all.filter((c) => c.kind === kind) : all;
  }

  /** The preferred label of a concept in a locale (undefined for unknown ids). */
  label(conceptId: string, locale: Locale): string | undefined {
    const concept = this.get(conceptId);
    const label = concept?.labels[locale];
    // A German posting or person has no Swiss diploma: «Konstrukteur/in», not «Konstrukteur/in EFZ».
    return label && concept.kind === 'occupation' && locale === 'de-DE' ? withoutSwissLevel(label) : label;
  }

  /** Skills often named together with this one ("Oft zusammen mit …"), strongest first. */
  related(conceptId: string, locale: Locale, limit = 5): SkillSuggestion[] {
    const id = this.get(conceptId)?.id ?? conceptId;
    const weights = this.neighbours.get(id);
    if (!weights) return [];
    return [...weights.entries()]
      .map(([other, w]) => ({ concept: this.byId.get(other)!, w }))
      .filter(({ concept }) => concept.kind === 'skill')
      .sort((a, b) => b.w - a.w || a.concept.id.localeCompare(b.concept.id))
      .slice(0, limit)
      .map(({ concept, w }) => this.suggestion(concept, Math.min(1, w / 4), locale));
  }

  /** The essential and optional skill ids of an occupation (empty lists for unknown ids). */
  skillsOf(occupationId: string): { essential: string[]; optional: string[] } {
    const o = this.get(occupationId);
    return { essential: o?.essentialSkills ?? [], optional: o?.optionalSkills ?? [] };
  }

  /** Occupations ranked by how much of their skill set these skills cover (career changers). */
  occupationsFor(skillIds: string[], limit = 5): OccupationMatch[] {
    const have = new Set(skillIds.map((s) => this.get(s)?.id ?? s));
    const out: OccupationMatch[] = [];
    for (const o of this.byId.values()) {
      if (o.kind !== 'occupation') continue;
      const essential = o.essentialSkills ?? [];
      const optional = o.optionalSkills ?? [];
      const matched = [...essential, ...optional].filter((s) => have.has(s));
      if (matched.length === 0) continue;
      const total = essential.length + 0.5 * optional.length;
      const got = essential.filter((s) => have.has(s)).length + 0.5 * optional.filter((s) => have.has(s)).length;
      out.push({ occupation: o, score: Math.round((got / total) * 1000) / 1000, matched, missing: essential.filter((s) => !have.has(s)) });
    }
    return out.sort((a, b) => b.score - a.score || b.matched.length - a.matched.length || a.occupation.id.localeCompare(b.occupation.id)).slice(0, limit);
  }

  private suggestion(concept: Concept, confidence: number, locale: Locale): SkillSuggestion {
    return { conceptId: concept.id, label: this.label(concept.id, locale) ?? concept.labels['de-DE'], confidence };
  }
}

/** Words of at least this length may carry one typo and still count as a known misspelling. */
const MISSPELLING_MIN_LENGTH = 6;

/** The evidence behind a match: one typo in a long word that then meets a whole label is a misspelling, more is a guess. */
function evidenceOf(m: ConceptMatch): Pick<SkillSuggestion, 'evidence' | 'form'> {
  const form = m.form ? { form: m.form } : {};
  if (m.via === 'fuzzy') {
    const sure = m.edits === 1 && m.form !== undefined && m.form.length >= MISSPELLING_MIN_LENGTH;
    return { evidence: sure ? 'misspelling' : 'fuzzy', ...form };
  }
  return { evidence: m.via, ...form };
}

let builtin: Taxonomy | undefined;

/** The curated taxonomy, built once per process. */
export function builtinTaxonomy(): Taxonomy {
  builtin ??= new Taxonomy(curatedConcepts());
  return builtin;
}

/** The Swiss level marks of an occupation's name (EFZ, EBA, HF), which name nothing outside Switzerland. */
const SWISS_LEVEL_MARK = /\s+(?:EFZ|EBA|HF)(?=\s|$|[,)])/g;

function withoutSwissLevel(label: string): string {
  return label.replace(SWISS_LEVEL_MARK, '').trim() || label;
}
