import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { parseIntroduction, type OccupationLookup } from '../../src/nlu/introductions';
import { createUnderstander } from '../../src/nlu/understand';

const NOW = new Date(Date.UTC(2026, 11, 6, 12));
const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;
const understander = createUnderstander(taxonomy, { now: () => NOW });
const skillLabels = (text: string, locale: 'de-CH' | 'en' = 'de-CH') => understander.understand(text, locale).skills.map((s) => taxonomy.label(s.conceptId, 'de-CH'));

describe('occupations in introductions, resolved with the taxonomy', () => {
  it('takes a title the taxonomy knows after "ich bin", also without a role ending or over several words', () => {
    expect(parseIntroduction('Ich bin Fachmann Betreuung im dritten Lehrjahr', NOW, lookup).occupation).toBe('Fachmann Betreuung');
    expect(parseIntroduction('i bi Fabe und suech e Stell', NOW, lookup)).toMatchObject({ occupation: 'Fabe', firstName: undefined });
    // Without the taxonomy only word shapes count, as before.
    expect(parseIntroduction('Ich bin Fachmann Betreuung im dritten Lehrjahr', NOW).occupation).toBeUndefined();
  });

  it('goes on past "im" or "für" when the longer title is an occupation', () => {
    expect(parseIntroduction('Nach meiner Ausbildung als Kauffrau für Büromanagement habe ich gearbeitet.', NOW, lookup).occupation).toBe('Kauffrau für Büromanagement');
    expect(parseIntroduction('Ich habe die Lehre als Kaufmann im Einzelhandel abgeschlossen', NOW, lookup).occupation).toBe('Kaufmann im Einzelhandel');
    expect(parseIntroduction('Ich habe die Lehre als Koch im Hotel abgeschlossen', NOW, lookup).occupation).toBe('Koch');
  });

  it('drops certificates after a title and reads Swiss and letter-style cues', () => {
    expect(parseIntroduction('Ich arbeite als Fachfrau Gesundheit HF in Bern', NOW).occupation).toBe('Fachfrau Gesundheit');
    expect(parseIntroduction('Seit 2020 arbeite ich als Pflegehelfer SRK.', NOW).occupation).toBe('Pflegehelfer');
    expect(parseIntroduction('ich bi Gipser vo Bruef', NOW).occupation).toBe('Gipser');
    expect(parseIntroduction('Hoi, ich bi d Nora, 19, und bi Floristin', NOW).occupation).toBe('Floristin');
    expect(parseIntroduction('Bin gelernti Coiffeuse', NOW).occupation).toBe('Coiffeuse');
    expect(parseIntroduction('i ha Maurer glehrt', NOW).occupation).toBe('Maurer');
    expect(parseIntroduction('Mein Beruf ist Schreinerin.', NOW).occupation).toBe('Schreinerin');
  });

  it('does not cut a role word before "im" ("Verkäuferin im Laden" is no "Verkäufer")', () => {
    expect(parseIntroduction('Ich bin Verkäuferin im Detailhandel', NOW).occupation).toBe('Verkäuferin');
  });
});

describe('more ways of naming the occupation one has or had', () => {
  it('reads an article, the past and Swiss "gsi" after "ich bin"', () => {
    expect(parseIntroduction('Ich bin eine Physiotherapeutin aus Polen', NOW).occupation).toBe('Physiotherapeutin');
    expect(parseIntroduction('Ich war 12 Jahre Kassiererin', NOW).occupation).toBe('Kassiererin');
    expect(parseIntroduction('i bi früener Chauffeur gsi', NOW).occupation).toBe('Chauffeur');
    expect(parseIntroduction('Ich war immer pünktlich', NOW).occupation).toBeUndefined();
  });

  it('reads a sentence that speaks from a role ("Als Köchin bringe ich …"), not from a life stage', () => {
    expect(parseIntroduction('Als Schreiner habe ich viele Küchen montiert.', NOW).occupation).toBe('Schreiner');
    expect(parseIntroduction('Als Mutter habe ich wenig Zeit.', NOW).occupation).toBeUndefined();
    expect(parseIntroduction('Als Kind habe ich viel gezeichnet.', NOW).occupation).toBeUndefined();
  });

  it('reads a training one is in or holds, a field one comes from, and "studierte"', () => {
    expect(parseIntroduction('Ich bin Lehrling als Elektroinstallateur', NOW)).toMatchObject({ occupation: 'Elektroinstallateur', wishedJob: undefined });
    expect(parseIntroduction('Ich habe das EFZ als Gärtnerin', NOW).occupation).toBe('Gärtnerin');
    expect(parseIntroduction('Ich komme aus der Pflege', NOW, lookup).occupation).toBe('Pflege');
    expect(parseIntroduction('Ich komme aus der Schweiz', NOW, lookup).occupation).toBeUndefined();
    expect(parseIntroduction('Ich bin studierte Chemikerin', NOW).occupation).toBe('Chemikerin');
  });

  it('"I work as a nurse" is the occupation, not a wish; a word after the name is a role only if it is no cue', () => {
    expect(parseIntroduction('I work as a nurse in a hospital', NOW)).toMatchObject({ occupation: 'nurse', wishedJob: undefined });
    expect(parseIntroduction('Guten Tag, ich bin Mario, gelernter Maurer.', NOW).occupation).toBe('Maurer');
  });
});

describe('wished jobs', () => {
  it('reads more ways of asking for a job', () => {
    expect(parseIntroduction('Ich suche eine Stelle im Verkauf oder als Kassiererin', NOW).wishedJob).toBe('Kassiererin');
    expect(parseIntroduction('Hiermit bewerbe ich mich als Hauswart.', NOW).wishedJob).toBe('Hauswart');
    expect(parseIntroduction('I am applying for the position of warehouse clerk', NOW).wishedJob).toBe('warehouse clerk');
    expect(parseIntroduction('Mein Wunschberuf ist Gärtner.', NOW).wishedJob).toBe('Gärtner');
    expect(parseIntroduction('Ich interessiere mich für den Beruf Konstrukteur', NOW).wishedJob).toBe('Konstrukteur');
    expect(parseIntroduction('Chönnt ich bi öich als Maler aafange?', NOW).wishedJob).toBe('Maler');
    expect(parseIntroduction('ich wött Zimmermann lerne', NOW).wishedJob).toBe('Zimmermann');
    // Learning a language or an instrument is no wished job; a training one has is no wish.
    expect(parseIntroduction('Ich möchte Klavier lernen', NOW, lookup).wishedJob).toBeUndefined();
    expect(parseIntroduction('Ich suche Arbeit und bin als Koch ausgebildet', NOW, lookup)).toMatchObject({ wishedJob: undefined, occupation: 'Koch' });
    expect(parseIntroduction('Ich möchte Deutsch lernen', NOW, lookup).wishedJob).toBeUndefined();
  });

  it('takes a field of work only when it resembles an occupation', () => {
    expect(parseIntroduction('i möcht gärn i de Pflege schaffe', NOW, lookup).wishedJob).toBe('Pflege');
    expect(parseIntroduction('Ich würde gerne in der Schweiz arbeiten', NOW, lookup).wishedJob).toBeUndefined();
    expect(parseIntroduction('Ich würde gerne im Ausland arbeiten', NOW, lookup).wishedJob).toBeUndefined();
    expect(parseIntroduction('Ich möchte im Team arbeiten', NOW, lookup).wishedJob).toBeUndefined();
    expect(parseIntroduction('i möcht gärn i de Pflege schaffe', NOW).wishedJob).toBeUndefined();
  });

  it('reads a name that ends like a role when an age follows it, and a Swiss age', () => {
    expect(parseIntroduction('Hallo, ich bin Jasmin, 17 und suche eine Lehrstelle', NOW)).toMatchObject({ firstName: 'Jasmin', age: 17 });
    expect(parseIntroduction('Hallo, ich bin Kerstin, 17 und suche eine Lehrstelle', NOW)).toMatchObject({ firstName: 'Kerstin', age: 17 });
    expect(parseIntroduction('hoi, bin Leon, 16i, und suech e Lehrstell', NOW).age).toBe(16);
  });
});

describe('skills in the light of an introduction', () => {
  it('an occupation the person has stands for its core skill, also in a request for jobs', () => {
    expect(skillLabels('Ich bin gelernter Strassentransportfachmann und suche eine Stelle')).toContain('Lastwagen fahren');
    expect(skillLabels('Ich bin ausgebildete Fachfrau Apotheke.')).toEqual(['Arzneimittel beraten und abgeben']);
  });

  it('the job asked for is no skill of the person', () => {
    expect(skillLabels('Ich habe im Lager gearbeitet und suche eine Ausbildung zur Köchin.')).not.toContain('Kochen');
  });

  it('the word saying a trade was learned is not teaching', () => {
    expect(skillLabels('I am a trained plumber', 'en')).not.toContain('Unterrichten und Kurse geben');
    expect(skillLabels('ha Maler glehrt')).toEqual(['Malerarbeiten']);
    expect(skillLabels('Ich bin Lehrling als Polymechaniker')).not.toContain('Lernende ausbilden');
  });
});

describe('introductions that say what one was and what one wants', () => {
  it('keeps the past job apart from the one asked for', () => {
    expect(parseIntroduction('Früher war ich Lastwagenfahrer, jetzt suche ich eine Umschulung zum Informatiker.', NOW)).toMatchObject({ occupation: 'Lastwagenfahrer', wishedJob: 'Informatiker' });
    expect(parseIntroduction('Ich habe früher als Kellner gearbeitet, jetzt möchte ich Lokführer werden.', NOW)).toMatchObject({ occupation: 'Kellner', wishedJob: 'Lokführer' });
    expect(parseIntroduction('Hallo, ich war 12 Jahre Verkäuferin und möchte jetzt in die Pflege wechseln.', NOW, lookup)).toMatchObject({ occupation: 'Verkäuferin', wishedJob: 'Pflege' });
  });

  it('reads further training toward an occupation as the wish, without the certificate', () => {
    expect(parseIntroduction('ich bin Pflegehelferin SRK, möchte mich zur Fachfrau Gesundheit weiterbilden', NOW)).toMatchObject({ occupation: 'Pflegehelferin', wishedJob: 'Fachfrau Gesundheit' });
    expect(parseIntroduction('Als gelernter Schreiner möchte ich mich zum Techniker HF weiterbilden.', NOW)).toMatchObject({ occupation: 'Schreiner', wishedJob: 'Techniker' });
  });

  it('reads a role after the name and age, in Swiss German and English', () => {
    expect(parseIntroduction('Hoi, i bi de Arben, 23i, Maurer EBA, und würd gärn als Vorarbeiter schaffe', NOW)).toMatchObject({ firstName: 'Arben', age: 23, occupation: 'Maurer', wishedJob: 'Vorarbeiter' });
    expect(parseIntroduction('Hallo, Ahmet hier, 31, Schweisser. Habt ihr was für mich?', NOW)).toMatchObject({ firstName: 'Ahmet', age: 31, occupation: 'Schweisser' });
    expect(parseIntroduction("Hello, I'm Maria, a registered nurse from Portugal", NOW).occupation).toBe('registered nurse');
    expect(parseIntroduction('Grüezi, mis Name isch Reto, ich bi gelernte Elektroinstallateur', NOW).occupation).toBe('Elektroinstallateur');
    expect(parseIntroduction('Ich bin Lea, 17, aus Münster', NOW).occupation).toBeUndefined();
  });

  it('takes a word said twice once', () => {
    expect(parseIntroduction('Ich bin gelernte Köchin Köchin', NOW).occupation).toBe('Köchin');
    expect(parseIntroduction('ich bin Köchin Köchin Köchin', NOW).occupation).toBe('Köchin');
  });
});

describe('requests that name a skill', () => {
  const intent = (text: string) => understander.understand(text, 'de-CH').intent.name;

  it('stay requests for jobs or courses; a statement naming skills stays an answer', () => {
    expect(intent('Ich bin 35, gelernte Floristin, und interessiere mich für eine Stelle als Verkäuferin.')).toBe('show_jobs');
    expect(intent('Ich suche keine Stelle, sondern einen Kurs in Lohnbuchhaltung')).toBe('show_trainings');
    expect(intent('Ich kann schweissen und Stapler fahren')).toBe('none');
  });
});

describe('a wish set against the job one has', () => {
  it('reads «möchte aber lieber …» as the wish', () => {
    expect(parseIntroduction('Ich arbeite seit 6 Jahren als Lagerist, möchte aber lieber Staplerfahrer werden.', NOW)).toMatchObject({ occupation: 'Lagerist', wishedJob: 'Staplerfahrer' });
    expect(parseIntroduction('Ich arbeite als Gipser, möchte aber lieber als Hauswart arbeiten.', NOW)).toMatchObject({ occupation: 'Gipser', wishedJob: 'Hauswart' });
  });
});
