/** Jobs from a source ("src:<uuid>:<its id>", too long for a button's 64 bytes) have every card button, as demo jobs do. */
import { testCatalog, testJobs, testTrainings } from './support/catalog';
import { reach } from './support/flows';
import { useHarness } from './support/harness';

const SOURCE_ID = 'src:6f1c1e58-37f4-4a53-9d1f-1a7e2b4c9d00:karriere-muster-ag-loeten-4711';
const jobs = testJobs().map((job, i) => (i === 0 ? { ...job, id: SOURCE_ID, link: 'https://muster.example/jobs/4711' } : job));

describe("a source's postings in the chat", () => {
  const h = useHarness('each', { catalog: testCatalog(jobs, testTrainings()) });

  it('shows their card with the ad, «Warum?», «Merken» and «Nicht interessant», each within a button’s 64 bytes, and the taps work', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send('zeig mir Jobs');
    const card = chat.last.flatMap((a) => a.attachments ?? []).find((a) => (a.content as { title?: string }).title === jobs[0]!.title);
    expect(card).toBeDefined();
    const buttons = (card!.content as { buttons: { title: string; value: string; type: string }[] }).buttons;
    expect(buttons.map((b) => b.title)).toEqual(expect.arrayContaining(['Inserat ansehen', 'Warum?', 'Merken', 'Nicht interessant']));
    expect(buttons.every((b) => Buffer.byteLength(String(b.value)) <= 64)).toBe(true);

    const why = buttons.find((b) => b.title === 'Warum?')!;
    await chat.send({ text: why.value, value: why.value });
    expect(chat.text()).toMatch(/Passt|passt/);
    const save = buttons.find((b) => b.title === 'Merken')!;
    await chat.send({ text: save.value, value: save.value });
    const profile = await h.services.profiles.findByIdentity({ channelId: chat.channelId, channelUserId: chat.user });
    expect(await h.db.prisma.feedback.findMany({ where: { personId: profile!.id }, select: { itemId: true, verdict: true } })).toEqual([{ itemId: SOURCE_ID, verdict: 'saved' }]);
  });

  it('a forged short reference of no job shown here changes nothing', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.send({ text: 'job:save:x-AAAAAAAAAAAAAAAAAAAAAA', value: 'job:save:x-AAAAAAAAAAAAAAAAAAAAAA' });
    expect(chat.text()).toMatch(/kenne ich nicht mehr/);
    expect(await h.db.prisma.feedback.count()).toBe(0);
  });
});
