#!/usr/bin/env node
// `npm test`: the whole suite. Says up front which optional suites run here and which are skipped.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find(
  (p) => p && fs.existsSync(p),
);
const notes = [
  process.env.TEST_DATABASE_URL
    ? 'PostgreSQL suite: runs against TEST_DATABASE_URL'
    : 'PostgreSQL suite: skipped (set TEST_DATABASE_URL=postgresql://… to run it)',
  chromium ? `browser test: runs with ${chromium}` : 'browser test: skipped (no Chromium; apt-get install chromium)',
];
for (const line of notes) console.log(`[lotse test] ${line}`);

const report = path.join(os.tmpdir(), `lotse-jest-${process.pid}.json`);
const args = ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${report}`, ...process.argv.slice(2)];
const result = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', LOTSE_CHROMIUM: chromium ?? '' },
});
// One plain closing line that any CI can read.
if (fs.existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(fs.readFileSync(report, 'utf8'));
  fs.rmSync(report);
  console.log(`tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
}
process.exit(result.status ?? 1);
