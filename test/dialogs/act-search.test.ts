/** A search in own words at any point: occupation, kind, Pensum and place; the proposals follow. */
import type { JobPosting } from '../../src/matching/types';
import { conceptOf, testJobs } from './support/catalog';
import { after, reach } from './support/flows';
import { openHarness } from './support/harness';

type H = Awaited<ReturnType<typeof openHarness>>;

function extra(n: number, title: string, occupationId: string, kind: JobPosting['kind'], skills: string[], pensum = { min: 100, max: 100 }): JobPosting {
  const [base] = testJobs();
  return {
    ...base!,
    id: `job-${n}`,
    externalId: String(n),
    employerName: `Betrieb ${n} AG`,
    title,
    occupationId,
    kind,
    pensum,
    point: { latitude: 47.35 + n / 1000, longitude: 7.903 },
    skills: skills.map((name, i) => ({ conceptId: conceptOf(name), essential: i === 0, level: 'basic' as const })),
  };
}

const catalog = () => [
  ...testJobs(),
  extra(11, 'Polymechaniker/in EFZ', 'lotse:occupation/polymechaniker-efz', 'apprenticeship', ['Löten', 'Elektronik']),
  extra(12, 'Polymechaniker/in', 'lotse:occupation/polymechaniker-efz', 'permanent', ['Löten'], { min: 60, max: 80 }),
  extra(13, 'Pflegefachfrau/Pflegefachmann', 'lotse:occupation/pflegefachmann', 'permanent', ['Grundpflege', 'Löten']),
];

describe('searching in own words', () => {
  let h: H;
  beforeEach(async () => {
    h = await openHarness({ catalog: { activeJobs: async () => catalog(), allTrainings: async () => [] } });
  });
  afterEach(async () => {
    await h.close();
    h.cleanup();
  });

  const titles = (chat: ReturnType<H['chat']>) => chat.last.flatMap((a) => a.attachments ?? []).map((a) => (a.content as { title: string }).title);

  it('"lehrstelle polymechanikerin" shows Polymechaniker Lehrstellen only, and «alle Jobs» lifts the filter', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send('lehrstelle polymechanikerin');
    expect(chat.text()).toContain('Okay, ich suche: Polymechaniker/in EFZ · Lehrstelle.');
    expect(titles(chat)).toEqual(['Polymechaniker/in EFZ']);
    expect(chat.text()).not.toMatch(/nicht verstanden/);
    await chat.send('alle Jobs');
    expect(titles(chat).length).toBeGreaterThan(1);
  });

  it('an occupation with no job here says so and shows the jobs that fit otherwise, instead of an empty list', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send('ich suche eine stelle als koch');
    expect(chat.text()).toMatch(/Als Koch.* habe ich gerade keine Stelle gefunden/);
    expect(titles(chat).length).toBeGreaterThan(0);
  });

  it('the occupation a person has is no search for it: «Ich bin Polymechaniker, muss raus aus der Werkstatt» is not narrowed to Polymechaniker', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send('Ich bin 44, Polymechaniker, muss raus aus der Werkstatt wegen dem Rücken. Suche was im Raum Olten.');
    expect(chat.text()).not.toMatch(/Nur als Polymechaniker|ich suche: Polymechaniker/);
    await chat.send('Ich bin Koch und suche eine Lehrstelle als Polymechaniker');
    expect(chat.text()).toContain('Okay, ich suche: Polymechaniker/in EFZ · Lehrstelle.');
    expect(titles(chat)).toEqual(['Polymechaniker/in EFZ']);
  });

  it('"polymech oder elektroniker" shows both occupations and nothing else', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send('polymech oder elektroniker');
    const shown = titles(chat);
    expect(shown.length).toBeGreaterThan(1);
    for (const title of shown) expect(title).toMatch(/^(Polymechaniker|Elektroniker)/);
  });

  it('"ich suche eine feste stelle" changes the wish and shows permanent jobs', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send('ich suche eine feste stelle');
    expect(chat.text()).toContain('Okay, ich suche: Feste Stelle.');
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(person!.positionKinds).toEqual(['permanent']);
    expect(titles(chat)).not.toContain('Elektroniker/in EFZ');
  });

  it('"warum lehrstelle? bin 45" drops Lehrstellen instead of "nicht verstanden"', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send('warum lehrstelle? bin 45');
    expect(chat.text()).toContain('keine Lehrstelle mehr');
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(person!.positionKinds).not.toContain('apprenticeship');
    expect(titles(chat)).not.toContain('Elektroniker/in EFZ');
    expect(chat.text()).not.toMatch(/nicht verstanden/);
  });

  it('"show me nurse jobs only" in English shows the nurse job', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send('Can we speak English?');
    await chat.send('show me nurse jobs only');
    expect(chat.text()).toContain('Okay, I am looking for: Nurse.');
    expect(titles(chat)).toEqual(['Pflegefachfrau/Pflegefachmann']);
  });

  it('a place named while the open question asks something else is not taken as a search', async () => {
    const chat = h.chat();
    await reach(chat, 'place');
    await chat.send('4600 Olten');
    // The answer to the place question: noted, and the flow goes on (no «Okay, ich suche: Olten»).
    expect(chat.text()).toContain('Olten, notiert.');
    expect(chat.text()).toMatch(after('place')!.question);
    expect(chat.text()).not.toMatch(/Okay, ich suche/);
  });
});
