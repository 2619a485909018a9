import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
const sure = (text: string, locale: Locale = 'de-CH') =>
  resolveSkills(text, { locale, mode: 'phrase', lexicon }).skills.filter((s) => s.tier === 'sure').map((s) => s.label);

describe('skills named the way people describe their work', () => {
  it('understands what someone did with their hands, in German and Swiss German', () => {
    expect(sure('Bremsbeläge wechseln')).toEqual(['Fahrzeuge warten und reparieren']);
    expect(sure('Patienten gewaschen')).toEqual(['Grundpflege']);
    expect(sure('Zimmer hergerichtet im Hotel')).toEqual(['Zimmerreinigung und Housekeeping']);
    expect(sure('Blumensträusse gebunden')).toEqual(['Floristik']);
    expect(sure('Laptops aufgesetzt')).toEqual(['Computer-Hardware einrichten']);
    expect(sure('Chüe gmolche')).toEqual(['Landwirtschaft']);
  });

  it('understands English everyday phrasing', () => {
    expect(sure('elderly care', 'en')).toEqual(['Elderly care']);
    expect(sure('waiting tables', 'en')).toEqual(['Table service']);
    expect(sure('stocking shelves', 'en')).toEqual(['Merchandise management']);
  });

  it('reads a job title as the work it stands for', () => {
    expect(sure('Empfangsmitarbeiter')).toEqual(['Empfang und Administration']);
    expect(sure('Gruppenleiterin')).toEqual(['Führungskompetenz']);
  });

  it('keeps private life and other trades apart', () => {
    expect(sure('Winterreifen gekauft fürs Auto')).toEqual([]);
    expect(sure('ich bin Sprinter im Leichtathletikverein')).not.toContain('Lieferwagen fahren und ausliefern');
    expect(sure('Ich habe Pizzas gebacken')).toEqual(['Backen']);
  });
});
