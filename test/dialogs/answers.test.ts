/**
 * Typed answers win over look-alike commands, and what was said in passing is not asked again:
 * "Job" to "Wo hast du das gelernt?" is an answer (not "zeig mir Jobs"), "Weiterbildung" there is
 * a course (not the trainings list), and years of experience mentioned with the skills skip that question.
 */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('answers and commands', () => {
  const h = useHarness();

  it('"Job" and "Weiterbildung" typed to a question with those options are answers', async () => {
    const chat = h.chat();
    await reach(chat, 'radius');
    await chat.send('Skills ändern');
    await chat.send('Ich kann schweissen');
    await chat.tap('Gut');
    await chat.send('Job');
    expect(chat.text()).not.toMatch(/Passende Stellen/);
    expect(chat.text()).toMatch(/Schweissen ist notiert/);
    const skill = await h.db.prisma.personSkill.findFirst({ where: { label: 'Schweissen' } });
    expect(skill?.source).toBe('work');

    const other = h.chat('u2', 'c2');
    await reach(other, 'radius');
    await other.send('Skills ändern');
    await other.send('Ich kann schweissen');
    await other.tap('Gut');
    await other.send('Weiterbildung');
    expect(other.text()).not.toMatch(/Diese Weiterbildungen/);
    expect(other.text()).toMatch(/Schweissen ist notiert/);

    await other.send('zeig mir Jobs');
    expect(other.text()).toMatch(/Passende Stellen/);
  });

  it('years of experience said with the skills are noted and not asked again', async () => {
    const chat = h.chat();
    await reach(chat, 'skills');
    await chat.send('Ich kann löten und habe 4 Jahre in einer Werkstatt gearbeitet');
    expect(chat.text()).toContain('Notiert: Berufserfahrung');
    expect((await h.db.prisma.person.findFirst())?.experienceYears).toBe(4);
  });

  it('"new in Switzerland" picks the international situation', async () => {
    const chat = h.chat();
    await reach(chat, 'situation');
    await chat.send('new in Switzerland');
    expect((await h.db.prisma.person.findFirst())?.situation).toBe('international');
  });
});
