import { defaultExtractors } from '../../src/importers/defaults';
import { parseJobs } from '../../src/importers/index';
import { resolveSkills } from '../../src/nlu/skill-resolver';

const NOW = new Date('2026-05-15T12:00:00Z');
const { extractSkills, extractNamedSkills } = defaultExtractors();

/** One posting of a CSV export with this description, read by the importer with the real skill extraction. */
function imported(description: string) {
  const csv = `id;title;employer;description;country\nA-1;Sachbearbeiter (m/w/d);Muster GmbH;"${description}";DE\n`;
  const { items } = parseJobs('csv', csv, { extractSkills, extractNamedSkills, now: NOW });
  return items[0]!.skills.map((s) => s.conceptId);
}

describe('what a job ad asks for in its requirement list', () => {
  it('reads the skills listed under «Was du mitbringst» that only a phrase reading knows («Forecast-Reportings», «Rechnungsstellung»)', () => {
    const skills = imported('Was du mitbringst: - Erfahrung mit Forecast-Reportings - Rechnungsstellung und Mahnlauf');
    expect(skills).toContain('lotse:skill/controlling');
    const rechnung = resolveSkills('Rechnungsstellung', { locale: 'de-DE', mode: 'phrase' }).skills[0]!;
    expect(skills).toContain(rechnung.conceptId);
  });

  it('keeps listed requirement words that no concept explains as the posting\'s own words, where they stand', () => {
    const text = 'Dein Profil: - Kenntnisse in Stücklisten - Erfahrung mit dem Mahnlauf. Wir bieten: flexible Arbeitszeiten';
    const { ownWords, ownWordSpans } = resolveSkills(text, { locale: 'de-DE', mode: 'document' });
    expect(ownWords).toEqual(['Stücklisten', 'Mahnlauf']);
    expect(ownWordSpans!.map((span) => text.slice(...span))).toEqual(['Stücklisten', 'Mahnlauf']);
  });

  it('takes nothing from what the ad offers («Wir bieten: flexible Arbeitszeiten, einen zuverlässigen Partner und Homeoffice»)', () => {
    const text = 'Was du mitbringst: - Erfahrung mit SAP und Excel. Wir bieten: flexible Arbeitszeiten, einen zuverlässigen Partner und Homeoffice.';
    const { skills, ownWords } = resolveSkills(text, { locale: 'de-DE', mode: 'document' });
    expect(skills.map((s) => s.text)).toEqual(['SAP', 'Excel']);
    expect(ownWords).toEqual([]);
  });

  it('does not take adjectives, job titles or languages of the list as skills («Abgeschlossene Ausbildung als Industriekaufmann, sichere Deutschkenntnisse»)', () => {
    const text = 'Qualifikation: Abgeschlossene Ausbildung als Industriekaufmann. Sichere Deutschkenntnisse. Mehrjährige Erfahrung im Mahnwesen.';
    const { ownWords, skills } = resolveSkills(text, { locale: 'de-DE', mode: 'document' });
    expect(ownWords).toEqual([]);
    expect(skills.map((s) => s.text)).not.toContain('Sichere');
  });
});
