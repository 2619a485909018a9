import { matchCommand } from '../../src/cli/commands/match';
import { UsageError, type CommandIO } from '../../src/cli/command';
import { demoCatalog } from '../../src/demo/catalog';
import { pointDistanceKm } from '../../src/matching/geo';
import { lookupPlace } from '../../src/nlu/places';

function io(): CommandIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { json: true, lines, errors, print: (l) => lines.push(l), error: (l) => errors.push(l) };
}

type PairJob = { id: string; title: string; explanation: string; score: number };
type Result = {
  jobs: unknown[];
  trainings: unknown[];
  pairs: { job: PairJob; partnerJob: PairJob; livingPlaces: { name: string; postalCode: string; distanceKm: number; partnerDistanceKm: number }[]; score: number }[];
};

describe('lotse match --partner-skills (Job für Zwei)', () => {
  it('gives a nurse and an electronics technician moving to Solothurn pairs of jobs with towns that fit both', async () => {
    const values = {
      skills: 'Grundpflege, Vitalzeichen, Pflegedokumentation',
      'partner-skills': 'Löten, Elektronik',
      plz: '4500',
      radius: '20',
      locale: 'de-CH',
      limit: '5',
      demo: true,
    };
    const result = (await matchCommand.run({ values, positionals: [] }, io())) as Result;
    expect(result.jobs.length).toBeGreaterThan(0);
    expect(result.trainings.length).toBeGreaterThan(0);
    expect(result.pairs.length).toBeGreaterThan(0);
    const byId = new Map(demoCatalog().jobs.map((j) => [j.id, j]));
    for (const pair of result.pairs) {
      expect(pair.job.title).toMatch(/Gesundheit|Pflege/);
      expect(pair.partnerJob.title).toMatch(/Elektronik/);
      expect(pair.job.explanation).toMatch(/^Passt, weil /);
      expect(pair.partnerJob.explanation).toMatch(/^Passt, weil /);
      expect(pair.score).toBeGreaterThan(0);
      expect(pair.livingPlaces.length).toBeGreaterThan(0);
      for (const place of pair.livingPlaces) {
        const where = lookupPlace(place.postalCode)!;
        const point = { latitude: where.latitude, longitude: where.longitude };
        expect(pointDistanceKm(point, byId.get(pair.job.id)!.point!)).toBeLessThanOrEqual(20.05);
        expect(pointDistanceKm(point, byId.get(pair.partnerJob.id)!.point!)).toBeLessThanOrEqual(20.05);
        expect(place.distanceKm).toBeLessThanOrEqual(20);
        expect(place.partnerDistanceKm).toBeLessThanOrEqual(20);
      }
    }
    const scores = result.pairs.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('needs the region the couple moves to', async () => {
    const values = { skills: 'Grundpflege', 'partner-skills': 'Löten', locale: 'de-CH', limit: '5', demo: true };
    await expect(matchCommand.run({ values, positionals: [] }, io())).rejects.toBeInstanceOf(UsageError);
  });

  it('leaves the output without pairs when no partner is named', async () => {
    const values = { skills: 'Grundpflege', plz: '4500', locale: 'de-CH', limit: '5', demo: true };
    const result = (await matchCommand.run({ values, positionals: [] }, io())) as Partial<Result>;
    expect(result.pairs).toBeUndefined();
  });
});
