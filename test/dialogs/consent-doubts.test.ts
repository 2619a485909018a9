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

  it('a story that holds «mehr» and «passt» in passing is no choice: thanks, nothing stored, the question again', async () => {
    const c = h.chat();
    await reach(c, 'consent');
    await c.send('Ich bin 58, war 30 Jahre Schlosser, die Firma hat zugemacht. Suche was, das passt, aber keine Nachtschicht mehr.');
    expect(c.text()).toMatch(/Danke, dass du mir das erzählst!/);
    expect(c.text()).not.toMatch(/180 Tagen/);
    expect(c.text()).toMatch(/Bist du damit einverstanden/);
    expect(await h.db.prisma.person.count()).toBe(0);
    await c.tap('Ja, einverstanden');
    expect(c.text()).toContain('Danke! ✅');
  });

  it('a «nein» inside a story does not decline', async () => {
    const c = h.chat();
    await reach(c, 'consent');
    await c.send('Ich bin Koch, nein eigentlich Bäcker, und suche eine Stelle in Olten');
    expect(c.text()).not.toMatch(/Alles Gute/);
    expect(c.text()).toMatch(/Bist du damit einverstanden/);
  });

  it('a story opening with «Nicht» declines nothing; one opening with «Nein» does', async () => {
    const c = h.chat();
    await reach(c, 'consent');
    await c.send('Nicht so einfach, ich bin seit einem Jahr ohne Arbeit');
    expect(c.text()).not.toMatch(/Alles Gute/);
    await c.send('Nein, ich möchte nicht, dass ihr etwas speichert');
    expect(c.text()).toMatch(/Alles Gute/);
  });

  it('a longer reply that opens with a yes gives consent', async () => {
    const c = h.chat();
    await reach(c, 'consent');
    await c.send('Ja gerne, ich bin 58 und suche eine Stelle ohne Nachtschicht');
    expect(c.text()).toContain('Danke! ✅');
    expect(await h.db.prisma.person.count()).toBe(1);
  });
});
