import { generateCorpus } from '../../bench/corpus';
import { Random } from '../../src/demo/random';
import { MatchIndex } from '../../src/matching/match-index';
import { POSITION_KINDS, type PositionKind } from '../../src/profile/types';

/**
 * skillShare reads counts per skill and kind the build kept: it must equal counting the postings of
 * the kinds that ask for the skill (a skill listed twice in a posting counts once), for any kinds,
 * repeated ones and unknown skills included.
 */
describe('MatchIndex.skillShare', () => {
  it('equals the share counted over the postings on a random corpus', () => {
    const corpus = generateCorpus({ postings: 2000, profiles: 1, seed: 31 });
    const rnd = new Random(31);
    // Some postings list a skill twice.
    const jobs = corpus.jobs.map((j) => (rnd.chance(0.1) ? { ...j, skills: [...j.skills, j.skills[0]!] } : j));
    const index = new MatchIndex(jobs);
    const concepts = [...new Set(jobs.flatMap((j) => j.skills.map((s) => s.conceptId)))];
    const share = (conceptId: string, kinds: readonly PositionKind[]) => {
      const ofKinds = jobs.filter((j) => kinds.length === 0 || kinds.includes(j.kind));
      const asking = ofKinds.filter((j) => j.skills.some((s) => s.conceptId === conceptId)).length;
      return ofKinds.length === 0 ? 0 : asking / ofKinds.length;
    };
    for (const conceptId of [...rnd.sample(concepts, 40), 'unknown/skill']) {
      for (const kinds of [[], rnd.sample(POSITION_KINDS, 1), rnd.sample(POSITION_KINDS, 2), [POSITION_KINDS[0]!, POSITION_KINDS[0]!]]) {
        expect(index.skillShare(conceptId, kinds)).toBe(share(conceptId, kinds));
      }
    }
    expect(new MatchIndex([]).skillShare(concepts[0]!, [])).toBe(0);
  });
});
