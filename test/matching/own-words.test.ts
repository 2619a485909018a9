/** The person's own words as the lexical search sees them: their town and numbers are not words of a field. */
import { searchableWords } from '../../src/matching/own-words';
import { OLTEN } from './helpers';

const words = (text: string, reachKm = 50) => searchableWords(text, OLTEN, reachKm).split(/\s+/u).filter(Boolean);

describe('the own words that are searched', () => {
  it('drops the town they live in and the numbers, keeps the words of their work', () => {
    expect(words('Ich wohne in Olten, seit 15 Jahren im Lager, 50 % Pensum.')).toEqual(['Ich', 'wohne', 'in', ',', 'seit', 'Jahren', 'im', 'Lager,', '%', 'Pensum.']);
  });

  it('keeps a town far beyond where postings are searched, and a place name written as an ordinary word', () => {
    expect(words('Ich habe in Hamburg gelernt')).toContain('Hamburg');
    expect(words('Ich habe in Aarau gelernt', 5)).toContain('Aarau');
    expect(words('Ich habe in Aarau gelernt')).not.toContain('Aarau');
    expect(searchableWords('Olten 15', undefined)).toBe('Olten  ');
  });
});
