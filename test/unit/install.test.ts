/**
 * `npm ci` on a fresh checkout: every package's peer dependencies are met by the locked versions,
 * so the operator sees no "ERESOLVE overriding peer dependency" warnings (issue 18).
 * Reads only package.json and package-lock.json (no network, no node_modules).
 */
import { execFileSync } from 'node:child_process';
import { projectPath } from '../../src/paths';

describe('installing Lotse', () => {
  it('has a lock file in which every peer dependency is satisfied', () => {
    let out: string;
    try {
      out = execFileSync('npm', ['ls', '--package-lock-only', '--all', '--json'], { cwd: projectPath(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      // npm ls exits with 1 when it finds problems; the report is still on stdout.
      out = String((error as { stdout?: string }).stdout ?? '{}');
    }
    const report = JSON.parse(out) as { problems?: string[] };
    expect(report.problems ?? []).toEqual([]);
  });
});
