/**
 * BM25 over a posting's full text (title, the skills' labels, description) with MiniSearch, for
 * the lexical half of the hybrid ranking. Terms are folded the way the taxonomy folds (ä → ae) and
 * German filler words are dropped, so "Lager", "Lagerlogistik" (prefix) and "Läger" meet.
 */
import MiniSearch from 'minisearch';
import { fold, STOPWORDS } from './taxonomy/normalize';
import type { JobPosting } from './types';

function term(word: string): string | null {
  const folded = fold(word);
  return folded && folded.length > 1 && !STOPWORDS.has(folded) ? folded : null;
}

export class LexicalIndex {
  private readonly mini: MiniSearch;

  /** `skillLabel` turns a concept id into words (the label in the postings' language). */
  constructor(jobs: readonly JobPosting[], skillLabel: (conceptId: string) => string | undefined) {
    // Prefix search only for longer words ("Lager" finds "Lagerlogistik"), no fuzzy matching: both
    // multiply the terms a query expands to, and fuzzy expansion made a search ~10× slower.
    this.mini = new MiniSearch({
      fields: ['title', 'skills', 'description'],
      processTerm: term,
      searchOptions: { boost: { title: 2 }, prefix: (t: string) => t.length >= 5, fuzzy: false },
    });
    this.mini.addAll(
      jobs.map((j) => ({
        id: j.id,
        title: j.title,
        skills: j.skills.map((s) => skillLabel(s.conceptId) ?? '').join(', '),
        description: j.description,
      })),
    );
  }

  /** BM25 score and the matching terms per job id (jobs without a shared term are absent). */
  scores(words: string): Map<string, { score: number; terms: string[] }> {
    const out = new Map<string, { score: number; terms: string[] }>();
    if (!words.trim()) return out;
    for (const r of this.mini.search(words.slice(0, 2000))) out.set(String(r.id), { score: r.score, terms: r.queryTerms });
    return out;
  }
}
