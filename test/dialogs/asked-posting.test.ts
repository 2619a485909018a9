/**
 * "Passt das zu mir? Frag Lotse" from a board or a network's site: the hidden values
 * "job:ask:<id>" and "training:ask:<id>". With a profile Lotse answers at once; without one the
 * posting is remembered, the profile comes first, and the answer follows when it is done.
 */
import type { Training } from '../../src/matching/types';
import { testCatalog, testJobs, testTrainings } from './support/catalog';
import { FLOW, reach } from './support/flows';
import { openHarness } from './support/harness';

type H = Awaited<ReturnType<typeof openHarness>>;

/** A second course, teaching soldering (which Lea knows already). */
const solderingCourse = (): Training => ({ ...testTrainings()[0]!, id: 'training-2', externalId: '2', title: 'Löten für Fortgeschrittene', skills: [testJobs()[0]!.skills[0]!.conceptId] });

describe('asking Lotse about one posting', () => {
  let h: H;
  afterEach(async () => {
    await h.close();
    h.cleanup();
  });

  it('says how a training fits the profile: a gap it closes, a skill it deepens, or one it does not know', async () => {
    h = await openHarness({ catalog: testCatalog(testJobs(), [...testTrainings(), solderingCourse()]) });
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send({ value: 'training:ask:training-1', text: 'training:ask:training-1' });
    expect(chat.text()).toMatch(/^«SPS-Grundkurs»: Passt gut – damit schliesst du eine Lücke für Stellen, die zu dir passen\. Bringt dir SPS programmieren bei – in Olten/);
    await chat.send({ value: 'training:ask:training-2', text: 'training:ask:training-2' });
    expect(chat.text()).toMatch(/^«Löten für Fortgeschrittene»: Da kennst du dich schon aus/);
    await chat.send({ value: 'training:ask:training-99', text: 'training:ask:training-99' });
    expect(chat.text()).toContain('Diese Weiterbildung kenne ich nicht mehr.');
  });

  it('asked before there is a profile, remembers the job and answers it once the profile is done, then shows the jobs', async () => {
    h = await openHarness();
    const chat = h.chat('newcomer', 'c-newcomer');
    await chat.send({ value: 'job:ask:job-5', text: 'job:ask:job-5' });
    expect(chat.text()).toContain('Ob die Stelle zu dir passt, sage ich dir gern – dafür brauche ich zuerst ein paar Angaben zu dir.');
    expect(chat.text()).toMatch(/In welcher Sprache/);
    for (const step of FLOW) await step.answer(chat);
    const said = chat.last.map((a) => a.text ?? '').join('\n');
    expect(said).toMatch(/Jetzt zu deiner Frage von vorhin:\n«Automatiker\/in»: (Passt|Könnte passen)/);
    // The jobs follow, as after every finished profile; the question is answered once only.
    expect(chat.last.flatMap((a) => a.attachments ?? []).length).toBeGreaterThan(0);
    await chat.send('zeig mir Jobs');
    expect(chat.text()).not.toContain('Frage von vorhin');
  });

  it('asked about a training before there is a profile, answers it after the profile', async () => {
    h = await openHarness();
    const chat = h.chat('newcomer', 'c-newcomer');
    await chat.send({ value: 'training:ask:training-1', text: 'training:ask:training-1' });
    expect(chat.text()).toContain('Ob die Weiterbildung zu dir passt, sage ich dir gern');
    for (const step of FLOW) await step.answer(chat);
    expect(chat.last.map((a) => a.text ?? '').join('\n')).toMatch(/Jetzt zu deiner Frage von vorhin:\n«SPS-Grundkurs»: Passt gut/);
  });
});
