import { agentNounForms, englishForms, germanInfinitives, germanSingulars, germanVerbForms } from '../../src/nlu/verbs';
import { compoundReadings, headVerbs } from '../../src/nlu/compounds';

describe('germanInfinitives', () => {
  it('undoes present tense and participles, weak, strong and separable', () => {
    expect(germanInfinitives('programmiere')).toEqual(['programmieren']);
    expect(germanInfinitives('gemessen')).toEqual(['messen']);
    expect(germanInfinitives('gepflegt')).toEqual(['pflegen']);
    expect(germanInfinitives('gewartet')).toEqual(['warten']);
    expect(germanInfinitives('gewechselt')).toEqual(['wechseln']);
    expect(germanInfinitives('repariert')).toEqual(['reparieren']);
    expect(germanInfinitives('geschnitten')).toEqual(['schneiden']);
    expect(germanInfinitives('ausgeliefert')).toEqual(['ausliefern']);
    expect(germanInfinitives('eingeräumt')).toEqual(['einräumen']);
    expect(germanInfinitives('betreut')).toEqual(['betreuen', 'betreun']);
  });

  it('reads Swiss German participles and leaves nouns alone', () => {
    expect(germanInfinitives('gflickt')).toEqual(['flicken']);
    expect(germanInfinitives('gschnitte')).toEqual(['schneiden']);
    expect(germanInfinitives('Gemüse')).toEqual([]);
    expect(germanInfinitives('und')).toEqual([]);
  });
});

describe('englishForms', () => {
  it('turns verbs, past forms and agent nouns into gerunds, plurals into singulars', () => {
    expect(englishForms('weld')).toEqual(['welding']);
    expect(englishForms('drive')).toEqual(['driving']);
    expect(englishForms('cut')).toEqual(['cutting']);
    expect(englishForms('cooked')).toEqual(['cooking']);
    expect(englishForms('driver')).toEqual(['driving']);
    expect(englishForms('computers')).toEqual(['computer']);
    expect(englishForms('welding')).toEqual([]);
    expect(englishForms('Löten')).toEqual([]);
  });
});

describe('germanVerbForms and agentNounForms', () => {
  it('adds the verb a skill is named by for everyday verbs', () => {
    expect(germanVerbForms('geflickt')).toEqual(['flicken', 'reparieren']);
    expect(germanVerbForms('putzen')).toEqual(['reinigen']);
    expect(germanVerbForms('gemessen')).toEqual(['messen']);
  });

  it('turns a person doing the work into the work', () => {
    expect(agentNounForms('Malerin')).toEqual(['Maler']);
    expect(agentNounForms('Fahrerin')).toEqual(['Fahrer', 'Fahren']);
    expect(agentNounForms('Schweisser')).toEqual(['Schweissen']);
    expect(agentNounForms('Velo')).toEqual([]);
    expect(agentNounForms('gelernt')).toEqual([]);
  });
});

describe('germanSingulars', () => {
  it('guesses singulars of German noun plurals', () => {
    expect(germanSingulars('Handys')).toEqual(['Handy']);
    expect(germanSingulars('Kassen')).toEqual(['Kasse', 'Kass']);
    expect(germanSingulars('Tische')).toEqual(['Tisch']);
    expect(germanSingulars('Frauen')).toEqual(['Fraue', 'Frau']);
    expect(germanSingulars('Kindern')).toEqual(['Kinder', 'Kind']);
  });

  it('leaves verbs, short words and words without a plural ending alone', () => {
    expect(germanSingulars('repariert')).toEqual([]);
    expect(germanSingulars('Haus')).toEqual([]);
    expect(germanSingulars('Glas')).toEqual([]);
    expect(germanSingulars('Beton')).toEqual([]);
  });
});

describe('compoundReadings', () => {
  it('splits a compound into its object and the verb its head is made from', () => {
    const readings = (word: string) => compoundReadings(word).map((r) => `${r.modifier} ${r.verb}`);
    expect(readings('Autoreparatur')).toContain('Auto reparieren');
    expect(readings('Staplerbedienung')).toContain('Stapler bedienen');
    expect(readings('Rechnungsversand')).toEqual(expect.arrayContaining(['Rechnungs versenden', 'Rechnung versenden']));
    expect(readings('Kita-Betreuerin')).toEqual(['Kita betreuen']);
    // A word without an action or person noun as head has no reading.
    expect(readings('Krankenkasse')).toEqual([]);
  });
});

describe('headVerbs', () => {
  it('gives the verb of an action noun by German word formation', () => {
    expect(headVerbs('Betreuung')).toEqual(['betreuen']);
    // -elung/-erung come from -eln/-ern verbs; -lung after a consonant from either.
    expect(headVerbs('Steuerung')).toEqual(['steuern']);
    expect(headVerbs('Regelung')).toEqual(['regeln']);
    expect(headVerbs('Entwicklung')).toContain('entwickeln');
    expect(headVerbs('Herstellung')).toContain('herstellen');
    // Latin action nouns: -ikation is -izieren, -ation -ieren, -yse -ysieren.
    expect(headVerbs('Spezifikation')).toEqual(['spezifizieren']);
    expect(headVerbs('Konfiguration')).toEqual(['konfigurieren']);
    expect(headVerbs('Analyse')).toEqual(['analysieren']);
    // A plural names the same work.
    expect(headVerbs('Schätzungen')).toEqual(['schätzen']);
    expect(headVerbs('Installationen')).toEqual(['installieren']);
  });
});
