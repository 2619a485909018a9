/**
 * Past work a later clause gives up («…, aber mit de Chnü gaht das nümme», «… but my shoulder won't let me do it
 * anymore», «…, mit 50 ist jetzt Schluss mit Dach») and a verb before «ich … nümme» with the thing after it: no skill
 * to store, not even the core skill of the occupation the introduction names (src/nlu/skill-stance.ts, understand.ts).
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { createUnderstander } from '../../src/nlu/understand';
import type { Locale } from '../../src/profile/types';

const taxonomy = builtinTaxonomy();
const understander = createUnderstander(taxonomy, { now: () => new Date('2026-12-07T12:00:00Z') });
const labels = (text: string, locale: Locale) => understander.understand(text, locale).skills.map((s) => taxonomy.label(s.conceptId, 'de-CH'));

describe('past work given up in a later clause', () => {
  it('drops an occupation whose work «das» / «es» no longer goes', () => {
    expect(labels('Ich war Tischler, aber wegen dem Rücken geht das nicht mehr', 'de-DE')).toEqual([]);
    expect(labels('Ich bi Koch gsi, bis s Knie kaputt gange isch, jetzt gaht das nümme', 'de-CH')).toEqual([]);
  });

  it('drops English work one cannot do anymore, with or without a comma before «but»', () => {
    expect(labels('I was a welder but my eyes won\'t let me do it anymore', 'en')).toEqual([]);
    expect(labels('I used to work as a cook, but I can\'t do that anymore', 'en')).toEqual([]);
  });

  it('drops work ended with «Schluss mit»', () => {
    expect(labels('Ich war 20 Jahre Maurer, mit 55 ist jetzt Schluss mit Baustelle', 'de-DE')).toEqual([]);
  });

  it('drops the thing after a verb with «ich … nümme» / «nicht mehr»', () => {
    expect(labels('wäg de Schultere gang ich aber nümme ufs Gerüst', 'de-CH')).toEqual([]);
  });

  it('keeps the trade when only a condition goes no more (no «das»), and a trade after «als»', () => {
    expect(labels('Ich bin Koch, aber Nachtschicht geht nicht mehr', 'de-DE')).toContain('Kochen');
    expect(labels('Heute arbeite ich nicht mehr als Koch', 'de-DE')).toContain('Kochen');
  });
});
