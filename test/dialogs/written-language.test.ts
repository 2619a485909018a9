/** A person who answers the language question by simply writing has chosen the language they write in. */
import { writtenGermanVariant, writtenLanguage } from '../../src/nlu/written-language';
import { useHarness } from './support/harness';

describe('the language question answered by writing', () => {
  const h = useHarness();

  it('German words choose German and go on to the consent; nothing is stored before it', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    expect(chat.text()).toMatch(/In welcher Sprache/);
    await chat.send('Hallo, ich bin Petra, 24 Jahre alt, und suche eine Stelle im Verkauf');
    expect(chat.text()).not.toMatch(/Tipp bitte auf eine Sprache/);
    expect(chat.text()).toMatch(/einverstanden/);
    expect(await h.db.prisma.person.count()).toBe(0);
    await chat.tap('Ja, einverstanden');
    expect(chat.text()).toMatch(/Was suchst du/);
  });

  it('a greeting with a name greets by name and takes the language it is written in', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.send('Hallo, ich bin Petra, 24 Jahre alt, aus Olten.');
    expect(chat.text()).toMatch(/Hallo Petra/);
    expect(chat.text()).toMatch(/einverstanden/);
    expect(chat.text()).not.toMatch(/In welcher Sprache/);
    expect(await h.db.prisma.person.count()).toBe(0);
  });

  it('help and a person stay commands at the language question', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.send('Ich möchte mit einem Menschen reden');
    expect(chat.text()).not.toMatch(/Do you agree|Bist du einverstanden/);
  });

  it('Swiss German words choose Swiss German, whatever the client says: «Lehrstelle», not «Ausbildungsplatz»', async () => {
    const chat = h.chat();
    chat.locale = 'de-DE';
    await chat.send('Hallo');
    await chat.send('hoi, bi 15 und suech e lehrstell als elektriker i de nöchi vo olte');
    expect(chat.text()).toMatch(/«Daten exportieren»/);
    await chat.tap('Ja, einverstanden');
    expect(chat.text()).toMatch(/Lehrstelle/);
    expect(chat.text()).not.toMatch(/Ausbildungsplatz/);
  });

  it('English words choose English', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.send('Hello, my name is Grace and I am looking for work as a nurse');
    expect(chat.text()).toMatch(/Do you agree/);
  });

  it('a message that names no language by its words is asked again, friendly', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.send('🙂🙂 ‮ ok');
    expect(chat.text()).toMatch(/Tipp bitte auf eine Sprache/);
  });
});

describe('writtenLanguage', () => {
  it('reads German, Swiss German and English by their everyday words', () => {
    expect(writtenLanguage('Ich suche eine Lehrstelle')).toBe('de');
    expect(writtenLanguage('Grüezi, i bi de Luca und wott e Lehr mache')).toBe('de');
    expect(writtenLanguage('I am looking for a job in the kitchen')).toBe('en');
  });

  it('says nothing where the words do not tell: emoji, numbers, words both languages share', () => {
    expect(writtenLanguage('🙂🙂')).toBeUndefined();
    expect(writtenLanguage('80 %')).toBeUndefined();
    expect(writtenLanguage('Job im Service')).toBeUndefined();
    expect(writtenLanguage('ok')).toBeUndefined();
    expect(writtenLanguage('Hallo')).toBeUndefined();
  });
});

describe('writtenGermanVariant', () => {
  it('reads Swiss German by its dialect words and German from Germany by «ß» and its greetings', () => {
    expect(writtenGermanVariant('hoi, bi 15 und suech e lehrstell')).toBe('de-CH');
    expect(writtenGermanVariant('Grüezi, i wott e Lehr mache')).toBe('de-CH');
    expect(writtenGermanVariant('Ich heiße Petra und suche eine Stelle')).toBe('de-DE');
    expect(writtenGermanVariant('Moin, ich bin Jan aus Kiel')).toBe('de-DE');
  });

  it('says nothing where standard German does not tell, or where both show', () => {
    expect(writtenGermanVariant('Hallo, ich bin Petra, 24 Jahre alt, und suche eine Stelle')).toBeUndefined();
    expect(writtenGermanVariant('Ich schaffe beim Daimler, suche einen Minijob in der EU')).toBeUndefined();
    expect(writtenGermanVariant('Moin, i bi de Luca')).toBeUndefined();
  });
});
