import { MatchIndex } from '../../src/matching/match-index';
import { makeQuery } from '../../src/matching/query';
import { NOW, ess, job, opt } from './helpers';

const skill = (conceptId: string) => ({ conceptId, level: 'good' as const });

/**
 * Without a place, a search's pool holds only the jobs that can meet the person's skills (a skill's
 * list keeps the jobs asking for it as an essential requirement apart from the others): the rest
 * must still be counted out correctly and fill a short page.
 */
describe('search without a place: the pool of jobs that can meet the skills', () => {
  const essential = job({ point: undefined, skills: [ess('a'), opt('x')] });
  const onlyOptional = job({ point: undefined, skills: [opt('a')] });
  const optionalBesideAnotherEssential = job({ point: undefined, skills: [ess('z'), opt('a')] });
  const twiceTheSkill = job({ point: undefined, skills: [opt('a'), ess('a'), ess('y')] });
  const unrelated = job({ point: undefined, skills: [ess('z')] });
  // Catalog order mixes them, so a list's essential part is not simply its beginning.
  const index = new MatchIndex([optionalBesideAnotherEssential, unrelated, onlyOptional, twiceTheSkill, essential]);
  const query = makeQuery({ skills: [skill('a')], now: NOW });

  it('finds every job that meets the skills, whether the skill is essential there or the job asks for none', () => {
    const result = index.search(query, { limit: 3, relax: false });
    expect(result.total).toBe(3);
    expect(new Set(result.items.map((i) => i.id))).toEqual(new Set([essential.id, onlyOptional.id, twiceTheSkill.id]));
  });

  it('fills a short page with the jobs that ask for the skill only beside another essential one', () => {
    const result = index.search(query, { limit: 10 });
    expect(result.items.slice(0, 3).every((i) => i.relaxed === undefined)).toBe(true);
    expect(result.items.slice(3).map((i) => [i.id, i.relaxed])).toEqual([[optionalBesideAnotherEssential.id, ['essential_skills']]]);
    expect(result.total).toBe(4);
  });

  it('counts a job as having the skill once, whatever its requirements say', () => {
    expect(index.jobsWithSkill('a')).toBe(4);
  });
});
