/** The person's own words as the lexical search sees them: their town and numbers are not words of a field. */
import { heldWishWords, listedPhrases, quotedWords, searchableWords } from '../../src/matching/own-words';
import { OLTEN } from './helpers';

const words = (text: string, reachKm = 50) => searchableWords(text, OLTEN, reachKm).split(/\s+/u).filter(Boolean);

describe('the own words that are searched', () => {
  it('drops the town they live in and the numbers, keeps the words of their work', () => {
    expect(words('Ich wohne in Olten, seit 15 Jahren im Lager, 50 % Pensum.')).toEqual(['Ich', 'in', ',', 'seit', 'Jahren', 'im', 'Lager,', '%', 'Pensum.']);
  });

  it('keeps a town far beyond where postings are searched, and a place name written as an ordinary word', () => {
    expect(words('Ich habe in Hamburg gelernt')).toContain('Hamburg');
    expect(words('Ich habe in Aarau gelernt', 5)).toContain('Aarau');
    expect(words('Ich habe in Aarau gelernt')).not.toContain('Aarau');
    expect(searchableWords('Olten 15', undefined)).toBe('Olten  ');
  });

  it('drops a town written with its quarter ("Olten-Hammer"), as the town itself', () => {
    expect(words('Ich wohne in Olten-Hammer und arbeite im Lager.')).not.toContain('Olten-Hammer');
    expect(words('Ich wohne in Olten-Hammer und arbeite im Lager.')).toContain('Lager.');
  });
});

describe('the words that say how, not what', () => {
  it('drops "mag", "darf" and "beim" written as verbs, keeps "MAG" written as the welding process, and keeps "keine"', () => {
    expect(words('Ich mag Tiere, es darf nicht weit sein, beim Bauern')).toEqual(['Ich', 'Tiere,', 'es', 'nicht', 'weit', 'sein,', 'Bauern']);
    expect(words('MAG-Schweissen und keine Nachtdienste')).toEqual(['MAG-Schweissen', 'und', 'keine', 'Nachtdienste']);
  });

  it('drops the verbs of where one lives («wohne», «lebe»), which would find every «Wohnheim», and keeps «Betreutes Wohnen»', () => {
    expect(words('Ich bin 15 und wohne in Heerbrugg, lebe gern hier')).toEqual(['Ich', 'bin', 'und', 'in', 'Heerbrugg,', 'gern', 'hier']);
    expect(words('Wohne in Harburg. Betreutes Wohnen')).toEqual(['in', 'Harburg.', 'Betreutes', 'Wohnen']);
  });

  it('names the working time only when the wishes hold a Pensum', () => {
    expect(heldWishWords({ pensum: { min: 50, max: 70 } })).toContain('Teilzeit');
    expect(heldWishWords({})).toEqual([]);
  });
});

describe('the skill phrases a person listed among their own words', () => {
  it('are the lines or statements of a few words, not the sentences of a self-description nor a few words of nearly every message ("Ich suche Arbeit")', () => {
    const text = 'Ich bin 34 und habe zehn Jahre in einer Zahnarztpraxis gearbeitet. Jetzt suche ich Teilzeit.\nAbrechnung nach BEMA\nHeil- und Kostenpläne';
    expect(listedPhrases(text)).toEqual(['Abrechnung nach BEMA', 'Heil- und Kostenpläne']);
    expect(listedPhrases('Ich suche Arbeit · Staplerfahren · ja gerne im Lager arbeiten und so')).toEqual(['Staplerfahren']);
  });

  it('leave out lines that name nothing (a filler word left where a place was dropped), and odd input', () => {
    expect(listedPhrases('in \n  \n15 %\n__proto__\nconstructor')).toEqual(['__proto__', 'constructor']);
    expect(listedPhrases('')).toEqual([]);
    expect(listedPhrases('Lager '.repeat(50_000))).toEqual([]);
  });
});

describe('the words a card quotes as the reason', () => {
  it('quotes the person as written, not the index', () => {
    expect(quotedWords(['verkaeuferin', 'be'], 'Ich war Verkäuferin, Be- und Entladen')).toEqual(['Verkäuferin', 'Be']);
  });

  it('quotes no word of the kind of position: the wished kinds decide it («e Lehrstell als Elektriker»)', () => {
    expect(quotedWords(['lehrstell', 'elektriker'], 'e Lehrstell als Elektriker')).toEqual(['Elektriker']);
    expect(quotedWords(['praktikum', 'kita'], 'Ein Praktikum in der Kita')).toEqual(['Kita']);
  });

  it('quotes no word the person denied or named as a limit', () => {
    const said = 'Ich arbeite genau und gern mit Tabellen. Großraumbüro und viel telefonieren gehen nicht gut.\nkein Großraumbüro, wenig Telefon';
    expect(quotedWords(['tabellen', 'grossraumbuero', 'telefonieren', 'telefon'], said)).toEqual(['Tabellen']);
    expect(quotedWords(['telefon'], 'Telefon und Kundenkontakt mag ich sehr')).toEqual(['Telefon']);
  });
});
