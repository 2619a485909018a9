/** Paths inside the installed project, the same whether running from src/ (tests) or dist/ (built). */
import fs from 'node:fs';
import path from 'node:path';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'lotse') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Lotse's package.json not found above ${start}`);
    dir = parent;
  }
}

/** The directory holding Lotse's package.json. */
export const PROJECT_ROOT = findRoot(__dirname);

export const projectPath = (...parts: string[]): string => path.join(PROJECT_ROOT, ...parts);
