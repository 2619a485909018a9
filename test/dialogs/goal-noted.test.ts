/**
 * «Was suchst du?» answered in one's own words gets one «Notiert: …» line that names what Lotse took
 * from it: the kind and the occupations looked for first, then what was said in passing (the place by
 * its name), so a wrong reading is seen at once. A tapped or typed choice alone needs no such line.
 */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

const notedLines = (text: string) => text.split('\n').filter((line) => line.startsWith('Notiert'));

describe('the «Notiert» line after «Was suchst du?»', () => {
  const h = useHarness();

  it('names the kind, the occupations and the place in one line', async () => {
    const c = h.chat();
    await reach(c, 'goal');
    await c.send('Lehrstelle als Zimmermann oder Schreiner in der Region Olten');
    expect(notedLines(c.text())).toEqual(['Notiert: Lehrstelle als Zimmermann/Zimmerin EFZ oder Schreiner/in EFZ, Ort 4600 Olten ✅']);
    expect(c.text()).toMatch(/Was kannst du gut/);
  });

  it('names the occupations looked for when no kind was said, after the default kinds', async () => {
    const c = h.chat();
    await reach(c, 'goal');
    await c.send('elektriker');
    expect(c.text()).toMatch(/Dann schaue ich[^\n]*\nNotiert: Elektroinstallateur\/in EFZ( oder [^\n]+)? ✅\nWas kannst du gut/);
  });

  it('says nothing more for a tapped choice or a typed choice alone', async () => {
    const tapped = h.chat();
    await reach(tapped, 'goal');
    await tapped.tap('Lehrstelle');
    expect(tapped.text()).not.toMatch(/Notiert/);
    const typed = h.chat('u2', 'c2');
    await reach(typed, 'goal');
    await typed.send('Lehrstelle');
    expect(typed.text()).not.toMatch(/Notiert/);
  });

  it('names three occupations of a long list and counts the rest', async () => {
    const c = h.chat();
    await reach(c, 'goal');
    await c.send('Ich suche was als Koch, Maurer, Schreiner, Maler, Gärtner oder Logistiker in Olten');
    expect(notedLines(c.text())).toEqual([expect.stringMatching(/^Notiert: [^,]+ oder [^,]+ oder [^,]+ und \d+ weitere, Ort 4600 Olten ✅$/)]);
  });
});
