/**
 * How people name the job they want and the one they have, in readings first missed on untuned14.json
 * (issue 12): the sentences here are new ones built on the same readings, not copies of the set's messages.
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { parseIntroduction, type OccupationLookup } from '../../src/nlu/introductions';

const NOW = new Date(Date.UTC(2026, 11, 7, 12));
const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;
const intro = (text: string) => parseIntroduction(text, NOW, lookup);

describe('the job a person wants', () => {
  it('leaves a driving licence class out of the title ("Chauffeur C/E", "Lastwagenfahrer CE")', () => {
    expect(intro('Ich suche eine Stelle als Chauffeur C/E im Fernverkehr').wishedJob).toBe('Chauffeur');
    expect(intro('Bewerbung als Lastwagenfahrer CE ab März').wishedJob).toBe('Lastwagenfahrer');
  });

  it('reads the Swiss «Bewerbig als …»', () => {
    expect(intro('Bewerbig als Fachfrau Betreuig, 60%').wishedJob).toBe('Fachfrau Betreuig');
  });

  it('reads the job preferred in a search after a comma («suche …, am liebsten als …»)', () => {
    expect(intro('Ich suche wieder eine Teilzeitstelle, am liebsten als Verkäuferin').wishedJob).toBe('Verkäuferin');
    expect(intro('suche was Neues in Bern, gerne als Gärtner').wishedJob).toBe('Gärtner');
  });

  it('reads a dream of a job («träume davon, … zu werden», «dream of becoming a …»)', () => {
    expect(intro('Schon lange träume ich davon, Tierpflegerin zu werden').wishedJob).toBe('Tierpflegerin');
    expect(intro('Mein Traum ist es, Pilot zu werden').wishedJob).toBe('Pilot');
    expect(intro('I dream of becoming a welder one day').wishedJob).toBe('welder');
  });

  it('reads English «I\'d like to become a …»', () => {
    expect(intro("I'd like to become a plumber").wishedJob).toBe('plumber');
  });

  it('reads Swiss «wür gern als … iistiige» and «möcht … lehre»', () => {
    expect(intro('I wür gern als Lagerist bi öich iistiige').wishedJob).toBe('Lagerist');
    expect(intro('Ich bi 15 und möcht Elektriker lehre').wishedJob).toBe('Elektriker');
  });

  it('reads a wish to work as something with more words between, but not a negated one', () => {
    expect(intro('Ich möcht am Wuchenänd es paar Stund als Verkäuferin schaffe').wishedJob).toBe('Verkäuferin');
    expect(intro('Ich möchte auf keinen Fall als Koch arbeiten').wishedJob).toBeUndefined();
  });

  it('reads positions for people of an occupation, in the plural too, but not for pupils', () => {
    expect(intro('Habt ihr Stellen für Maurer in Olten?').wishedJob).toBe('Maurer');
    expect(intro('Gits Lehrstelle für Polymechaniker?').wishedJob).toBe('Polymechaniker');
    expect(intro('Hend ihr Jobs für Monteure?').wishedJob).toBe('Monteure');
    expect(intro('Gibt es Stellen für Schüler?').wishedJob).toBeUndefined();
  });

  it('reads English openings for an occupation', () => {
    expect(intro('Are there any vacancies for an electrician near Bern?').wishedJob).toBe('electrician');
    expect(intro('Any openings for a warehouse worker?').wishedJob).toBe('warehouse worker');
  });
});

describe('the job a person has', () => {
  it('reads a role in the perfect tense («ha als … gmacht», «hab als … gearbeitet»), the role word alone', () => {
    expect(intro('Ha als Maurer Muure uufgstellt und Schalige baut').occupation).toBe('Maurer');
    expect(intro("Hab als Barkeeperin im Club Cocktails gemixt").occupation).toBe('Barkeeperin');
    expect(intro('Ich habe als Kind gern gebacken').occupation).toBeUndefined();
  });

  it('reads «Als … hab/suche ich …» as a role the sentence speaks from', () => {
    expect(intro('Als Gärtnerin hab ich Hecken geschnitten').occupation).toBe('Gärtnerin');
    expect(intro('Als Sanitär suche ich eine neue Herausforderung').occupation).toBe('Sanitär');
  });

  it('reads the title after a qualifier that is not part of it («pensionierte …», «glernti …»)', () => {
    expect(intro('Hoi, Kurt, 66i, pensionierte Landwirt us Thun').occupation).toBe('Landwirt');
    expect(intro('Hallo, Sandra, 30, glernti Coiffeuse').occupation).toBe('Coiffeuse');
  });

  it('reads a role after «ich bin» with a year or «aber» between, and «ich sälber bi …»', () => {
    expect(intro('Ich bin seit 2015 Buschauffeur').occupation).toBe('Buschauffeur');
    expect(intro('Mis Schwöschter schafft im Spital, ich bi aber Schriiner').occupation).toBe('Schriiner');
    expect(intro('Min Brüeder isch Koch, ich sälber bi Bäcker gsi').occupation).toBe('Bäcker');
  });

  it('reads a trade learned whose title ends in «-olog»', () => {
    expect(intro('Ich ha Chemietechnolog glehrt').occupation).toBe('Chemietechnolog');
  });

  it('reads a role after a name after a regional greeting («Tach», «Gude», «Glück auf»)', () => {
    expect(intro('Tach, Uwe hier, Dachdecker aus Bochum')).toMatchObject({ firstName: 'Uwe', occupation: 'Dachdecker' });
    expect(intro('Glück auf! Heinz, 58, ehemaliger Schlosser')).toMatchObject({ firstName: 'Heinz', occupation: 'Schlosser' });
  });
});

describe('English roles', () => {
  it('reads an English role after a name, up to its role noun («engineer based in …»)', () => {
    expect(intro('hi, Ravi here, data analyst based in Zug').occupation).toBe('data analyst');
  });
});
