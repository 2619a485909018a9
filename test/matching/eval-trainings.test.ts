import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateTrainingDirectory, readCourseSet } from '../../bench/eval-trainings';

const FIXTURES = join(__dirname, '..', 'fixtures', 'eval-trainings');

/** The tiny course set with a change, written next to a copy of its persona set. */
function changed(edit: (set: Record<string, unknown>) => void): string {
  const set = JSON.parse(readFileSync(join(FIXTURES, 'tiny.json'), 'utf8'));
  edit(set);
  const dir = mkdtempSync(join(tmpdir(), 'lotse-eval-trainings-'));
  writeFileSync(join(dir, 'personas.json'), readFileSync(join(FIXTURES, '..', 'eval', 'tiny.json')));
  writeFileSync(join(dir, 'courses.json'), JSON.stringify({ ...set, personaSet: 'personas.json' }));
  return join(dir, 'courses.json');
}

describe('eval:match trainings section on a tiny course set', () => {
  it('reports nDCG@5 and recall@5 of Lotse and both BM25 baselines per set and overall', async () => {
    const report = JSON.parse(JSON.stringify(await evaluateTrainingDirectory(FIXTURES)));
    expect(report.k).toBe(5);
    const [set] = report.sets;
    expect(set).toMatchObject({ name: 'tiny-courses', file: 'tiny.json', heldOut: false, personas: 2, courses: 3 });
    for (const system of ['lotse', 'bm25Skills', 'bm25Words']) {
      expect(Object.keys(set[system]).sort()).toEqual(['ndcg5', 'recall5']);
      expect(set[system].ndcg5).toBeGreaterThanOrEqual(0);
      expect(set[system].ndcg5).toBeLessThanOrEqual(1);
    }
    expect(report.overall).toMatchObject({ personas: 2, courses: 3 });
    expect(typeof report.overall.ratio).toBe('number');
  });

  it('proposes each persona the course that closes the gap of their job first', async () => {
    const report = await evaluateTrainingDirectory(FIXTURES);
    const firsts = report.sets[0]!.perPersona.map((p) => [p.id, p.rankings.lotse[0]]);
    expect(firsts).toEqual([['tp1', 'c1:3'], ['tp2', 'c2:3']]);
  });

  it('rejects labels of unknown courses and personas without labels', () => {
    expect(() => readCourseSet(changed((s) => ((s.labels as Record<string, unknown>).tp1 = { nope: 2 })))).toThrow(/persona tp1 labels unknown course nope/);
    expect(() => readCourseSet(changed((s) => delete (s.labels as Record<string, unknown>).tp2))).toThrow(/persona tp2 has no labels/);
  });
});
