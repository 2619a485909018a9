import { parseDate, statedStartMonth } from '../../src/nlu/dates';
import { extractEntities } from '../../src/nlu/entities';
import { parseDrivingLicence, parsePositionKinds, parseSituation } from '../../src/nlu/hints';
import { parseLanguages, parseLocale } from '../../src/nlu/languages';
import { findNumbers, parseNumber, parseNumberWord } from '../../src/nlu/numbers';
import { parsePensum, parsePercent, parseRadius, parseYears } from '../../src/nlu/quantities';

const now = new Date(2026, 10, 22, 12, 0); // 22 November 2026

describe('numbers', () => {
  it.each([
    ['zwölf', 12], ['einundzwanzig', 21], ['dreißig', 30], ['dreissig', 30], ['hundert', 100],
    ['zweihundertfünfzig', 250], ['zweitausendneunzehn', 2019], ['anderthalb', 1.5], ['dreieinhalb', 3.5], ['sechzehn', 16],
  ])('%s → %d', (word, value) => expect(parseNumberWord(word)).toBe(value));

  it('rejects non-numbers', () => {
    expect(parseNumberWord('löten')).toBeUndefined();
    expect(parseNumberWord('undzwanzig')).toBeUndefined();
    expect(parseNumber('Ich kann löten')).toBeUndefined();
  });

  it.each([
    ['3,5', 3.5], ['2.5 Jahre', 2.5], ['drei einhalb Jahre', 3.5], ['ein halbes Jahr', 0.5], ['ich bin zwölf', 12], ['12', 12],
  ])('parseNumber(%s) = %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it('keeps spans and ignores articles', () => {
    expect(findNumbers('eine Lehrstelle mit 80 Prozent')).toEqual([{ value: 80, start: 20, end: 22 }]);
    expect(findNumbers('ein Jahr')[0]!.value).toBe(1);
  });
});

describe('percent and Pensum', () => {
  it.each([
    ['80 Prozent', 80], ['80%', 80], ['80 %', 80], ['achtzig Prozent', 80],
  ])('parsePercent(%s)', (text, value) => expect(parsePercent(text)).toBe(value));

  it.each([
    ['60-80 %', { min: 60, max: 80 }], ['60 bis 80 Prozent', { min: 60, max: 80 }], ['Vollzeit', { min: 100, max: 100 }],
    ['lieber Teilzeit', { min: 50, max: 90 }], ['halbtags', { min: 50, max: 50 }], ['80%', { min: 80, max: 80 }],
    ['ein 80er-Pensum', { min: 80, max: 80 }], ['Pensum 60', { min: 60, max: 60 }],
  ])('parsePensum(%s)', (text, range) => expect(parsePensum(text)).toEqual(range));

  it('finds no Pensum in unrelated text', () => expect(parsePensum('Ich kann löten')).toBeUndefined());
});

describe('years of experience', () => {
  it.each([
    ['3,5 Jahre', 3.5], ['zwei Jahre Erfahrung', 2], ['seit 2019', 7], ['18 Monate', 1.5], ['anderthalb Jahre', 1.5],
    ['seit März 2024', 2.5],
  ])('parseYears(%s)', (text, years) => expect(parseYears(text, now)).toBe(years));

  it('ignores ages', () => expect(parseYears('ich bin 16 Jahre alt', now)).toBeUndefined());
});

describe('dates', () => {
  it.each([
    ['ab sofort', 'asap'], ['so schnell wie möglich', 'asap'], ['ab März', '2027-03-01'], ['im Dezember', '2026-12-01'],
    ['1.8.2027', '2027-08-01'], ['01.08.27', '2027-08-01'], ['im August', '2027-08-01'], ['nächsten Sommer', '2027-06-01'],
    ['ab 1. Februar', '2027-02-01'], ['August 2028', '2028-08-01'], ['2027-01-15', '2027-01-15'], ['from March', '2027-03-01'],
    ['nächstes Jahr', '2027-01-01'],
  ])('parseDate(%s) = %s', (text, date) => expect(parseDate(text, now)).toBe(date));

  it('ignores decimals and plain words', () => {
    expect(parseDate('3.5 Jahre', now)).toBeUndefined();
    expect(parseDate('Ich kann löten', now)).toBeUndefined();
    expect(parseDate('31.2.2027', now)).toBeUndefined();
  });

  it('reads «in spring» as a start but not the framework «Spring Boot» or «a fall» («Noted: start» for a developer who named her skills)', () => {
    expect(parseDate('I know Java, Spring Boot and SQL.', now)).toBeUndefined();
    expect(parseDate('I had a fall last year and cannot lift heavy things', now)).toBeUndefined();
    expect(parseDate('I could start in spring', now)).toBe('2027-03-01');
    expect(parseDate('from fall 2027', now)).toBe('2027-09-01');
    expect(parseDate('ab Frühling', now)).toBe('2027-03-01');
  });
});

describe('radius', () => {
  it.each([
    ['bis 30 km', 30], ['30 Kilometer', 30], ['im Umkreis von zwanzig km', 20], ['max. 15km', 15], ['Umkreis 25', 25],
  ])('parseRadius(%s)', (text, km) => expect(parseRadius(text)).toBe(km));
  it('needs a unit', () => expect(parseRadius('30 Jahre')).toBeUndefined());
});

describe('hints', () => {
  it.each([
    ['Ich suche eine Lehrstelle', ['apprenticeship']], ['Ausbildung als Mechatroniker', ['apprenticeship']],
    ['eine Schnupperlehre', ['internship']], ['Praktikum oder Lehre', ['internship', 'apprenticeship']],
    ['unbefristet', ['permanent']], ['Festanstellung', ['permanent']], ['befristet oder temporär', ['temporary']],
    ['Temporärstelle', ['temporary']],
    // Swiss German drops the final e: "e Lehr", "e Lehrstell", "e Ausbildig".
    ['i möcht e Lehr als Koch mache', ['apprenticeship']], ['gits no e Lehrstell?', ['apprenticeship']], ['e Ausbildig i de Pfleg', ['apprenticeship']],
  ])('parsePositionKinds(%s)', (text, kinds) => expect(parsePositionKinds(text)).toEqual(kinds));

  it.each([
    ['Ich bin Schüler in der 9. Klasse', 'pupil'], ['Wiedereinstieg nach der Familienpause', 'returner'],
    ['Ich bin Quereinsteiger', 'career_changer'], ['ich habe einen Jobcoach', 'supported'],
    ['Ich bin mit der Schule fertig', 'school_leaver'],
    ['I am a nurse and just moved to Switzerland', 'international'], ['Ich bin neu in der Schweiz', 'international'],
    ['wir sind letztes Jahr nach Deutschland gezogen', 'international'],
    ['bin Industriemechaniker und will Richtung Mechatronik', 'career_changer'], ['I am a cook and want to move into logistics', 'career_changer'],
    ['ich will Richtung Informatik', undefined],
    // IV is the Swiss disability insurance, but «IV therapy» is a nurse's intravenous line.
    ['ich bin bei der IV angemeldet', 'supported'], ['IV-Rente und Jobcoach', 'supported'],
    ['wound care, IV therapy', undefined], ['IV-Zugang legen, Infusionen', undefined],
  ])('parseSituation(%s)', (text, situation) => expect(parseSituation(text)).toBe(situation));

  it('driving licence', () => {
    expect(parseDrivingLicence('Ich habe den Führerschein')).toBe(true);
    expect(parseDrivingLicence('Fahrausweis Kat. B')).toBe(true);
    expect(parseDrivingLicence('keinen Führerausweis')).toBe(false);
    expect(parseDrivingLicence('Ich kann löten')).toBeUndefined();
  });
});

describe('languages', () => {
  it('reads levels per clause', () => {
    expect(parseLanguages('Englisch B2, Französisch gut und Muttersprache Türkisch')).toEqual([
      { language: 'en', level: 'B2' }, { language: 'fr', level: 'B2' }, { language: 'tr', level: 'native' },
    ]);
    expect(parseLanguages('Italienisch ein bisschen')).toEqual([{ language: 'it', level: 'A2' }]);
  });
  it('reads Swiss German: «dütsch», «es bitz», «u» for «und», «Franz» beside other languages', () => {
    expect(parseLanguages('dütsch, bitz englisch u franz')).toEqual([
      { language: 'de', level: 'B1' }, { language: 'en', level: 'A2' }, { language: 'fr', level: 'B1' },
    ]);
    expect(parseLanguages('Schwiizerdütsch Muettersprach, Italiänisch guet')).toEqual([{ language: 'de', level: 'native' }, { language: 'it', level: 'B2' }]);
  });
  it('does not take the first name Franz for French', () => {
    expect(parseLanguages('Franz')).toEqual([]);
    expect(parseLanguages('ich bin Franz')).toEqual([]);
  });
  it('reads the conversation language', () => {
    expect(parseLocale('English please')).toBe('en');
    expect(parseLocale('Schweizerdeutsch')).toBe('de-CH');
    expect(parseLocale('Hochdeutsch')).toBe('de-DE');
  });
});

describe('extractEntities', () => {
  it('fills many slots from one sentence', () => {
    const e = extractEntities('Ich suche ab März eine Lehrstelle in Olten, 80 Prozent, bis 20 km, seit 2019 Erfahrung', now);
    expect(e).toMatchObject({
      date: '2027-03-01', positionKinds: ['apprenticeship'], postalCode: '4600', placeName: 'Olten', country: 'CH',
      pensum: { min: 80, max: 80 }, percent: 80, radiusKm: 20, years: 7,
    });
  });
  it('does not take years or radii for postal codes', () => {
    expect(extractEntities('seit 2019', now).postalCode).toBeUndefined();
    expect(extractEntities('bis 4500 km', now).postalCode).toBeUndefined();
    expect(extractEntities('4500', now).placeName).toBe('Solothurn');
  });
  it('reads a first name and is empty for emoji', () => {
    expect(extractEntities('Hallo, ich heisse Anna', now).firstName).toBe('Anna');
    expect(extractEntities('👍🎉', now)).toEqual({});
    expect(extractEntities('', now)).toEqual({});
  });
  it('does not read town-like words as places', () => {
    expect(extractEntities('Ich gehe gern essen und kann Sachen halten', now).placeName).toBeUndefined();
    expect(extractEntities('Lehrstelle Grenchen', now).placeName).toBe('Grenchen');
  });
});

describe('statedStartMonth', () => {
  const month = (year: number, m: number) => year * 12 + m - 1;
  it.each([
    ['Lehrbeginn August 2026', month(2026, 8)],
    ['Start 08/2027', month(2027, 8)],
    ['Ausbildungsbeginn: 1. September 2027', month(2027, 9)],
    ['Stellenantritt per 1.5.2026', month(2026, 5)],
    // A year alone counts as its last month; a month given elsewhere is the more precise start.
    ['Ausbildung Kfz-Mechatroniker/in (Start 2026)', month(2026, 12)],
    ['Ausbildung Kfz-Mechatroniker/in (Start 2026). Ausbildungsstart 1. September 2026.', month(2026, 9)],
  ])('%s', (text, expected) => expect(statedStartMonth(text)).toBe(expected));
  it('names no start where a posting gives none with a year', () => {
    expect(statedStartMonth('ab sofort, Schichtbeginn 2 Uhr')).toBeUndefined();
    expect(statedStartMonth('Start ab August')).toBeUndefined();
    expect(statedStartMonth('Posted March 2026')).toBeUndefined();
  });
});
