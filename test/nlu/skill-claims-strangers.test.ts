import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import { createUnderstander } from '../../src/nlu/understand';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
const resolved = (text: string, locale: Locale = 'de-CH') => resolveSkills(text, { locale, mode: 'message', lexicon }).skills;
/** Every concept a chat message yields, stored or asked. */
const named = (text: string, locale: Locale = 'de-CH') => resolved(text, locale).map((s) => s.label);

describe('denials in Swiss German and with more words between', () => {
  it('reads «kei», «nöd» and «bin ich keiner» as denials', () => {
    expect(named('Ich ha kei Ahnig vo Excel')).toEqual([]);
    expect(named('Schweisse chan ich nöd')).toEqual([]);
    expect(named('Barista bin ich keiner')).toEqual([]);
    expect(named('Stapler bin ich noch nie gefahren')).toEqual([]);
  });

  it('reads a skill that «is not one’s thing» as denied', () => {
    expect(named('Chochä isch nöd mis Ding')).toEqual([]);
    expect(named('Kochen ist nicht mein Ding')).toEqual([]);
  });

  it('reads «überhaupt nicht gut», «nicht so der …-Typ» and a long English denial', () => {
    expect(named('Mit Computern bin ich überhaupt nicht gut')).toEqual([]);
    expect(named('Ich bin nicht so der Computer-Typ')).toEqual([]);
    expect(named("I don't have any experience with cooking", 'en')).toEqual([]);
  });

  it('reads an ability lost, fear and leaving behind as not offered', () => {
    expect(named('Ich kann nicht mehr schwer heben')).toEqual([]);
    expect(named('Ich darf nicht mehr schwer heben')).toEqual([]);
    expect(named('Ich habe Angst vor Vorstellungsgesprächen')).toEqual([]);
    expect(named('Ich bin Sozialpädagogin, möcht aber weg vom Schichtdienst')).not.toContain('Bereitschaft zu Schichtarbeit');
  });

  it('reads an operation the writer underwent as no work in the operating theatre', () => {
    expect(named('Ich hatte eine Knie-OP')).toEqual([]);
    expect(named('Nach der OP suche ich etwas im Büro')).toEqual([]);
    expect(named('Nach der OP dörf ich nüme schwer lüpfe')).toEqual([]);
    expect(named('Ich habe 10 Jahre im OP gearbeitet')).toEqual(['Assistenz im Operationssaal']);
  });

  it('keeps a weak level, work no longer done and what is not only a hobby', () => {
    expect(named('Excel kann ich nicht so gut')).toEqual(['Microsoft Excel']);
    expect(named('Ich arbeite nicht mehr als Koch, aber kochen kann ich')).toContain('Kochen');
    expect(named('Kochen ist nicht nur meine Arbeit')).toEqual(['Kochen']);
  });
});

describe('requests and plans', () => {
  it('are no claims', () => {
    expect(named('Zeig mir Kurse zu Power BI')).toEqual([]);
    expect(named('can you show me jobs where English is enough', 'en')).toEqual([]);
    expect(named('Gits öppis im Verchauf, 80 Prozänt?')).toEqual([]);
    expect(named('ha ghört ihr sueched Lüt für d Nachtschicht')).toEqual([]);
    expect(named('Nach zwölf Jahren Familienzeit will ich zurück, gern was im Büro')).toEqual([]);
    expect(named('Sie cha 50% schaffe, am liebste i de Wöscherei')).toEqual([]);
  });

  it('keeps what one likes doing most', () => {
    expect(named('Am liebsten koche ich')).toEqual(['Kochen']);
  });
});

describe('someone else or something else as the subject', () => {
  it('reads the verb of a named relative as theirs, also in Swiss German', () => {
    expect(named('Mein Bruder repariert Handys, ich leider nicht')).toEqual([]);
    expect(named('Mini Schwöster schafft i de Pflege')).toEqual([]);
    expect(named('Meine Kinder gehen in die Kita')).toEqual([]);
  });

  it('keeps a participle after an object pronoun', () => {
    expect(named('Ich habe Bewohner beim Essen unterstützt und sie mobilisiert')).toContain('Mobilisation und Lagerung');
  });

  it('reads a thing that does or is something as no skill', () => {
    expect(named('Die Kasse im Supermarkt war heute wieder so langsam.')).toEqual([]);
    expect(named('Unsere Heizung ist kaputt')).toEqual([]);
    expect(named('Unsere Putzfrau kommt jeden Freitag.')).toEqual([]);
    expect(named('Meine Krankenkasse zahlt das nicht.')).toEqual([]);
  });

  it('keeps what a thing is to the writer, and a fronted object', () => {
    expect(named('Die Buchhaltung liegt mir')).toEqual(['Buchhaltung']);
    expect(named('Die Buchhaltung habe ich gemacht')).toEqual(['Buchhaltung']);
    expect(named('Mein Sohn kocht gern')).toEqual(['Kochen']);
  });
});

describe('services received', () => {
  it('are not given', () => {
    expect(named('Ich war beim Coiffeur und es ist schlimm geworden')).toEqual([]);
    expect(named('Ich gang gern i d Sauna und zum Coiffeur')).toEqual([]);
    expect(named('Ich war heute beim Arzt zur Blutentnahme')).toEqual([]);
    expect(named('Ich habe mein Auto waschen lassen.')).toEqual([]);
    // A ride as a passenger is how they get to work.
    expect(named('Ich fahre mit dem Bus, es darf nicht weit sein.')).toEqual([]);
    expect(named('Ich fahr mit dem Fahrrad oder Bus.')).toEqual([]);
    // Support they will have at work, not a skill of accompanying others.
    expect(named('Ich möchte auf den ersten Arbeitsmarkt, am Anfang mit Begleitung.')).toEqual([]);
  });

  it('keeps the work done at a place', () => {
    expect(named('Ich arbeite beim Coiffeur')).toEqual(['Haare schneiden und frisieren']);
    expect(named('Ich war lange beim Coiffeur angestellt')).toEqual(['Haare schneiden und frisieren']);
    expect(named('Ich fahre seit zehn Jahren Linienbus.')).toEqual(['Bus fahren']);
    expect(named('Ich repariere Fahrräder.')).toEqual(['Zweiräder reparieren']);
  });
});

describe('Swiss function words, days and fillers', () => {
  it('are no skills', () => {
    expect(named('i sött no de Nothelferkurs mache')).not.toContain('Node.js');
    expect(named('Ich habe gestern eine Pizza bestellt')).toEqual([]);
    expect(named('Hi there, I am a nurse', 'en')).toEqual(['Basic nursing care']);
  });

  it('reads «bi de» as a workplace beside the work', () => {
    expect(named('4 Johr bi de Spitex, vor allem Grundpflege')).toEqual(['Grundpflege']);
  });
});

describe('the surname after the first name', () => {
  const understander = createUnderstander(lexicon, { now: () => new Date(2026, 11, 6) });
  it('is no skill', () => {
    expect(understander.understand('Guten Tag, ich heisse Hanna Keller und suche eine Stelle', 'de-CH').skills).toEqual([]);
  });

  it('leaves the occupation after a comma', () => {
    expect(understander.understand('Hallo, ich bin Rami, Koch aus Syrien', 'de-CH').skills.map((s) => s.label)).toContain('Kochen');
  });
});

/** The concepts a chat message stores without asking. */
const stored = (text: string, locale: Locale = 'de-CH') =>
  resolved(text, locale)
    .filter((s) => s.tier === 'sure')
    .map((s) => s.label);

describe('what is asked rather than stored', () => {
  it('asks about a level the person did not state', () => {
    expect(named('Ich kann Deutsch und Türkisch')).toContain('Deutsch (B1)');
    expect(stored('Ich kann Deutsch und Türkisch')).not.toContain('Deutsch (B1)');
    expect(stored('Ich habe Deutsch B1')).toContain('Deutsch (B1)');
  });

  it('asks about helping a relative, also in Swiss German', () => {
    expect(named('Ich habe meinem Vater beim Zügeln geholfen')).toEqual(['Umzüge und Möbeltransport']);
    expect(stored('Ich habe meinem Vater beim Zügeln geholfen')).toEqual([]);
    expect(stored('Ich ha mini Grossmuetter pflegt')).toEqual([]);
  });
});

describe('a message that only asks for something', () => {
  it('claims none of the fields it names', () => {
    expect(named('Bitte zeig mer Stelle z Luzern, Lager oder Logistik')).toEqual([]);
  });

  it('still tells the skills said beside the request', () => {
    expect(named('Zeig mir Stellen, ich kann schweissen')).toEqual(['Schweissen']);
  });
});

describe('an English workplace after «in an»', () => {
  it('is a workplace beside the work', () => {
    expect(stored('I work in an Amazon warehouse, picking and packing', 'en')).not.toContain('Warehouse management');
  });
});

describe('a plain word only ESCO names, beside sure skills', () => {
  it('is a word of their work, not asked about', () => {
    expect(named('Ich kann Gäste bedienen und Getränke zubereiten')).not.toContain('Getränke');
    expect(named('ich chan guet Haar schniide u färbe')).toEqual(['Haare schneiden und frisieren']);
  });

  it('is still asked about alone', () => {
    expect(named('Getränke')).toEqual(['Getränke']);
  });
});

describe('a game one plays', () => {
  it('is private life in any person of the verb', () => {
    expect(named('Ich spiele Fussball im Verein')).toEqual([]);
  });
});

describe('a skill taken back later in the sentence', () => {
  it('is not claimed', () => {
    expect(named('De Nachbar het mir s Mauere zeigt, aber ich chas nonig richtig')).toEqual([]);
    expect(named('Man hat mir Schweissen gezeigt, aber ich kann es noch nicht')).toEqual([]);
  });

  it('keeps a skill when something else is denied', () => {
    expect(named('Ich kann schweissen, aber ich kann nicht löten')).toEqual(['Schweissen']);
  });
});

describe('wishes, one’s own things and free time in more words', () => {
  it('reads German «will» and a return as a wish', () => {
    expect(named('Ich will jetzt zurück in eine Apotheke')).toEqual([]);
    expect(named('Ich will im Verkauf arbeiten')).toEqual([]);
  });

  it('reads «my own» as one’s own thing', () => {
    expect(named('I made my own website', 'en')).toEqual([]);
  });

  it('reads English free time as private', () => {
    expect(named('I fix computers in my free time', 'en')).toEqual([]);
  });

  it('keeps the work beside them', () => {
    expect(named('Ich kann kochen und will jetzt zurück in die Küche')).toEqual(['Kochen']);
  });
});
