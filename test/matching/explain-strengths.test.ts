import { explainJob, type JobReasons } from '../../src/matching/explain';
import { textsFor } from '../../src/i18n';

const reasons = (matchedLabels: string[], broughtLabels: string[]): JobReasons => ({
  breakdown: [],
  kind: 'permanent',
  matchedLabels,
  broughtLabels,
  missingLabels: [],
  distanceKm: undefined,
  radiusKm: 20,
  wishedKind: false,
  wishedPensum: false,
  hasInterests: false,
  saved: false,
});

describe('the reason a proposal gives for the skills that fit', () => {
  it('says a soft skill named by a noun is brought, not known («Kreativität mitbringst»)', () => {
    const texts = textsFor('de-CH');
    expect(explainJob(texts, reasons(['Kinder betreuen', 'Kreativität'], ['Kreativität']))).toBe('Passt, weil du Kinder betreuen kannst und Kreativität mitbringst.');
    expect(explainJob(texts, reasons(['Zuverlässigkeit', 'Organisationstalent'], ['Zuverlässigkeit', 'Organisationstalent']))).toBe(
      'Passt, weil du Zuverlässigkeit und Organisationstalent mitbringst.',
    );
  });

  it('keeps a soft skill said as a doing and every other skill as known', () => {
    const texts = textsFor('de-DE');
    expect(explainJob(texts, reasons(['Probleme lösen', 'Englisch'], ['Probleme lösen']))).toBe('Passt, weil du Probleme lösen und Englisch kannst.');
    expect(explainJob(texts, reasons(['Löten', 'CAD'], []))).toBe('Passt, weil du Löten und CAD kannst.');
  });
});
