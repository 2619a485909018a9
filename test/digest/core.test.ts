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
  DEFAULT_THRESHOLD,
  type PendingItem,
} from '../../src/digest';
import { naiveSearch, prepareNaive } from '../../src/matching/naive';
import { makeQuery } from '../../src/matching/query';
import { textsFor } from '../../src/i18n';
import { candidate, job, NOW } from './fixtures';

const KEY = Buffer.from('s');
const OTHER = Buffer.from('other');
const SOLOTHURN = { latitude: 47.2088, longitude: 7.5323 };
const GRENCHEN = { latitude: 47.1921, longitude: 7.3959 };
const ZURICH = { latitude: 47.3769, longitude: 8.5417 };

describe('pseudonyms', () => {
  it('are stable per company and person and differ between companies', () => {
    expect(pseudonymFor(KEY, 'co-a', 'p1')).toBe(pseudonymFor(KEY, 'co-a', 'p1'));
    expect(pseudonymFor(KEY, 'co-a', 'p1')).toMatch(/^K-[0-9A-F]{6}$/);
    expect(pseudonymFor(KEY, 'co-b', 'p1')).not.toBe(pseudonymFor(KEY, 'co-a', 'p1'));
    expect(pseudonymFor(OTHER, 'co-a', 'p1')).not.toBe(pseudonymFor(KEY, 'co-a', 'p1'));
  });

  it('shows only a coarse region, never the postal code', () => {
    expect(regionOf({ postalCode: '4512', country: 'CH' })).toBe('45xx');
    expect(regionOf({ postalCode: '80331', country: 'DE' })).toBe('80xxx');
    expect(regionOf({ placeName: 'Grenchen', country: 'CH' })).toBe('Grenchen');
    const view = pseudonymousView(candidate('p1', { postalCode: '4512' }), 'K-1');
    expect(JSON.stringify(view)).not.toContain('4512');
    expect(Object.keys(view).sort()).toEqual(['languages', 'looksFor', 'pensum', 'pseudonym', 'region', 'skills', 'startDate']);
    const schooled = pseudonymousView(candidate('p2', { schoolLevel: 'Realschule', vocationalTraining: 'Polymechaniker EFZ' }), 'K-2');
    expect(schooled).toMatchObject({ schoolLevel: 'Realschule', vocationalTraining: 'Polymechaniker EFZ' });
  });
});

describe('scoring and selection', () => {
  it('gives HR the score and breakdown the candidate sees for the job in their own search', () => {
    const j = job('j1', {
      point: SOLOTHURN,
      skills: [...job('j1').skills, { conceptId: 'cad', essential: false, level: 'good' }],
    });
    const p = candidate('p1', { point: GRENCHEN, radiusKm: 20, interests: { R: 0.9, I: 0.4 } });
    const s = scoreCandidate(j, p, NOW)!;
    const query = makeQuery({
      skills: [
        { conceptId: 'weld', level: 'good' },
        { conceptId: 'cnc', level: 'basic' },
      ],
      point: GRENCHEN,
      radiusKm: 20,
      pensum: { min: 80, max: 100 },
      languages: [{ language: 'de', level: 'native' }],
      interests: { R: 0.9, I: 0.4 },
      now: NOW,
    });
    const seen = naiveSearch(prepareNaive([j]), query, { relax: false }).items[0]!;
    expect(s.score).toBe(seen.score);
    expect(s.breakdown).toEqual(seen.breakdown);
    expect(s.matched).toEqual(['Schweissen', 'CNC-Fräsen']);
    expect(s.score).toBeGreaterThan(0.75);
  });

  it('scores a full fit nearby high and a weaker fit lower', () => {
    const near = { point: SOLOTHURN };
    const full = scoreCandidate(job('j1', near), candidate('p1', near), NOW)!;
    const weaker = scoreCandidate(job('j1', near), candidate('p2', { ...near, skills: [{ conceptId: 'weld', label: 'Schweissen', level: 'basic' }] }), NOW)!;
    // The matcher gives a job without optional skills nothing for them, so a full fit stays below 0.9.
    expect(full.score).toBeGreaterThan(0.8);
    expect(weaker.score).toBeLessThan(full.score - 0.1);
    expect(weaker.matched).toEqual(['Schweissen']);
  });

  it('reports only what the candidate’s strict search would show: enough essential skills, inside the radius, fitting Pensum and languages', () => {
    const j = job('j1', { point: SOLOTHURN });
    const profiles = [
      candidate('fit', { point: GRENCHEN, radiusKm: 20 }),
      candidate('half', { skills: [{ conceptId: 'weld', label: 'Schweissen', level: 'basic' }], pensum: { min: 20, max: 30 } }),
      candidate('none', { skills: [{ conceptId: 'cook', label: 'Kochen', level: 'expert' }] }),
      candidate('far', { point: ZURICH, radiusKm: 20 }),
      candidate('french', { languages: [{ language: 'fr', level: 'native' }] }),
      candidate('other-kind', { positionKinds: ['apprenticeship'] }),
    ];
    expect(scoreCandidate(j, profiles[3]!, NOW)).toBeUndefined();
    const matches = matchJobs([j], new CandidateIndex(profiles, NOW));
    expect(matches.map((m) => m.personId)).toEqual(['fit']);
    expect(matches[0]!.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it("offers a candidate only to jobs of their own country, as their own search shows them", () => {
    const basel = { latitude: 47.56, longitude: 7.59 };
    const swissJob = job('ch', { point: basel, postalCode: '4051', country: 'CH' });
    const germanJob = job('de', { point: { latitude: 47.61, longitude: 7.66 }, postalCode: '79539', country: 'DE' });
    const lorrach = candidate('loerrach', { postalCode: '79539', placeName: 'Lörrach', country: 'DE', point: { latitude: 47.61, longitude: 7.66 }, radiusKm: 30 });
    const matches = matchJobs([swissJob, germanJob], new CandidateIndex([lorrach], NOW));
    expect(matches.map((m) => m.jobId)).toEqual(['de']);
  });

  it('finds through the index exactly the candidates a scan of all pairs finds', () => {
    const jobs = [
      job('j1'),
      job('j2', { skills: [{ conceptId: 'weld', essential: false, level: 'basic' }] }),
      job('j3', { skills: ['weld', 'cnc', 'cad', 'plc'].map((conceptId) => ({ conceptId, essential: true, level: 'basic' as const })) }),
    ];
    const skills = [
      { conceptId: 'weld', label: 'Schweissen', level: 'good' as const },
      { conceptId: 'cnc', label: 'CNC-Fräsen', level: 'expert' as const },
      { conceptId: 'cad', label: 'CAD', level: 'good' as const },
      { conceptId: 'plc', label: 'SPS', level: 'basic' as const },
    ];
    // Every subset of the four skills.
    const people = Array.from({ length: 16 }, (_, bits) => candidate(`p${bits}`, { skills: skills.filter((_, k) => bits & (1 << k)) }));
    const viaIndex = matchJobs(jobs, new CandidateIndex(people, NOW), { maxPerJob: 100 });
    const scan = jobs.flatMap((j) =>
      people.filter((p) => (scoreCandidate(j, p, NOW)?.score ?? 0) >= DEFAULT_THRESHOLD).map((p) => pairKey(j.id, p.id)),
    );
    expect(viaIndex.map((m) => pairKey(m.jobId, m.personId)).sort()).toEqual(scan.sort());
    expect(scan.length).toBeGreaterThan(10);
  });

  it('changes the fingerprint when the profile or the job changes, not otherwise', () => {
    const fp = (j = job('j1'), p = candidate('p1')) => matchJobs([j], new CandidateIndex([p], NOW))[0]!.fingerprint;
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
      now: NOW,
    });
    expect(result.map((m) => pairKey(m.jobId, m.personId)).sort()).toEqual(
      [pairKey('j1', 'p1'), pairKey('j1', 'p2'), pairKey('j2', 'p2')].sort(),
    );
  });

  it('dedupes: same fingerprint is dropped, a changed one comes back', () => {
    const [m] = matchJobs([job('j1')], new CandidateIndex([candidate('p1')], NOW));
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
