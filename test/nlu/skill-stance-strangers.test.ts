import { isDenied, isOtherPerson, isQuestioned, isWished, notClaimed } from '../../src/nlu/skill-stance';

/** The span of the first occurrence of `words` in `text`. */
const at = (text: string, words: string): [number, number] => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`${words} not in ${text}`);
  return [start, start + words.length];
};

describe('a skill named in a question to the reader is not claimed', () => {
  it('reads the whole sentence: a question word or "ihr"/"you" and a "?" at its end', () => {
    const cad = 'Mit welem CAD-Programm schaffed ihr, SolidWorks oder Inventor?';
    expect(isQuestioned(cad, at(cad, 'CAD-Programm'))).toBe(true);
    const cloud = 'Which cloud do you run on, AWS or Azure?';
    expect(isQuestioned(cloud, at(cloud, 'cloud'))).toBe(true);
    const course = 'Gits e Kurs, wo me SPS-Programmiere lernt, am Obig?';
    expect(isQuestioned(course, at(course, 'SPS-Programmiere'))).toBe(true);
  });

  it('keeps a claim in its own clause, and the trade the writer asks work for', () => {
    const claim = 'Ich kann schweissen, habt ihr eine Stelle?';
    expect(isQuestioned(claim, at(claim, 'schweissen'))).toBe(false);
    const trade = 'Hoi, hetted ihr öppis für en Sanitär, wo no schaffe wott?';
    expect(isQuestioned(trade, at(trade, 'Sanitär'))).toBe(false);
  });
});

describe('a wish covers the clauses that only go on with it', () => {
  it('reads "vielleicht …", "zum Beispiel …", "wie man …" after a wish as wished', () => {
    const care = 'Ich will nach 20 Jahren auf dem Bau was ganz anderes, vielleicht in die Pflege.';
    expect(isWished(care, at(care, 'Pflege'))).toBe(true);
    const gardener = 'Meine Tochter sucht eine Lehrstelle, wo sie viel in Bewegung ist, zum Beispiel Gärtnerin.';
    expect(isWished(gardener, at(gardener, 'Gärtnerin'))).toBe(true);
    const web = 'Ich würde gern lernen, wie man Websites baut.';
    expect(isWished(web, at(web, 'Websites'))).toBe(true);
  });

  it('reads a change of field, a dream job and "I\'d like" as wishes', () => {
    const logistics = 'Ich möchte weg vom Bau und in die Logistik wechseln.';
    expect(isWished(logistics, at(logistics, 'Logistik'))).toBe(true);
    const florist = 'Floristin wär mein Wunschberuf.';
    expect(isWished(florist, at(florist, 'Floristin'))).toBe(true);
    const web = "I'd like to get into web development";
    expect(isWished(web, at(web, 'web development'))).toBe(true);
  });

  it('keeps a claim after a comma that does not go on with a wish', () => {
    const claim = 'Ich suche eine Stelle, ich habe zehn Jahre in der Pflege gearbeitet.';
    expect(isWished(claim, at(claim, 'Pflege'))).toBe(false);
  });
});

describe('what someone else has or did is not the writer’s', () => {
  it('reads a relative named after the verb as its subject ("das hat mein Mann eingerichtet")', () => {
    const home = 'Wir haben zuhause Smart Home, das hat mein Mann eingerichtet.';
    expect(isOtherPerson(home, at(home, 'eingerichtet'))).toBe(true);
  });

  it('reads "der Papa von …" as someone else, and a business a relative has as theirs', () => {
    const papa = 'Der Papa von meinen Kindern ist Maurer, ich selber hab nie eine Lehre gemacht.';
    expect(isOtherPerson(papa, at(papa, 'Maurer'))).toBe(true);
    const garage = 'Min Brüeder het e Garage z Oensinge.';
    expect(isOtherPerson(garage, at(garage, 'Garage'))).toBe(true);
    const condition = 'Ich habe jahrelang meinen Opa gepflegt, er hatte Demenz';
    expect(isOtherPerson(condition, at(condition, 'Demenz'))).toBe(false);
  });

  it('reads "er" opening a clause with the find as its verb as that person, and the one the writer writes for as theirs', () => {
    const nephew = 'Mein Neffe (19) hat eine leichte Behinderung, er sortiert gern.';
    expect(isOtherPerson(nephew, at(nephew, 'sortiert'))).toBe(true);
    const both = 'Ich habe Bewohner gepflegt und sie mobilisiert.';
    expect(isOtherPerson(both, at(both, 'mobilisiert'))).toBe(false);
    const client = 'Als Betreuerin schreibe ich für Herrn K., 52, er kann gut verpacken.';
    expect(isOtherPerson(client, at(client, 'verpacken'))).toBe(false);
    const coach = 'Ich bin Jobcoach und begleite eine junge Frau. Sie arbeitet sehr sorgfältig.';
    expect(isOtherPerson(coach, at(coach, 'sorgfältig'))).toBe(false);
  });

  it('reads a thing as the subject of its clause ("Mein Laptop hat noch Windows 7"), not the writer’s own work', () => {
    const laptop = 'Mein Laptop hat noch Windows 7, ist das ein Problem?';
    expect(notClaimed(laptop, at(laptop, 'Windows'))).toBe(true);
    const car = 'Mis Auto isch i de Garage, chan i de Termin verschiebe?';
    expect(notClaimed(car, at(car, 'Garage'))).toBe(true);
    const focus = 'Mein Schwerpunkt war die Lohnbuchhaltung mit Abacus.';
    expect(notClaimed(focus, at(focus, 'Lohnbuchhaltung'))).toBe(false);
  });
});

describe('what the writer hates or found not for them is not offered', () => {
  it('reads "Ich hasse …" and "…, war nix für mich" as denials', () => {
    const excel = 'Ich hasse Excel, bitte nüt mit Tabelle.';
    expect(isDenied(excel, at(excel, 'Excel'))).toBe(true);
    const welding = 'Schweissen hab ich einmal probiert, war nix für mich';
    expect(isDenied(welding, at(welding, 'Schweissen'))).toBe(true);
    const liked = 'Schweissen hab ich gelernt, war super für mich';
    expect(isDenied(liked, at(liked, 'Schweissen'))).toBe(false);
  });
});

describe('what the writer wants to work without is not offered', () => {
  it('reads «ohne Kundenkontakt», «ohne regelmässige Schichtarbeit» as a condition, not a skill; «ohne» farther back governs something else', () => {
    const without = 'Ich arbeite ruhig und genau, am liebsten ohne Kundenkontakt und ohne regelmässige Schichtarbeit.';
    expect(isDenied(without, at(without, 'Kundenkontakt'))).toBe(true);
    expect(isDenied(without, at(without, 'Schichtarbeit'))).toBe(true);
    const painter = 'Ich habe ohne Ausbildung zehn Jahre als Maler gearbeitet.';
    expect(isDenied(painter, at(painter, 'Maler'))).toBe(false);
  });
});
