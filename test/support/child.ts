/**
 * Runs a TypeScript file in a separate Node process (a second "instance"), through @swc/core as
 * jest does, so tests of several processes do not depend on a build in dist/.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');

/** Loads .ts files through swc in the child (the jest transform's settings), then runs argv[1]. */
export const REGISTER_AND_RUN = `
const fs = require('node:fs');
const swc = require('@swc/core');
require.extensions['.ts'] = (module, filename) => {
  const options = { filename, jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } };
  module._compile(swc.transformSync(fs.readFileSync(filename, 'utf8'), options).code, filename);
};
process.argv.splice(1, 1, require.resolve(process.argv[1]));
require(process.argv[1]);
`;

/** Starts `node` on a TypeScript file with arguments, in the project root. */
export function spawnTs(file: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['-e', REGISTER_AND_RUN, file, ...args], { cwd: ROOT, env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', ...env } });
}
