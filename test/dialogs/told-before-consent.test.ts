/**
 * A story told before consent («Hallo, ich bin Jonas, 16, und suche …») is not typed twice: after
 * the yes it is taken in as the answer to the first question; before the yes nothing of it is
 * stored in a profile, and a «nein» forgets it.
 */
import { useHarness } from './support/harness';

const STORY = 'Hallo, ich bin Jonas, 16, und suche eine Lehrstelle als Elektriker in Olten';

describe('what a person tells before consent', () => {
  const h = useHarness();
  const person = () => h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
  const stateRows = async () => (await h.db.prisma.botStateItem.findMany()).map((row) => JSON.stringify(row)).join('\n');

  it('told at the language question, it is taken in after the yes: name, place and kind are noted and the next question is asked', async () => {
    const c = h.chat();
    await c.send('Hallo');
    await c.send(STORY);
    expect(c.text()).toMatch(/Bist du damit einverstanden/);
    expect(await h.db.prisma.person.count()).toBe(0);
    await c.tap('Ja, einverstanden');
    expect(c.text()).toContain('Du hast mir vorhin schon geschrieben: «Hallo, ich bin Jonas, 16');
    expect(c.text()).toMatch(/Was kannst du gut/);
    expect(await person()).toMatchObject({ firstName: 'Jonas', place: { name: 'Olten' }, positionKinds: ['apprenticeship'] });
    expect(await stateRows()).not.toContain('Elektriker in Olten');
  });

  it('told in the very first message or at the consent question, it is taken in too', async () => {
    const c = h.chat();
    await c.send(STORY);
    await c.tap('Deutsch (Schweiz)');
    await c.send('Ich habe schon zwei Wochen in einer Elektrofirma geschnuppert und arbeite gern mit den Händen.');
    expect(c.text()).toMatch(/Danke, dass du mir das erzählst!/);
    await c.tap('Ja, einverstanden');
    expect(c.text()).toMatch(/vorhin schon geschrieben: «Hallo, ich bin Jonas, 16, .* geschnuppert/);
    expect(await person()).toMatchObject({ firstName: 'Jonas', place: { name: 'Olten' } });
  });

  it('a «nein» forgets it: nothing stays in the state, and a later yes takes nothing in', async () => {
    const c = h.chat();
    await c.send('Hallo');
    await c.send(STORY);
    await c.tap('Nein');
    expect(c.text()).toMatch(/Alles Gute/);
    expect(await stateRows()).not.toContain('Jonas');
    await c.send('Hallo');
    await c.tap('Deutsch (Schweiz)');
    await c.tap('Ja, einverstanden');
    expect(c.text()).not.toMatch(/vorhin schon geschrieben/);
    expect(c.text()).toMatch(/Was suchst du/);
    expect((await person())?.firstName).toBeUndefined();
  });

  it('a flood of long stories before consent keeps only the last 1,500 characters in the state, and the quote back is short', async () => {
    const c = h.chat();
    await c.send('Hallo');
    for (let i = 0; i < 12; i += 1) await c.send(`${STORY} ${'und ich arbeite gern mit Kabeln '.repeat(30)}`);
    const row = (await h.db.prisma.botStateItem.findMany()).find((r) => r.data.includes('toldBeforeConsent'))!;
    expect((JSON.parse(row.data) as { toldBeforeConsent: string }).toldBeforeConsent.length).toBeLessThanOrEqual(1500);
    await c.tap('Ja, einverstanden');
    const quote = /vorhin schon geschrieben: «([^»]*)»/.exec(c.text())![1]!;
    expect(quote.length).toBeLessThanOrEqual(162);
  });

  it('short replies are no story: «Deutsch» and «ja» take nothing in', async () => {
    const c = h.chat();
    await c.send('Hallo');
    await c.send('Deutsch');
    await c.send('ja');
    expect(c.text()).not.toMatch(/vorhin schon geschrieben/);
    expect(c.text()).toMatch(/Was suchst du/);
  });
});
