/**
 * Value first: the first proposals come after what the first ranking needs (what, what one can,
 * where), within eight messages from "Hallo"; then each further question names its benefit, vague
 * answers get a sensible default that Lotse names, and nothing is asked twice.
 */
import type { Chat } from './support/harness';
import { useHarness } from './support/harness';

/** Sends, counting the person's messages. */
function counter(chat: Chat) {
  let sent = 0;
  return {
    send: async (text: string) => {
      sent += 1;
      return chat.send(text);
    },
    tap: async (title: string) => {
      sent += 1;
      return chat.tap(title);
    },
    get sent() {
      return sent;
    },
  };
}

const hasCards = (chat: Chat) => chat.last.some((a) => (a.attachments ?? []).some((x) => x.contentType === 'application/vnd.microsoft.card.hero'));

describe('value first', () => {
  const h = useHarness();

  it('shows a pupil typing dialect her first Lehrstellen within eight messages, each with its reason', async () => {
    const chat = h.chat();
    const person = counter(chat);
    await person.send('Hoi');
    await person.tap('Deutsch (Schweiz)');
    await person.send('jo passt');
    expect(chat.text()).toMatch(/Was suchst du/);
    await person.send('e lehrstell, öppis mit technik');
    expect(chat.text()).toMatch(/Was kannst du gut/);
    await person.send('Ich kann löten');
    expect(chat.text()).toMatch(/Wo möchtest du arbeiten/);
    await person.send('Olten');
    expect(hasCards(chat)).toBe(true);
    expect(person.sent).toBeLessThanOrEqual(8);
    const cards = chat.last.flatMap((a) => a.attachments ?? []).map((a) => a.content as { title: string; text: string });
    expect(cards.every((c) => /Passt, weil/.test(c.text))).toBe(true);
    // Then the profile grows, every question with what it is good for.
    expect(chat.text()).toMatch(/erste Vorschläge/);
    expect(chat.text()).toMatch(/Damit ich weiss, wo du schon sicher bist: Wie gut kennst du dich mit Löten aus/);
  });

  it('asks level and source together, infers them from "ein bisschen, in der Lehre", and never asks them again', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.tap('Deutsch (Schweiz)');
    await chat.tap('Ja, einverstanden');
    await chat.tap('Feste Stelle');
    await chat.send('Ich kann löten und schweissen');
    await chat.send('4500 Solothurn');
    expect(chat.text()).toMatch(/Wie gut kennst du dich damit aus – Löten, Schweissen/);
    await chat.send('ein bisschen, in der Lehre');
    expect(chat.text()).toMatch(/Notiert: Löten \(Grundkenntnisse\), Schweissen \(Grundkenntnisse\)/);
    expect(chat.text()).toMatch(/Wie weit darf dein Arbeitsweg/);
    await chat.send('Profil zeigen');
    expect(chat.text()).toMatch(/Löten \(Grundkenntnisse\)/);
    expect(chat.text()).not.toMatch(/Wie gut/);
  });

  it('keeps a skill typed in answer to the level question and asks the level again for all', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.tap('Deutsch (Schweiz)');
    await chat.tap('Ja, einverstanden');
    await chat.tap('Feste Stelle');
    await chat.send('Ich kann löten');
    await chat.send('4500 Solothurn');
    expect(chat.text()).toMatch(/Wie gut kennst du dich mit Löten aus/);
    await chat.send('schweissen');
    expect(chat.text()).toMatch(/Notiert, was du kannst: Schweissen/);
    expect(chat.text()).toMatch(/Wie gut kennst du dich damit aus – Löten, Schweissen/);
    await chat.send('gut');
    expect(chat.text()).toMatch(/Notiert: Löten \(Gut\), Schweissen \(Gut\)/);
  });

  it('takes vague answers with a default it names: "nöd so wiit", "weiss nöd", "egal", "vielleicht"', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.tap('Deutsch (Schweiz)');
    await chat.tap('Ja, einverstanden');
    await chat.send('weiss nöd');
    expect(chat.text()).toMatch(/nach allen Arten von Stellen/);
    await chat.send('Ich kann löten');
    await chat.send('4500 Solothurn');
    expect(chat.text()).toMatch(/Wie gut kennst du dich mit Löten aus/);
    await chat.send('weiss nöd');
    expect(chat.text()).toMatch(/Ich trage mal «Grundkenntnisse» ein/);
    await chat.send('nöd so wiit');
    expect(chat.text()).toMatch(/bis 10 km/);
  });

  it('keeps the skills a trained mason names when asked what he looks for, and looks for jobs, not Lehrstellen', async () => {
    const chat = h.chat();
    const person = counter(chat);
    await person.send('Hallo');
    await person.tap('Deutsch (Schweiz)');
    await person.tap('Ja, einverstanden');
    await person.send('Ich bin Marco, 36, gelernter Maurer EFZ aus 4500 Solothurn. Ich kann Mauern, Schalungen bauen und Pläne lesen.');
    expect(chat.text()).toMatch(/Notiert, was du kannst: Mauern, Schalungen bauen/);
    expect(chat.text()).toMatch(/nicht nach Lehrstellen/);
    expect(chat.text()).not.toMatch(/Was kannst du gut/);
    expect(hasCards(chat)).toBe(true);
    expect(person.sent).toBe(4);
    const titles = chat.last.flatMap((a) => a.attachments ?? []).map((a) => (a.content as { title?: string }).title ?? '');
    expect(titles.filter((t) => /Lehrstelle|Lernende/.test(t))).toEqual([]);
    await chat.send('Profil zeigen');
    expect(chat.text()).toMatch(/Mauern/);
  });

  it('shows a 44-year-old who leaves his trade jobs, not Lehrstellen or Schnupperlehren, and greets nobody as «Ich»', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.tap('Deutsch (Schweiz)');
    await chat.tap('Ja, einverstanden');
    await chat.send('Ich bin 44, Automechaniker, muss raus aus der Werkstatt wegen dem Rücken. Suche was im Raum 4500 Solothurn.');
    expect(chat.text()).toMatch(/nicht nach Lehrstellen/);
    expect(chat.text()).not.toMatch(/dein Name|Hallo Ich/);
    const titles = chat.last.flatMap((a) => a.attachments ?? []).map((a) => (a.content as { title?: string }).title ?? '');
    expect(titles.filter((t) => /Lehrstelle|Schnupper|Lernende/.test(t))).toEqual([]);
  });

  it('looks for jobs first for an adult who names no occupation, and says a Lehre is still possible', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.tap('Deutsch (Schweiz)');
    await chat.tap('Ja, einverstanden');
    await chat.send('Ich bin 38 und suche etwas in der Nähe von 4500 Solothurn.');
    expect(chat.text()).toMatch(/nach festen und befristeten Stellen. Möchtest du eine Lehre machen, sag es einfach/);
    await chat.send('Profil zeigen');
    expect(chat.text()).toMatch(/Gesucht: Feste Stelle, Befristet\/temporär\n/);
    expect(chat.text()).not.toMatch(/Lehrstelle|Schnupperlehre/);
  });

  it('asks what a person can do when the answer to «Was suchst du?» names no skill', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.tap('Deutsch (Schweiz)');
    await chat.tap('Ja, einverstanden');
    await chat.send('Ich bin Marco aus 4500 Solothurn und suche eine feste Stelle.');
    expect(chat.text()).toMatch(/Was kannst du gut/);
    expect(chat.text()).not.toMatch(/Notiert, was du kannst/);
  });

  it('does not ask a pupil how she gets to work by car', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.tap('Deutsch (Schweiz)');
    await chat.tap('Ja, einverstanden');
    await chat.tap('Lehrstelle');
    await chat.send('Ich kann löten');
    await chat.send('4600 Olten');
    const asked: string[] = [];
    const answers: Record<string, string> = {
      'Wie gut kennst du dich': 'Gut',
      'Arbeitsweg': 'bis 25 km',
      'Wo stehst du': 'Ich gehe noch zur Schule',
      'in welche Richtung': 'Ich weiss es schon',
      'Welche Schule': 'Sekundarschule',
      'Ab wann': 'Sofort',
      'Welche Sprachen': 'Deutsch ist meine Muttersprache',
      'Wie darf ich dich nennen': 'Lieber nicht',
      'Dürfen Firmen': 'Nur für mich',
      'Bescheid geben': 'Nein',
    };
    for (let i = 0; i < 15 && !/Passt das so/.test(chat.text()); i++) {
      const key = Object.keys(answers).find((k) => chat.text().includes(k));
      if (!key) throw new Error(`Unexpected question: ${chat.text()}`);
      asked.push(key);
      await chat.tap(answers[key]!);
    }
    expect(chat.text()).toMatch(/Passt das so/);
    expect(chat.text()).not.toMatch(/Führerschein|Führerausweis/);
    expect(new Set(asked).size).toBe(asked.length);
  });
});
