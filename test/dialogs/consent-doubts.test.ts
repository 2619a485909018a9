/** Unsure people at the consent question get an answer and the question again, not an ending. */
import { after, reach } from './support/flows';
import { useHarness } from './support/harness';

describe('doubts at the consent question', () => {
  const h = useHarness();

  it('«weiss nicht. muss ich?» is explained, asked again, and a later «Ja» still works', async () => {
    const c = h.chat();
    await reach(c, 'consent');
    await c.send('weiss nicht. muss ich?');
    expect(c.text()).toContain('Du musst nicht.');
    expect(c.text()).toMatch(/Bist du damit einverstanden/);
    expect(c.text()).not.toMatch(/Alles Gute/);
    expect(await h.db.prisma.person.count()).toBe(0);
    await c.tap('Ja, einverstanden');
    expect(c.text()).toContain('Danke! ✅');
    expect(c.text()).toMatch(after('consent')!.question);
  });

  it('«was passiert mit meinen Daten?» gets the answer about data, then the question again', async () => {
    const c = h.chat();
    await reach(c, 'consent');
    await c.send('was passiert mit meinen Daten?');
    expect(c.text()).toMatch(/180 Tagen/);
    expect(c.text()).toMatch(/Bist du damit einverstanden/);
    expect(c.text()).not.toMatch(/klares Ja oder Nein/);
  });

  it('a plain «nein» still declines', async () => {
    const c = h.chat();
    await reach(c, 'consent');
    await c.send('nein');
    expect(c.text()).toMatch(/Alles Gute/);
  });
});
