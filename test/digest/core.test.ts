import {
  CandidateIndex,
  incrementalMatches,
  matchJobs,
  newOrChanged,
  pairKey,
  planDigest,
  pseudonymFor,
  pseudonymousView,
  regionOf,
  renderDigestText,
  scoreCandidate,
  type PendingItem,
} from '../../src/digest';
import { textsFor } from '../../src/i18n';
import { candidate, job } from './fixtures';

describe('pseudonyms', () => {
  it('are stable per company and person and differ between companies', () => {
    expect(pseudonymFor('s', 'co-a', 'p1')).toBe(pseudonymFor('s', 'co-a', 'p1'));
    expect(pseudonymFor('s', 'co-a', 'p1')).toMatch(/^K-[0-9A-F]{6}$/);
    expect(pseudonymFor('s', 'co-b', 'p1')).not.toBe(pseudonymFor('s', 'co-a', 'p1'));
    expect(pseudonymFor('other', 'co-a', 'p1')).not.toBe(pseudonymFor('s', 'co-a', 'p1'));
  });

  it('shows only a coarse region, never the postal code', () => {
    expect(regionOf({ postalCode: '4512', country: 'CH' })).toBe('45xx');
    expect(regionOf({ postalCode: '80331', country: 'DE' })).toBe('80xxx');
    expect(regionOf({ placeName: 'Grenchen', country: 'CH' })).toBe('Grenchen');
    const view = pseudonymousView(candidate('p1', { postalCode: '4512' }), 'K-1');
    expect(JSON.stringify(view)).not.toContain('4512');
    expect(Object.keys(view).sort()).toEqual(['languages', 'pensum', 'pseudonym', 'region', 'skills', 'startDate']);
  });
});

describe('scoring and selection', () => {
  it('scores a full fit high and explains it with the matched skills', () => {
    const s = scoreCandidate(job('j1'), candidate('p1'));
    expect(s.score).toBeGreaterThan(0.95);
    expect(s.matched).toEqual(['Schweissen', 'CNC-Fräsen']);
    expect(s.breakdown.map((p) => p.factor)).toContain('essential');
  });

  it('keeps only candidates above the threshold who share essential skills', () => {
    const profiles = [
      candidate('fit'),
      candidate('half', { skills: [{ conceptId: 'weld', label: 'Schweissen', level: 'basic' }], pensum: { min: 20, max: 30 } }),
      candidate('none', { skills: [{ conceptId: 'cook', label: 'Kochen', level: 'expert' }] }),
    ];
    const matches = matchJobs([job('j1')], new CandidateIndex(profiles));
    expect(matches.map((m) => m.personId)).toEqual(['fit']);
  });

  it('changes the fingerprint when the profile or the job changes, not otherwise', () => {
    const fp = (j = job('j1'), p = candidate('p1')) => matchJobs([j], new CandidateIndex([p]))[0]!.fingerprint;
    expect(fp()).toBe(fp());
    expect(fp(job('j1'), candidate('p1', { pensum: { min: 90, max: 100 } }))).not.toBe(fp());
    expect(fp(job('j1', { title: 'Polymechaniker/in EFZ' }))).not.toBe(fp());
    // The place inside the same region does not matter to HR, so no re-report.
    expect(fp(job('j1'), candidate('p1', { postalCode: '4502' }))).toBe(fp());
  });

  it('incremental runs score changed jobs against everyone and changed candidates against all jobs, once each', () => {
    const jobs = [job('j1'), job('j2')];
    const people = [candidate('p1'), candidate('p2')];
    const result = incrementalMatches({
      allJobs: jobs,
      changedJobIds: new Set(['j1']),
      allCandidates: people,
      changedCandidateIds: new Set(['p2']),
    });
    expect(result.map((m) => pairKey(m.jobId, m.personId)).sort()).toEqual(
      [pairKey('j1', 'p1'), pairKey('j1', 'p2'), pairKey('j2', 'p2')].sort(),
    );
  });

  it('dedupes: same fingerprint is dropped, a changed one comes back', () => {
    const [m] = matchJobs([job('j1')], new CandidateIndex([candidate('p1')]));
    const known = new Map([[pairKey('j1', 'p1'), { fingerprint: m!.fingerprint }]]);
    expect(newOrChanged([m!], known)).toEqual([]);
    expect(newOrChanged([{ ...m!, fingerprint: 'other' }], known)).toHaveLength(1);
  });
});

describe('digest plan and text', () => {
  const item = (jobId: string, title: string, score: number, pseudonym: string): PendingItem => ({
    jobId,
    jobTitle: title,
    score,
    breakdown: [{ factor: 'essential', score: 1, weight: 0.45 }],
    matched: ['Schweissen'],
    candidate: pseudonymousView(candidate('p'), pseudonym),
  });

  it('sends nothing for an empty period', () => {
    expect(planDigest('Muster AG', [])).toBeUndefined();
  });

  it('groups by job with the best candidates first and counts the rest', () => {
    const items = [
      item('j1', 'Polymech', 0.8, 'K-1'),
      item('j2', 'Logistiker', 0.95, 'K-2'),
      ...Array.from({ length: 7 }, (_, i) => item('j1', 'Polymech', 0.7 + i / 100, `K-x${i}`)),
    ];
    const plan = planDigest('Muster AG', items)!;
    expect(plan.jobs.map((j) => j.title)).toEqual(['Logistiker', 'Polymech']);
    expect(plan.jobs[1]!.candidates[0]!.pseudonym).toBe('K-1');
    expect(plan.jobs[1]!.more).toBe(3);
    const text = renderDigestText(plan, textsFor('de-CH'));
    expect(text).toContain('Neue passende Profile für Muster AG');
    expect(text).toContain('K-1 · 80 % · Region 45xx');
    expect(text).toContain('Passt, weil: Schweissen');
    expect(text).toContain('… und 3 weitere');
    expect(text).not.toContain('ß');
  });
});
