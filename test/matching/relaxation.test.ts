import { MatchIndex } from '../../src/matching/match-index';
import { makeQuery } from '../../src/matching/query';
import { relaxationPlan } from '../../src/matching/relax';
import { BRAUNSCHWEIG, NOW, OLTEN, SOLOTHURN, ess, job } from './helpers';

const skill = (conceptId: string) => ({ conceptId, level: 'good' as const });

describe('relaxation', () => {
  it('plans radius ×2, ×4, then kind, Pensum, skills, languages, place', () => {
    const plan = relaxationPlan(
      makeQuery({
        skills: [skill('a')],
        point: SOLOTHURN,
        radiusKm: 10,
        kinds: ['apprenticeship'],
        pensum: { min: 80, max: 100 },
        languages: [{ language: 'de', level: 'native' }],
      }),
    );
    expect(plan.map((s) => s.radiusKm)).toEqual([10, 20, 40, 40, 40, 40, 40, Infinity]);
    expect(plan.at(-1)!.relaxed).toEqual(['radius', 'kind', 'pensum', 'essential_skills', 'languages', 'place']);
  });

  it('fills a short page with neighbouring jobs that share a skill, after the strict ones, each saying what it breaks', () => {
    const strict = job({ point: SOLOTHURN, kind: 'apprenticeship', skills: [ess('a')] });
    const fartherAway = job({ point: OLTEN, kind: 'apprenticeship', skills: [ess('a')] }); // ~32 km
    const otherKind = job({ point: SOLOTHURN, kind: 'permanent', skills: [ess('a'), ess('b'), ess('c')] });
    const unrelated = job({ point: SOLOTHURN, kind: 'apprenticeship', skills: [ess('z')] });
    const index = new MatchIndex([unrelated, otherKind, fartherAway, strict]);
    const query = makeQuery({ skills: [skill('a')], point: SOLOTHURN, radiusKm: 10, kinds: ['apprenticeship'], now: NOW });
    const result = index.search(query);
    expect(result.relaxed).toEqual([]);
    expect(result.items[0]).toMatchObject({ id: strict.id });
    expect(result.items[0]!.relaxed).toBeUndefined();
    expect(new Map(result.items.slice(1).map((i) => [i.id, i.relaxed]))).toEqual(
      new Map([
        [fartherAway.id, ['radius']],
        [otherKind.id, ['kind', 'essential_skills']],
      ]),
    );
    expect(result.total).toBe(3);
    expect(index.search(query, { relax: false }).items.map((i) => i.id)).toEqual([strict.id]);
    expect(index.search(query, { offset: 1, limit: 1 }).items).toHaveLength(1);
  });

  it('leaves out steps that would loosen nothing', () => {
    expect(relaxationPlan(makeQuery({ skills: [] })).map((s) => s.relaxed)).toEqual([[]]);
  });

  it('widens the radius first and says so', () => {
    const olten = job({ point: OLTEN, skills: [ess('a')] }); // ~32 km from Solothurn
    const result = new MatchIndex([olten]).search(makeQuery({ skills: [skill('a')], point: SOLOTHURN, radiusKm: 20, now: NOW }));
    expect(result.relaxed).toEqual(['radius']);
    expect(result.items[0]!.id).toBe(olten.id);
  });

  it('keeps the best of the attempt it settles on, not of an earlier one that found more', () => {
    // Nothing of the wished kind: the kind is loosened at the largest radius (which finds both), then
    // the radius is taken back (which finds only the near one): only that one is within the search.
    const near = job({ point: SOLOTHURN, kind: 'permanent', skills: [ess('a')] });
    const olten = job({ point: OLTEN, kind: 'permanent', skills: [ess('a'), ess('b')] }); // ~32 km
    const result = new MatchIndex([olten, near]).search(makeQuery({ skills: [skill('a'), skill('b')], point: SOLOTHURN, radiusKm: 10, kinds: ['apprenticeship'], now: NOW }));
    expect(result.relaxed).toEqual(['kind']);
    expect(result.items.map((i) => [i.id, i.relaxed])).toEqual([
      [near.id, undefined],
      [olten.id, ['radius']],
    ]);
    expect(result.total).toBe(2);
  });

  it('reports only the radius step that was needed', () => {
    const olten = job({ point: OLTEN, skills: [ess('a')] });
    const result = new MatchIndex([olten]).search(
      makeQuery({ skills: [skill('a')], point: SOLOTHURN, radiusKm: 10, kinds: ['permanent'], now: NOW }),
    );
    // Olten is 32 km away: only radius ×4 (40 km) reaches it, and the kind had to go as well
    expect(result.relaxed).toEqual(['radius', 'kind']);
  });

  it('loosens the kind before the skills', () => {
    const permanent = job({ kind: 'permanent', skills: [ess('a')] });
    const otherSkill = job({ kind: 'apprenticeship', skills: [ess('b')] });
    const result = new MatchIndex([permanent, otherSkill]).search(
      makeQuery({ skills: [skill('a')], point: SOLOTHURN, kinds: ['apprenticeship'], now: NOW }),
    );
    expect(result.relaxed).toEqual(['kind']); // the wider radius turned out not to be needed
    expect(result.items.map((i) => i.id)).toEqual([permanent.id]);
  });

  it('drops the skill constraint when no job asks for the person\'s skills', () => {
    const other = job({ skills: [ess('b')] });
    const result = new MatchIndex([other]).search(makeQuery({ skills: [skill('a')], point: SOLOTHURN, now: NOW }));
    expect(result.relaxed).toEqual(['essential_skills']);
    expect(result.items[0]!.missing).toEqual(['b']);
  });

  it('relaxes language requirements before the place', () => {
    const french = job({ skills: [ess('a')], languages: [{ language: 'fr', level: 'B2' }] });
    const far = job({ skills: [ess('a')], point: BRAUNSCHWEIG });
    const result = new MatchIndex([french, far]).search(
      makeQuery({ skills: [skill('a')], point: SOLOTHURN, languages: [{ language: 'de', level: 'native' }], now: NOW }),
    );
    expect(result.relaxed).toEqual(['languages']); // only what was really needed is reported
    expect(result.items.map((i) => i.id)).toEqual([french.id]);
  });

  it('finally searches everywhere', () => {
    const far = job({ skills: [ess('a')], point: BRAUNSCHWEIG });
    const result = new MatchIndex([far]).search(makeQuery({ skills: [skill('a')], point: SOLOTHURN, now: NOW }));
    expect(result.relaxed).toEqual(['radius', 'place']);
    expect(result.items).toHaveLength(1);
  });

  it('does not relax for job alerts', () => {
    const far = job({ skills: [ess('a')], point: BRAUNSCHWEIG });
    const result = new MatchIndex([far]).search(makeQuery({ skills: [skill('a')], point: SOLOTHURN, now: NOW }), { relax: false });
    expect(result).toEqual({ items: [], total: 0, relaxed: [] });
  });

  it('returns nothing, without pretending to relax, for an empty catalog', () => {
    expect(new MatchIndex([]).search(makeQuery({ skills: [skill('a')], point: SOLOTHURN }))).toEqual({ items: [], total: 0, relaxed: [] });
  });
});
