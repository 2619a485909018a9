import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { droppedOut, evaluateDirectory, prepareSet, readSet, selectSections } from '../../bench/eval-sets';
import { commandOf as commandOfSpec } from '../../bench/cli-args';
import { commandOf } from '../../bench/eval-match-args';

const FIXTURES = join(__dirname, '..', 'fixtures', 'eval');

describe('eval:match on a tiny persona set', () => {
  it('reports nDCG@10 and recall@10 per set and overall in the documented JSON shape', async () => {
    const report = JSON.parse(JSON.stringify(await evaluateDirectory(FIXTURES)));
    expect(report.k).toBe(10);
    expect(report.sets).toHaveLength(1);
    const [set] = report.sets;
    expect(set).toMatchObject({ name: 'tiny', file: 'tiny.json', personas: 2, jobs: 4, unresolvedSkills: [] });
    for (const system of ['matcher', 'minisearch', 'minisearchSkills']) {
      expect(Object.keys(set[system]).sort()).toEqual(['ndcg10', 'recall10']);
      expect(set[system].ndcg10).toBeGreaterThanOrEqual(0);
      expect(set[system].ndcg10).toBeLessThanOrEqual(1);
    }
    expect(report.overall).toMatchObject({ personas: 2, jobs: 4 });
    expect(Object.keys(report.overall.diagnostics).sort()).toEqual(['matcherReturned', 'recallCeiling', 'scoreOnly', 'strictThenScore']);
    expect(set.perPersona[0].rankings.matcher[0]).toBe('t1:3');
    expect(typeof report.overall.ratio).toBe('number');
  });

  it('scores nDCG 1 when the matcher ranks the one right job first', async () => {
    const report = await evaluateDirectory(FIXTURES);
    for (const p of report.sets[0]!.perPersona) expect(p.matcher).toEqual({ ndcg10: 1, recall10: 1 });
    expect(report.overall.matcher).toEqual({ ndcg10: 1, recall10: 1 });
  });

  it('reports the recall ceiling: relevant jobs beyond the radius or of an unwished kind are out of reach of a strict search', async () => {
    const set = JSON.parse(readFileSync(join(FIXTURES, 'tiny.json'), 'utf8'));
    // tp1 (Solothurn, 15 km, apprenticeship): t1 within the wishes, t4 a Festanstellung in Biel (~20 km).
    set.personas[0].labels = { t1: 3, t4: 1 };
    const dir = mkdtempSync(join(tmpdir(), 'lotse-eval-'));
    writeFileSync(join(dir, 'ceiling.json'), JSON.stringify(set));
    const report = await evaluateDirectory(dir);
    const [tp1, tp2] = report.sets[0]!.perPersona;
    expect(tp1!.ceiling).toBe(0.5);
    expect(tp2!.ceiling).toBe(1);
    expect(report.overall.diagnostics.recallCeiling).toBe(0.75);
  });

  it('runs only the sets named with --sets (the tuning sets while tuning), never the others', async () => {
    const set = JSON.parse(readFileSync(join(FIXTURES, 'tiny.json'), 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'lotse-eval-'));
    writeFileSync(join(dir, 'tuning.json'), JSON.stringify({ ...set, name: 'tuning' }));
    writeFileSync(join(dir, 'first-run.json'), JSON.stringify({ ...set, name: 'first-run', heldOut: true }));
    expect((await evaluateDirectory(dir)).sets.map((s) => s.name)).toEqual(['first-run', 'tuning']);
    expect((await evaluateDirectory(dir, ['tuning'])).sets.map((s) => s.name)).toEqual(['tuning']);
    await expect(evaluateDirectory(dir, ['nope'])).rejects.toThrow(/no persona sets/);
  });

  it('with --sets, runs a persona set without course sets and a course set without persona sets', () => {
    const courses = join(__dirname, '..', 'fixtures', 'eval-trainings');
    expect(selectSections(FIXTURES, courses, ['tiny'])).toEqual({ personas: true, courses: true });
    const personasOnly = mkdtempSync(join(tmpdir(), 'lotse-eval-'));
    writeFileSync(join(personasOnly, 'bern.json'), readFileSync(join(FIXTURES, 'tiny.json'), 'utf8'));
    expect(selectSections(personasOnly, courses, ['bern'])).toEqual({ personas: true, courses: false });
    expect(selectSections(personasOnly, courses, ['tiny'])).toEqual({ personas: false, courses: true });
    expect(selectSections(personasOnly, undefined)).toEqual({ personas: true, courses: false });
    expect(() => selectSections(personasOnly, courses, ['bern', 'nope'])).toThrow(/no persona or course set named nope/);
  });

  it('rejects labels of jobs that are not in the set', () => {
    const set = JSON.parse(readFileSync(join(FIXTURES, 'tiny.json'), 'utf8'));
    set.personas[0].labels = { nope: 2 };
    const file = join(mkdtempSync(join(tmpdir(), 'lotse-eval-')), 'broken.json');
    writeFileSync(file, JSON.stringify(set));
    expect(() => readSet(file)).toThrow(/labels unknown job nope/);
  });

  it('vocabulary dropout treats the same seeded share of skill phrases as unknown on every run: a dropped persona phrase stays own words, a dropped posting phrase keeps no concept but stays searchable', () => {
    const phrases = Array.from({ length: 1000 }, (_, i) => `Fertigkeit ${i}`);
    const dropped = (share: number, seed = 1) => phrases.filter((p) => droppedOut({ share, seed }, 'job:1', p));
    expect(dropped(0)).toEqual([]);
    expect(dropped(1)).toHaveLength(1000);
    expect(dropped(0.3).length).toBeGreaterThan(250);
    expect(dropped(0.3).length).toBeLessThan(350);
    expect(dropped(0.3)).toEqual(dropped(0.3));
    expect(dropped(0.3, 2)).not.toEqual(dropped(0.3));
    const set = readSet(join(FIXTURES, 'tiny.json'));
    const all = prepareSet(set, undefined, { share: 1, seed: 1 });
    expect(all.jobs.every((j) => j.skills.length === 0 && (j.skillPhrases ?? []).length > 0)).toBe(true);
    for (const { raw, profile } of all.personas) for (const s of raw.skills) expect(profile.ownWords).toContain(typeof s === 'string' ? s : s.skill);
    const none = prepareSet(set);
    expect(none.jobs.some((j) => j.skills.length > 0)).toBe(true);
  });
});

describe('eval:match command line', () => {
  it('prints its usage for --help instead of running every set', () => {
    expect(commandOf(['--help'])).toEqual({ kind: 'help' });
    expect(commandOf(['-h', '--sets=owl-fachkraefte'])).toEqual({ kind: 'help' });
  });

  it('refuses a mistyped option rather than running the held-out sets unasked', () => {
    expect(commandOf(['--verbos'])).toEqual({ kind: 'unknown', options: ['--verbos'] });
    expect(commandOf(['--set=owl-fachkraefte'])).toEqual({ kind: 'unknown', options: ['--set=owl-fachkraefte'] });
  });

  it('runs with the documented options and a directory', () => {
    expect(commandOf(['eval/personas', '--sets=a,b', '--json', '--verbose', '--dropout=0.3', '--seed=2', '--no-trainings'])).toEqual({ kind: 'run' });
  });
});

describe('bench:match command line', () => {
  const spec = { flags: ['--json'], spaced: ['--sizes', '--queries'] };

  it('prints the usage for --help instead of measuring a million postings', () => {
    expect(commandOfSpec(['--help'], spec)).toEqual({ kind: 'help' });
  });

  it('takes option values from the next argument, and refuses an unknown option', () => {
    expect(commandOfSpec(['--sizes', '10000', '--queries', '200', '--json'], spec)).toEqual({ kind: 'run' });
    expect(commandOfSpec(['--size', '10000'], spec)).toEqual({ kind: 'unknown', options: ['--size'] });
  });
});
