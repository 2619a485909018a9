/**
 * Runs a TypeScript file in a real child Node process, compiled through @swc/core as jest does,
 * so multi-process tests do not depend on a build in dist/.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/** Loads .ts files through swc in the child (the jest transform's settings), then runs argv[1]. */
const REGISTER_AND_RUN = `
const fs = require('node:fs');
const swc = require('@swc/core');
require.extensions['.ts'] = (module, filename) => {
  const options = { filename, jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } };
  module._compile(swc.transformSync(fs.readFileSync(filename, 'utf8'), options).code, filename);
};
process.argv.splice(1, 1, require.resolve(process.argv[1]));
require(process.argv[1]);
`;

export function spawnTs(script: string, args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['-e', REGISTER_AND_RUN, script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', ...env },
  });
}
