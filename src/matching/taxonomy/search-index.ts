/**
 * The lookup index behind Taxonomy.find: precomputed maps from folded, compact and stemmed surface
 * forms to concepts, an inverted token index for partial matches, compound splitting and typo
 * correction. Everything is computed once at construction; a lookup touches a few map entries.
 */
import { FuzzyVocabulary } from './fuzzy';
import { compactKey, contentTokens, exactKey, stem, tokens } from './normalize';
import type { Concept, ConceptMatch } from './types';

/** Confidence of each way of finding a concept (calibrated: dialogs ask back below ~0.75). */
export const CONFIDENCE = {
  label: 1,
  synonym: 0.95,
  compact: 0.97,
  stem: 0.85,
  compound: 0.8,
  partialMax: 0.78,
  fuzzyFactor: 0.85,
} as const;

interface Form {
  concept: Concept;
  text: string;
  /** 1 for preferred labels, CONFIDENCE.synonym for synonyms. */
  weight: number;
  stems: string[];
}

/** Second parts of compounds that add nothing to the skill ("Schweißtechnik", "Staplerschein"). */
const FILLER_STEMS = new Set(
  ['technik', 'kenntnisse', 'kenntnis', 'arbeiten', 'arbeit', 'kurs', 'kurse', 'erfahrung', 'wissen', 'schein', 'ausweis', 'bereich', 'sachen'].map(stem),
);

type Best = Map<string, ConceptMatch>;

function keep(best: Best, concept: Concept, confidence: number, via: ConceptMatch['via'], detail: { form?: string; edits?: number } = {}): void {
  const prev = best.get(concept.id);
  if (!prev || prev.confidence < confidence) best.set(concept.id, { concept, confidence: round(confidence), via, ...detail });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** All surface forms of a concept with their weight: labels 1.0, synonyms 0.95. */
function surfaceForms(concept: Concept): { text: string; weight: number }[] {
  const labels = new Set(Object.values(concept.labels));
  return [
    ...[...labels].map((text) => ({ text, weight: 1 })),
    ...concept.synonyms.filter((s) => !labels.has(s)).map((text) => ({ text, weight: CONFIDENCE.synonym })),
  ];
}

/** The precomputed lookup structures over a set of concepts. */
export class SearchIndex {
  private readonly exact = new Map<string, Form[]>();
  private readonly compact = new Map<string, Form[]>();
  private readonly stemmed = new Map<string, Form[]>();
  private readonly byStem = new Map<string, Form[]>();
  private readonly surface = new FuzzyVocabulary();

  constructor(concepts: Iterable<Concept>) {
    for (const concept of concepts) {
      for (const { text, weight } of surfaceForms(concept)) this.addForm(concept, text, weight);
    }
  }

  private addForm(concept: Concept, text: string, weight: number): void {
    const stems = [...new Set(contentTokens(text).map(stem))];
    const form: Form = { concept, text, weight, stems };
    push(this.exact, exactKey(text), form);
    push(this.compact, compactKey(text), form);
    push(this.stemmed, [...stems].sort().join(' '), form);
    for (const s of stems) push(this.byStem, s, form);
    for (const t of tokens(text)) this.surface.add(t);
  }

  /** Concepts for a short free text, best first. */
  lookup(text: string, limit: number, accept: (c: Concept) => boolean): ConceptMatch[] {
    const best: Best = new Map();
    for (const form of this.exact.get(exactKey(text)) ?? []) {
      keep(best, form.concept, form.weight === 1 ? CONFIDENCE.label : CONFIDENCE.synonym, form.weight === 1 ? 'label' : 'synonym', { form: form.text });
    }
    for (const form of this.compact.get(compactKey(text)) ?? []) keep(best, form.concept, CONFIDENCE.compact * form.weight, 'synonym', { form: form.text });
    const words = contentTokens(text);
    if (words.length > 0 && words.length <= 8) this.lookupStems(words, best);
    return [...best.values()]
      .filter((m) => accept(m.concept))
      .sort((a, b) => b.confidence - a.confidence || a.concept.id.localeCompare(b.concept.id))
      .slice(0, limit);
  }

  private lookupStems(words: string[], best: Best): void {
    const stems = words.map(stem);
    this.matchStems(stems, CONFIDENCE.stem, 'stem', best);
    const repaired = this.repair(words, stems);
    if (repaired) this.matchStems(repaired.stems, repaired.factor, repaired.via, best, repaired.edits);
  }

  /** Whole-key match of the stems, then partial overlap with multi-word forms. */
  private matchStems(stems: string[], factor: number, via: ConceptMatch['via'], best: Best, edits?: number): void {
    const key = [...new Set(stems)].sort().join(' ');
    for (const form of this.stemmed.get(key) ?? []) keep(best, form.concept, factor * form.weight, via, { form: form.text, ...(edits ? { edits } : {}) });
    this.matchPartial(stems, factor / CONFIDENCE.stem, best);
  }

  /** Forms sharing some stems with the query: confidence grows with the overlap on both sides. */
  private matchPartial(stems: string[], scale: number, best: Best): void {
    const query = new Set(stems);
    const seen = new Set<Form>();
    for (const s of query) {
      for (const form of this.byStem.get(s) ?? []) {
        if (seen.has(form)) continue;
        seen.add(form);
        const overlap = form.stems.filter((x) => query.has(x)).length;
        const coverage = overlap / Math.max(query.size, form.stems.length);
        if (coverage < 0.34) continue;
        keep(best, form.concept, scale * form.weight * (0.5 + 0.28 * coverage), 'partial');
      }
    }
  }

  /** Unknown stems fixed by compound splitting or typo correction; undefined if nothing changed. */
  private repair(words: string[], stems: string[]): { stems: string[]; factor: number; via: ConceptMatch['via']; edits: number } | undefined {
    let edits = 0;
    let factor: number = CONFIDENCE.stem;
    let via: ConceptMatch['via'] = 'stem';
    let changed = false;
    const out: string[] = [];
    words.forEach((word, i) => {
      if (this.byStem.has(stems[i])) return out.push(stems[i]);
      const parts = this.splitCompound(word);
      if (parts) {
        changed = true;
        via = 'compound';
        factor = Math.min(factor, CONFIDENCE.compound);
        return out.push(...parts);
      }
      const fix = this.surface.correct(word);
      if (fix) {
        changed = true;
        if (via !== 'compound') via = 'fuzzy';
        factor = Math.min(factor, CONFIDENCE.fuzzyFactor * fix.similarity);
        // A typo rarely hits the first letter ("Tanzen" is no misspelling of "Stanzen"): such a fix stays a guess.
        edits = Math.max(edits, fix.token[0] === word[0] ? fix.edits : 2);
        return out.push(stem(fix.token));
      }
      out.push(stems[i]);
    });
    return changed ? { stems: out, factor, via, edits } : undefined;
  }

  /** Splits "schweisstechnik" → ["schweiss"], "cncfraesen" → ["cnc", "fraes"] along known stems. */
  private splitCompound(word: string): string[] | undefined {
    for (let i = word.length - 3; i >= 3; i--) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      const headStem = this.knownStem(head) ?? (head.endsWith('s') ? this.knownStem(head.slice(0, -1)) : undefined);
      if (!headStem) continue;
      const tailStem = stem(tail);
      if (FILLER_STEMS.has(tailStem)) return [headStem];
      if (this.byStem.has(tailStem)) return [headStem, tailStem];
    }
    return undefined;
  }

  private knownStem(part: string): string | undefined {
    const s = stem(part);
    if (this.byStem.has(s)) return s;
    return this.byStem.has(part) ? part : undefined;
  }
}
