/**
 * Child processes that run TypeScript sources through @swc/core (the jest transform's settings),
 * so tests with real extra processes do not depend on a build in dist/:
 * `spawn(process.execPath, ['-e', REGISTER_AND_RUN, file, ...args])`.
 */

/** Loads .ts files through swc in the child, then runs argv[1]. */
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
