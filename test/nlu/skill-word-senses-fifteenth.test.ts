import { resolveSkills } from '../../src/nlu/skill-resolver';

const labels = (text: string) =>
  resolveSkills(text, { locale: 'de-CH', mode: 'message' })
    .skills.filter((s) => s.tier === 'sure')
    .map((s) => s.label);

const guessed = (text: string) => resolveSkills(text, { locale: 'de-CH', mode: 'message' }).skills.map((s) => s.label);

describe('a Swiss "Billett" checked or sold is a ticket, not the car licence', () => {
  it('reads no licence where the ticket is checked, sold or on a train', () => {
    expect(guessed('Billett kontrolliert im Zug')).not.toContain('Führerausweis Kat. B');
    expect(guessed('als Kondi im Zug d Billett kontrolliert')).not.toContain('Führerausweis Kat. B');
    expect(guessed('Am Bahnschalter han ich Billett verchauft')).not.toContain('Führerausweis Kat. B');
  });

  it('still asks about the licence where "Billett" stands alone', () => {
    expect(guessed('Billett Kat. B')).toContain('Führerausweis Kat. B');
    expect(guessed('Ich habe das Billett')).toContain('Führerausweis Kat. B');
  });
});

describe('a robot "geteacht" is taught its points, not people', () => {
  it('reads no teaching where the clause names a robot or a cell', () => {
    expect(labels('Kuka-Roboter teachen und Greifer umbauen')).not.toContain('Unterrichten und Kurse geben');
    expect(labels('Roboter teacht und umprogrammiert')).not.toContain('Unterrichten und Kurse geben');
    expect(labels("ha d'Roboterzälle nöi teacht nach em Umbau")).not.toContain('Unterrichten und Kurse geben');
    expect(labels('Kuka-Roboter teachen und Greifer umbauen')).toContain('Robotik');
  });

  it('keeps teaching people', () => {
    expect(labels('Ich teache Deutsch')).toContain('Unterrichten und Kurse geben');
  });
});

describe('a machine or plant "bedient" is operated, no guests served', () => {
  it('reads no serving of guests where the clause names a machine, plant or line', () => {
    expect(guessed('Im Kieswerk han ich d Brechanlag bedient')).not.toContain('Gäste bedienen');
    expect(guessed('Ich bediene Spritzgussmaschine und wechsle d Werkzüg sälber')).not.toContain('Gäste bedienen');
    expect(guessed('Ofen bedient')).not.toContain('Gäste bedienen');
  });

  it('keeps serving guests', () => {
    expect(labels('Gäste bedient im Restaurant')).toContain('Gäste bedienen');
  });
});
