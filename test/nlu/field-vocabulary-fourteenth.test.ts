/**
 * Field vocabulary of animal care, farming and public administration (src/matching/taxonomy/concepts): the
 * words of the trade name its concept («Pferdewirtin», «Pferde bewegen», «Erntehelfer», «Milchviehbetrieb»,
 * «Jobcenter», «Standesamt»).
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { extractSkills } from '../../src/nlu/skills';
import type { Locale } from '../../src/profile/types';

const taxonomy = builtinTaxonomy();
const labels = (text: string, locale: Locale = 'de-DE') => extractSkills(text, taxonomy, locale).map((s) => taxonomy.label(s.conceptId, 'de-CH'));

describe('field vocabulary', () => {
  it('reads horse and dog care as animal care', () => {
    expect(labels('Ich bin gelernte Pferdewirtin')).toContain('Tierpflege');
    expect(labels('Im Reitstall habe ich die Pferde bewegt und gefüttert')).toContain('Tierpflege');
    expect(labels('I did dog grooming at a pet salon', 'en')).toContain('Tierpflege');
  });

  it('reads harvest and dairy work as farming', () => {
    expect(labels('Ich war zwei Sommer Erntehelfer')).toContain('Landwirtschaft');
    expect(labels('Ich habe auf einem Milchviehbetrieb gearbeitet')).toContain('Landwirtschaft');
    expect(labels('I was a farm worker in Romania', 'en')).toContain('Landwirtschaft');
  });

  it('reads the offices of a town as public administration', () => {
    expect(labels('Ich habe im Standesamt gearbeitet')).toContain('Öffentliche Verwaltung');
    expect(labels('Ich bin Justizfachangestellte am Amtsgericht')).toContain('Öffentliche Verwaltung');
  });
});
