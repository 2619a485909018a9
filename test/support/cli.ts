/** Running `lotse …` in tests, in-process, against a database of the test's own. */
import { main } from '../../src/cli/main';
import { tempSqliteUrl } from './databases';

/** Runs `lotse <args> --json` in-process; returns the exit code and the parsed last stdout line. */
export async function runLotse(args: string[]): Promise<{ code: number; json: Record<string, unknown>; stderr: string }> {
  const lines: string[] = [];
  const errors: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  const err = jest.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  try {
    const code = await main([...args, '--json']);
    return { code, json: JSON.parse(lines.at(-1)!) as Record<string, unknown>, stderr: errors.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

/** Points DATABASE_URL at a fresh SQLite file for the tests of the enclosing block; returns its URL. */
export function useTempDatabase(): string {
  const { url, cleanup } = tempSqliteUrl();
  const saved = process.env.DATABASE_URL;
  beforeAll(() => {
    process.env.DATABASE_URL = url;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    cleanup();
  });
  return url;
}
