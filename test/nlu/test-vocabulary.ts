/** A small SkillVocabulary for unit tests: exact, stem-ish and typo-tolerant label matching. */
import { natural } from '../../src/nlu/natural';
import { fold } from '../../src/nlu/tokens';
import type { Locale } from '../../src/profile/types';
import type { SkillSuggestion, SkillVocabulary } from '../../src/services/ports';

const CONCEPTS: { id: string; label: string; forms: string[] }[] = [
  { id: 'loeten', label: 'Löten', forms: ['löten', 'lötkolben'] },
  { id: 'programmieren', label: 'Programmieren', forms: ['programmieren', 'coding', 'programmierung'] },
  { id: 'python', label: 'Python', forms: ['python'] },
  { id: 'sps', label: 'SPS-Programmierung', forms: ['sps', 'sps-steuerungen', 'sps-steuerung', 'sps programmierung'] },
  { id: 'cnc-fraesen', label: 'CNC-Fräsen', forms: ['cnc-fräsen', 'cnc fräsen'] },
  { id: 'cnc', label: 'CNC-Technik', forms: ['cnc'] },
  { id: 'fraesen', label: 'Fräsen', forms: ['fräsen'] },
  { id: 'stapler', label: 'Staplerfahren', forms: ['staplerschein', 'stapler fahren', 'gabelstapler', 'staplerfahren'] },
  { id: 'excel', label: 'Excel', forms: ['excel', 'ms excel'] },
  { id: 'kundenberatung', label: 'Kundenberatung', forms: ['kundenberatung', 'kunden beraten'] },
  { id: 'schweissen', label: 'Schweissen', forms: ['schweissen', 'schweißen'] },
  { id: 'qm', label: 'Qualitätsmanagement', forms: ['qualitätsmanagement'] },
];

/** The test vocabulary; `calls` counts find() calls. */
export class TestVocabulary implements SkillVocabulary {
  calls = 0;

  find(text: string, _locale: Locale, limit = 5): SkillSuggestion[] {
    this.calls++;
    const key = fold(text).replace(/\s+/g, ' ').trim();
    const out: SkillSuggestion[] = [];
    for (const c of CONCEPTS) {
      let best = 0;
      for (const form of c.forms.map(fold)) {
        if (form === key) best = 1;
        // Like the taxonomy, a word of a longer form is a weak partial match (below the skill threshold).
        else if (form.split(' ').includes(key)) best = Math.max(best, 0.6);
        else if (key.length >= 5 && Math.abs(form.length - key.length) <= 2) {
          const score = natural.JaroWinklerDistance(key, form);
          if (score >= 0.92) best = Math.max(best, score * 0.85);
        }
      }
      if (best > 0) out.push({ conceptId: c.id, label: c.label, confidence: Math.round(best * 100) / 100 });
    }
    return out.sort((a, b) => b.confidence - a.confidence).slice(0, limit);
  }

  label(conceptId: string): string | undefined {
    return CONCEPTS.find((c) => c.id === conceptId)?.label;
  }

  related(): SkillSuggestion[] {
    return [];
  }
}
