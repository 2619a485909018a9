/**
 * Working conditions a person rules out in their own words, and those a posting names: a negation
 * in the same clause decides, so a wish for night shifts is not read as an aversion.
 */
import { conditionsOfPosting, leavesTrade, leftPlaces, ruledOutConditions } from '../../src/nlu/aversions';

describe('working conditions a person rules out', () => {
  it.each([
    ['Ich möchte in die Industrie, aber ohne Schichtdienst.', ['shift']],
    ['Bitte keine Nachtarbeit und keine Wochenenddienste.', ['night', 'weekend']],
    ['Die Wochenenddienste passen nicht mehr zu meiner Familie.', ['weekend']],
    ['Ich will nicht mehr im Büro sitzen.', ['office']],
    ['Ich will raus aus dem Schichtdienst.', ['shift']],
    // Getting out of two conditions, and a wish joined after them: the office is where she wants to go.
    ['Ich will raus aus dem Samstags- und Abendverkauf und ins Büro wechseln.', ['weekend', 'evening']],
    ['No night shifts please.', ['night']],
    ['Die Nachtschichten machen mich fertig, also keine Nachtschicht mehr.', ['night']],
    ['Keine Wechselschicht und keine Nachtschicht.', ['night', 'shift']],
    // A clause that ends in "nicht mehr" refuses all it named before, however far back.
    ['Samstags arbeiten und Spätschicht bis 20 Uhr will ich nicht mehr.', ['weekend', 'shift']],
    // Evenings are a condition of their own; Swiss words and negations ("nöd", "nüme") count too, and a
    // condition joined to a negated one by "und" shares its negation.
    ['Bitte keine Abenddienste mehr.', ['evening']],
    ['Ich will nöd am Abig schaffe.', ['evening']],
    ['Ich cha nüme – jede Abig und jedes Wuchenend schaffe.', ['evening', 'weekend']],
    ['Keine Abende und Wochenenden.', ['evening', 'weekend']],
    // Wanting to be home in the evening rules out nights away (long-distance driving, offshore rotation);
    // a clause ending in "nicht in Frage" refuses what it named.
    ['20 Jahre Fernverkehr, jetzt will ich jeden Abend daheim sein.', ['away']],
    ['Jetzt will ich abends bei der Familie sein: nur noch Nahverkehr.', ['away']],
    ['Offshore kommt wegen der Familie nicht in Frage, abends will ich zu Hause sein.', ['away']],
    // A clause saying a condition harms them refuses it without a negation.
    ['Die Nachtschicht macht mir zu schaffen.', ['night']],
    ['Die geteilten Dienste und die Wochenenden machen meine Familie kaputt.', ['weekend']],
    ['Aber die Nachtschichten machen mich fertig, ich schlaf kaum noch.', ['night']],
    // A wish for days only rules out the night; one for weekdays only the weekend.
    ['Mit zwei kleinen Kindern will ich nur noch Tagdienst.', ['night']],
    ['Ich suche etwas von Montag bis Freitag, zum Beispiel Schulbus.', ['weekend']],
    ['Such was im Büro, so 30 Stunden, Mo–Fr.', ['weekend']],
    // Work on the phone (a call centre): read in the person's words and in course titles.
    ['Ich suche eine Bürostelle, und bitte nicht nur Telefon wie im Callcenter.', ['phone']],
    ['Kein Callcenter mehr, bitte.', ['phone']],
  ])('"%s" rules out %j', (text, conditions) => {
    expect(ruledOutConditions(text).conditions.sort()).toEqual([...conditions].sort());
  });

  it.each([
    'Ich möchte in die Betreuung wechseln, gern auch im Nachtdienst.',
    'Nach 15 Jahren Nachtschicht möchte ich etwas anderes machen.',
    'Schichtarbeit ist für mich kein Problem.',
    'Nach Feierabend bin ich im Verein, Schichtarbeit ist kein Problem.',
    'Ich arbeite gern abends.',
    'Kein Großraumbüro, wenig Telefon.',
    'Ich habe keine Ausbildung, arbeite aber gern im Büro.',
    'Ich bin 58 und 30 Jahre Fernverkehr gefahren, Führerschein CE.',
    'Ich war acht Jahre zu Hause bei meinen Kindern.',
    'Schicht macht mir nix aus, ich bin flexibel.',
    'Die Nachtschicht macht mir Spass.',
  ])('"%s" rules nothing out', (text) => {
    expect(ruledOutConditions(text).conditions).toEqual([]);
  });

  it('every word naming a condition ruled out is kept from the word search, also where the person tells of it before ruling it out', () => {
    const text = 'Elf Jahre im Heim mit Nachtdiensten. Nachtdienste schaffe ich nicht mehr, gern Frühdienst.';
    expect(ruledOutConditions(text).words.sort()).toEqual(['Nachtdienste', 'Nachtdiensten']);
    // A condition not ruled out stays a word to search.
    expect(ruledOutConditions('Zehn Jahre Schichtarbeit, aber keine Nachtarbeit mehr.').words).toEqual(['Nachtarbeit']);
  });

  it('a posting names the conditions it asks for, not those it rules out', () => {
    expect([...conditionsOfPosting('Wartung im Dreischichtbetrieb, Bereitschaft zu Wochenendeinsätzen.')].sort()).toEqual(['night', 'shift', 'weekend']);
    expect([...conditionsOfPosting('Geregelte Arbeitszeiten, kein Schichtdienst.')]).toEqual([]);
    expect([...conditionsOfPosting('Saisonale Küche mit Abendservice. Wochenenddienste.')].sort()).toEqual(['evening', 'weekend']);
    expect([...conditionsOfPosting('Arbeitszeit 06:30–15:00, keine Abendservices.')]).toEqual([]);
    // A condition said to be off is none the posting asks for.
    expect([...conditionsOfPosting('Arbeitszeit 06:30–15:00, Wochenende frei.')]).toEqual([]);
    // A fixed day shift is no shift work: the warehouse worker who rules out nights is not warned of it.
    expect([...conditionsOfPosting('Versand, feste Tagschicht 6–14:30 Uhr, keine Nachtarbeit.')]).toEqual([]);
    // A shift system that runs through the night names the night too.
    expect([...conditionsOfPosting('Instandhaltung im vollkontinuierlichen Dreischichtbetrieb.')].sort()).toEqual(['night', 'shift']);
    expect([...conditionsOfPosting('Produktion im 3-Schicht-System.')].sort()).toEqual(['night', 'shift']);
    expect([...conditionsOfPosting('Zweischichtbetrieb (früh/spät).')]).toEqual(['shift']);
    expect([...conditionsOfPosting('Servicetechniker/in Offshore (Rotation 14/14).')]).toEqual(['away']);
    expect([...conditionsOfPosting('Berufskraftfahrer/in CE Fernverkehr, Touren in ganz Europa.')]).toEqual(['away']);
    expect([...conditionsOfPosting('Tagestouren im Nahverkehr, kein Fernverkehr.')]).toEqual([]);
  });
});

describe('the words by which a person leaves their trade', () => {
  it('a ban, a body that gives up, a wish to get away or a paid retraining leave the trade; a condition they no longer want does not', () => {
    expect(leavesTrade('Nach einer OP darf ich nicht mehr über Kopf arbeiten.')).toBe(true);
    expect(leavesTrade('Meine Knie machen nicht mehr mit.')).toBe(true);
    expect(leavesTrade('Ich will weg von der Baustelle.')).toBe(true);
    expect(leavesTrade('Die Rentenversicherung zahlt eine berufliche Neuorientierung.')).toBe(true);
    expect(leavesTrade('Nach zwei Knie-OPs sagt der Arzt: kein Bau mehr.')).toBe(true);
    expect(leavesTrade('Die Knie sind kaputt. Bis zur Rente will ich noch was Leichteres machen.')).toBe(true);
    expect(leavesTrade('Jetz machts der Rücken nich mehr.')).toBe(true);
    expect(leavesTrade('Der Arzt hat gesagt, mit meinem Rücken ist schwer heben vorbei.')).toBe(true);
    expect(leavesTrade('Die Knie-OP ist vorbei, ich bin wieder fit.')).toBe(false);
    expect(leavesTrade('Ich habe Rückenprobleme und suche etwas in der Qualitätsprüfung.')).toBe(true);
    expect(leavesTrade('Die Hautärztin sagt, ich muss aufhören mit Nassarbeit und Farbe.')).toBe(true);
    expect(leavesTrade('Ich begleite meine Grossmutter zum Arzt und koche für sie.')).toBe(false);
    expect(leavesTrade('Nach der Lehre zehn Jahre in einer Arztpraxis, jetzt will ich wieder zurück.')).toBe(false);
    expect(leavesTrade('Nachtdienste schaffe ich nicht mehr, ich möchte in die Spitex.')).toBe(false);
    // Getting out of the trade's place, and a body part called broken before it.
    expect(leavesTrade('Ich will raus aus der Werkstatt, am liebsten was mit Kunden.')).toBe(true);
    expect(leavesTrade('Wegen der Mehlallergie muss ich raus aus der Backstube.')).toBe(true);
    expect(leavesTrade('Kaputte Knie nach 25 Jahren Fliesenlegen.')).toBe(true);
    // Out of a working condition or a form of employment is no leaving of the trade.
    expect(leavesTrade('Ich will raus aus dem Schichtdienst.')).toBe(false);
    expect(leavesTrade('Ich will raus aus der Zeitarbeit, was Festes.')).toBe(false);
    expect(leavesTrade('Mit zwei Kindern geht das nicht mehr.')).toBe(false);
    // A condition the person no longer goes along with, and a change within the trade.
    expect(leavesTrade('Mein Betrieb stellt auf 3-Schicht um, das mach ich mit zwei kleinen Kindern nicht mehr mit.')).toBe(false);
    expect(leavesTrade('Ich will weg vom reinen Ölwechsel und mehr mit Elektroautos machen.')).toBe(false);
    expect(leavesTrade('Gelernter Maurer, 25 Jahre auf dem Bau.')).toBe(false);
    // "dürfte" is a guess, no ban.
    expect(leavesTrade('Die Umschulung dürfte nicht mehr lange dauern.')).toBe(false);
  })
  it('the place of the trade no longer wanted leaves it, and is a place left; a working condition is none', () => {
    const taxi = 'Zwölf Jahre Taxi und Mietwagen. Die Nächte im Taxi will ich nicht mehr, Busfahrer wäre mein Ziel.';
    expect(leavesTrade(taxi)).toBe(true);
    expect(leftPlaces(taxi)).toEqual(['taxi']);
    expect(leavesTrade('Im Schichtdienst will ich nicht mehr arbeiten.')).toBe(false);
    expect(leavesTrade('Im Büro möchte ich nicht mehr sitzen.')).toBe(false);
  });
});
