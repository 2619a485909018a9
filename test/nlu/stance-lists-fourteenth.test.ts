import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { builtinTaxonomy } from '../../src/matching/taxonomy';
import { conditionsOfPosting, ruledOutConditions } from '../../src/nlu/aversions';
import { occupationsInText } from '../../src/nlu/phrases';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
/** Every concept a chat message yields, stored or asked. */
const named = (text: string, locale: Locale = 'de-CH') => resolveSkills(text, { locale, mode: 'message', lexicon }).skills.map((s) => s.label);

describe('two compounds joined by a cut-short word share one stance', () => {
  it('reads «weg vom Abend- und Wochenenddienst» and «keine Nacht- und Wochenenddienste» as no shift work offered', () => {
    expect(named('Ich habe zwei Kinder und will weg vom Abend- und Wochenenddienst.')).not.toContain('Bereitschaft zu Schichtarbeit');
    expect(named('Keine Nacht- und Wochenenddienste mehr.')).not.toContain('Bereitschaft zu Schichtarbeit');
    expect(named('Ich habe keine Erfahrung mit Holz- und Metallbearbeitung.')).not.toContain('Manuelle Metallbearbeitung');
  });

  it('keeps «und» as a new claim elsewhere', () => {
    expect(named('Ich kann Nacht- und Wochenenddienst.')).toContain('Bereitschaft zu Schichtarbeit');
    expect(named('Ich habe keine Erfahrung im Verkauf und kann kochen.')).toContain('Kochen');
  });
});

describe('a wish governs every item of the list of places it names', () => {
  it('reads «Stelle in einer Kantine, Mensa, Kita oder einem Heim» as places wished, not childcare claimed', () => {
    expect(named('Ich suche eine Stelle in einer Kantine, Mensa, Kita oder einem Heim am linken oder rechten Seeufer.')).not.toContain('Kinder betreuen');
    expect(named('Ich suche Arbeit in der Pflege, Kita oder Küche.')).not.toContain('Kochen');
  });

  it('keeps the list said of work done, a claim after the wish, and a list after «als»', () => {
    expect(named('Ich habe in einer Kantine, Mensa, Kita oder einem Heim gearbeitet.')).toContain('Kinder betreuen');
    expect(named('Ich suche eine Stelle, Kochen kann ich gut.')).toContain('Kochen');
    expect(named('Ich suche eine Stelle als Koch, Kochen, Backen.')).toContain('Backen');
  });
});

describe('a time joined to one a posting gives off is off too', () => {
  it('reads «Abends und Wochenende frei» as no evening work', () => {
    expect([...conditionsOfPosting('Frisch kochen für 90 Kinder, Montag bis Freitag, Abends und Wochenende frei.')]).toEqual([]);
    expect([...conditionsOfPosting('Samstags und sonntags frei')]).toEqual([]);
  });

  it('still names work joined to a free time, and times worked', () => {
    expect([...conditionsOfPosting('Schichtarbeit und Wochenende frei')]).toEqual(['shift']);
    expect([...conditionsOfPosting('Abends und am Wochenende arbeiten')]).toEqual(['evening', 'weekend']);
    expect(ruledOutConditions('will weg vom Abend- und Wochenenddienst').conditions).toEqual(expect.arrayContaining(['evening', 'weekend']));
  });
});

describe('a device repaired is no trade held', () => {
  const taxonomy = builtinTaxonomy();
  it('reads «die PCs und Drucker repariert» as a printer handled, not the printer trade', () => {
    expect(occupationsInText('Eigentlich war ich immer der, der im Büro die PCs und Drucker repariert hat.', taxonomy, 'de-CH')).toEqual([]);
  });

  it('keeps the trade named as a role', () => {
    expect(occupationsInText('Ich habe als Drucker gearbeitet.', taxonomy, 'de-CH')).toHaveLength(1);
    expect(occupationsInText('Ich bin Drucker.', taxonomy, 'de-CH')).toHaveLength(1);
  });
});
