/** "warum?" names every gap of a job once, even when the explanation already mentions it. */
import { FLOW, reach } from './support/flows';
import { useHarness } from './support/harness';

describe('explaining jobs', () => {
  const h = useHarness();

  it('says a missing skill once per job', async () => {
    const c = h.chat();
    await reach(c, 'skills');
    await c.send('Elektronik');
    for (const step of FLOW.slice(FLOW.findIndex((s) => s.name === 'place'))) await step.answer(c);
    await c.send('warum?');
    const blocks = c.text().split('\n\n');
    const withGap = blocks.filter((b) => b.includes('Löten'));
    expect(withGap.length).toBeGreaterThan(0);
    for (const block of withGap) expect(block.match(/Löten/g)).toHaveLength(1);
  });
});
