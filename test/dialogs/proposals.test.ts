/** Jobs as cards with reasons; "warum?", "merken", "nicht interessant", "Weiterbildung dazu", "mehr"; never an empty answer. */
import type { JobPosting } from '../../src/matching/types';
import { testJobs } from './support/catalog';
import { reach } from './support/flows';
import { openHarness } from './support/harness';

type H = Awaited<ReturnType<typeof openHarness>>;

describe('proposals', () => {
  let h: H;
  afterEach(async () => {
    await h.close();
    h.cleanup();
  });

  it('shows the first jobs after the summary, explains them and takes feedback', async () => {
    h = await openHarness();
    const chat = h.chat();
    await reach(chat, 'end');
    const cards = chat.last.flatMap((a) => a.attachments ?? []);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards[0]!.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(chat.text()).toMatch(/Passende Stellen für dich \(1–\d von \d\)/);
    const values = chat.cardButtons().map((b) => String(b.value));
    expect(values.every((v) => Buffer.byteLength(v) <= 64)).toBe(true);
    expect(values.some((v) => /^job:why:/.test(v))).toBe(true);
    await chat.tap('Warum?');
    expect(chat.text()).toMatch(/Löten|passt|Passt/);
  });

  it('counts the job and training cards it shows per day for the dashboard, and nothing about who saw them', async () => {
    h = await openHarness();
    const chat = h.chat();
    await reach(chat, 'end');
    // Job cards come twice on the way: the first proposals right after the place, and the list at the end.
    const jobCards = chat.all.flatMap((a) => a.attachments ?? []).length;
    await chat.send({ value: 'job:train:job-5', text: 'job:train:job-5' });
    const trainingCards = chat.last.flatMap((a) => a.attachments ?? []).length;
    expect(trainingCards).toBeGreaterThan(0);
    const rows = await h.db.prisma.usageCount.findMany({ orderBy: { event: 'asc' } });
    expect(rows).toEqual([
      { day: new Date().toISOString().slice(0, 10), event: 'proposals.jobs', count: jobCards },
      { day: new Date().toISOString().slice(0, 10), event: 'proposals.trainings', count: trainingCards },
    ]);
  });

  it('a typed "warum?" explains every job of the last page; before any jobs it says how to get them', async () => {
    h = await openHarness();
    const early = h.chat('early', 'c-early');
    await reach(early, 'place');
    await early.send('warum?');
    expect(early.text()).toContain('Ich habe dir noch keine Stellen gezeigt.');

    const chat = h.chat();
    await reach(chat, 'end');
    const titles = chat.last.flatMap((a) => a.attachments ?? []).map((a) => (a.content as { title: string }).title);
    await chat.send('Warum?');
    for (const title of titles) expect(chat.text()).toContain(`«${title}»: `);
    expect(chat.text()).toMatch(/Passt, weil/);
  });

  it('asked about one posting from the job board, says how it fits and which training closes the gap', async () => {
    h = await openHarness();
    const newcomer = h.chat('newcomer', 'c-newcomer');
    await newcomer.send({ value: 'job:ask:job-5', text: 'job:ask:job-5' });
    expect(newcomer.text()).toContain('dafür brauche ich zuerst ein paar Angaben zu dir');

    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send({ value: 'job:ask:job-5', text: 'job:ask:job-5' });
    expect(chat.text()).toMatch(/«Automatiker\/in»: (Passt|Könnte passen)/);
    const trainings = chat.last.flatMap((a) => a.attachments ?? []).map((a) => (a.content as { title: string }).title);
    expect(trainings).toContain('SPS-Grundkurs');

    await chat.send({ value: 'job:ask:job-99', text: 'job:ask:job-99' });
    expect(chat.text()).toContain('Diese Stelle kenne ich nicht mehr.');
  });

  it('the summary names languages and says "noch keine" for no experience', async () => {
    h = await openHarness();
    const chat = h.chat();
    await reach(chat, 'summary');
    expect(chat.text()).toContain('Sprachen: Deutsch (Muttersprache)');
    expect(chat.text()).toContain('Erfahrung: noch keine');
  });

  it('"merken", "nicht interessant", "Weiterbildung dazu" and "mehr" work, also from an older card', async () => {
    h = await openHarness();
    const chat = h.chat();
    await reach(chat, 'end');
    const firstCards = chat.cardButtons();
    await chat.tap('Merken');
    expect(chat.text()).toMatch(/Gemerkt/);
    await chat.tap('Nicht interessant', firstCards.slice(4));
    expect(chat.text()).toMatch(/weniger/);
    await chat.tap('Weiterbildung dazu', firstCards);
    expect(chat.text().length).toBeGreaterThan(0);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    const verdicts = (await h.services.profiles.feedbackOf(person!.id)).map((f) => f.verdict).sort();
    expect(verdicts).toEqual(['rejected', 'saved']);
    await chat.send('zeig mir Jobs');
    await chat.tap('Mehr');
    expect(chat.text()).toMatch(/Passende Stellen für dich \(4–/);
  });

  it('when nothing matches all wishes, says what it relaxed', async () => {
    // Far, but in the person's country: offers of another country are not proposed unless asked for (test/dialogs/country.test.ts).
    const far: JobPosting[] = testJobs().map((j) => ({ ...j, placeName: 'Genève', postalCode: '1201', country: 'CH', point: { latitude: 46.204, longitude: 6.143 } }));
    h = await openHarness({ catalog: { activeJobs: async () => far, allTrainings: async () => [] } });
    const chat = h.chat();
    await reach(chat, 'end');
    expect(chat.text()).toMatch(/gelockert/);
    expect(chat.last.some((a) => a.attachments?.length)).toBe(true);
  });

  it('with no jobs at all, says so and points to the job alert instead of an empty list', async () => {
    h = await openHarness({ catalog: { activeJobs: async () => [], allTrainings: async () => [] } });
    const chat = h.chat();
    await reach(chat, 'end');
    expect(chat.text()).toMatch(/Job-Alarm/);
    await chat.send('Weiterbildung');
    expect(chat.text()).toMatch(/keine Weiterbildung/);
  });
});
