/**
 * The person's country decides the German they read and the offers they get (issue 18): a person
 * from Stuttgart who typed «deutsch» reads de-DE and sees German offers; a Swiss person sees no
 * course priced in Euro with a German Bildungsgutschein, unless they ask for offers in Germany.
 */
import type { JobPosting, Training } from '../../src/matching/types';
import { conceptOf, testCatalog, testJobs, testTrainings } from './support/catalog';
import { reach } from './support/flows';
import { openHarness, type Chat } from './support/harness';

const STUTTGART = { latitude: 48.776, longitude: 9.18 };

function stuttgartJob(n: number, title: string, kind: JobPosting['kind']): JobPosting {
  const [base] = testJobs();
  return {
    ...base!,
    id: `de-job-${n}`,
    externalId: `de-${n}`,
    employerName: `Werk ${n} GmbH`,
    title,
    kind,
    postalCode: '70173',
    placeName: 'Stuttgart',
    country: 'DE',
    point: { latitude: STUTTGART.latitude + n / 1000, longitude: STUTTGART.longitude },
    skills: [{ conceptId: conceptOf('Löten'), essential: true, level: 'basic' }, { conceptId: conceptOf('SPS-Programmierung'), essential: false, level: 'basic' }],
  };
}

/** An online course of a German provider: priced in Euro, paid with a Bildungsgutschein of the Agentur für Arbeit. */
const germanCourse: Training = {
  ...testTrainings()[0]!,
  id: 'training-de',
  externalId: 'de-1',
  provider: 'IHK-Akademie Region Stuttgart',
  title: 'SPS-Programmierung kompakt',
  postalCode: undefined,
  placeName: undefined,
  point: undefined,
  country: 'DE',
  online: true,
  cost: { amount: 1190, currency: 'EUR' },
  funding: ['bildungsgutschein'],
};

const catalog = () => testCatalog([...testJobs(), stuttgartJob(1, 'Elektroniker/in für Geräte und Systeme', 'apprenticeship'), stuttgartJob(2, 'Mechatroniker/in', 'permanent')], [...testTrainings(), germanCourse]);

type H = Awaited<ReturnType<typeof openHarness>>;

const cardTexts = (chat: Chat) =>
  chat.last.flatMap((a) => a.attachments ?? []).map((a) => {
    const card = a.content as { title?: string; subtitle?: string; text?: string };
    return [card.title, card.subtitle, card.text].join(' | ');
  });

/** Everything the person read and could tap in the last turn. */
const seen = (chat: Chat) => [chat.text(), ...chat.buttons().map((b) => b.title), ...cardTexts(chat)].join('\n');

/** Answers every open question with its first button (the situation: done with school) until the summary is confirmed. */
async function answerEverything(chat: Chat): Promise<string[]> {
  const read: string[] = [seen(chat)];
  for (let turn = 0; turn < 40; turn++) {
    const buttons = chat.buttons();
    const summary = /Passt das so/.test(chat.text());
    const situation = buttons.find((b) => /^Schule fertig/.test(b.title));
    if (situation) await chat.tap(situation.title);
    else if (buttons.length) await chat.tap(buttons[0]!.title);
    else await chat.send('Tom');
    read.push(seen(chat));
    if (summary) return read;
  }
  throw new Error(`The profile questions never ended: ${chat.text()}`);
}

/** Hallo, the language as the person gives it, consent, «Alles davon», «Ich kann löten»: then the place question is open. */
async function toPlace(chat: Chat, language: (chat: Chat) => Promise<unknown>): Promise<void> {
  await chat.send('Hallo');
  await language(chat);
  await chat.tap('Ja, einverstanden');
  await chat.tap('Alles davon');
  await chat.send('Ich kann löten');
}

describe('the person\'s country: German variant and offers', () => {
  let h: H;
  beforeEach(async () => {
    h = await openHarness({ catalog: catalog() });
  });
  afterEach(async () => {
    await h.close();
    h.cleanup();
  });

  it('a person from Stuttgart who typed «deutsch» on a Swiss site reads de-DE from the place on and sees German offers only', async () => {
    const chat = h.chat('stuttgart');
    chat.locale = 'de-CH'; // the network's site embeds the widget as de-CH
    await toPlace(chat, (c) => c.send('deutsch'));
    await chat.send('70173 Stuttgart');
    const read = [...(await answerEverything(chat)), seen(chat)].join('\n');
    expect(read).toMatch(/Ausbildung/);
    expect(read).toMatch(/Hauptschul/);
    expect(read).toMatch(/ß/);
    for (const swiss of [/Pensum/, /\bÖV\b/, /Velo/, /Sek A/, /Bezirksschule/, /Lehrstelle/, /weiss\b/]) expect(read).not.toMatch(swiss);
    expect(read).toMatch(/Stuttgart/);
    expect(read).not.toMatch(/Olten/);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'stuttgart' });
    expect(person!.locale).toBe('de-DE');

    await chat.send('Weiterbildungen');
    const courses = cardTexts(chat).join('\n');
    expect(courses).toContain('SPS-Programmierung kompakt');
    expect(courses).toContain('1.190 Euro');
    expect(courses).toMatch(/Bildungsgutschein/);
    expect(courses).not.toContain('Bildungszentrum Olten');
  });

  it('a typed search that moves a plain-«deutsch» person to Stuttgart confirms it in de-DE already', async () => {
    const chat = h.chat('mover');
    chat.locale = 'de-CH';
    await toPlace(chat, (c) => c.send('deutsch'));
    await chat.send('4600 Olten');
    await answerEverything(chat);
    await chat.send('Lehrstelle in Stuttgart');
    const noted = chat.text().split('\n').find((line) => line.startsWith('Okay, ich suche'));
    expect(noted).toMatch(/Ausbildung/);
    expect(noted).not.toMatch(/Lehrstelle/);
  });

  it('on Telegram, a location shared near Stuttgart after a plain «deutsch» switches to de-DE too', async () => {
    const chat = h.chat('telegram-stuttgart');
    chat.locale = 'de'; // Telegram sends the app's language only
    await toPlace(chat, (c) => c.send('deutsch'));
    await chat.send({ text: '', entities: [{ type: 'GeoCoordinates', latitude: 48.79, longitude: 9.2 }] });
    expect(seen(chat)).toMatch(/Weiß nicht/);
    expect(seen(chat)).toContain('Stuttgart');
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'telegram-stuttgart' });
    expect(person!.place?.country).toBe('DE');
    expect(person!.locale).toBe('de-DE');
  });

  it('a plain «deutsch» from an Austrian browser is de-DE from the start', async () => {
    const chat = h.chat('wien');
    chat.locale = 'de-AT';
    await chat.send('Hallo');
    await chat.send('deutsch');
    await chat.tap('Ja, einverstanden');
    expect(chat.text()).toMatch(/Ausbildung/);
    expect(chat.text()).not.toMatch(/Lehrstelle/);
  });

  it('an explicit «Deutsch (Schweiz)» stays Swiss German, wherever the person wants to work', async () => {
    const chat = h.chat('grenzgaenger');
    await toPlace(chat, (c) => c.tap('Deutsch (Schweiz)'));
    await chat.send('70173 Stuttgart');
    const read = (await answerEverything(chat)).join('\n');
    expect(read).toMatch(/Lehrstelle/);
    expect(read).toMatch(/Welches Pensum/);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'grenzgaenger' });
    expect(person!.locale).toBe('de-CH');
  });

  it('a variant named later («Können wir Schweizerdeutsch schreiben?») is kept when the place lies in Germany', async () => {
    const chat = h.chat('named-later');
    await chat.send('Hallo');
    await chat.send('deutsch');
    await chat.tap('Ja, einverstanden');
    await chat.send('Können wir Schweizerdeutsch schreiben?'); // in German already: the goal question takes it as «alles»
    await chat.send('Ich kann löten');
    await chat.send('70173 Stuttgart');
    expect(seen(chat)).toMatch(/Weiss nicht/);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'named-later' });
    expect(person!.locale).toBe('de-CH');
  });

  it('a Swiss person sees no course priced in Euro with a Bildungsgutschein, until they ask for courses in Germany', async () => {
    const chat = h.chat('olten');
    await reach(chat, 'end');
    await chat.send('Weiterbildungen');
    let courses = cardTexts(chat).join('\n');
    expect(courses).toContain('SPS-Grundkurs');
    expect(courses).not.toMatch(/Euro|Bildungsgutschein/);
    expect(courses).not.toContain('SPS-Programmierung kompakt');

    await chat.send('zeig auch Kurse in Deutschland');
    expect(chat.text()).toContain('Okay, ab jetzt zeige ich dir auch Angebote in Deutschland.');
    courses = cardTexts(chat).join('\n');
    expect(courses).toContain('SPS-Programmierung kompakt');
    expect(courses).toContain("1'190 Euro");
    expect(courses).toMatch(/Bildungsgutschein/);
    // The person asked for more offers, not for another German.
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'olten' });
    expect(person!.locale).toBe('de-CH');

    await chat.send('nur Kurse in der Schweiz');
    expect(chat.text()).toContain('Okay, ab jetzt zeige ich dir nur Angebote in der Schweiz.');
    expect(cardTexts(chat).join('\n')).not.toContain('SPS-Programmierung kompakt');
  });

  it('«Lehrstelle, auch in Deutschland» to an open question notes the countries and still answers it', async () => {
    const chat = h.chat('basel');
    await reach(chat, 'goal');
    await chat.send('Lehrstelle, auch in Deutschland');
    expect(chat.text()).toContain('Okay, ab jetzt zeige ich dir auch Angebote in Deutschland.');
    expect(chat.text()).toMatch(/Was kannst du gut/);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'basel' });
    expect(person!.positionKinds).toEqual(['apprenticeship']);
    await chat.send('Ich kann löten');
    await chat.send('4600 Olten');
    await chat.send('Weiterbildungen');
    expect(cardTexts(chat).join('\n')).toContain('SPS-Programmierung kompakt');
  });
});
