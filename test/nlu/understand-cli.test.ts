import { UsageError, type CommandIO } from '../../src/cli/command';
import { understandCommand } from '../../src/cli/commands/understand';

function io(): CommandIO & { lines: string[] } {
  const lines: string[] = [];
  return { json: false, lines, print: (line) => lines.push(line), error: (line) => lines.push(`! ${line}`) };
}

describe('lotse understand', () => {
  it('returns intent, skills with ids and spans, and entities', async () => {
    const out = io();
    const text = 'Ich kann löten und programmiere ein bisschen Python, ab März in 4500 Solothurn';
    const result = (await understandCommand.run({ values: { locale: 'de-CH', now: '2026-11-22' }, positionals: [text] }, out)) as {
      intent: { name: string; confidence: number };
      skills: { id: string; label: string; confidence: number; span: [number, number]; level?: string }[];
      entities: Record<string, unknown>;
    };
    expect(result.intent.name).toBe('none');
    expect(result.skills.map((s) => s.label)).toEqual(expect.arrayContaining(['Löten', 'Python']));
    const python = result.skills.find((s) => s.label === 'Python')!;
    expect(text.slice(...python.span)).toBe('Python');
    expect(python.level).toBe('basic');
    expect(result.entities).toMatchObject({ date: '2027-03-01', postalCode: '4500', placeName: 'Solothurn' });
    expect(out.lines[0]).toMatch(/^intent: none/);
    expect(out.lines.some((l) => l.includes('Löten'))).toBe(true);
  });

  it('recognises a command', async () => {
    const result = (await understandCommand.run({ values: { locale: 'de-DE' }, positionals: ['zeig', 'mir', 'Jobs'] }, io())) as {
      intent: { name: string };
    };
    expect(result.intent.name).toBe('show_jobs');
  });

  it('rejects a missing text, a bad locale and a bad date', async () => {
    await expect(understandCommand.run({ values: {}, positionals: [] }, io())).rejects.toBeInstanceOf(UsageError);
    await expect(understandCommand.run({ values: { locale: 'fr' }, positionals: ['hallo'] }, io())).rejects.toBeInstanceOf(UsageError);
    await expect(understandCommand.run({ values: { now: 'morgen' }, positionals: ['hallo'] }, io())).rejects.toBeInstanceOf(UsageError);
  });
});
