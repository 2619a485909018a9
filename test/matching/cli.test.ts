import { matchCommand } from '../../src/cli/commands/match';
import { seedCommand } from '../../src/cli/commands/seed';
import { UsageError, type CommandIO } from '../../src/cli/command';
import { useTempDatabase } from '../support/cli';

function io(): CommandIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { json: false, lines, errors, print: (l) => lines.push(l), error: (l) => errors.push(l) };
}

type MatchResult = {
  catalog: string;
  relaxed: string[];
  jobs: { id: string; title: string; employer: string; score: number; breakdown: unknown[]; explanation: string; distanceKm?: number; relaxed: string[] }[];
  trainings: { title: string; explanation: string }[];
};

describe('lotse match and lotse seed', () => {
  useTempDatabase();

  it('ranks demo Lehrstellen for "Löten, CAD" near 4500 with explanations', async () => {
    const out = io();
    const values = { skills: 'Löten, CAD', plz: '4500', radius: '30', type: 'lehrstelle', locale: 'de-CH', limit: '5', demo: true };
    const result = (await matchCommand.run({ values, positionals: [] }, out)) as MatchResult;
    expect(result.catalog).toBe('demo');
    expect(result.jobs.length).toBeGreaterThan(0);
    for (const job of result.jobs) {
      expect(job.title).toMatch(/^Lehrstelle /);
      expect(job.explanation).toMatch(/^Passt, weil /);
      expect(job.breakdown).toHaveLength(10);
      expect(job.distanceKm).toBeLessThanOrEqual(30);
    }
    expect(result.trainings.length).toBeGreaterThan(0);
    expect(out.lines[0]).toMatch(/^1\. Lehrstelle/);
  });

  it('--plz 70173 without --locale: German courses in de-DE («4.800 Euro»), none in Franken; --plz 4600: no Euro course', async () => {
    const stuttgart = (await matchCommand.run({ values: { skills: 'Löten, SPS-Programmierung', plz: '70173', limit: '10', demo: true }, positionals: [] }, io())) as MatchResult;
    expect(stuttgart.jobs.length).toBeGreaterThan(0);
    const trainings = stuttgart.trainings.map((t) => t.explanation).join('\n');
    expect(trainings).toContain('4.800 Euro');
    expect(trainings).not.toMatch(/Franken|'\d{3} Euro/);
    const olten = (await matchCommand.run({ values: { skills: 'Löten, SPS-Programmierung', plz: '4600', limit: '10', demo: true }, positionals: [] }, io())) as MatchResult;
    expect(olten.trainings.map((t) => t.explanation).join('\n')).not.toMatch(/Euro|Bildungsgutschein|BAföG/);
  });

  it('--text alone is understood as in the chat: the occupation is named, and each job can be traced to its source posting', async () => {
    const out = io();
    const values = { text: 'Ich bin gelernter Logistiker EFZ und suche eine Stelle im Lager.', plz: '4500', radius: '30', locale: 'de-CH', limit: '5', demo: true };
    const result = (await matchCommand.run({ values, positionals: [] }, out)) as MatchResult & { occupations: { label: string }[]; jobs: { source: string; externalId: string }[] };
    expect(result.occupations.map((o) => o.label)).toContain('Logistiker/in EFZ');
    expect(result.jobs[0]!.title).toMatch(/Logistiker/);
    expect(result.jobs[0]!.explanation).toContain('Logistiker/in EFZ');
    for (const job of result.jobs) {
      expect(job.source).toBe('demo');
      expect(job.externalId).toEqual(expect.any(String));
    }
    await expect(matchCommand.run({ values: { demo: true, locale: 'de-CH', limit: '5' }, positionals: [] }, io())).rejects.toBeInstanceOf(UsageError);
  });

  it('rejects bad options with a usage error and reports unknown skills', async () => {
    await expect(matchCommand.run({ values: { skills: 'Löten', plz: '0000', demo: true, locale: 'de-CH', limit: '5' }, positionals: [] }, io())).rejects.toBeInstanceOf(UsageError);
    await expect(matchCommand.run({ values: { skills: 'Löten', type: 'chef', demo: true, locale: 'de-CH', limit: '5' }, positionals: [] }, io())).rejects.toBeInstanceOf(UsageError);
    const out = io();
    await matchCommand.run({ values: { skills: 'Löten, Zauberei', demo: true, locale: 'de-CH', limit: '5' }, positionals: [] }, out);
    expect(out.errors).toEqual(['"Zauberei" is not in the taxonomy (kept as your own words)']);
  });

  it('seeds idempotently and then matches over the database', async () => {
    const first = (await seedCommand.run({ values: {}, positionals: [] }, io())) as { jobs: { created: number } };
    expect(first.jobs.created).toBeGreaterThanOrEqual(300);
    const second = (await seedCommand.run({ values: {}, positionals: [] }, io())) as { jobs: { created: number; updated: number } };
    expect(second.jobs).toMatchObject({ created: 0, updated: 0 });
    const values = { skills: 'Grundpflege', plz: '4500', locale: 'de-CH', limit: '3', demo: false };
    const result = (await matchCommand.run({ values, positionals: [] }, io())) as MatchResult;
    expect(result.catalog).toBe('database');
    expect(result.jobs[0]!.explanation).toContain('Grundpflege');
  }, 60_000);
});
