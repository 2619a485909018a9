import { isDenied } from '../../src/nlu/skill-stance';

/** The span of the first occurrence of `words` in `text`. */
const at = (text: string, words: string): [number, number] => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`${words} not in ${text}`);
  return [start, start + words.length];
};

describe('a denial after the skill, with verb and «i» fused in Swiss German', () => {
  it('reads "hani no nie", "chani nöd" as denied', () => {
    const robots = 'Roboter hani no nie programmiert, das wett ich aber unbedingt lerne';
    expect(isDenied(robots, at(robots, 'Roboter'))).toBe(true);
    const forklift = 'Stapler chani nöd fahre';
    expect(isDenied(forklift, at(forklift, 'Stapler'))).toBe(true);
  });

  it('keeps the claim when the fused verb carries no denial', () => {
    const robots = 'Roboter hani scho programmiert';
    expect(isDenied(robots, at(robots, 'Roboter'))).toBe(false);
    const forklift = 'Stapler chani guet fahre';
    expect(isDenied(forklift, at(forklift, 'Stapler'))).toBe(false);
  });
});
