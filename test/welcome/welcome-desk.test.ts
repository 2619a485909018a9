/**
 * The welcome desk in English (transcript over the real bot, SQLite, the demo catalog): a nurse
 * from the Philippines who speaks German B1 learns that nursing is regulated in Switzerland and
 * that the Swiss Red Cross recognises diplomas, sees German courses to B2 and jobs marked by how
 * their German requirement fits hers.
 */
import { appendFileSync } from 'node:fs';
import { demoCatalog } from '../../src/demo/catalog';
import { LANGUAGE_RANK } from '../../src/matching/score';
import { openHarness, type Chat } from '../dialogs/support/harness';

const TRANSCRIPT: string[] = [];

async function step(c: Chat, input: string, tap = false): Promise<string> {
  if (tap) await c.tap(input);
  else await c.send(input);
  TRANSCRIPT.push(`**Maria:** ${tap ? `[${input}]` : input}`, ...c.text().split('\n').map((l) => `> ${l}`), '');
  return c.text();
}

describe('the welcome desk for skilled workers from abroad, in English', () => {
  const catalog = demoCatalog();
  let h: Awaited<ReturnType<typeof openHarness>>;
  beforeAll(async () => {
    h = await openHarness({ catalog: { activeJobs: async () => catalog.jobs, allTrainings: async () => catalog.trainings }, trainingCatalog: async () => catalog.trainings });
  });
  afterAll(async () => {
    if (process.env.COUPLE_TRANSCRIPT) appendFileSync(process.env.COUPLE_TRANSCRIPT, `## Welcome desk in English\n\n${TRANSCRIPT.join('\n')}\n`);
    await h.close();
    h.cleanup();
  });

  it('tells a nurse from the Philippines where to apply for recognition, German courses at her level and jobs that fit her German', async () => {
    const c = h.chat('maria', 'welcome-1');
    c.locale = 'en';
    await step(c, 'Hello');
    await step(c, 'English', true);
    await step(c, 'Yes, I agree', true);
    // The short path: what she looks for, what she can do, where – then the first jobs, then the
    // questions that make them better. Her situation comes among those; "new in the country"
    // points her to the welcome desk right away.
    await step(c, 'Permanent job', true);
    let text = await step(c, 'I am a nurse: basic nursing care, measuring vital signs, care documentation, treatment care and administering medication');
    const says: [RegExp, string][] = [
      [/where would you like to work/i, 'Solothurn'],
      [/how good are you at these/i, 'very good, learnt at work'],
      [/vocational qualification/i, 'Nursing degree (Bachelor)'],
      [/which languages/i, 'English C1, German B1'],
      [/what should I call you/i, 'Maria'],
    ];
    const taps: Record<string, string> = { 'Do you mean': 'Yes', 'how far': 'up to 25 km', 'your situation': 'I am new in the country', 'which direction': 'I already know', 'which school': 'University / college', 'years of work experience': 'More than 5', 'How much would you like': '80–100 %', 'When would you like': 'Right away', 'How do you get to work': 'Public transport / bike', 'May companies': 'Only for me', 'let you know': 'No', 'Is this right': 'Later' };
    let welcomed = false;
    for (let i = 0; i < 40 && !/What would you like to do/.test(text); i++) {
      const said = says.find(([question]) => question.test(text));
      const key = Object.keys(taps).filter((k) => text.toLowerCase().includes(k.toLowerCase())).at(-1);
      if (said) text = await step(c, said[1]);
      else if (key) text = await step(c, taps[key]!, true);
      else throw new Error(`unexpected question: ${text}`);
      if (key === 'your situation') {
        expect(text).toMatch(/where your diploma can be recognised/);
        welcomed = true;
      }
    }
    expect(welcomed).toBe(true);

    const answer = await step(c, 'I am a nurse from the Philippines. Where do I apply for recognition?');
    expect(answer).toMatch(/Nurse is a regulated profession in Switzerland/);
    expect(answer).toMatch(/Where to apply: Schweizerisches Rotes Kreuz \(SRK\)/);
    expect(answer).toMatch(/outside the EU\/EFTA/);
    expect(answer).toMatch(/Source: SBFI.*\(as of \d{4}-\d{2}-\d{2}\)/);
    // B1 today: courses lead to B2, none to another level.
    expect(answer).toMatch(/German courses to reach B2:\n• Deutsch/);
    const courses = answer.split('\n').filter((l) => l.startsWith('• Deutsch'));
    expect(courses.length).toBeGreaterThan(0);
    for (const line of courses) expect(line).toMatch(/\bB2\b/);
    // Jobs: none that needs more than one level above B1.
    expect(answer).toMatch(/Jobs for you – with your German \(B1\):/);
    const jobLines = answer.split('\n').filter((l) => l.startsWith('• ') && !l.startsWith('• Deutsch'));
    expect(jobLines.length).toBeGreaterThan(0);
    const byTitle = new Map(catalog.jobs.map((j) => [`${j.title} – ${j.employerName}`, j]));
    for (const line of jobLines) {
      const job = [...byTitle].find(([key]) => line.startsWith(`• ${key}`))?.[1];
      expect(job).toBeDefined();
      const needed = job!.languages.find((l) => l.language === 'de')?.level;
      const gap = needed ? LANGUAGE_RANK[needed] - LANGUAGE_RANK.B1 : 0;
      expect(gap).toBeLessThanOrEqual(1);
      expect(line).toMatch(gap <= 0 ? /✅ fits your German/ : /📚 with a German course \(needs B2\)/);
    }
    expect(answer).toMatch(/welcome centre .* Write “human”/);

    // The counsellor path that already exists answers.
    expect(await step(c, 'human')).toMatch(/counsellor|advis|person/i);
  }, 120_000);

  it('asks what it cannot read from the message or the profile, in simple steps', async () => {
    const c = h.chat('sam', 'welcome-2');
    c.locale = 'en';
    await c.send('Hello');
    await c.tap('English');
    await c.tap('Yes, I agree');
    expect(c.text()).toMatch(/What are you looking for/);
    // Asked right at the start of the short path, before any profile question: the desk answers.
    await c.send('How do I get my diploma recognised?');
    expect(c.text()).toMatch(/In which country did you learn your profession/);
    await c.send('Atlantis');
    expect(c.text()).toMatch(/I don't know this country yet/);
    await c.send('Italy');
    expect(c.text()).toMatch(/What is your profession/);
    await c.send('electronics technician');
    expect(c.text()).toMatch(/Where do you want to work/);
    await c.tap('Germany');
    expect(c.text()).toMatch(/How good is your German/);
    await c.tap('A2');
    const answer = c.text();
    expect(answer).toMatch(/Electronics technician is not regulated in Germany/);
    expect(answer).toMatch(/IHK FOSA/);
    expect(answer).not.toMatch(/EU\/EFTA/);
    expect(answer).toMatch(/German courses to reach B1:\n• Deutsch B1/);
    const profile = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'sam' });
    expect(profile!.languages).toContainEqual({ language: 'de', level: 'A2' });
  }, 60_000);
});
