import { builtinTaxonomy } from '../../src/matching/taxonomy';
import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { personWords } from '../../src/nlu/phrases';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
/** Every concept a chat message yields, stored or asked. */
const named = (text: string, locale: Locale = 'de-CH') => resolveSkills(text, { locale, mode: 'message', lexicon }).skills.map((s) => s.label);

describe('skills the writer does not have', () => {
  it('reads «kaum» as too little to offer', () => {
    expect(named('Ich spreche kaum Deutsch', 'de-DE')).toEqual([]);
  });

  it('reads «Abschluss» as a certificate unless the message speaks of accounts, and «Code 95» as no program code', () => {
    expect(named('Abschluss (Realschule) kommt nächsten Sommer.', 'de-DE')).toEqual([]);
    expect(named('Zerspanungsmechaniker, IHK-Abschluss 2015', 'de-DE')).not.toContain('Jahresabschluss erstellen');
    expect(named('Buchhaltung, Abschluss, Lohn', 'de-DE')).toContain('Jahresabschluss erstellen');
    expect(named('Ich habe den Führerschein CE und Code 95', 'de-DE')).not.toContain('Programmieren');
    expect(named('Ich schreibe gern Code', 'de-DE')).toContain('Programmieren');
  });

  it('reads a limit asked for («wenig Telefon», «möglichst wenig Kundenkontakt») as a condition, not a skill', () => {
    expect(named('Kein Großraumbüro, wenig Telefon', 'de-DE')).toEqual([]);
    expect(named('Bitte möglichst wenig Kundenkontakt', 'de-DE')).toEqual([]);
    // A little of it is still a claim.
    expect(named('Ich kann ein wenig Excel', 'de-DE')).toContain('Microsoft Excel');
    expect(named('Ich habe wenig Erfahrung mit Excel', 'de-DE')).toContain('Microsoft Excel');
  });

  it('reads «… tu ich nie» after the skill as a denial', () => {
    expect(named('Selber backen tu ich nie', 'de-DE')).toEqual([]);
  });

  it('reads «…, ich eher nicht» as the writer set against the one who can', () => {
    expect(named('Mein Sohn kocht super, ich eher nicht', 'de-DE')).toEqual([]);
    expect(named('Dr Bueb vo minere Schwöschter isch Informatiker, ich nöd')).toEqual([]);
    // The child the writer speaks for still can.
    expect(named('Mein Sohn kocht super', 'de-DE')).toContain('Kochen');
  });

  it('still finds a skill named in a request to take it out of the profile: the removal needs to know which one («please remove social insurance»)', () => {
    expect(named('Nimm bitte s Staplerfahre us mine Fähigkeite use')).not.toEqual([]);
    expect(named('please remove social insurance', 'en')).toContain('Social insurance');
    expect(named('Bitte füeg Excel zu mine Fähigkeite dezue')).toContain('Microsoft Excel');
  });
});

describe('wishes, dreams and interests', () => {
  it('reads Swiss «wür gern» and «ich träume» as wishes', () => {
    expect(named('Ich wür gern im Büro schaffe')).toEqual([]);
    expect(named('Ich träume von einer Stelle im Verkauf', 'de-DE')).toEqual([]);
  });

  it('reads a job still to become and a field that interests the writer as wishes', () => {
    expect(named('Mein Ziel: Konditorin zu werden', 'de-DE')).toEqual([]);
    expect(named('Netzwerke interessieren mich', 'de-DE')).toEqual([]);
  });
});

describe('private life', () => {
  it('reads a thing with a Swiss article as the subject, not the writer', () => {
    expect(named('D Krankekasse zahlt mir d Umschulig nöd')).toEqual([]);
  });

  it('reads the place one’s child goes to as no work there', () => {
    expect(named('Mein Kind geht in die Kita, deshalb erst ab halb neun', 'de-DE')).toEqual([]);
    expect(named('Die Kinder sind jetzt im Kindergarten', 'de-DE')).toEqual([]);
    expect(named('Ich arbeite in der Kita', 'de-DE')).toContain('Kinder betreuen');
  });

  it('reads one’s own applications written with a tool as private', () => {
    expect(named('ich han scho mit ChatGPT Bewerbige gschribe')).toEqual([]);
    expect(named("I've got ChatGPT to write my cover letters, is that okay?", 'en')).toEqual([]);
  });

  it('reads shopping as private', () => {
    expect(named('Ich kaufe meistens im Supermarkt ein', 'de-DE')).toEqual([]);
  });
});

describe('synonyms that named another field', () => {
  it('reads a quality, a study, a drink and a shop by their own meaning', () => {
    expect(named('bi 16 und schwindelfrei')).not.toContain('Gerüstbau');
    expect(named('Ich habe BWL studiert', 'de-DE')).not.toContain('Betrieb führen');
    expect(named('Ohne zwei Espresso am Morgen geht nichts')).not.toContain('Kaffee zubereiten (Barista)');
    expect(named('Mein Mann arbeitet bei Lidl', 'de-DE')).not.toContain('Lebensmittel verkaufen');
    expect(named('Lidl', 'de-DE')).not.toContain('Lebensmittel verkaufen');
  });
});

describe('words that only resemble a skill', () => {
  it('does not read lower-case German words together as a typo of a name', () => {
    expect(named('endlich hab ich Zeit')).toEqual([]);
  });

  it('still reads an English phrase in lower case that shares a label\'s words, as an international worker lists it («cable laying»)', () => {
    const taxonomy = builtinTaxonomy();
    const listed = (text: string) => personWords([{ text }], '', taxonomy, 'de-DE').skills.map((s) => taxonomy.label(s.conceptId, 'de-DE'));
    expect(listed('cable laying')).toContain('Kabel verlegen und anschließen');
    expect(listed('distribution boards')).toContain('Schaltanlagen und Verteiler');
  });

  it('does not read a three-letter verb by its stem as a noun, but keeps the Swiss verb stem', () => {
    expect(named('Ich lag drei Wochen im Bett', 'de-DE')).toEqual([]);
    expect(named('Ich näh mini Chleider sälber')).toContain('Nähen und Textilverarbeitung');
  });

  it('does not read an adjective as the action noun of its stem', () => {
    expect(named('grad fertig mit de Lehr')).toEqual([]);
  });

  it('does not read an everyday English word as a German noun or a product it resembles', () => {
    expect(named('I have experience with reach trucks', 'en')).toEqual([]);
    expect(named('I did payroll for a small firm', 'en')).not.toContain('Animal care');
    expect(named('former truck driver, back problems', 'en')).not.toContain('Baking');
    expect(named('I worked in a bakery making bread', 'en')).toContain('Baking');
    expect(named('I can program in Python', 'en')).toContain('Computer programming');
    // Swiss "i" is no English.
    expect(named('Ich programmier i Python')).toContain('Programmieren');
  });
});

describe('applications, hopes and continued wishes', () => {
  it('reads the job of an application and what one would be glad of as wished', () => {
    expect(named('Bewerbig als Pflegehelferin SRK, 80%, ab Januar')).toEqual([]);
    expect(named('Ich wär froh um e Teilziitstell im Empfang')).toEqual([]);
  });

  it('reads «…, gerne als …» after a wish as the same wish', () => {
    expect(named('Ich suche nochmal was Festes, gerne als Hausmeister', 'de-DE')).toEqual([]);
  });

  it('reads a Swiss question to «öich» as asked', () => {
    expect(named('Isch Homeoffice bi öich möglich, oder muess me jede Tag is Büro?')).toEqual([]);
  });

  it('reads the role of a job coach who names a client in another sentence as the writer’s, not the client’s', () => {
    expect(named("I'm a job coach. My client did garden maintenance for 5 years", 'en')).not.toContain('Teaching and training');
  });
});

describe('things one has', () => {
  it('reads a thing had as owned, worn or received', () => {
    expect(named('Wir haben eine neue Heizung im Keller, die macht komische Geräusche', 'de-DE')).toEqual([]);
    expect(named('Ich hatte einen Gips', 'de-DE')).toEqual([]);
    expect(named('Mi Klient het e IV-Verfüegig')).toEqual([]);
    expect(named('Ich ha e Python als Haustier')).toEqual([]);
  });

  it('keeps a certificate held and a thing worked on', () => {
    expect(named('Ich ha au en Staplerusweis')).toContain('Gabelstapler fahren');
    expect(named('Ich habe eine Kasse geführt', 'de-DE').length).toBeGreaterThan(0);
  });
});

describe('typos', () => {
  it('does not read a letter no finger slips to as a typo', () => {
    expect(named('Ich habe Katzen gefüttert', 'de-DE')).not.toContain('Lean Production');
    expect(named('Ich bin gelernter Schriiner')).toContain('Holzbearbeitung');
  });
});

describe('a lone verb whose concept names another object', () => {
  const stored = (text: string, locale: Locale = 'de-DE') =>
    resolveSkills(text, { locale, mode: 'phrase', lexicon }).skills.filter((s) => s.tier === 'sure').map((s) => s.label);

  it('asks about the verb’s concept when the clause does something to another thing', () => {
    expect(stored('im Werk Altpapier sortiert')).not.toContain('Briefe und Pakete sortieren');
    expect(stored('Akten sortiert und abgelegt')).not.toContain('Briefe und Pakete sortieren');
    expect(stored('Markisen an Balkonen montiert')).not.toContain('Montage von Maschinen und Baugruppen');
    expect(stored('Wolle in Bottichen gefärbt')).not.toContain('Haare schneiden und frisieren');
  });

  it('keeps it when the object is the concept’s own, or none is named', () => {
    expect(stored('im Verteilzentrum Pakete sortiert')).toContain('Briefe und Pakete sortieren');
    expect(stored('sortiert')).toContain('Briefe und Pakete sortieren');
    expect(stored('Baugruppen montiert')).toContain('Montage von Maschinen und Baugruppen');
    // A concept named by an activity names no object to differ from.
    expect(stored('Treppen geputzt')).toContain('Reinigung');
  });

  it('asks about a broad verb’s concept when its own names mention none of the clause’s things', () => {
    // "reinigen", "beraten", "organisieren" end many ESCO skills: done to anything, they name no trade.
    expect(lexicon.isBroadVerb('reinigen')).toBe(true);
    expect(lexicon.isBroadVerb('mauern')).toBe(false);
    expect(stored('Rosen im Park pflegt', 'de-CH')).not.toContain('Grundpflege');
    expect(stored('Hochzeiten organisiert')).not.toContain('Organisationstalent');
    expect(stored('Mieter wegen Nebenkosten beraten')).not.toContain('Kundenberatung');
  });

  it('keeps it with one of the concept’s own things, without an object, or for a trade’s own verb', () => {
    // A label that is only the verb's activity is that work done to anything.
    expect(stored('Vergaser gereinigt')).toContain('Reinigung');
    expect(stored('alti Lüüt pflegt', 'de-CH')).toContain('Grundpflege');
    expect(stored('Kundinnen beraten')).toContain('Kundenberatung');
    expect(stored('gereinigt')).toContain('Reinigung');
    // "mauern" is the mason's own verb: whatever is walled, it is masonry.
    expect(stored('Gartenmauern gemauert', 'de-CH')).toContain('Mauern');
  });
});

describe('work done to the writer’s things by someone else', () => {
  it('reads a thing in the passive as no claim, unless the writer did it', () => {
    expect(named('Im Keller wurde eine neue Wärmepumpe eingebaut', 'de-DE')).toEqual([]);
    expect(named('Unser Dach wurde letzten Sommer frisch gedeckt', 'de-DE')).toEqual([]);
    expect(named('Die Heizung wurde von mir eingebaut', 'de-DE')).toContain('Heizungsanlagen installieren');
    expect(named('Wurde als Staplerfahrer eingesetzt', 'de-DE')).toContain('Gabelstapler fahren');
  });
});
