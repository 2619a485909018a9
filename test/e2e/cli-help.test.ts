/** What an operator sees when they ask `lotse` for help or mistype a command. */
import { main } from '../../src/cli/main';

async function lotse(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  const error = jest.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  try {
    const code = await main(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('lotse help', () => {
  it('lists every command with what it does, in lines a terminal can show', async () => {
    const { code, out } = await lotse([]);
    expect(code).toBe(0);
    expect(out).toContain('lotse staff invite');
    expect(out).toContain('Create a single-use code for a counsellor or job coach');
    // No usage is padded to the longest one; each summary stands on its own short line below it.
    expect(out).not.toMatch(/\S {8,}\S/);
    const summaries = out.split('\n').filter((line) => line.startsWith('      '));
    expect(summaries.length).toBeGreaterThan(15);
    for (const line of summaries) expect(line.length).toBeLessThanOrEqual(140);
  });

  it('shows one command when it is asked with --help, and runs nothing', async () => {
    const { code, out } = await lotse(['staff', 'invite', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('lotse staff invite --role');
    expect(out).not.toContain('lotse hr invite');
  });

  it('says which command is unknown and lists the ones that start the same way', async () => {
    const { code, out, err } = await lotse(['staff', 'fire', '--name', 'Anna']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('unknown command "staff fire"');
    expect(err).toContain('lotse staff invite');
    expect(err).not.toContain('lotse hr invite');
  });

  it('answers a word that starts no command with the whole list, and a JSON error for scripts', async () => {
    const { code, out, err } = await lotse(['frobnicate', '--json']);
    expect(code).toBe(2);
    expect(err).toContain('unknown command "frobnicate"');
    expect(err).toContain('lotse digest run');
    expect(JSON.parse(out)).toEqual({ error: 'unknown command' });
  });
});
